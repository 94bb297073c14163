import type { Removed } from "../model/article.js";
import type { ClassifiedLine, Line } from "../model/block.js";

/** Input offset one past a line's last kept character. */
export function lineEnd(line: Line): number {
  return line.map ? line.map[line.map.length - 1]! : line.textStart + line.text.length;
}

/** A whole line recorded as removed, with its exact input text. */
export function lineRemoved(line: ClassifiedLine, input: string, kind: string, ruleId: string): Removed {
  const start = line.textStart;
  const end = lineEnd(line);
  return { kind, ruleId, start, end, text: input.slice(start, end) };
}

/**
 * The mark that ends a line's text, for the end checks of the layouts and the main-story stage
 * (`endsSentence` and its kin, each held by a property test to the end-anchored regex it
 * replaces): the last code unit, or the one before it when the last closes a quotation or a
 * bracket (`"`, `”`, `’`, `)`, and `»` when `guillemet` is set). NaN when there is none (an
 * empty text, or a closer alone). Reading two code units costs about half an end-anchored regex,
 * which the engine tries at every position of the line.
 */
export function endMark(text: string, guillemet = false): number {
  const n = text.length;
  const c = text.charCodeAt(n - 1);
  return c === 0x22 || c === 0x201d || c === 0x2019 || c === 0x29 || (guillemet && c === 0xbb) ? text.charCodeAt(n - 2) : c;
}
