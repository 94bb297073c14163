import type { ArticleRole, Caption, Removed } from "../model/article.js";
import type { ClassifiedLine } from "../model/block.js";
import type { Timestamp } from "../time/types.js";
import type { ParseContext } from "./context.js";
import { cleanBodyLines } from "./inline.js";
import { lineEnd, lineRemoved } from "./lines.js";
import { buildMain, findMainStory } from "./main-story.js";

/** An article before timestamps are resolved and the schema is checked. */
export interface ArticleDraft {
  role: ArticleRole;
  title: string;
  truncated: boolean;
  source: string | null;
  timestamp: Timestamp | null;
  kicker: string | null;
  paragraphs: string[];
  captions: Caption[];
  hashtags: string[];
  categories: string[];
  removed: Removed[];
  start: number;
  end: number;
}

/** What assembly hands on: the articles, and the page chrome that belongs to none of them. */
export interface Assembled {
  articles: ArticleDraft[];
  pageRemoved: Removed[];
}

/** A block of lines that belongs to one related story or listing item. */
interface Block {
  /** Index of the block's first line. */
  first: number;
  /** Index one past the block's last line. */
  last: number;
  source: string | null;
  sourceLine: number;
  timestampLine: number;
  echoLine: number;
  titleLine: number;
  role: ArticleRole;
  /** Index of the last related-articles header above the block, or -1. */
  relatedHeader: number;
}

const TRUNCATED = /(?:…|\.\.\.)$/u;
const SENTENCE_END = /[.!?]["”’)]?$/u;

/**
 * Stage 4: a state machine over classified lines that groups them into articles.
 * Story blocks anchored by a source and a timestamp (related stories, listing items) are found
 * first, because their long one-line bodies would otherwise outweigh the main story; the main
 * story is then located among the remaining lines; everything left is page chrome.
 */
export function assemble(lines: ClassifiedLine[], ctx: ParseContext): Assembled {
  const owner = new Int32Array(lines.length).fill(-1);
  const articles: ArticleDraft[] = [];
  const heads = findBlockHeads(lines);
  // A block with a source echo (`- Source`) is unambiguous; one without is only a story block
  // below the main story and after a related-articles header: higher up, "Author / date / title"
  // is the main story's own header.
  const strong = withExtents(lines, heads.filter((h) => h.echoLine >= 0));
  const inStrong = new Uint8Array(lines.length);
  for (const b of strong) for (let i = b.first; i < b.last; i++) inStrong[i] = 1;

  const main = findMainStory(lines, inStrong, ctx);
  const mainEnd = main ? main.last : 0;
  const blocks = withExtents(
    lines,
    heads.filter((h) => h.echoLine >= 0 || (h.first >= mainEnd && h.relatedHeader >= mainEnd)),
  );
  if (main) {
    articles.push(buildMain(lines, main, ctx));
    for (let i = main.first; i < main.last; i++) owner[i] = 0;
    for (const h of main.hashtagLines) owner[h] = 0;
  } else if (blocks.length === 1 && blocks[0]!.role === "item") {
    // A page whose only story has a source/time header: that story is the main one.
    blocks[0]!.role = "main";
  }
  for (const b of blocks) {
    if (ctx.outOfTime()) break;
    const draft = buildBlock(lines, b, ctx);
    if (!draft) {
      ctx.messages.push({
        code: "broken_item",
        severity: "warning",
        message: `a story block at line ${b.first + 1} has no title or body and was skipped`,
        span: { start: lines[b.first]!.start, end: lines[b.last - 1]!.end },
      });
      continue;
    }
    const index = articles.length;
    articles.push(draft);
    for (let i = b.first; i < b.last; i++) owner[i] = index;
  }
  return finish(lines, articles, owner, ctx);
}

/** Lines owned by no article go to the page's `removed`, with the rule that matched them or a structural reason. */
function finish(lines: ClassifiedLine[], articles: ArticleDraft[], owner: Int32Array, ctx: ParseContext): Assembled {
  const pageRemoved: Removed[] = [];
  for (const line of lines) {
    if (line.cls === "blank" || owner[line.index]! >= 0) continue;
    const start = line.map ? line.map[0]! : line.textStart;
    const end = line.map ? line.map[line.map.length - 1]! : line.textStart + line.text.length;
    const kind = line.rule?.kind ?? (line.cls === "timestamp" ? "timestamp" : "outside-story");
    const ruleId = line.rule?.id ?? (line.cls === "timestamp" ? "structure/stray-timestamp" : "structure/outside-story");
    pageRemoved.push({ kind, ruleId, start, end, text: ctx.input.slice(start, end) });
  }
  return { articles, pageRemoved };
}

/**
 * Finds story block headers: a source line followed by a timestamp line (optionally an echo of
 * the source), or a source glued to its stamp, then a title. Each head records the last
 * related-articles header above it, so assembly can decide which heads to trust.
 */
function findBlockHeads(lines: ClassifiedLine[]): Block[] {
  const heads: Block[] = [];
  let relatedHeader = -1;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.cls === "boilerplate" && line.rule?.signal === "related-header") relatedHeader = i;
    const head = blockHead(lines, i);
    if (!head) {
      i++;
      continue;
    }
    heads.push({ ...head, role: relatedHeader >= 0 ? "related" : "item", relatedHeader });
    i = head.last;
  }
  return heads;
}

/** Sets each block's end: its body runs to the next block's start or to a line that closes a story. */
function withExtents(lines: ClassifiedLine[], heads: Block[]): Block[] {
  const blocks = heads.map((h) => ({ ...h }));
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k]!;
    const limit = k + 1 < blocks.length ? blocks[k + 1]!.first : lines.length;
    let end = b.titleLine + 1;
    for (let j = b.titleLine + 1; j < limit; j++) {
      const l = lines[j]!;
      if (l.cls === "boilerplate" && l.rule?.signal) break;
      if (l.cls !== "blank") end = j + 1;
    }
    b.last = end;
  }
  return blocks;
}

function nextNonBlank(lines: ClassifiedLine[], i: number): number {
  let j = i;
  while (j < lines.length && lines[j]!.cls === "blank") j++;
  return j;
}

/** Tries to read a block header starting at line `i`. */
function blockHead(lines: ClassifiedLine[], i: number): Omit<Block, "role" | "relatedHeader"> | null {
  const line = lines[i]!;
  let source: string | null = null;
  let sourceLine = -1;
  let timestampLine = -1;
  let next: number;
  if (line.cls === "source-timestamp") {
    source = line.source;
    sourceLine = i;
    timestampLine = i;
    next = i + 1;
  } else if (line.cls === "text" && isSourceName(line)) {
    const t = i + 1 < lines.length ? i + 1 : -1;
    if (t < 0 || lines[t]!.cls !== "timestamp") return null;
    source = line.text;
    sourceLine = i;
    timestampLine = t;
    next = t + 1;
  } else {
    return null;
  }
  let echoLine = -1;
  let j = nextNonBlank(lines, next);
  const echo = lines[j];
  if (echo && echo.cls === "text" && echo.source !== null && source !== null && sameName(echo.source, source)) {
    echoLine = j;
    j = nextNonBlank(lines, j + 1);
  }
  const title = lines[j];
  if (!title || title.cls !== "text" || !isHeadline(title)) return null;
  return { first: i, last: j + 1, source, sourceLine, timestampLine, echoLine, titleLine: j };
}

/** A publisher name: a short line without sentence punctuation. */
function isSourceName(line: ClassifiedLine): boolean {
  return line.words >= 1 && line.words <= 6 && line.text.length <= 60 && !SENTENCE_END.test(line.text) && !line.text.startsWith("By ");
}

/** A headline: one line of up to 40 words that does not read as a full paragraph. */
export function isHeadline(line: ClassifiedLine): boolean {
  return line.words >= 1 && line.words <= 40 && line.text.length <= 300;
}

function sameName(a: string, b: string): boolean {
  return a.toLowerCase().replace(/\s+/gu, " ") === b.toLowerCase().replace(/\s+/gu, " ");
}

function buildBlock(lines: ClassifiedLine[], b: Block, ctx: ParseContext): ArticleDraft | null {
  const titleLine = lines[b.titleLine]!;
  const removed: Removed[] = [];
  if (b.echoLine >= 0) removed.push(lineRemoved(lines[b.echoLine]!, ctx.input, "source-echo", "structure/source-echo"));
  const bodyLines: ClassifiedLine[] = [];
  for (let j = b.titleLine + 1; j < b.last; j++) {
    const l = lines[j]!;
    if (l.cls === "blank") continue;
    if (l.cls === "boilerplate") {
      removed.push(lineRemoved(l, ctx.input, l.rule!.kind, l.rule!.id));
      continue;
    }
    bodyLines.push(l);
  }
  const cleaned = cleanBodyLines(bodyLines, ctx.rules, ctx.input, { title: titleLine.text, flattened: true });
  if (!titleLine.text) return null;
  const ts = lines[b.timestampLine]!;
  return {
    role: b.role,
    title: titleLine.text,
    truncated: TRUNCATED.test(titleLine.text),
    source: b.source,
    timestamp: ts.timestamp,
    kicker: cleaned.kicker,
    paragraphs: cleaned.paragraphs,
    captions: cleaned.captions,
    hashtags: [],
    categories: [],
    removed: [...removed, ...cleaned.removed].sort((x, y) => x.start - y.start),
    start: lines[b.first]!.textStart,
    end: lineEnd(lines[b.last - 1]!),
  };
}
