import type { ArticleDraft } from "./draft.js";
import type { ParseContext } from "./context.js";
import type { ArticleCore } from "./metadata.js";

/** `toISOString` writes years outside 0000 to 9999 with a sign and six digits. */
const FOUR_DIGIT_YEAR = /^\d{4}-/u;

/**
 * Stage 5: turn each draft's timestamp into `publishedAt` and the printed `timestamp` field.
 * Timestamps were parsed against `referenceTime` when lines were classified; this stage only
 * decides what to report: a relative stamp without a reference keeps `raw` and `kind`, gets
 * `publishedAt: null` and an `unresolved_timestamp` warning, never an Invalid Date.
 */
export function resolveTimestamps(drafts: readonly ArticleDraft[], ctx: ParseContext): ArticleCore[] {
  return drafts.map((d) => {
    const ts = d.timestamp;
    let publishedAt = ts?.iso ?? null;
    if (publishedAt !== null && !FOUR_DIGIT_YEAR.test(publishedAt)) {
      // A stamp resolved before year 0 or after 9999 (a relative stamp far back from an early
      // reference time) cannot be written as an ISO 8601 date: the article keeps its stamp's text.
      publishedAt = null;
      ctx.messages.push({
        code: "unresolved_timestamp",
        severity: "warning",
        message: `"${ts!.raw}" resolves outside the years 0000 to 9999, so publishedAt is null`,
        span: { start: d.start, end: d.end },
      });
    } else if (ts && ts.iso === null) {
      ctx.messages.push({
        code: "unresolved_timestamp",
        severity: "warning",
        message: `"${ts.raw}" is relative and no referenceTime was given, so publishedAt is null`,
        span: { start: d.start, end: d.end },
      });
    }
    return {
      role: d.role,
      title: d.title,
      truncated: d.truncated,
      source: d.source,
      publishedAt,
      timestamp: ts ? { raw: ts.raw, kind: ts.kind, precision: ts.precision } : null,
      kicker: d.kicker,
      byline: d.byline ?? null,
      keyPoints: d.keyPoints ?? [],
      paragraphs: d.paragraphs,
      body: d.paragraphs.join("\n\n"),
      captions: d.captions,
      hashtags: d.hashtags,
      categories: d.categories,
      removed: d.removed,
      span: { start: d.start, end: d.end },
    };
  });
}
