import type { Article } from "../model/article.js";
import type { ArticleDraft } from "./draft.js";
import type { ParseContext } from "./context.js";

/**
 * Stage 5: turn each draft's timestamp into `publishedAt` and the printed `timestamp` field.
 * Timestamps were parsed against `referenceTime` when lines were classified; this stage only
 * decides what to report: a relative stamp without a reference keeps `raw` and `kind`, gets
 * `publishedAt: null` and an `unresolved_timestamp` warning, never an Invalid Date.
 */
export function resolveTimestamps(drafts: readonly ArticleDraft[], ctx: ParseContext): Article[] {
  return drafts.map((d) => {
    const ts = d.timestamp;
    if (ts && ts.iso === null) {
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
      publishedAt: ts?.iso ?? null,
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
