import type { Line } from "../model/block.js";

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
      lines.push({ index: lines.length, start, end: i, text: input.slice(start, i), map: null, textStart: start });
      if (c === 13 && i + 1 < n && input.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  return lines;
}
