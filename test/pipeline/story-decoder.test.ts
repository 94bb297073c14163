import { describe, expect, it } from "vitest";
import { BLANK, decodeStory, OTHER, TEXT } from "../../src/pipeline/story-decoder.js";

/** Decode lines given as [kind, chars, p]; returns the chosen line indices. */
function decode(rows: Array<[number, number, number]>, opts: { span?: number; body?: number; gap?: number; wall?: number[]; stop?: number[]; closing?: number[] } = {}): number[] {
  const n = rows.length;
  const wall = new Uint8Array(n);
  const stop = new Uint8Array(n);
  for (const i of opts.wall ?? []) wall[i] = 1;
  for (const i of opts.stop ?? []) stop[i] = 1;
  for (const i of opts.closing ?? []) stop[i] = 2;
  const out = new Uint8Array(n);
  decodeStory(rows.map((r) => r[0]), wall, rows.map((r) => r[1]), rows.map((r) => r[2]), opts.span ?? 0.5, opts.body ?? 0.9, opts.gap ?? Infinity, out, stop);
  return [...out.keys()].filter((i) => out[i] === 1 && rows[i]![0] !== BLANK);
}

const story: Array<[number, number, number]> = [
  [TEXT, 20, 0.1], // menu
  [TEXT, 200, 0.9],
  [TEXT, 200, 0.9],
  [TEXT, 40, 0.2], // table of contents
  [TEXT, 40, 0.2],
  [TEXT, 300, 0.9],
  [OTHER, 10, 0.0], // comments widget
  [TEXT, 400, 0.8], // a long comment
];

describe("story decoder", () => {
  it("takes one best span when re-entering is not allowed", () => {
    expect(decode(story.slice(0, 6))).toEqual([1, 2, 3, 4, 5]);
  });

  it("resumes below an interruption only when what follows is worth the gap", () => {
    const rows: Array<[number, number, number]> = [...story.slice(0, 3), [TEXT, 400, 0.05], [TEXT, 300, 0.9]];
    expect(decode(rows)).toEqual([1, 2]);
    expect(decode(rows, { gap: 50 })).toEqual([1, 2, 4]);
    expect(decode(rows, { gap: 1000 })).toEqual([1, 2]);
  });

  it("closes a story at a line that ends stories, but lets one start below when none was taken", () => {
    expect(decode(story, { stop: [6] })).toEqual([1, 2, 3, 4, 5]);
    expect(decode([[TEXT, 20, 0.1], [OTHER, 10, 0], [TEXT, 300, 0.9]], { stop: [1] })).toEqual([2]);
  });

  it("closes the page at a comments widget under a story worth its price, however long the comments", () => {
    // A story of two paragraphs (2 × 400 × 0.4 = 320 above the price, over CLOSED_STORY) and longer comments below it.
    const rows: Array<[number, number, number]> = [[TEXT, 20, 0.1], [TEXT, 400, 0.9], [TEXT, 400, 0.9], [OTHER, 10, 0], [TEXT, 900, 0.9], [TEXT, 900, 0.9]];
    // A line that only ends stories lets the longer run below win.
    expect(decode(rows, { stop: [3] })).toEqual([4, 5]);
    // A comments widget under the story closes the page.
    expect(decode(rows, { closing: [3] })).toEqual([1, 2]);
    // Above a line worth less than CLOSED_STORY (a headline), the story below is still free.
    expect(decode([[TEXT, 100, 0.9], [OTHER, 10, 0], [TEXT, 300, 0.9]], { closing: [1] })).toEqual([2]);
  });

  it("never takes a wall line and widens over adjacent text lines that read as body", () => {
    // The wall splits the story: the better half (2 × 200 × 0.4 against 300 × 0.4) is taken.
    expect(decode(story.slice(0, 6), { wall: [3] })).toEqual([1, 2]);
    const rows: Array<[number, number, number]> = [[TEXT, 100, 0.4], [BLANK, 0, 0], [TEXT, 300, 0.9], [OTHER, 5, 0], [TEXT, 100, 0.45]];
    // Back over the blank line to the weak opening line; not forward past the rule-matched line.
    expect(decode(rows, { body: 0.35 })).toEqual([0, 2]);
  });

  it("widens over a long run of body lines marking each line once (work linear in the run)", () => {
    // Weak body lines (p between body and span: never worth taking, but widened over), a blank
    // line after each, on both sides of one strong paragraph: every line ends up marked.
    const run = 3000;
    const kind: number[] = [];
    const chars: number[] = [];
    const p: number[] = [];
    const push = (k: number, c: number, q: number) => (kind.push(k), chars.push(c), p.push(q));
    for (let k = 0; k < run; k++) push(TEXT, 10, 0.7), push(BLANK, 0, 0);
    push(TEXT, 1000, 0.95);
    for (let k = 0; k < run; k++) push(BLANK, 0, 0), push(TEXT, 10, 0.7);
    const n = kind.length;
    const marks = new Uint8Array(n);
    // Counts the writes to the marks: one per line in the story (the backtrace) and one per line
    // widened over, not one per line for every step of the widening.
    let writes = 0;
    const out = new Proxy(marks, {
      get: (t, k) => t[k as unknown as number],
      set: (t, k, v: number) => ((writes++, (t[k as unknown as number] = v)), true),
    });
    expect(decodeStory(kind, new Uint8Array(n), chars, p, 0.8, 0.6, Infinity, out, new Uint8Array(n))).toEqual([0, n - 1]);
    expect(marks.every((m) => m === 1)).toBe(true);
    expect(writes).toBeLessThanOrEqual(2 * n);
  });

  it("takes nothing when no line is worth its price", () => {
    expect(decode([[TEXT, 50, 0.1], [BLANK, 0, 0]])).toEqual([]);
  });
});
