import type { ClassifiedLine, Line } from "../model/block.js";

/**
 * Stage 1: split the input into lines, each with its offsets into the *original* string.
 * It runs before any normalisation so that every later field can be traced back to the input.
 * `\r\n`, `\r` and `\n` are all line breaks, so CRLF, CR and LF inputs give the same lines.
 *
 * A run of more than {@link MAX_EMPTY_RUN} empty lines (line breaks in a row, nothing between
 * them) keeps its first {@link MAX_EMPTY_RUN} lines, with their offsets; the rest are not made.
 * Every later stage reads blank lines only by skipping them or by counting lines within a window
 * far shorter than that (the title's lookback, a link list's span), so the output is the same as
 * with one line per break, and text made of line breaks costs a bounded number of lines per run
 * instead of one per character. A line's `index` is then its position among the lines made;
 * {@link lineCounter} gives the input's line number. Lines of spaces are never dropped: they are
 * blank only once normalised.
 * @param outOfTime - the parse's time budget, read every {@link SEGMENT_STRIDE} lines: once it is
 *   spent the lines found so far are returned, and the last one ends before the input does (the
 *   caller records the rest as unparsed)
 */
export function segment(input: string, outOfTime?: () => boolean): Line[] {
  const lines: Line[] = [];
  const n = input.length;
  // Past this offset, a run of empty lines was already measured and found short.
  let measured = -1;
  // The last text cut of each short length (see lineText).
  const recent = newRecent();
  // Without a carriage return anywhere, line ends are found with `indexOf` (a fast native scan)
  // instead of a loop over every code unit; the lines are the same either way.
  if (input.indexOf("\r") < 0) {
    let start = 0;
    for (;;) {
      const end = input.indexOf("\n", start);
      const stop = end < 0 ? n : end;
      const empty = stop === start;
      lines.push(newLine(lines.length, start, stop, lineText(input, start, stop, recent)));
      if (end < 0) return lines;
      if ((lines.length & SEGMENT_STRIDE_MASK) === 0 && outOfTime?.()) return lines;
      start = end + 1;
      if (empty && start > measured) {
        // Each line break right after an empty line ends another empty line, and the input's last
        // line is empty when the run reaches the end.
        const run = runEnd(NOT_LF, input, start);
        measured = run;
        if (run - start + 1 + (run === n ? 1 : 0) > MAX_EMPTY_RUN) {
          for (const keep = start + MAX_EMPTY_RUN - 1; start < keep; start++) lines.push(newLine(lines.length, start, start, ""));
          if (run === n) return lines;
          start = run;
        }
      }
    }
  }
  let start = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? input.charCodeAt(i) : -1;
    if (c === 10 || c === 13 || c === -1) {
      const empty = start === i;
      lines.push(newLine(lines.length, start, i, lineText(input, start, i, recent)));
      if (c === -1) return lines;
      if (c === 13 && i + 1 < n && input.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
      if (empty && start > measured) {
        // Breaks in a row (`\r\n`, `\r` or `\n`) hold only empty lines, and the input's last line
        // is empty when the run reaches the end.
        const run = runEnd(NOT_BREAK, input, start);
        measured = run;
        // Lines in the run: the empty one made, one per break (a break is one or two code units,
        // so a run of 2 * MAX_EMPTY_RUN units holds enough without counting), and the last line.
        let count = 1 + (run === n ? 1 : 0);
        if (run - start < 2 * MAX_EMPTY_RUN) for (let at = start; at < run; at = afterBreak(input, at)) count++;
        else count = Infinity;
        if (count > MAX_EMPTY_RUN) {
          for (let k = 1; k < MAX_EMPTY_RUN; k++) {
            lines.push(newLine(lines.length, start, start, ""));
            start = afterBreak(input, start);
          }
          if (run === n) return lines;
          start = run;
          i = run - 1;
        }
      }
      if ((lines.length & SEGMENT_STRIDE_MASK) === 0 && outOfTime?.()) return lines;
    }
  }
  return lines;
}

/**
 * Empty lines in a row kept by {@link segment}: more than any window of lines a later stage reads
 * (the widest, a link list's span and the distance of a heading, are 200 lines).
 */
export const MAX_EMPTY_RUN = 1024;

/** Texts shorter than this are looked up in {@link lineText}'s table of recent texts. */
const RECENT_LENGTHS = 128;

/** A table for {@link lineText}: per length below {@link RECENT_LENGTHS}, the last text cut of that length. */
function newRecent(): string[] {
  return new Array<string>(RECENT_LENGTHS).fill("");
}

/**
 * `input.slice(start, end)`, but a short text equal to the last one cut of its length is that
 * string again rather than a copy: a page of a million `Share` or `a b c` lines (or of a few
 * labels in turn) holds a few strings instead of a million, which the collector would otherwise
 * copy and promote one by one. Strings are values: sharing one changes nothing a stage reads.
 * @param recent - the table of the page (see {@link newRecent}), updated in place
 */
function lineText(input: string, start: number, end: number, recent: string[]): string {
  const length = end - start;
  if (length === 0) return "";
  // One code unit: V8 gives the string of a one-byte character from a table, with no copy.
  if (length === 1 || length >= RECENT_LENGTHS) return input.slice(start, end);
  const last = recent[length]!;
  // `last` is "" until a text of this length is cut: startsWith("") holds, so test the length.
  if (last.length === length && input.startsWith(last, start)) return last;
  return (recent[length] = input.slice(start, end));
}

/** Not a line feed; not a line break (global: see {@link runEnd}). */
const NOT_LF = /[^\n]/g;
const NOT_BREAK = /[^\n\r]/g;

/**
 * The offset of the first code unit from `from` on that `not` matches, or the input's length: the
 * end of a run of line breaks, found by the regex engine's native scan (five million breaks in a
 * few milliseconds, where a loop over the code units took ten times as long).
 */
function runEnd(not: RegExp, input: string, from: number): number {
  not.lastIndex = from;
  const end = not.test(input) ? not.lastIndex - 1 : input.length;
  not.lastIndex = 0;
  return end;
}

/** The offset after the line break at `i` (`\r\n` is one break). */
function afterBreak(input: string, i: number): number {
  return input.charCodeAt(i) === 13 && input.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
}

/**
 * The input's line numbers (from 1, as an editor counts them, `\r\n`, `\r` and `\n` each one
 * break) of offsets asked for in increasing order, for messages that name a line: a line's
 * `index` skips the empty lines {@link segment} merges. Each part of the input is counted once
 * while the offsets increase (an earlier offset counts again from the start).
 * @param input - the page text
 * @returns a function from an input offset to the number of the line holding it
 */
export function lineCounter(input: string): (offset: number) => number {
  let at = 0;
  let line = 1;
  return (offset) => {
    if (offset < at) {
      at = 0;
      line = 1;
    }
    for (; at < offset; at++) {
      const c = input.charCodeAt(at);
      if (c === 10 || (c === 13 && input.charCodeAt(at + 1) !== 10)) line++;
    }
    return line;
  };
}
/** Lines made between two reads of the time budget (a power of two; a few ms of work). */
export const SEGMENT_STRIDE = 4096;
const SEGMENT_STRIDE_MASK = SEGMENT_STRIDE - 1;

/**
 * A line created with the fields classify fills in, so that stage sets them in place: one object
 * per line with one shape. A line-dense input (10 MB of blank lines is 10 million lines)
 * otherwise pays for a second object, or a property backing store, per line.
 */
function newLine(index: number, start: number, end: number, text: string): ClassifiedLine {
  return {
    index,
    start,
    end,
    text,
    map: null,
    textStart: start,
    cls: "text",
    rule: null,
    timestamp: null,
    source: null,
    tsStart: -1,
    tsEnd: -1,
    words: 0,
  };
}
