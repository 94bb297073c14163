import type { ClassifiedLine } from "../model/block.js";
import type { Removed } from "../model/article.js";
import { isHeadline, type ArticleDraft } from "./assemble.js";
import { cleanBodyLines } from "./inline.js";
import { lineEnd, lineRemoved } from "./lines.js";
import type { ParseContext } from "./context.js";

const SENTENCE_END = /[.!?…]["”’)]?$/u;
const HASHTAG_LINE = /^#?[\p{L}\p{N}_]{1,60}(?: #[\p{L}\p{N}_]{1,60}){0,20}$/u;

/** How far above the body the headline may sit (bylines, dates and captions come between). */
const TITLE_LOOKBACK = 12;

/**
 * Scores a line as story text. A paragraph (enough words, sentence punctuation) earns its length;
 * short lines cost a little, so a crosshead between paragraphs survives but a menu does not.
 * The weights follow boilerpipe's observation that word count alone separates most content from chrome.
 */
export function lineScore(line: ClassifiedLine): number {
  if (line.cls === "blank") return 0;
  if (line.cls !== "text") return -5;
  if (isParagraph(line)) return line.text.length;
  return -25;
}

/** A line that reads as a paragraph of prose. */
export function isParagraph(line: ClassifiedLine): boolean {
  if (line.cls !== "text") return false;
  if (line.words >= 25) return true;
  return line.words >= 8 && SENTENCE_END.test(line.text);
}

/**
 * Locates the main story among the lines that belong to no story block: the best-scoring run of
 * lines (maximum-sum subarray), cut at lines whose rules close a story, then the headline above it.
 * @returns the story's lines, or `null` when nothing on the page reads as a story
 */
export function findMainStory(lines: ClassifiedLine[], inBlock: Uint8Array, ctx: ParseContext): MainStory | null {
  let best = 0;
  let bestA = -1;
  let bestB = -1;
  let sum = 0;
  let a = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (inBlock[i] || (line.cls === "boilerplate" && line.rule?.signal)) {
      sum = 0;
      a = -1;
      continue;
    }
    const s = lineScore(line);
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
  const bodyLines: number[] = [];
  for (let i = bestA; i <= bestB; i++) if (lines[i]!.cls === "text") bodyLines.push(i);

  let titleLine = -1;
  let timestampLine = -1;
  for (let i = bestA - 1; i >= 0 && i >= bestA - TITLE_LOOKBACK; i--) {
    const line = lines[i]!;
    if (inBlock[i]) break;
    if (line.cls === "timestamp" && timestampLine < 0) {
      timestampLine = i;
      continue;
    }
    if (line.cls !== "text") continue;
    if (isHeadline(line) && !SENTENCE_END.test(line.text)) {
      titleLine = i;
      break;
    }
  }
  if (titleLine < 0) {
    // No headline above the body: the first body line stands in as the title.
    titleLine = bodyLines.shift()!;
    if (bodyLines.length === 0) {
      ctx.messages.push({ code: "no_main_story", severity: "warning", message: "the only story-like line has no headline and no body" });
      return null;
    }
  }
  if (timestampLine >= 0 && timestampLine < titleLine) timestampLine = -1;

  const { hashtags, hashtagLines } = collectHashtags(lines, bestB + 1);
  return { first: titleLine, last: bestB + 1, titleLine, timestampLine, bodyLines, hashtags, hashtagLines };
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
  hashtags: string[];
  hashtagLines: number[];
}

export function buildMain(lines: ClassifiedLine[], main: MainStory, ctx: ParseContext): ArticleDraft {
  const title = lines[main.titleLine]!;
  const removed: Removed[] = [];
  const body = new Set(main.bodyLines);
  for (let j = main.first; j < main.last; j++) {
    const l = lines[j]!;
    if (j === main.titleLine || j === main.timestampLine || body.has(j) || l.cls === "blank") continue;
    removed.push(lineRemoved(l, ctx.input, l.rule?.kind ?? "furniture", l.rule?.id ?? "structure/inside-story"));
  }
  const cleaned = cleanBodyLines(
    main.bodyLines.map((j) => lines[j]!),
    ctx.rules,
    ctx.input,
    { title: title.text, flattened: main.bodyLines.length === 1 },
  );
  return {
    role: "main",
    title: title.text,
    truncated: /(?:…|\.\.\.)$/u.test(title.text),
    source: null,
    timestamp: main.timestampLine >= 0 ? lines[main.timestampLine]!.timestamp : null,
    kicker: cleaned.kicker,
    paragraphs: cleaned.paragraphs,
    captions: cleaned.captions,
    hashtags: main.hashtags,
    categories: [],
    removed: [...removed, ...cleaned.removed].sort((x, y) => x.start - y.start),
    start: title.textStart,
    end: lineEnd(lines[main.last - 1]!),
  };
}
