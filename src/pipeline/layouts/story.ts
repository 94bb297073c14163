/**
 * What every layout recogniser shares: the story record it hands to assembly, and small helpers
 * to read a line as a name, a bullet, a repeat of the title, and to record removals with offsets.
 */
import { SIMPLE_LIMIT, SIMPLE_LOWER } from "../../features/case-fold.js";
import type { ArticleRole, Removed } from "../../model/article.js";
import { inputOffset, type ClassifiedLine } from "../../model/block.js";
import type { Timestamp } from "../../time/types.js";
import type { ArticleDraft } from "../draft.js";
import { endMark, lineEnd } from "../lines.js";

/** The layouts assembly recognises (docs/layouts.md describes each). */
export type LayoutName = "compact" | "listing" | "logo-header" | "roundup" | "digest";

/** A story found by a layout recogniser: the lines it owns and the draft built from them. */
export interface LayoutStory {
  /** Which recogniser found it. */
  layout: LayoutName;
  /** Index of the story's first line. */
  first: number;
  /** Index one past its last line. */
  last: number;
  /** The article, or `null` when the block had a header but no title or body (a broken item). */
  draft: ArticleDraft | null;
  /**
   * Whether the structure alone is unambiguous. Weak stories are only accepted below the main
   * story and a related-articles header: higher up, "Author / date / title" is the main story's header.
   */
  strong: boolean;
  /** The last related-articles header above the story, or -1. */
  relatedHeader: number;
}

/** Sentence punctuation ending a line (a headline has none, or a question or exclamation mark). */
export const SENTENCE_END = /[.!?]["”’)]?$/u;

/**
 * `SENTENCE_END.test(text)` read from the last two code units (see `endMark`; asked of most lines
 * by several layouts): `.`, `!` or `?` at the end, or right before a closing `"`, `”`, `’` or `)`
 * that ends the text. Every character of the pattern is one code unit outside
 * the surrogates, so reading code units is reading the pattern's code points. Property-tested
 * against {@link SENTENCE_END}.
 */
export function endsSentence(text: string): boolean {
  const c = endMark(text);
  return c === 0x2e || c === 0x21 || c === 0x3f;
}
/** A full stop ending a line, before a closing quote or bracket or not (a paragraph, not a title). */
export const FULL_STOP_END = /\.["”’)]?$/u;

/**
 * `FULL_STOP_END.test(text)` read from the last two code units, as {@link endsSentence} reads
 * {@link SENTENCE_END}. Property-tested against {@link FULL_STOP_END}.
 */
export function endsFullStop(text: string): boolean {
  return endMark(text) === 0x2e;
}

/** A title printed cut short. */
export const TRUNCATED = /(?:…|\.\.\.)$/u;

/**
 * `TRUNCATED.test(text)` without the regex: an end-anchored pattern is tried at every position
 * of the text, and the digest and listing readers ask this of most sentence-ending lines.
 * `…` and `.` are single code units, so the text ends with the pattern's match exactly when it
 * ends with `…` or `...`. Property-tested against {@link TRUNCATED}.
 */
export function endsTruncated(text: string): boolean {
  return text.endsWith("…") || text.endsWith("...");
}

/** A question or exclamation mark ending a line, before a closing quote or bracket or not. */
export const ASK_OR_EXCLAIM_END = /[?!]["”’)]?$/u;

/**
 * `ASK_OR_EXCLAIM_END.test(text)` read from the last two code units, as {@link endsSentence}
 * reads {@link SENTENCE_END}. Property-tested against {@link ASK_OR_EXCLAIM_END}.
 */
export function endsAskOrExclaim(text: string): boolean {
  const c = endMark(text);
  return c === 0x21 || c === 0x3f;
}
/** `• Business`, `- Harbour Gazette`, `· Reuters`: a bullet or dash before a short name. */
const BULLET = /^([-–—•·▪‣●◦*])\s?(\S.{0,58})$/u;
/** The code units of BULLET's markers (the characters its first group admits). Exported for tests. */
export const BULLET_MARKERS: ReadonlySet<number> = new Set([..."-–—•·▪‣●◦*"].map((c) => c.charCodeAt(0)));

/**
 * `BULLET_MARKERS.has(c)` as a switch over the ten code units (no hashing: this is asked of the
 * first character of nearly every short line). Exported for tests, which check every code unit.
 */
export function isBulletMarker(c: number): boolean {
  switch (c) {
    case 0x2a: // *
    case 0x2d: // -
    case 0xb7: // ·
    case 0x2013: // –
    case 0x2014: // —
    case 0x2022: // •
    case 0x2023: // ‣
    case 0x25aa: // ▪
    case 0x25cf: // ●
    case 0x25e6: // ◦
      return true;
    default:
      return false;
  }
}

/** Characters that separate a source from its stamp on one line (`Coast Weekly · 2 hours ago`). */
const SEPARATORS = "-–—|·•:,";

/** Index of the first non-blank line at or after `i` (or `lines.length`). */
export function nextNonBlank(lines: readonly ClassifiedLine[], i: number): number {
  let j = i;
  while (j < lines.length && lines[j]!.cls === "blank") j++;
  return j;
}

/** Compares two printed titles ignoring case and all whitespace (a repeat may be spaced differently). */
export function sameTitle(a: string, b: string): boolean {
  if (a.length === 0 || b.length === 0) return false;
  // Titles are compared in place (no copies), character by character: whitespace is skipped and
  // each character read as it lower-cases (see titleUnit). Lower-casing is per character but for
  // the few characters titleUnit leaves out, so a difference found before any of those is final;
  // meeting one sends both titles to the general comparison.
  let i = 0;
  let j = 0;
  for (;;) {
    let ua = TITLE_SPACE;
    let ub = TITLE_SPACE;
    while (i < a.length && (ua = titleUnit(a.charCodeAt(i))) === TITLE_SPACE) i++;
    while (j < b.length && (ub = titleUnit(b.charCodeAt(j))) === TITLE_SPACE) j++;
    const endA = i === a.length;
    const endB = j === b.length;
    if ((!endA && ua === TITLE_OTHER) || (!endB && ub === TITLE_OTHER)) return sameTitleFolded(a, b);
    if (endA || endB) return endA && endB;
    if (ua !== ub) return false;
    i++;
    j++;
  }
}

/** {@link titleUnit} of whitespace: skipped. */
const TITLE_SPACE = -2;
/** {@link titleUnit} of a character the in-place comparison does not read: the general one decides. */
const TITLE_OTHER = -1;

/**
 * The code unit a character of a title lower-cases to, for {@link sameTitle}: {@link TITLE_SPACE}
 * for whitespace (`\s` below {@link SIMPLE_LIMIT}: ASCII whitespace and the no-break space),
 * the {@link SIMPLE_LOWER} mapping below {@link SIMPLE_LIMIT} (Latin, Greek, Cyrillic), the
 * character itself for general punctuation U+2010–U+2027 (curly quotes, dashes, `…`: no case, no
 * whitespace), else {@link TITLE_OTHER}: `İ` (two code units once lower-cased), `Σ` (its lower case
 * depends on context), any other whitespace and every other script.
 */
function titleUnit(c: number): number {
  if (c < SIMPLE_LIMIT) {
    if (c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0) return TITLE_SPACE;
    if (c === 0) return 0;
    const u = SIMPLE_LOWER[c]!;
    return u === 0 ? TITLE_OTHER : u;
  }
  return c >= 0x2010 && c <= 0x2027 ? c : TITLE_OTHER;
}

/** {@link sameTitle} for any text: all whitespace removed, then lower-cased. */
function sameTitleFolded(a: string, b: string): boolean {
  return a.replace(/\s+/gu, "").toLowerCase() === b.replace(/\s+/gu, "").toLowerCase();
}

/** Compares two names ignoring case and runs of whitespace. */
export function sameName(a: string, b: string): boolean {
  return a.toLowerCase().replace(/\s+/gu, " ").trim() === b.toLowerCase().replace(/\s+/gu, " ").trim();
}

/** A headline: one line of up to 40 words that does not read as a full paragraph. */
export function headlineLike(line: ClassifiedLine): boolean {
  return line.cls === "text" && line.words >= 1 && line.words <= 40 && line.text.length <= 300;
}

/** A publisher name: a short line without sentence punctuation, not a byline. */
export function nameLike(line: ClassifiedLine): boolean {
  return (
    line.cls === "text" &&
    line.words >= 1 &&
    line.words <= 6 &&
    line.text.length <= 60 &&
    !endsSentence(line.text) &&
    !/^by\s/iu.test(line.text) &&
    !BULLET.test(line.text)
  );
}

/** A bullet line: the marker and the name after it, with the name's offset in the line's text. */
export function readBullet(line: ClassifiedLine): { marker: string; name: string; nameAt: number } | null {
  if (line.cls !== "text" || line.words > 8) return null;
  // BULLET opens with one of its markers, each a single code unit: any other first character
  // settles the line without a regex call (this is asked of nearly every short line).
  if (!isBulletMarker(line.text.charCodeAt(0))) return null;
  const m = BULLET.exec(line.text);
  if (!m) return null;
  const name = m[2]!.trim();
  return { marker: m[1]!, name, nameAt: line.text.indexOf(name, m[1]!.length) };
}

/** A piece of a line (text offsets) recorded as removed, with its exact input text. */
export function pieceRemoved(line: ClassifiedLine, input: string, from: number, to: number, kind: string, ruleId: string): Removed {
  const start = inputOffset(line, from);
  const end = to >= line.text.length ? lineEnd(line) : inputOffset(line, to);
  return { kind, ruleId, start, end, text: input.slice(start, end) };
}

/**
 * The label glued before a stamp on a timestamp line (`time` in `time32 minutes ago`, `Updated`
 * is part of the stamp itself), recorded as removed so every character stays accounted for.
 */
export function stampLabelRemoved(line: ClassifiedLine, input: string): Removed | null {
  if (line.cls !== "timestamp" || line.tsStart <= 0) return null;
  const label = line.text.slice(0, line.tsStart).trimEnd();
  if (label === "") return null;
  return pieceRemoved(line, input, 0, label.length, "icon-label", "site-chrome/time-label");
}

/**
 * The source and separator of a `<Source><stamp>` line: `NBC Sports18 hours ago` gives
 * `NBC Sports`; `Harbour Gazette · 2 hours ago` gives `Harbour Gazette` and the `·` to record.
 */
export function gluedSource(line: ClassifiedLine, input: string): { source: string; removed: Removed[] } | null {
  if (line.cls !== "source-timestamp" || line.source === null) return null;
  const removed: Removed[] = [];
  const separator = (at: number) => removed.push(pieceRemoved(line, input, at, at + 1, "separator", "structure/source-separator"));
  if (line.tsStart > 0) {
    let source = line.text.slice(0, line.tsStart).trimEnd();
    if (SEPARATORS.includes(source.at(-1) ?? "")) {
      separator(source.length - 1);
      source = source.slice(0, -1).trimEnd();
    }
    return source !== "" ? { source, removed } : null;
  }
  // `3 hours ago · Harbour Gazette`: the source follows the stamp.
  const after = line.text.slice(line.tsEnd);
  let at = line.tsEnd + (after.length - after.trimStart().length);
  if (SEPARATORS.includes(line.text.charAt(at))) {
    separator(at);
    at++;
  }
  const source = line.text.slice(at).trim();
  return source !== "" ? { source, removed } : null;
}

/** Everything a header (the lines around a title) told about a story. */
export interface Header {
  source: string | null;
  timestamp: Timestamp | null;
  categories: string[];
  removed: Removed[];
  /** Lines read as header slots (source, stamp, bullets, title repeats). */
  slotLines: number[];
  /** A third (or later) copy of the title was printed: a listing-item trait. */
  extraTitle: boolean;
  /** Category bullets were printed: a listing-item trait. */
  hasCategories: boolean;
  /** Index of the first line after the header. */
  next: number;
}

/**
 * Reads the header slots after a title, in any order: a source name line, a stamp (maybe with its
 * `time` icon label), a glued `<Source><stamp>` line, bullet or dash lines (categories, and echoes
 * of the source), more copies of the title. Stops at the first line that is none of these.
 *
 * Bullets are decided once the whole header is read: a bullet naming the source is an echo; with
 * no source line, the last of two or more bullets is the source (Daily8 prints the categories,
 * then the source); any other bullet is a category.
 */
export function readHeader(lines: readonly ClassifiedLine[], from: number, limit: number, title: string, input: string): Header {
  const h: Header = { source: null, timestamp: null, categories: [], removed: [], slotLines: [], extraTitle: false, hasCategories: false, next: from };
  const bullets: Array<{ index: number; bullet: NonNullable<ReturnType<typeof readBullet>> }> = [];
  let i = nextNonBlank(lines, from);
  for (; i < limit; i = nextNonBlank(lines, i + 1)) {
    const l = lines[i]!;
    if (l.cls === "timestamp") {
      if (h.timestamp) break;
      h.timestamp = l.timestamp;
      const label = stampLabelRemoved(l, input);
      if (label) h.removed.push(label);
    } else if (l.cls === "source-timestamp") {
      const glued = gluedSource(l, input);
      if (h.timestamp || !glued || (h.source !== null && !sameName(h.source, glued.source))) break;
      h.timestamp = l.timestamp;
      if (h.source === null) h.source = glued.source;
      else h.removed.push(pieceRemoved(l, input, 0, l.tsStart, "source-echo", "structure/source-echo"));
      h.removed.push(...glued.removed);
    } else if (l.cls === "text" && sameTitle(l.text, title)) {
      h.extraTitle = true;
      h.removed.push(pieceRemoved(l, input, 0, l.text.length, "repeated-title", "structure/repeated-title"));
    } else if (l.cls === "text" && readBullet(l)) {
      bullets.push({ index: i, bullet: readBullet(l)! });
    } else if (h.source === null && bullets.length === 0 && !h.timestamp && nameLike(l)) {
      h.source = l.text;
    } else if (l.cls === "boilerplate" && !l.rule?.signal && h.slotLines.length > 0 && l.text.length <= 40) {
      h.removed.push(pieceRemoved(l, input, 0, l.text.length, l.rule!.kind, l.rule!.id));
    } else {
      break;
    }
    h.slotLines.push(i);
  }
  h.next = i;
  if (h.source === null && bullets.length >= 2) {
    const last = bullets.pop()!;
    h.source = last.bullet.name;
    const l = lines[last.index]!;
    h.removed.push(pieceRemoved(l, input, 0, last.bullet.marker.length, "list-marker", "structure/bullet"));
  }
  for (const { index, bullet } of bullets) {
    const l = lines[index]!;
    if (h.source !== null && sameName(bullet.name, h.source)) {
      h.removed.push(pieceRemoved(l, input, 0, l.text.length, "source-echo", "structure/source-echo"));
    } else {
      h.categories.push(bullet.name);
      h.hasCategories = true;
      h.removed.push(pieceRemoved(l, input, 0, bullet.marker.length, "list-marker", "structure/bullet"));
    }
  }
  h.removed.sort((a, b) => a.start - b.start);
  return h;
}

/** The draft's role before assembly decides it: related under a related-articles header, else item. */
export function roleFor(relatedHeader: number): ArticleRole {
  return relatedHeader >= 0 ? "related" : "item";
}
