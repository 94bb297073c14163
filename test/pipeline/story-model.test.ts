import { describe, expect, it } from "vitest";
import { lineProbabilities, lineScorer, SHIPPED_MODEL, STACK_FEATURES, stackBase, stackContext, stackProbabilities, withStoryModel, storyModel, type StackModel, type StoryModel } from "../../src/pipeline/story-model.js";

/** A small one-hidden-layer model over three features, written out by hand. */
function mlp(): StoryModel {
  return {
    format: 1,
    kind: "mlp",
    features: ["a", "b", "c"],
    mean: [0.5, 2, -1],
    scale: [2, 0.5, 1],
    hidden: [1, -0.5, 0.25, -2, 0, 1.5],
    hiddenBias: [0.1, -0.3],
    weights: [1.5, -0.75],
    bias: -0.2,
    stumps: [],
    span: 0.5,
    body: 0.3,
    meta: {},
  };
}

/** The network read the plain way: standardise, hidden tanh units, logistic output. */
function direct(m: StoryModel, row: number[]): number {
  const z = row.map((v, f) => (v - m.mean[f]!) * m.scale[f]!);
  let out = m.bias;
  m.hiddenBias!.forEach((b, j) => {
    let a = b;
    z.forEach((v, f) => (a += m.hidden![j * z.length + f]! * v));
    out += m.weights[j]! * Math.tanh(a);
  });
  return 1 / (1 + Math.exp(-out));
}

describe("story model: the mlp kind", () => {
  it("scores a row as the network written out does, zero features included", () => {
    const m = mlp();
    const score = lineScorer(m);
    for (const row of [[0, 0, 0], [1, 0, 3], [0.5, 2, -1], [-4, 7, 0], [2, -3, 0.5]]) {
      expect(score(Float64Array.from(row), 0)).toBeCloseTo(direct(m, row), 12);
    }
  });

  it("reads each row at its offset, and a different network gives different probabilities", () => {
    const m = mlp();
    const x = Float64Array.from([1, 0, 3, -4, 7, 0]);
    const p = lineProbabilities(m, x, 2, new Float64Array(2));
    expect(p[0]).toBeCloseTo(direct(m, [1, 0, 3]), 12);
    expect(p[1]).toBeCloseTo(direct(m, [-4, 7, 0]), 12);
    const other = { ...mlp(), weights: [-1.5, 0.75] };
    expect(lineProbabilities(other, x, 2, new Float64Array(2))[0]).not.toBeCloseTo(p[0]!, 3);
  });

  it("is used only inside withStoryModel", () => {
    const m = mlp();
    expect(withStoryModel(m, () => storyModel().kind)).toBe("mlp");
    expect(storyModel()).toBe(SHIPPED_MODEL);
  });
});

describe("story model: a stacked second pass", () => {
  const TEXT = 1;
  /** A stack over a one-feature row: the row's weight 0, the context weights given. */
  function stack(weights: number[], bias = 0): StackModel {
    return { features: [...STACK_FEATURES], mean: new Array(1 + STACK_FEATURES.length).fill(0), scale: new Array(1 + STACK_FEATURES.length).fill(1), weights: [0, ...weights], bias };
  }

  it("reads the lines that matter only: a blank line between two lines is no neighbour, and keeps its probability", () => {
    const p = Float64Array.from([0.9, 0.5, 0.2, 0.8]);
    const kind = [TEXT, 0, TEXT, TEXT];
    const chars = [100, 0, 10, 100];
    const seen: Array<[number, number[]]> = [];
    stackContext(p, kind, chars, [0, 0, 1, 0], TEXT, (i, c) => seen.push([i, Array.from(c)]));
    expect(seen.map(([i]) => i)).toEqual([0, 2, 3]);
    const [, mid] = seen[1]!;
    const at = (name: string) => mid[STACK_FEATURES.indexOf(name as (typeof STACK_FEATURES)[number])]!;
    expect(at("prev-mean")).toBeCloseTo(0.9, 12);
    expect(at("next-mean")).toBeCloseTo(0.8, 12);
    expect(at("sandwich")).toBeCloseTo(0.8, 12);
    expect(at("sandwich-weak")).toBeCloseTo(0.8 * 0.8, 12);
    expect(at("short-sandwich")).toBeCloseTo(0.8, 12);
    expect(at("own-logit")).toBeCloseTo(Math.log(0.2 / 0.8), 12);
    // Story mass above it: 90 of 90 + 2 + 80.
    expect(at("mass-before")).toBeCloseTo(90 / 172, 12);
  });

  it("raises a weak line between confident ones and leaves a weak line at the page's edge lower", () => {
    const p = Float64Array.from([0.9, 0.2, 0.9, 0.2]);
    const kind = [TEXT, TEXT, TEXT, TEXT];
    const s = stack(STACK_FEATURES.map((f) => (f === "sandwich-weak" ? 4 : 0)));
    const out = stackProbabilities(s, 1, Float64Array.from(p), new Float64Array(4).fill(stackBase(s, 1)(new Float64Array(1), 0)), kind, [100, 10, 100, 10], new Uint8Array(4), TEXT);
    expect(out[1]).toBeGreaterThan(0.9);
    expect(out[3]).toBeCloseTo(0.5, 12);
    // The same context over the first pass's values, not the second's: line 2 reads line 1 at 0.2.
    expect(out[2]).toBeCloseTo(1 / (1 + Math.exp(-4 * 0.2 * 0.1)), 12);
  });
});
