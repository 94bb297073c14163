import type { Line } from "../model/block.js";

/**
 * Characters that render as a plain space: tab, vertical tab, form feed, NBSP, the Unicode
 * spaces, narrow NBSP, ideographic space. Only the byte-order mark (U+FEFF) is dropped besides
 * these. Soft hyphens and zero-width characters are kept as printed: they are part of the text (a
 * soft hyphen splits "Not\u00adfall" into two words for a tokenizer), and dropping them would
 * make output differ from the input it claims to quote.
 */
function isSpaceLike(c: number): boolean {
  return c === 9 || c === 11 || c === 12 || (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000));
}

/**
 * A line holds something normalisation changes besides its ends: a space-like character, a
 * byte-order mark or two spaces in a row. No `u` flag: every character here is in the BMP, and
 * the plain engine scans a line faster (this runs on every line of every page).
 */
const NEEDS_WORK = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]| {2}/;
/** {@link NEEDS_WORK} scanning the whole input (`lastIndex` is set before and reset after each use). */
const NEEDS_WORK_ALL = new RegExp(NEEDS_WORK.source, "g");

/**
 * Stage 2: normalise each line's text for matching (spaces unified and collapsed, invisible
 * characters dropped, ends trimmed) while keeping a map back to input offsets. It runs after
 * segmentation so offsets always refer to the original input. Characters are not NFC-normalised:
 * composed and decomposed forms are kept as printed, so the lossless property holds code unit by code unit.
 * @param input - the input the lines were cut from by `segment` (their texts are still the raw
 *   slices `input.slice(start, end)`), when at hand: it lets one scan find the lines that need work
 */
export function normalize(lines: Line[], input?: string): Line[] {
  if (input === undefined) {
    for (const line of lines) normalizeLine(line, !NEEDS_WORK.test(line.text));
    return lines;
  }
  // With the input at hand, one scan of it finds the lines that need work: a line does exactly
  // when a match of NEEDS_WORK starts inside it (a match is one or two characters, never a line
  // break, so it cannot reach into the next line), and most lines are settled by comparing two
  // offsets instead of a regex call each.
  const re = NEEDS_WORK_ALL;
  let next = -1; // start of the first match at or after the current line's start (input.length + 1: none)
  for (const line of lines) {
    if (next < line.start) {
      re.lastIndex = line.start;
      next = re.test(input) ? matchStart(input, re.lastIndex) : input.length + 1;
    }
    normalizeLine(line, next >= line.end);
  }
  re.lastIndex = 0;
  return lines;
}

/** Where the NEEDS_WORK match ending at `end` starts: two spaces, or one character (never a space). */
function matchStart(input: string, end: number): number {
  return input.charCodeAt(end - 1) === 32 ? end - 2 : end - 1;
}

/**
 * Normalises one line in place.
 * @param plain - `true` when the line holds nothing NEEDS_WORK matches (only trimming can change it)
 */
function normalizeLine(line: Line, plain: boolean): void {
  const raw = line.text;
  if (plain) {
    // Fast path: only trimming can change the text; offsets stay a constant shift.
    let a = 0;
    let b = raw.length;
    while (a < b && raw.charCodeAt(a) === 32) a++;
    while (b > a && raw.charCodeAt(b - 1) === 32) b--;
    line.text = raw.slice(a, b);
    line.textStart = line.start + a;
    line.map = null;
    return;
  }
  // Kept characters are copied in runs (slices), not one by one: a paragraph with a single
  // no-break space is two slices and one space.
  const parts: string[] = [];
  const map = new Int32Array(raw.length + 1);
  let length = 0;
  let pendingSpace = -1;
  let runStart = -1;
  for (let i = 0; i <= raw.length; i++) {
    const c = i < raw.length ? raw.charCodeAt(i) : -1;
    const space = c === 32 || isSpaceLike(c);
    if (c === -1 || space || c === 0xfeff) {
      if (runStart >= 0) {
        parts.push(raw.slice(runStart, i));
        runStart = -1;
      }
      if (space && length > 0 && pendingSpace < 0) pendingSpace = line.start + i;
      continue;
    }
    if (pendingSpace >= 0) {
      parts.push(" ");
      map[length++] = pendingSpace;
      pendingSpace = -1;
    }
    if (runStart < 0) runStart = i;
    map[length++] = line.start + i;
  }
  // The end sentinel: one past the last kept character (or the line start for an empty line).
  map[length] = length > 0 ? map[length - 1]! + 1 : line.start;
  line.text = parts.join("");
  line.map = map.length === length + 1 ? map : map.slice(0, length + 1);
  line.textStart = length > 0 ? map[0]! : line.start;
}
