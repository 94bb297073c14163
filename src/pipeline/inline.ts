import type { Caption, Removed } from "../model/article.js";
import { inputOffset, type ClassifiedLine } from "../model/block.js";
import { CREDIT_LABELS, CREDIT_NAMES } from "../rules/captions.js";
import { literalAlternation, matchInline, type CompiledRules } from "../rules/rule.js";

/**
 * Cleans the body lines of one article: page furniture that a flattened story carries inline
 * (repeated title, kicker, share buttons, newsletter prompts, captions with credits, gallery
 * counters, stub markers, promos) is cut out and recorded, and what is left becomes paragraphs.
 */
export interface InlineResult {
  /** Paragraphs, in order. */
  paragraphs: string[];
  /** Captions found inside the lines. */
  captions: Caption[];
  /** Pieces removed, with input offsets. */
  removed: Removed[];
  /** A kicker found before a repeated title at the start of the first line. */
  kicker: string | null;
  /** The name in a trailing wire credit (`— HARBOUR DAILY`) at the end of the body, when one was cut. */
  credit: string | null;
}

/** A piece of a line's text taken out, in text offsets. */
interface Cut {
  start: number;
  end: number;
  kind: string;
  ruleId: string;
  /** Cuts that are not recorded in `removed` because their text lives in a field (kicker, caption). */
  field?: "kicker" | "caption" | "crosshead";
}

// A full stop that ends a sentence: not after a lone capital ("U.S.", "J. Smith"), then space or end.
const SENTENCE_END_BEFORE = /(?<!\b\p{Lu})[.!?]["”’)]?\s/gu;
const ENDS_SENTENCE = /[.!?…:;"”’)]$/u;
const LABEL_RE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${literalAlternation(CREDIT_LABELS)})s?\\s?:\\s`,
  "gu",
);
const CREDIT_NAME_RE = new RegExp(
  `^(?:${literalAlternation(CREDIT_NAMES)})(?![\\p{L}\\p{N}])(?:\\s?[-/]\\s?(?:Getty|AFP|AP|Reuters|EPA|PA))?`,
  "u",
);
// Fallback credit: one capitalised word, plus an agency suffix ("Acme Images", "Acme Media").
const FALLBACK_CREDIT_RE = /^\p{Lu}[\p{L}\p{N}&.'’-]{0,30}(?: (?:Images|Media|Pictures|Photos|News|Agency|Press|Wire))?/u;
const TAIL_CREDIT_RE = /^\p{Lu}[\p{L}\p{N}&.'’/ -]{0,58}$/u;
const GALLERY_COUNTER = /^\d{1,2}$/u;
const MAX_CAPTION = 300;

/** Options for {@link cleanBodyLines}. */
export interface CleanOptions {
  /** The article's title, to find it repeated at the start of the body. */
  title: string | null;
  /** Whether the body is a story flattened onto one line (related blocks, listing items). */
  flattened: boolean;
  /**
   * Whether a trailing ALL-CAPS credit after a dash (`… said on Monday. — HARBOUR DAILY`) names
   * the story's real source (roundups and listing items republished from other papers). Default `false`.
   */
  trailingCredit?: boolean;
  /**
   * The parse's time budget (`ParseContext.outOfTime`). Once it is spent, lines not yet cleaned
   * are kept whole as paragraphs and the detectors stop looking further along the line: nothing
   * is lost, and the budget's message says the result is partial.
   */
  outOfTime?: (() => boolean) | undefined;
}

/** How many lines, credit labels or cuts are handled between two reads of the clock. */
const BUDGET_STRIDE = 64;
/** A line longer than this has the budget read before it is cleaned, and while it is. */
const LONG_LINE = 10_000;

// "… on Monday. — HARBOUR DAILY": a dash, then an ALL-CAPS name of one to six words, ending the body.
export const TRAILING_CREDIT = /(?:^|\s)([—–]|--)\s?(\p{Lu}[\p{Lu}\p{N}&.'’-]{0,30}(?: [\p{Lu}\p{N}&.'’-]{1,30}){0,5})$/u;
/**
 * How far from the end of a line the dash of a {@link TRAILING_CREDIT} match can start: `--`, a
 * space, and a name of six words of up to 31 characters each (a character may take two code units).
 */
const CREDIT_REACH = 3 + 2 * 31 * 6;

/**
 * Whether a line has the dash {@link TRAILING_CREDIT} needs (`—`, `–` or `--`) near its end: a
 * line without one cannot end in a wire credit, so this holds wherever TRAILING_CREDIT matches.
 * Only the tail is scanned (one quick regex scan, faster here than `indexOf` on two-byte text), so
 * a long paragraph costs no more than a short one, where TRAILING_CREDIT (unanchored at the start)
 * reads all of it.
 */
export function mayEndInCredit(text: string): boolean {
  return CREDIT_DASH.test(text.length > CREDIT_REACH ? text.slice(text.length - CREDIT_REACH) : text);
}

const CREDIT_DASH = /[—–]|--/u;

// An ALL-CAPS crosshead of two to eight words between two sentences of a flattened body:
// "… last year. WHAT HAPPENS NEXT The council will …". The crosshead stays, as its own paragraph.
const CROSSHEAD = /(?<=[.!?]["”’)]?\s)\p{Lu}[\p{Lu}\p{N}'’&,-]{0,30}(?: \p{Lu}[\p{Lu}\p{N}'’&,-]{0,30}){1,7}(?= \p{Lu}\p{Ll})/gu;

/**
 * Runs inline rules and structural detectors over each body line and returns paragraphs.
 * A removal splits a line into two paragraphs when the text before it ends a sentence
 * (a caption or newsletter box sat between two paragraphs); otherwise the two sides are joined.
 */
export function cleanBodyLines(lines: readonly ClassifiedLine[], rules: CompiledRules, input: string, opts: CleanOptions): InlineResult {
  const result: InlineResult = { paragraphs: [], captions: [], removed: [], kicker: null, credit: null };
  const lastText = lines.length - 1;
  const paragraphs = result.paragraphs;
  const outOfTime = opts.outOfTime ?? never;
  let spent = false;
  for (let lineNo = 0; lineNo < lines.length; lineNo++) {
    const line = lines[lineNo]!;
    const text = line.text;
    if (!spent && (lineNo % BUDGET_STRIDE === BUDGET_STRIDE - 1 || text.length > LONG_LINE)) spent = outOfTime();
    if (spent) {
      const p = text.trim();
      if (p) paragraphs.push(p);
      continue;
    }
    const matches = matchInline(rules, text, text.length > LONG_LINE ? outOfTime : undefined);
    // The inline rules ran over a long line in one go: if that spent the budget, their matches
    // (tens of thousands on a flattened page) are not turned into removed pieces either.
    if (text.length > LONG_LINE && outOfTime()) {
      spent = true;
      const p = text.trim();
      if (p) paragraphs.push(p);
      continue;
    }
    const cuts: Cut[] = [];
    for (const m of matches) cuts.push({ start: m.start, end: m.end, kind: m.rule.kind, ruleId: m.rule.id });
    if (lineNo === 0 && opts.title) findRepeatedTitle(text, opts.title, cuts, result);
    // A long line is where the detectors spend their time: the budget is read as they go.
    const lineBudget = text.length > LONG_LINE ? outOfTime : never;
    findCaptions(text, cuts, result, lineBudget);
    if (opts.flattened && cuts.length > 0) findGalleryCounters(text, cuts, lineBudget);
    if (opts.trailingCredit && lineNo === lastText) findTrailingCredit(text, cuts, result);
    if (opts.flattened && !(text.length > LONG_LINE && outOfTime())) findCrossheads(text, cuts, lineBudget);
    if (cuts.length === 0) {
      // Nothing cut: the line is one paragraph.
      const p = text.trim();
      if (p) paragraphs.push(p);
      continue;
    }
    if (cuts.length > 1) cuts.sort((a, b) => a.start - b.start);
    let pos = 0;
    const current = new Paragraph();
    const budget = text.length > LONG_LINE ? outOfTime : never;
    for (let k = 0; k < cuts.length; k++) {
      // Out of time: the rest of the line stays in the paragraph, uncut.
      if (k % (16 * BUDGET_STRIDE) === 16 * BUDGET_STRIDE - 1 && budget()) break;
      const cut = cuts[k]!;
      if (cut.start < pos) continue;
      current.add(text.slice(pos, cut.start));
      // A finished sentence is a paragraph.
      if (current.endsSentence()) paragraphs.push(current.take());
      if (cut.field === "crosshead") {
        // A crosshead is content: it becomes a paragraph of its own between the two halves.
        if (!current.isEmpty()) paragraphs.push(current.take());
        const crosshead = text.slice(cut.start, cut.end).trim();
        if (crosshead) paragraphs.push(crosshead);
        pos = cut.end;
        continue;
      }
      if (!cut.field) {
        const start = inputOffset(line, cut.start);
        const end = inputOffset(line, cut.end);
        result.removed.push({ kind: cut.kind, ruleId: cut.ruleId, start, end, text: input.slice(start, end) });
      }
      pos = cut.end;
    }
    current.add(text.slice(pos));
    if (!current.isEmpty()) paragraphs.push(current.take());
  }
  return result;
}

function never(): boolean {
  return false;
}

/**
 * A paragraph built from the trimmed pieces between cuts, joined by one space. The pieces are
 * kept apart until the paragraph is taken, and its last code unit is remembered: a line cut into
 * thousands of pieces that never end a sentence (inline boilerplate repeated through a flattened
 * story) would otherwise be read whole again at every cut, which is quadratic in the line.
 */
class Paragraph {
  private pieces: string[] = [];
  private last = -1;
  /** Adds a piece (trimmed; an empty one adds nothing). */
  add(piece: string): void {
    const p = piece.trim();
    if (!p) return;
    this.pieces.push(p);
    this.last = p.charCodeAt(p.length - 1);
  }
  isEmpty(): boolean {
    return this.pieces.length === 0;
  }
  /** Whether the paragraph ends like a sentence (or a quotation, a clause, a bracket): see `ENDS_SENTENCE`. */
  endsSentence(): boolean {
    return this.pieces.length > 0 && SENTENCE_ENDERS.has(this.last);
  }
  /** The paragraph's text; the paragraph is empty afterwards. */
  take(): string {
    const p = this.pieces.join(" ");
    this.pieces = [];
    this.last = -1;
    return p;
  }
}

/** The code units {@link ENDS_SENTENCE} accepts at the end of a text. */
const SENTENCE_ENDERS = new Set([...".!?…:;\"”’)"].map((c) => c.charCodeAt(0)));

/**
 * A wire credit ending a republished story (`— HARBOUR DAILY`) is cut and names the source.
 * The text before it must end a sentence, so a dash inside prose never counts.
 */
function findTrailingCredit(text: string, cuts: Cut[], result: InlineResult): void {
  const m = mayEndInCredit(text) ? TRAILING_CREDIT.exec(text) : null;
  if (!m || !/\p{Lu}{2}/u.test(m[2]!)) return;
  const start = m.index + (m[0].length - m[0].trimStart().length);
  const before = text.slice(0, start).trimEnd();
  if (before !== "" && !ENDS_SENTENCE.test(before)) return;
  if (overlaps(cuts, start, text.length)) return;
  result.credit = m[2]!;
  cuts.push({ start, end: text.length, kind: "source-credit", ruleId: "structure/trailing-credit" });
}

/** ALL-CAPS crossheads inside a flattened body: kept as paragraphs, and the body is split around them. */
function findCrossheads(text: string, cuts: Cut[], outOfTime: () => boolean): void {
  if (text.length < 200) return;
  // Crossheads never overlap one another, so the cuts made before are indexed once.
  let index: CutIndex | null = null;
  CROSSHEAD.lastIndex = 0;
  let m: RegExpExecArray | null;
  for (let n = 1; (m = CROSSHEAD.exec(text)) !== null; n++) {
    if (n % BUDGET_STRIDE === 0 && outOfTime()) break;
    const start = m.index;
    const end = start + m[0].length;
    if ((index ??= new CutIndex(cuts)).overlaps(start, end)) continue;
    cuts.push({ start, end, kind: "crosshead", ruleId: "structure/crosshead", field: "crosshead" });
  }
}

/**
 * A flattened story often starts with its own title again, sometimes after an ALL-CAPS kicker
 * (`CRUNCH SUMMIT <title> ...`). The repeat is removed; the kicker becomes the article's kicker.
 */
function findRepeatedTitle(text: string, title: string, cuts: Cut[], result: InlineResult): void {
  // Only the start of the line is searched: a repeat further in is not the title's.
  const at = text.slice(0, 80 + title.length).indexOf(title);
  if (at < 0 || at > 80) return;
  const prefix = text.slice(0, at).trim();
  if (prefix) {
    if (!isKicker(prefix)) return;
    result.kicker = prefix;
    cuts.push({ start: 0, end: at, kind: "kicker", ruleId: "structure/kicker", field: "kicker" });
  }
  cuts.push({ start: at, end: at + title.length, kind: "repeated-title", ruleId: "structure/repeated-title" });
}

/** An ALL-CAPS label of one to six words (`CRUNCH SUMMIT`, `EXCLUSIVE`, `ANALYSE -`). */
export function isKicker(text: string): boolean {
  // A lower-case letter rules it out, and what the cleanup below strips holds no letter: testing
  // the text as given first settles most lines without building anything (an ASCII a-z up front
  // without even a regex).
  // Code units beyond ASCII are read through a table of their case (see caseOf), as the regexes
  // read them; only a surrogate (a character beyond the BMP) sends the text to the regexes.
  let plain = true;
  let upper = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x61 && c <= 0x7a) return false;
    if (c >= 0x41 && c <= 0x5a) upper = true;
    else if (c >= 0x80) {
      if (c >= 0xd800 && c <= 0xdfff) {
        plain = false;
        break;
      }
      const k = caseOf(c);
      if (k === CASE_LOWER) return false;
      if (k === CASE_UPPER) upper = true;
    }
  }
  // No capital in the text leaves none after the cleanup (scripts without case, digits, signs).
  if (plain ? !upper : LOWER.test(text) || !UPPER.test(text)) return false;
  const t = text.replace(/\s?[-–—:|]$/u, "").trim();
  if (!t || t.length > 50) return false;
  // At most six words: `t.split(" ")` would give more than six pieces exactly when `t` holds more
  // than five spaces, which are counted without building the pieces.
  let spaces = 0;
  for (let i = t.indexOf(" "); i >= 0; i = t.indexOf(" ", i + 1)) if (++spaces > 5) return false;
  return UPPER.test(t);
}

const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

/** {@link caseOf}: a lower-case letter (`\p{Ll}`), a capital (`\p{Lu}`), or neither. */
const CASE_LOWER = 1;
const CASE_UPPER = 2;
const CASE_NONE = 3;
/** The case of each BMP code unit met so far ({@link caseOf}); 0 for not yet read. */
const CASES = new Uint8Array(0x10000);

/**
 * Whether a code unit outside the surrogates is `\p{Ll}`, `\p{Lu}` or neither, as {@link LOWER}
 * and {@link UPPER} read it (asked of them once per code unit, then kept): {@link isKicker} is
 * asked of every short line of a page, and two regex calls a line cost more than its reading.
 */
function caseOf(c: number): number {
  let k = CASES[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = LOWER.test(ch) ? CASE_LOWER : UPPER.test(ch) ? CASE_UPPER : CASE_NONE;
    CASES[c] = k;
  }
  return k;
}

/**
 * The cuts of a line sorted by start, with the running maximum of their ends and their ends in
 * order, so that each detector below asks "does this range overlap a cut?" and "where does the
 * last cut before here end?" in logarithmic time. Asking the list itself, once per credit label,
 * counter or crosshead, made a flattened story with thousands of captions quadratic in its cuts.
 */
class CutIndex {
  private readonly starts: number[];
  /** `maxEnd[i]`: the largest end among the first `i + 1` cuts by start. */
  private readonly maxEnd: number[];
  private readonly ends: number[];
  /** The ends of the cuts in start order (ties in list order, as a stable sort leaves them). */
  readonly endsByStart: number[];
  constructor(cuts: readonly Cut[]) {
    const sorted = [...cuts].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((c) => c.start);
    this.endsByStart = sorted.map((c) => c.end);
    this.maxEnd = [];
    let max = -Infinity;
    for (const c of sorted) this.maxEnd.push((max = Math.max(max, c.end)));
    this.ends = cuts.map((c) => c.end).sort((a, b) => a - b);
  }
  /** How many cuts start before `pos`. */
  startingBefore(pos: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid]! < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
  /** Whether a cut overlaps `[start, end)` (the test of {@link overlaps}). */
  overlaps(start: number, end: number): boolean {
    const k = this.startingBefore(end);
    return k > 0 && this.maxEnd[k - 1]! > start;
  }
  /** The largest cut end at or before `pos`, or -1. */
  lastEndAtOrBefore(pos: number): number {
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.ends[mid]! <= pos) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 ? this.ends[lo - 1]! : -1;
  }
}

/**
 * Captions are found from their credit (`... Credit: Reuters`): the caption runs back from the
 * label to the previous sentence end or removed piece, at most 300 characters.
 */
function findCaptions(text: string, cuts: Cut[], result: InlineResult, outOfTime: () => boolean): void {
  if (!text.includes(":")) return;
  // The cuts made before this stage are indexed once; the ones pushed here come in text order,
  // each group ending before the next label that is kept, so their largest end answers for them.
  let index: CutIndex | null = null;
  let pushedEnd = -1;
  LABEL_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  for (let n = 1; (m = LABEL_RE.exec(text)) !== null; n++) {
    if (n % BUDGET_STRIDE === 0 && outOfTime()) break;
    const labelStart = m.index;
    const nameStart = labelStart + m[0].length;
    const rest = text.slice(nameStart, nameStart + 80);
    // A credit that runs to the end of the line is taken whole ("Credit: Coast Weekly Archive");
    // inside a flattened story only a known agency or one capitalised word is.
    const tail = text.length - nameStart <= 60 ? TAIL_CREDIT_RE.exec(text.slice(nameStart)) : null;
    const name = tail ?? CREDIT_NAME_RE.exec(rest) ?? FALLBACK_CREDIT_RE.exec(rest);
    if (!name) continue;
    const creditEnd = nameStart + name[0].length;
    index ??= new CutIndex(cuts);
    if (pushedEnd > labelStart || index.overlaps(labelStart, creditEnd)) continue;
    let start = Math.max(0, labelStart - MAX_CAPTION, index.lastEndAtOrBefore(labelStart), pushedEnd);
    const window = text.slice(start, labelStart);
    SENTENCE_END_BEFORE.lastIndex = 0;
    let s: RegExpExecArray | null;
    let sentenceStart = 0;
    while ((s = SENTENCE_END_BEFORE.exec(window)) !== null) sentenceStart = s.index + s[0].length;
    start += sentenceStart;
    while (start < labelStart && text.charCodeAt(start) === 32) start++;
    // A gallery counter ("1 ") opens the caption on image-gallery layouts.
    const counter = /^(\d{1,2}) (?=\S)/u.exec(text.slice(start, labelStart));
    if (counter) {
      cuts.push({ start, end: start + counter[1]!.length, kind: "gallery-counter", ruleId: "captions/gallery-counter" });
      start += counter[0].length;
    }
    const captionText = text.slice(start, labelStart).trim();
    if (captionText) {
      result.captions.push({ text: captionText, credit: name[0] });
      // The caption text and the credit name live in `captions`; the label between them
      // ("Credit:") is recorded as removed so every character stays accounted for.
      cuts.push({ start, end: labelStart, kind: "caption", ruleId: "captions/credit", field: "caption" });
      cuts.push({ start: labelStart, end: labelStart + m[0].trimEnd().length, kind: "credit-label", ruleId: "captions/credit" });
      cuts.push({ start: nameStart, end: creditEnd, kind: "caption", ruleId: "captions/credit", field: "caption" });
    } else {
      cuts.push({ start: labelStart, end: creditEnd, kind: "credit", ruleId: "captions/credit" });
    }
    pushedEnd = creditEnd;
  }
}

/**
 * A lone one- or two-digit number right before a removed piece, at the start of a flattened
 * story or right after another removal, is an image-gallery counter that innerText kept.
 * Each cut looks back only over the whitespace and the token before it, and asks the
 * {@link CutIndex} about the cuts before the token, so the work is linear in the line.
 */
function findGalleryCounters(text: string, cuts: Cut[], outOfTime: () => boolean): void {
  const index = new CutIndex(cuts);
  const starts = [...new Set(cuts.map((c) => c.start))].sort((a, b) => a - b);
  let firstText = 0;
  while (firstText < text.length && isSpace(text.charCodeAt(firstText))) firstText++;
  let lastCounterEnd = -1;
  let n = 0;
  for (const cutStart of starts) {
    if (++n % (16 * BUDGET_STRIDE) === 0 && outOfTime()) break;
    // The token before the cut: the text back to the last space, once trailing whitespace is skipped.
    let tokenEnd = cutStart;
    while (tokenEnd > 0 && isSpace(text.charCodeAt(tokenEnd - 1))) tokenEnd--;
    const tokenStart = counterStart(text, tokenEnd);
    if (tokenStart < 0) continue;
    if (lastCounterEnd > tokenStart || index.overlaps(tokenStart, tokenEnd)) continue;
    // At the start of the text, or with only whitespace since the cut before it: the last one, in
    // start order, that ends before the token (with no overlap, the last one starting before it).
    let atBoundary = tokenStart <= firstText;
    if (!atBoundary) {
      const k = index.startingBefore(tokenEnd);
      if (k > 0) {
        const prevEnd = index.endsByStart[k - 1]!;
        let i = tokenStart;
        while (i > prevEnd && isSpace(text.charCodeAt(i - 1))) i--;
        atBoundary = i === prevEnd;
      }
    }
    if (!atBoundary) continue;
    cuts.push({ start: tokenStart, end: tokenEnd, kind: "gallery-counter", ruleId: "captions/gallery-counter" });
    lastCounterEnd = tokenEnd;
  }
}

/**
 * Where a gallery counter (one or two ASCII digits, after a space or at the start of the text)
 * ending at `end` starts, or -1 when the token ending there is not one.
 */
function counterStart(text: string, end: number): number {
  if (!isDigit(text.charCodeAt(end - 1))) return -1;
  const start = isDigit(text.charCodeAt(end - 2)) ? end - 2 : end - 1;
  return start === 0 || text.charCodeAt(start - 1) === 32 ? start : -1;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Whether a code unit is whitespace as `trim` sees it. */
function isSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  return c >= 0xa0 && SPACE.test(String.fromCharCode(c));
}

const SPACE = /\s/u;

function overlaps(cuts: readonly Cut[], start: number, end: number): boolean {
  return cuts.some((c) => c.start < end && start < c.end);
}
