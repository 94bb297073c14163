/**
 * The main-story decoder: given each line's story probability, picks the story's lines as a
 * whole. A three-state path (before the story, in it, out of it after) is decoded by Viterbi:
 * a line in the story earns `chars × (p − span)`; entering the story the first time is free,
 * re-entering it after leaving costs `gap` (so a story interrupted by a table of contents or a
 * product box resumes below it when what follows is worth more than the gap). With an infinite
 * gap this is the single best span (a maximum-sum subarray). Lines owned by another story block
 * are walls the story cannot hold; a line that ends stories closes a story taken above it, and a
 * comments widget under a story worth {@link CLOSED_STORY} closes the page (the comments below it,
 * however long, are no story). Each chosen segment is then widened over the adjacent text lines
 * that still read as body (`p ≥ body`).
 *
 * Pure, linear in the number of lines, shared by the parser and by `scripts/train.ts`.
 *
 * @module
 */

/** Kind of line for the decoder: blank, text, or anything else (boilerplate, timestamps). */
export const BLANK = 0;
/** See {@link BLANK}. */
export const TEXT = 1;
/** See {@link BLANK}. */
export const OTHER = 2;

/**
 * What a story taken above a comments widget must be worth (the sum of `chars × (p − span)` over
 * its lines: a paragraph of confident prose) for the widget to close the page: no story starts
 * below it then, however long the comments under it run. Below a headline and a dek alone (a
 * comment count printed under the headline), the story below is still free to start. Not fitted:
 * on the dev corpora any value from 50 to 300 gives the same pages; 0 lets a menu line close the
 * page above its story (19 pages lost), 1,000 misses a story of six paragraphs.
 */
export const CLOSED_STORY = 100;

/**
 * Decode the story's lines.
 *
 * @param kind - Per line: {@link BLANK}, {@link TEXT} or {@link OTHER}.
 * @param wall - Per line: 1 when another story block owns it.
 * @param chars - Per line: its length.
 * @param p - Per line: story probability.
 * @param span - Entry price (a line adds `chars × (p − span)`).
 * @param body - Widening threshold.
 * @param gap - Cost of re-entering the story after leaving it (`Infinity`: one span).
 * @param out - Per line, set to 1 for lines inside the chosen segments (zeros on entry).
 * @param stop - Per line: 1 for a line that ends a story (a tag list, a copyright line): a story
 *   taken above it ends there, though one may still start below it when none was taken above; 2
 *   for a comments widget, which also closes the page below a story worth {@link CLOSED_STORY}.
 * @returns The first and last line inside a segment, or `[-1, -1]` when no line is worth taking.
 * @example
 * ```ts
 * decodeStory(kind, wall, chars, p, 0.45, 0.3, Infinity, new Uint8Array(n));
 * ```
 */
export function decodeStory(
  kind: ArrayLike<number>,
  wall: ArrayLike<number>,
  chars: ArrayLike<number>,
  p: ArrayLike<number>,
  span: number,
  body: number,
  gap: number,
  out: Uint8Array,
  stop: ArrayLike<number> = new Uint8Array(kind.length),
): [number, number] {
  const n = kind.length;
  // Backpointers: for the in-state, where it came from (0 before, 1 in, 2 after); for the
  // after-state, 0 after, 1 in; for the closed state, 3 closed, 1 in, 2 after.
  const fromIn = new Uint8Array(n);
  const fromAfter = new Uint8Array(n);
  const fromClosed = new Uint8Array(n);
  let B = 0;
  let I = -Infinity;
  let A = -Infinity;
  // Closed: a story was taken and a line that ends stories (comments, tags) came after it.
  let C = -Infinity;
  for (let i = 0; i < n; i++) {
    const s = kind[i] === BLANK ? 0 : chars[i]! * (p[i]! - span);
    if (stop[i]) {
      // A story that was taken is over here: no continuing, no re-entering below.
      let from = 3;
      let best = C;
      if (I > best) (best = I), (from = 1);
      if (A > best) (best = A), (from = 2);
      C = best;
      fromClosed[i] = from;
      I = -Infinity;
      A = -Infinity;
      // A comments widget under a story: the comments below are the readers', not a story.
      if (stop[i] === 2 && C >= CLOSED_STORY) B = -Infinity;
      continue;
    }
    fromClosed[i] = 3;
    let nI = -Infinity;
    if (!wall[i]) {
      let from = 0;
      let best = B;
      if (I >= best) (best = I), (from = 1);
      if (A - gap > best) (best = A - gap), (from = 2);
      nI = best + s;
      fromIn[i] = from;
    }
    let nA = A;
    if (I > A) (nA = I), (fromAfter[i] = 1);
    I = nI;
    A = nA;
  }
  // The end state: the best of the four; "before" means nothing was taken.
  let state = 0;
  let best = B;
  if (I > best) (best = I), (state = 1);
  if (A > best) (best = A), (state = 2);
  if (C > best) (best = C), (state = 3);
  if (state === 0) return [-1, -1];
  for (let i = n - 1; i >= 0 && state !== 0; i--) {
    if (state === 1) {
      out[i] = 1;
      state = fromIn[i]!;
    } else if (state === 2) {
      state = fromAfter[i] === 1 ? 1 : 2;
    } else {
      state = fromClosed[i]!;
    }
  }
  // Widen each segment over adjacent text lines with p ≥ body.
  let first = -1;
  let last = -1;
  for (let i = 0; i < n; i++) {
    if (out[i] !== 1 || (i > 0 && out[i - 1] === 1)) continue;
    let e = i;
    while (e + 1 < n && out[e + 1] === 1) e++;
    // Each widening step marks the lines from the text line it reached to those already marked
    // (blank lines between included), so every line is marked once: marking again from the
    // segment's edge at each step was quadratic in a long run of such lines.
    let marked = i; // out[marked .. i - 1] are marked
    for (let j = i - 1; j >= 0 && !wall[j] && out[j] !== 1; j--) {
      if (kind[j] === BLANK) continue;
      if (kind[j] !== TEXT || p[j]! < body) break;
      for (let k = j; k < marked; k++) out[k] = 1;
      marked = j;
    }
    marked = e; // out[e + 1 .. marked] are marked
    for (let j = e + 1; j < n && !wall[j] && out[j] !== 1; j++) {
      if (kind[j] === BLANK) continue;
      if (kind[j] !== TEXT || p[j]! < body) break;
      for (let k = marked + 1; k <= j; k++) out[k] = 1;
      marked = j;
      i = j;
    }
    i = Math.max(i, e);
  }
  for (let i = 0; i < n; i++) {
    if (out[i] !== 1) continue;
    if (first < 0) first = i;
    last = i;
  }
  return [first, last];
}
