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

/**
 * Zeroed memory of its own for the per-line arrays of one large page (more lines than a stage
 * keeps a buffer for from page to page): a `SharedArrayBuffer` where there is one, else an
 * `ArrayBuffer`. The two hold and index bytes alike; they differ in what V8 counts as memory
 * outside its heap. An `ArrayBuffer` is counted, and a page of 2.5 million lines takes 110 MB of
 * them at once (the assembly's 12 bytes a line, the main-story stage's 32): past 64 MB since the
 * last full collection, V8 starts one for the pressure, and on such a page that collection marks
 * and moves the 2.5 million line objects (0.3 to 0.6 s, an eighth of the parse) to free nothing
 * (the lines are alive, the buffers were just made). A shared buffer is not counted (V8 leaves
 * them out, as one can be seen by several threads), so no collection is started for it; the
 * memory is still freed with the buffer, at the next full collection, which the line objects of
 * such a page bring soon enough (two or three of them during its segmentation). Where
 * `SharedArrayBuffer` is missing (a browser page that is not cross-origin isolated) the plain
 * buffer serves, with the collection.
 * @param bytes - The buffer's size.
 * @returns a new zeroed buffer of `bytes` bytes
 */
export function pageBuffer(bytes: number): ArrayBufferLike {
  return typeof SharedArrayBuffer === "function" ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);
}
