import type { Rule } from "../rules/rule.js";
import type { Timestamp } from "../time/types.js";

/**
 * One line of the input. `start`/`end` are offsets into the original input (the line break excluded).
 * `text` is the normalised line (spaces unified, invisible characters dropped, trimmed); `map`
 * translates an index into `text` back to an input offset when normalisation changed the length
 * or trimmed the line.
 */
export interface Line {
  /** Position of the line in the page, from 0. */
  readonly index: number;
  /** Offset of the line's first code unit in the input. */
  readonly start: number;
  /** Offset one past the line's last code unit (line break excluded). */
  readonly end: number;
  /** The normalised, trimmed text ("" for a blank line). */
  text: string;
  /** Input offset of each code unit of `text`, plus one entry for `text.length`. */
  map: Int32Array | null;
  /** Offset of `text[0]` in the input when `map` is null. */
  textStart: number;
  /** Number of words of `text` (runs of characters other than U+0020), set by `normalize`. */
  words: number;
}

/** What the classify stage decided about a line. */
export type LineClass =
  | "blank"
  /** Matched a boilerplate rule. */
  | "boilerplate"
  /** The whole line is a timestamp. */
  | "timestamp"
  /** A source name glued to a timestamp (`NBC Sports18 hours ago`). */
  | "source-timestamp"
  /** An echo of the source (`- Harbour Gazette`, `• Harbour Gazette`). */
  | "source-echo"
  /** Anything else: headline, paragraph, caption, menu item ... */
  | "text";

/** A classified line. */
export interface ClassifiedLine extends Line {
  /** The class. */
  cls: LineClass;
  /** The boilerplate rule that matched, for `cls === "boilerplate"`. */
  rule: Rule | null;
  /** The timestamp on the line, for timestamp classes. */
  timestamp: Timestamp | null;
  /** For `source-timestamp` lines, the source name; for `source-echo`, the echoed name. */
  source: string | null;
  /** Offsets of the timestamp inside `text`, when there is one. */
  tsStart: number;
  /** End offset of the timestamp inside `text`. */
  tsEnd: number;
}

/** Translates an index into a line's `text` to an input offset. */
export function inputOffset(line: Line, i: number): number {
  if (line.map) return line.map[Math.max(0, Math.min(i, line.map.length - 1))]!;
  return line.textStart + i;
}
