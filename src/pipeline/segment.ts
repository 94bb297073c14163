import type { ClassifiedLine, Line } from "../model/block.js";

/**
 * Stage 1: split the input into lines, each with its offsets into the *original* string.
 * It runs before any normalisation so that every later field can be traced back to the input.
 * `\r\n`, `\r` and `\n` are all line breaks, so CRLF, CR and LF inputs give the same lines.
 * @param outOfTime - the parse's time budget, read every {@link SEGMENT_STRIDE} lines: once it is
 *   spent the lines found so far are returned, and the last one ends before the input does (the
 *   caller records the rest as unparsed)
 */
export function segment(input: string, outOfTime?: () => boolean): Line[] {
  const lines: Line[] = [];
  const n = input.length;
  // Without a carriage return anywhere, line ends are found with `indexOf` (a fast native scan)
  // instead of a loop over every code unit; the lines are the same either way.
  if (input.indexOf("\r") < 0) {
    let start = 0;
    for (;;) {
      const end = input.indexOf("\n", start);
      const stop = end < 0 ? n : end;
      lines.push(newLine(lines.length, start, stop, input.slice(start, stop)));
      if (end < 0) return lines;
      if ((lines.length & SEGMENT_STRIDE_MASK) === 0 && outOfTime?.()) return lines;
      start = end + 1;
    }
  }
  let start = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? input.charCodeAt(i) : -1;
    if (c === 10 || c === 13 || c === -1) {
      lines.push(newLine(lines.length, start, i, input.slice(start, i)));
      if (c === 13 && i + 1 < n && input.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
      if (c !== -1 && (lines.length & SEGMENT_STRIDE_MASK) === 0 && outOfTime?.()) return lines;
    }
  }
  return lines;
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
