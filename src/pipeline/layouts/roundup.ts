/**
 * Roundups and digests republished as one page (FORMATS.md section 1): a page title, then
 * several stories, each printed as
 *
 * ```
 * DEALS                          an ALL-CAPS kicker
 * Advertisement                  ad labels, anywhere
 * <Headline>
 * <Photo caption>                optional
 * <Photo credit>                 optional (`Photo: …`, `Name/Agency`, `Name for The Paper`)
 * <body on one line> — HARBOUR DAILY    the real source as a trailing credit
 * ```
 *
 * The kicker may be missing: a story then starts at its headline, and its body must end in the
 * trailing credit (which a kicker-led story may leave out). Between such a headline and its body
 * only a caption (a sentence) and a credit may stand, so a page title above the first headline is
 * not read as one.
 *
 * Two or more such stories make a roundup; each becomes an `item`. One alone is not enough: an
 * ordinary article also opens with a rubric, a headline and a long paragraph.
 */
import type { Caption, Removed } from "../../model/article.js";
import type { ClassifiedLine } from "../../model/block.js";
import { CREDIT_LABELS, CREDIT_NAMES } from "../../rules/captions.js";
import { literalAlternation } from "../../rules/rule.js";
import type { ParseContext } from "../context.js";
import { cleanBodyLines, isKicker, mayEndInCredit, TRAILING_CREDIT } from "../inline.js";
import { lineEnd, lineRemoved } from "../lines.js";
import { endsSentence, headlineLike, pieceRemoved, TRUNCATED, type LayoutStory } from "./story.js";

/** Lines a roundup story's body must reach: a whole story flattened onto one line. */
export const MIN_BODY_WORDS = 25;
/** Caption and credit lines allowed between the headline and the body. */
const MAX_BETWEEN = 4;

const LABELLED_CREDIT = new RegExp(
  `^(${literalAlternation(CREDIT_LABELS.map((l) => l.replace(/ ?:$/u, "")))})s? ?: ?(\\S.{0,80})$`,
  "iu",
);
const CREDIT_NAME_SET = new Set(CREDIT_NAMES.map((n) => n.toLowerCase()));
// "Jane Doe/Harbour Daily", "Jane Doe for The Harbour Daily", "Harbour Daily via Acme Images".
const AGENCY_CREDIT = /^\p{Lu}[\p{L}\p{N} .'’&-]{1,50}(?: ?\/ ?| for (?:the )?| via )\p{Lu}[\p{L}\p{N} .'’&-]{1,50}$/u;

interface RoundupStart {
  /** The kicker line; the headline's own index when the story has no kicker. */
  kicker: number;
  headline: number;
  body: number;
}

/** Whether a line reads as a photo credit, and where its name starts (after a `Photo:` label). */
function readCredit(line: ClassifiedLine): { nameAt: number } | null {
  const creditRule = line.cls === "boilerplate" && line.rule?.id.startsWith("captions/") === true;
  if ((line.cls !== "text" && !creditRule) || line.words > 10 || endsSentence(line.text)) return null;
  const labelled = LABELLED_CREDIT.exec(line.text);
  if (labelled) return { nameAt: line.text.length - labelled[2]!.length };
  if (creditRule || CREDIT_NAME_SET.has(line.text.toLowerCase()) || AGENCY_CREDIT.test(line.text)) return { nameAt: 0 };
  return null;
}

function skipFurniture(lines: readonly ClassifiedLine[], i: number): number {
  let j = i;
  while (j < lines.length && (lines[j]!.cls === "blank" || (lines[j]!.cls === "boilerplate" && !lines[j]!.rule?.signal))) j++;
  return j;
}

function isHeadline(lines: readonly ClassifiedLine[], h: number, taken: Uint8Array): boolean {
  const head = lines[h];
  return head !== undefined && !taken[h] && headlineLike(head) && head.words >= 3 && !endsSentence(head.text) && !isKicker(head.text);
}

/**
 * Tries to read a story starting at line `i`. `kickers[i]` tells whether the line is a free kicker
 * (text, at most five words, {@link isKicker}); `kickerless` is false when no line could be the
 * body of a story without one (see {@link findRoundup}), so only kicker lines are tried.
 */
function roundupStart(lines: readonly ClassifiedLine[], i: number, taken: Uint8Array, kickers: Uint8Array, kickerless: boolean): RoundupStart | null {
  const kicker = kickers[i] === 1;
  if (!kicker && (!kickerless || taken[i] || lines[i]!.cls !== "text")) return null;
  const h = kicker ? skipFurniture(lines, i + 1) : i;
  if (!isHeadline(lines, h, taken)) return null;
  const between: ClassifiedLine[] = [];
  // Without a kicker at most two lines may stand between the headline and the body (kickerlessStory).
  const maxBetween = kicker ? MAX_BETWEEN : 2;
  for (let j = skipFurniture(lines, h + 1); j < lines.length && between.length <= maxBetween; j = skipFurniture(lines, j + 1)) {
    const l = lines[j]!;
    if (taken[j] || l.cls !== "text") return null;
    if (l.words >= MIN_BODY_WORDS) {
      if (!kicker && !kickerlessStory(between, l)) return null;
      return { kicker: i, headline: h, body: j };
    }
    between.push(l);
  }
  return null;
}

/**
 * A story without a kicker: its body ends in the trailing credit, and what stands between the
 * headline and the body is at most a caption (sentences) and a credit under it.
 */
function kickerlessStory(between: readonly ClassifiedLine[], body: ClassifiedLine): boolean {
  // mayEndInCredit first: the regex scans the whole body, and one body is asked about from each
  // headline candidate above it.
  if (between.length > 2 || !mayEndInCredit(body.text) || !TRAILING_CREDIT.test(body.text)) return false;
  return between.every((l, n) => endsSentence(l.text) || (n === between.length - 1 && readCredit(l) !== null));
}

/**
 * Finds a roundup: two or more kicker-led stories that follow one another, or nothing.
 * @param kickers - Zeros, one per line, for the marks of free kickers (the caller's, so that a
 *   page's per-line arrays share one buffer; see `assemble`).
 */
export function findRoundup(
  lines: readonly ClassifiedLine[],
  ctx: ParseContext,
  taken: Uint8Array,
  kickers: Uint8Array = new Uint8Array(lines.length),
): { stories: LayoutStory[] } {
  // Each story needs a line of its own that only a story start can use: its kicker, or (without
  // one) a body ending in a wire credit. One pass marks the free kickers and counts both; with fewer
  // than two there is no roundup, and with no credited body only kicker lines can open a story.
  let openers = 0;
  let kickerless = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (taken[i] || l.cls !== "text") continue;
    if (l.words <= 5) {
      if (isKicker(l.text)) {
        kickers[i] = 1;
        openers++;
      }
    } else if (l.words >= MIN_BODY_WORDS && mayEndInCredit(l.text)) {
      kickerless = true;
      openers++;
    }
  }
  if (openers < 2) return { stories: [] };
  const starts: RoundupStart[] = [];
  for (let i = 0; i < lines.length; i++) {
    const s = roundupStart(lines, i, taken, kickers, kickerless);
    if (s) {
      starts.push(s);
      i = s.body;
    }
  }
  // The stories must follow one another: between one body and the next kicker, only ad labels and blank lines.
  const adjacent = starts.filter((s, n) => {
    const next = starts[n + 1] ?? (n > 0 ? starts[n - 1] : undefined);
    if (!next) return false;
    const [a, b] = next.kicker > s.kicker ? [s, next] : [next, s];
    return followsDirectly(lines, a, b);
  });
  starts.splice(0, starts.length, ...adjacent);
  if (starts.length < 2) return { stories: [] };
  const stories = starts.map((s, n) => buildRoundupStory(lines, s, n + 1 < starts.length ? starts[n + 1]!.kicker : lines.length, ctx));
  return { stories };
}

/** Whether story `b` starts right after story `a`'s body (only furniture and short paragraphs between). */
function followsDirectly(lines: readonly ClassifiedLine[], a: RoundupStart, b: RoundupStart): boolean {
  for (let j = a.body + 1; j < b.kicker; j++) {
    const l = lines[j]!;
    if (l.cls === "blank" || (l.cls === "boilerplate" && !l.rule?.signal)) continue;
    // A body may run on over a few paragraphs; anything shorter than a sentence breaks the chain.
    if (l.cls === "text" && l.words >= 8 && endsSentence(l.text)) continue;
    return false;
  }
  return true;
}

function buildRoundupStory(lines: readonly ClassifiedLine[], s: RoundupStart, limit: number, ctx: ParseContext): LayoutStory {
  const removed: Removed[] = [];
  const captions: Caption[] = [];
  const between: ClassifiedLine[] = [];
  for (let j = s.kicker + 1; j < s.body; j++) {
    const l = lines[j]!;
    if (l.cls === "blank" || j === s.headline) continue;
    // Credit lines matched by a caption rule stay: they are the caption's credit, not furniture.
    if (l.cls === "boilerplate" && !l.rule!.id.startsWith("captions/")) removed.push(lineRemoved(l, ctx.input, l.rule!.kind, l.rule!.id));
    else between.push(l);
  }
  // The last line before the body is the credit when it reads as one; the lines above it are the caption.
  const creditLine = between.at(-1);
  const credit = creditLine ? readCredit(creditLine) : null;
  const captionLines = credit ? between.slice(0, -1) : between;
  if (credit && creditLine) {
    if (credit.nameAt > 0) removed.push(pieceRemoved(creditLine, ctx.input, 0, creditLine.text.lastIndexOf(":", credit.nameAt) + 1 || credit.nameAt, "credit-label", "captions/credit"));
    const name = creditLine.text.slice(credit.nameAt).trim();
    if (captionLines.length === 0) captions.push({ text: "", credit: name });
  }
  captionLines.forEach((l, n) => {
    const isLast = n === captionLines.length - 1;
    captions.push({ text: l.text, credit: isLast && credit && creditLine ? creditLine.text.slice(credit.nameAt).trim() : null });
  });
  // The body: the long line and the paragraphs right after it, up to the next story.
  const body: ClassifiedLine[] = [];
  let last = s.body;
  for (let j = s.body; j < limit; j++) {
    const l = lines[j]!;
    if (l.cls === "blank") continue;
    if (l.cls === "boilerplate" && l.rule?.signal) break;
    if (l.cls === "boilerplate") {
      removed.push(lineRemoved(l, ctx.input, l.rule!.kind, l.rule!.id));
      last = j;
      continue;
    }
    if (l.cls !== "text" || (j > s.body && !(l.words >= 8 && endsSentence(l.text)) && l.words < MIN_BODY_WORDS)) break;
    body.push(l);
    last = j;
  }
  // Trailing ad labels after the last paragraph belong to the page, not the story.
  while (last > s.body && lines[last]!.cls !== "text") {
    removed.pop();
    last--;
    while (last > s.body && lines[last]!.cls === "blank") last--;
  }
  const headline = lines[s.headline]!;
  const cleaned = cleanBodyLines(body, ctx.rules, ctx.input, { title: headline.text, flattened: true, trailingCredit: true, outOfTime: ctx.outOfTime });
  const kicker = s.kicker === s.headline ? null : lines[s.kicker]!.text;
  return {
    layout: "roundup",
    first: s.kicker,
    last: last + 1,
    strong: true,
    relatedHeader: -1,
    draft:
      cleaned.paragraphs.length === 0
        ? null
        : {
            role: "item",
            title: headline.text,
            truncated: TRUNCATED.test(headline.text),
            source: cleaned.credit,
            timestamp: null,
            kicker,
            paragraphs: cleaned.paragraphs,
            captions: [...captions.filter((c) => c.text !== "" || c.credit !== null), ...cleaned.captions],
            hashtags: [],
            categories: [],
            removed: [...removed, ...cleaned.removed].sort((x, y) => x.start - y.start),
            start: lines[s.kicker]!.textStart,
            end: lineEnd(lines[last]!),
          },
  };
}
