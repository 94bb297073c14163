import { describe, expect, it } from "vitest";
import { lineProbabilities, lineScorer, SHIPPED_MODEL, withStoryModel, storyModel, type StoryModel } from "../../src/pipeline/story-model.js";

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
