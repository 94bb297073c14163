import type { ClassifiedLine, Line } from "../model/block.js";

/**
 * Stage 1: split the input into lines, each with its offsets into the *original* string.
 * It runs before any normalisation so that every later field can be traced back to the input.
 * `\r\n`, `\r` and `\n` are all line breaks, so CRLF, CR and LF inputs give the same lines.
 */
export function segment(input: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  const n = input.length;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? input.charCodeAt(i) : -1;
    if (c === 10 || c === 13 || c === -1) {
      // Created with the fields classify fills in, so that stage sets them in place: one object
      // per line with one shape. A line-dense input (10 MB of blank lines is 10 million lines)
      // otherwise pays for a second object, or a property backing store, per line.
      const line: ClassifiedLine = {
        index: lines.length,
        start,
        end: i,
        text: input.slice(start, i),
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
      lines.push(line);
      if (c === 13 && i + 1 < n && input.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  return lines;
}
