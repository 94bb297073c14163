import type { ClassifiedLine } from "../model/block.js";
import type { Removed } from "../model/article.js";
import { isHeadline, type ArticleDraft } from "./assemble.js";
import { cleanBodyLines } from "./inline.js";
import { lineEnd, lineRemoved } from "./lines.js";
import type { ParseContext } from "./context.js";

const SENTENCE_END = /[.!?…]["”’)]?$/u;
const HASHTAG_LINE = /^#?[\p{L}\p{N}_]{1,60}(?: #[\p{L}\p{N}_]{1,60}){0,20}$/u;
// A caption line that ends in its credit: "… keyboard via iFixit", "… at the pier / AFP".
const TRAILING_CREDIT = /^(.{3,300}?)\s(?:via|\/|\|)\s(\p{Lu}[\p{L}\p{N}.&'’ -]{1,40})$/u;
const BYLINE_START = /^(?:by|par|von|por|oleh)\s\p{Lu}/iu;

/** A run of this many short lines inside a story is a list of links, not story text. */
const MAX_SHORT_RUN = 4;

/** Length of the run of consecutive non-paragraph text lines that holds `text[k]`. */
function shortRun(lines: ClassifiedLine[], text: readonly number[], k: number): number {
  const short = (j: number | undefined) => j !== undefined && lines[j]!.cls === "text" && !isParagraph(lines[j]!);
  let a = k;
  let b = k;
  while (short(text[a - 1])) a--;
  while (short(text[b + 1])) b++;
  return b - a + 1;
}

/** How far above the body the headline may sit (bylines, dates and captions come between). */
const TITLE_LOOKBACK = 12;
/** Once the best run scores this much, a line that closes a story ends the search (comments below are not the story). */
const SETTLED_SCORE = 400;
/** Cost of a related-articles header in the middle of a story: high, but a story can resume below it. */
const RELATED_HEADER_COST = 150;
/** Cost of a short line: a crosshead between paragraphs survives, a run of menu entries does not. */
const SHORT_LINE_COST = 25;
/** Cost of a line that appears more than once on the page (menus, teasers repeated in lists). */
const DUPLICATE_COST = 60;
/** Cost of any other boilerplate line. */
const BOILERPLATE_COST = 10;

/** A line that reads as a paragraph of prose: enough words, and a sentence ending unless it is long. */
export function isParagraph(line: ClassifiedLine): boolean {
  if (line.cls !== "text") return false;
  if (line.words >= 25) return true;
  return line.words >= 8 && SENTENCE_END.test(line.text);
}

/** Counts how often each line's text occurs on the page (folded), for the duplicate signal. */
function lineCounts(lines: readonly ClassifiedLine[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const l of lines) {
    if (l.cls !== "text" || l.text.length < 4) continue;
    const key = l.text.toLowerCase();
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/**
 * Scores a line as story text (boilerpipe: word counts separate most content from chrome).
 * A paragraph earns its length; short lines, duplicates and boilerplate cost a little.
 */
function lineScore(line: ClassifiedLine, duplicated: boolean): number {
  if (line.cls === "blank") return 0;
  if (line.cls !== "text") return line.rule?.signal === "related-header" ? -RELATED_HEADER_COST : -BOILERPLATE_COST;
  if (duplicated) return -DUPLICATE_COST;
  if (isParagraph(line)) return line.text.length;
  return -SHORT_LINE_COST;
}

/**
 * Locates the main story among the lines that belong to no story block: the best-scoring run of
 * lines (a maximum-sum subarray, as in boilerpipe's densest-block idea), cut at lines whose rules
 * close a story (comment widgets, tag lists, copyright), then the headline above it.
 * @returns the story's lines, or `null` when nothing on the page reads as a story
 */
export function findMainStory(lines: ClassifiedLine[], inBlock: Uint8Array, ctx: ParseContext): MainStory | null {
  const counts = lineCounts(lines);
  const isDup = (l: ClassifiedLine) => l.cls === "text" && l.text.length >= 4 && (counts.get(l.text.toLowerCase()) ?? 0) > 1;
  let best = 0;
  let bestA = -1;
  let bestB = -1;
  let sum = 0;
  let a = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (inBlock[i] || (line.cls === "boilerplate" && line.rule?.signal === "end-of-story")) {
      // A story is over at its comments or tags; once a real story was seen, what follows is not it.
      if (best >= SETTLED_SCORE) break;
      sum = 0;
      a = -1;
      continue;
    }
    const s = lineScore(line, isDup(line));
    if (a < 0) {
      if (s <= 0) continue;
      a = i;
      sum = 0;
    }
    sum += s;
    if (sum <= 0) {
      sum = 0;
      a = -1;
      continue;
    }
    if (sum > best) {
      best = sum;
      bestA = a;
      bestB = i;
    }
  }
  if (bestA < 0) {
    ctx.messages.push({ code: "no_main_story", severity: "warning", message: "no line on the page reads as a story paragraph" });
    return null;
  }

  const { titleLine, timestampLine } = findTitle(lines, bestA, inBlock, isDup);
  const selected = selectBody(lines, bestA, bestB, isDup);
  let bodyLines = selected.body;
  let first = titleLine;
  if (first < 0) {
    // No headline above the body: the first body line stands in as the title.
    first = bodyLines.shift() ?? -1;
    if (first < 0 || bodyLines.length === 0) {
      ctx.messages.push({ code: "no_main_story", severity: "warning", message: "the only story-like line has no headline and no body" });
      return null;
    }
  }
  const title = lines[first]!;
  // The headline repeated inside the body (a print headline, a gallery title) is not body text.
  bodyLines = bodyLines.filter((j) => lines[j]!.text !== title.text);
  const standfirst = findStandfirst(lines, bodyLines, bestA);
  if (standfirst.length > 0) bodyLines = bodyLines.filter((j) => !standfirst.includes(j));
  const list = numberedListAfter(lines, bestB, inBlock);
  if (list.length > 0) {
    bodyLines.push(...list);
    bestB = list[list.length - 1]!;
  }
  const { hashtags, hashtagLines } = collectHashtags(lines, bestB + 1);
  return {
    first,
    last: bestB + 1,
    titleLine: first,
    timestampLine: timestampLine > first ? timestampLine : -1,
    bodyLines,
    captionLines: selected.captions,
    hashtags,
    hashtagLines,
  };
}

/**
 * A standfirst (dek) printed between the headline and the byline or date reads like prose but is
 * not the story: when a byline or a stamp follows one or two prose lines at the top of the run,
 * those lines are dropped from the body.
 */
function findStandfirst(lines: ClassifiedLine[], bodyLines: readonly number[], from: number): number[] {
  const head = bodyLines.slice(0, 2);
  if (head.length === 0) return [];
  const limit = bodyLines[2] ?? Infinity;
  for (let i = from; i < limit && i < lines.length; i++) {
    const l = lines[i]!;
    const dateOrByline = l.cls === "timestamp" || l.cls === "source-timestamp" || (l.cls === "boilerplate" && l.rule?.kind === "byline");
    if (!dateOrByline) continue;
    const before = head.filter((j) => j < i);
    // Keep it when nothing of the story would be left after it.
    return before.length > 0 && bodyLines.some((j) => j > i) ? before : [];
  }
  return [];
}

// "1) Item", "2. Item", "#3 Item": the numbered entries of a listicle.
const NUMBERED = /^#?(\d{1,3})[.)]\s?\S/u;

/**
 * A numbered list that runs on right after the last paragraph (a listicle's items, a ranking)
 * belongs to the story even though its lines are short: entries numbered 1, 2, 3 … in order,
 * with at most two unnumbered lines (a link, a note) after each.
 * @returns the list's text lines, or `[]`
 */
function numberedListAfter(lines: ClassifiedLine[], last: number, inBlock: Uint8Array): number[] {
  const out: number[] = [];
  let expected = -1;
  let gap = 0;
  for (let j = last + 1; j < lines.length; j++) {
    const l = lines[j]!;
    if (l.cls === "blank") continue;
    if (inBlock[j] || l.cls !== "text") break;
    const m = NUMBERED.exec(l.text);
    const n = m ? Number(m[1]) : -1;
    if (m && (expected < 0 ? n === 1 : n === expected)) {
      expected = n + 1;
      gap = 0;
      out.push(j);
      continue;
    }
    if (expected < 0 || ++gap > 2) break;
    out.push(j);
  }
  // Trailing unnumbered lines after the last entry are not part of it.
  while (out.length > 0 && !NUMBERED.test(lines[out[out.length - 1]!]!.text)) out.pop();
  return expected >= 4 ? out : [];
}

/**
 * The headline: the nearest line above the body that reads as one. Datelines and bylines
 * (`Monday November 18, 2019 7:45 am PST by Jane Doe`) are skipped, and the first stamp met
 * on the way up dates the story.
 */
function findTitle(
  lines: ClassifiedLine[],
  bodyStart: number,
  inBlock: Uint8Array,
  isDup: (l: ClassifiedLine) => boolean,
): { titleLine: number; timestampLine: number } {
  let timestampLine = -1;
  for (let i = bodyStart - 1; i >= 0 && i >= bodyStart - TITLE_LOOKBACK; i--) {
    const line = lines[i]!;
    if (inBlock[i]) break;
    if ((line.cls === "timestamp" || line.cls === "source-timestamp") && timestampLine < 0) {
      timestampLine = i;
      continue;
    }
    if (line.cls !== "text") continue;
    if (BYLINE_START.test(line.text) || SENTENCE_END.test(line.text)) continue;
    if (isHeadline(line) && line.words >= 2) return { titleLine: i, timestampLine };
  }
  // Fall back to a single-word headline, still above the body.
  for (let i = bodyStart - 1; i >= 0 && i >= bodyStart - 3; i--) {
    const line = lines[i]!;
    if (inBlock[i]) break;
    if (line.cls === "text" && !isDup(line) && !SENTENCE_END.test(line.text)) return { titleLine: i, timestampLine };
  }
  return { titleLine: -1, timestampLine };
}

/**
 * Chooses the body lines inside the best run: every paragraph, and a short line only where it
 * reads as a crosshead (a paragraph on each side). Lines after a related-articles header are a
 * list until the story resumes; a line right above a credit line is a caption.
 */
function selectBody(
  lines: ClassifiedLine[],
  from: number,
  to: number,
  isDup: (l: ClassifiedLine) => boolean,
): { body: number[]; captions: Array<{ line: number; credit: string | null; creditLine: number }> } {
  const text: number[] = [];
  for (let i = from; i <= to; i++) if (lines[i]!.cls === "text" || lines[i]!.cls === "boilerplate") text.push(i);
  const body: number[] = [];
  const captions: Array<{ line: number; credit: string | null; creditLine: number }> = [];
  let inList = false;
  for (let k = 0; k < text.length; k++) {
    const i = text[k]!;
    const line = lines[i]!;
    if (line.cls === "boilerplate") {
      if (line.rule?.signal === "related-header") inList = true;
      continue;
    }
    const next = text[k + 1] !== undefined ? lines[text[k + 1]!]! : null;
    if (next && next.cls === "boilerplate" && next.rule?.kind === "credit" && line.words <= 80) {
      captions.push({ line: i, credit: next.text, creditLine: text[k + 1]! });
      continue;
    }
    if (isDup(line)) continue;
    if (isParagraph(line)) {
      inList = false;
      body.push(i);
      continue;
    }
    const credit = TRAILING_CREDIT.exec(line.text);
    if (credit && line.words <= 30 && !SENTENCE_END.test(line.text)) {
      captions.push({ line: i, credit: credit[2]!, creditLine: -1 });
      continue;
    }
    if (inList) continue;
    // Short lines inside the story (crossheads, list items, quotes) are kept unless they come in
    // a run of MAX_SHORT_RUN or more, the shape of a menu or a teaser list dropped into the page.
    if (shortRun(lines, text, k) < MAX_SHORT_RUN) body.push(i);
  }
  return { body, captions };
}

/** Tag lines right after a hashtags header belong to the main story. */
function collectHashtags(lines: ClassifiedLine[], from: number): { hashtags: string[]; hashtagLines: number[] } {
  const hashtags: string[] = [];
  const hashtagLines: number[] = [];
  let i = from;
  while (i < lines.length && lines[i]!.cls === "blank") i++;
  const header = lines[i];
  if (!header || header.cls !== "boilerplate" || !header.rule?.id.endsWith("hashtags-header")) return { hashtags, hashtagLines };
  for (i = i + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.cls === "blank") continue;
    if (line.cls !== "text" || !HASHTAG_LINE.test(line.text)) break;
    for (const tag of line.text.split(" ")) hashtags.push(tag.replace(/^#/u, ""));
    hashtagLines.push(i);
  }
  return { hashtags, hashtagLines };
}

/** The main story's lines, as located by {@link findMainStory}. */
export interface MainStory {
  first: number;
  last: number;
  titleLine: number;
  timestampLine: number;
  bodyLines: number[];
  /** Caption lines, each with its credit (from a credit line below it, or printed at its end). */
  captionLines: Array<{ line: number; credit: string | null; creditLine: number }>;
  hashtags: string[];
  hashtagLines: number[];
}

export function buildMain(lines: ClassifiedLine[], main: MainStory, ctx: ParseContext): ArticleDraft {
  const title = lines[main.titleLine]!;
  const removed: Removed[] = [];
  const body = new Set(main.bodyLines);
  const captionLines = new Set(main.captionLines.map((c) => c.line));
  for (let j = main.first; j < main.last; j++) {
    const l = lines[j]!;
    if (j === main.titleLine || j === main.timestampLine || body.has(j) || captionLines.has(j) || l.cls === "blank") continue;
    removed.push(lineRemoved(l, ctx.input, l.rule?.kind ?? "furniture", l.rule?.id ?? "structure/inside-story"));
  }
  const cleaned = cleanBodyLines(
    main.bodyLines.map((j) => lines[j]!),
    ctx.rules,
    ctx.input,
    { title: title.text, flattened: main.bodyLines.length === 1 },
  );
  const captions = main.captionLines.map((c) => {
    const text = lines[c.line]!.text;
    if (c.creditLine >= 0) return { text, credit: c.credit };
    // The credit printed at the end of the caption line: keep the caption text before it.
    const m = /^(.{3,300}?)\s(?:via|\/|\|)\s(\p{Lu}[\p{L}\p{N}.&'’ -]{1,40})$/u.exec(text);
    return { text: m ? m[1]! : text, credit: c.credit };
  });
  return {
    role: "main",
    title: title.text,
    truncated: /(?:…|\.\.\.)$/u.test(title.text),
    source: null,
    timestamp: main.timestampLine >= 0 ? lines[main.timestampLine]!.timestamp : null,
    kicker: cleaned.kicker,
    paragraphs: cleaned.paragraphs,
    captions: [...captions, ...cleaned.captions],
    hashtags: main.hashtags,
    categories: [],
    removed: [...removed, ...cleaned.removed].sort((x, y) => x.start - y.start),
    start: title.textStart,
    end: lineEnd(lines[main.last - 1]!),
  };
}
