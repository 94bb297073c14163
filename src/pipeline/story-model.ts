/**
 * The learned line scorer of the main-story stage: a compact model over per-line features
 * (see `storyFeatures` in `main-story.ts`) that gives each line the probability that it is story
 * text, and the two thresholds the decoder uses. The weights are data (`story-weights.json`),
 * written by `npm run train` (scripts/train.ts) with the version of the data they were fitted on
 * and the cross-validated scores that produced them.
 *
 * Pure and dependency-free: inference is a dot product (logistic), a sum of stump outputs, or
 * one hidden layer of tanh units (mlp).
 *
 * @module
 */

import weights from "./story-weights.json" with { type: "json" };

/** One decision stump of a boosted model: `value[0]` when `x[feature] <= threshold`, else `value[1]`. */
export interface Stump {
  /** Feature index. */
  f: number;
  /** Split point. */
  t: number;
  /** Output at or below / above the split. */
  v: [number, number];
}

/** The title ranker: a logistic model over title-candidate features (standardised). */
export interface TitleModel {
  /** Feature names (must equal `TITLE_FEATURES`). */
  features: string[];
  /** Per-feature mean. */
  mean: number[];
  /** Per-feature 1 / standard deviation. */
  scale: number[];
  /** Per-feature weight. */
  weights: number[];
  /** Intercept. */
  bias: number;
}

/** A trained line scorer and its decoder thresholds. */
export interface StoryModel {
  /** Format version of this file. */
  format: 1;
  /**
   * `logistic` (standardised features, weights and bias), `stumps` (boosted stumps on raw
   * features) or `mlp` (one hidden layer of tanh units over the standardised features; `weights`
   * and `bias` are then the output layer's).
   */
  kind: "logistic" | "stumps" | "mlp";
  /** Feature names, in vector order (must equal `STORY_FEATURES`). */
  features: string[];
  /** Per-feature mean (logistic). */
  mean: number[];
  /** Per-feature 1 / standard deviation (logistic). */
  scale: number[];
  /** Per-feature weight (logistic). */
  weights: number[];
  /** Intercept (log-odds). */
  bias: number;
  /** Hidden-layer weights (mlp kind): one row of `features.length` weights per hidden unit. */
  hidden?: number[];
  /** Hidden-layer intercepts (mlp kind), one per hidden unit. */
  hiddenBias?: number[];
  /** Boosted stumps (stumps kind). */
  stumps: Stump[];
  /** A line adds `chars × (p − span)` to its span's score: the decoder's entry price. */
  span: number;
  /** Inside the span, a line is body when `p ≥ body`. */
  body: number;
  /** Cost of re-entering the story after leaving it (absent: one span only). */
  gap?: number;
  /** The title ranker, when trained. */
  title?: TitleModel;
  /** Free-form provenance: data version, fold count, scores. */
  meta: Record<string, unknown>;
}

/** The shipped model. */
export const SHIPPED_MODEL = weights as unknown as StoryModel;

let active: StoryModel = SHIPPED_MODEL;

/** What a recorder receives for each page the stage reads (training only). */
export interface StoryRecord {
  /** The line texts, in page order. */
  texts: string[];
  /** Feature rows, `features.length` values per line. */
  x: Float64Array;
  /** Line lengths in code units. */
  chars: Int32Array;
  /** Per line, as the decoder reads it: 0, or a line that ends stories (1), or a comments widget that closes the page below a story (2). */
  stop?: Uint8Array;
  /** Title candidates: their line indices and texts, and feature rows (a record of its own). */
  title?: { lines: number[]; texts: string[]; x: Float64Array };
}

let recorder: ((r: StoryRecord) => void) | null = null;

/**
 * The model in use.
 *
 * @returns The active model (the shipped one unless {@link withStoryModel} set another).
 * @example
 * ```ts
 * storyModel().kind; // "logistic"
 * ```
 */
export function storyModel(): StoryModel {
  return active;
}

/**
 * The recorder in use, if any (training only).
 *
 * @returns The recorder set by {@link withStoryModel}, or null.
 * @example
 * ```ts
 * storyRecorder(); // null outside training
 * ```
 */
export function storyRecorder(): ((r: StoryRecord) => void) | null {
  return recorder;
}

/**
 * Runs `fn` with another model (and optionally a recorder of each page's features): how the
 * training script scores a held-out fold with the model fitted on the other folds. Synchronous;
 * the previous model is restored afterwards, also when `fn` throws.
 *
 * @param model - The model to use.
 * @param fn - The work to do with it.
 * @param record - Receives the features of every page read.
 * @returns What `fn` returns.
 * @throws Whatever `fn` throws.
 * @example
 * ```ts
 * withStoryModel(model, () => parseArticles(text));
 * ```
 */
export function withStoryModel<T>(model: StoryModel, fn: () => T, record: ((r: StoryRecord) => void) | null = null): T {
  const before = active;
  const beforeRecorder = recorder;
  active = model;
  recorder = record;
  try {
    return fn();
  } finally {
    active = before;
    recorder = beforeRecorder;
  }
}

/**
 * The story probability of each line.
 *
 * @param model - The model.
 * @param x - Feature rows, `model.features.length` per line.
 * @param n - Number of lines.
 * @param out - Where to write the `n` probabilities.
 * @returns `out`.
 * @example
 * ```ts
 * lineProbabilities(storyModel(), x, n, new Float64Array(n));
 * ```
 */
export function lineProbabilities(model: StoryModel, x: Float64Array, n: number, out: Float64Array): Float64Array {
  const score = lineScorer(model);
  const F = model.features.length;
  for (let i = 0, o = 0; i < n; i++, o += F) out[i] = score(x, o);
  return out;
}

/**
 * The story probability of one line from its feature row: what {@link lineProbabilities} gives
 * each line, for a caller that builds the rows one at a time (the parser scores each row as soon
 * as it is built, with no matrix of all the page's rows).
 *
 * @param model - The model.
 * @returns A function of a feature array and the offset of the row in it, giving the row's probability.
 * @example
 * ```ts
 * const score = lineScorer(storyModel());
 * score(row, 0);
 * ```
 */
export function lineScorer(model: StoryModel): (x: Float64Array, o: number) => number {
  const F = model.features.length;
  const { bias, stumps } = model;
  if (model.kind === "logistic") {
    const state = logisticState(model);
    return (x, o) => logisticScore(x, o, state);
  }
  if (model.kind === "mlp") return mlpScorer(model);
  const { f: sf, t: st, lo, hi } = flatStumps(stumps);
  const S = sf.length;
  return (x, o) => {
    let z = bias;
    for (let k = 0; k < S; k++) z += x[o + sf[k]!]! <= st[k]! ? lo[k]! : hi[k]!;
    return 1 / (1 + Math.exp(-z));
  };
}

/**
 * What {@link logisticScore} keeps for one model: typed copies of the weights (per call of
 * {@link lineScorer}: training edits models between pages), each feature's term for the values 0
 * and 1, and the last row scored with the running sum along it.
 */
interface LogisticState {
  w: Float64Array;
  mean: Float64Array;
  scale: Float64Array;
  /** `w[f] * (0 - mean[f]) * scale[f]` and `w[f] * (1 - mean[f]) * scale[f]`: a flag's term, read instead of computed. */
  term0: Float64Array;
  term1: Float64Array;
  /** The last row scored (NaN, matching nothing, before the first). */
  last: Float64Array;
  /** `sums[f]`: the sum along the last row before feature `f` (`sums[0]` is the bias). */
  sums: Float64Array;
  /** The last row's probability. */
  lastP: number;
}

function logisticState(model: StoryModel): LogisticState {
  const F = model.features.length;
  const w = Float64Array.from(model.weights);
  const mean = Float64Array.from(model.mean);
  const scale = Float64Array.from(model.scale);
  const term0 = new Float64Array(F);
  const term1 = new Float64Array(F);
  for (let f = 0; f < F; f++) {
    term0[f] = w[f]! * (0 - mean[f]!) * scale[f]!;
    term1[f] = w[f]! * (1 - mean[f]!) * scale[f]!;
  }
  const sums = new Float64Array(F + 1);
  sums[0] = model.bias;
  return { w, mean, scale, term0, term1, last: new Float64Array(F).fill(Number.NaN), sums, lastP: 0 };
}

/**
 * The logistic model's probability of the row at `o` of `x`. Neighbouring lines of one shape share
 * most of a row, and the features that differ come late in it (position, prose seen, neighbours):
 * a row that opens as the last one did goes on from the sum the last one had reached there, and a
 * whole row repeated gives the last probability. The sum is still the same products added in the
 * same order as training's (a flag's term is read from `term0` / `term1`, computed by the same
 * expression), so the same bits, and a threshold decision never shifts.
 *
 * A function of its state rather than a closure over it: the parser makes a scorer per page, and
 * code compiled for many closures reads closed-over arrays more slowly than arguments (0.55x to 0.8x
 * the time of the closure it replaces on rows of one-character lines, measured in one process).
 */
function logisticScore(x: Float64Array, o: number, state: LogisticState): number {
  const { w, mean, scale, term0, term1, last, sums } = state;
  const F = last.length;
  let f = 0;
  while (f < F && x[o + f] === last[f]) f++;
  if (f === F) return state.lastP;
  let z = sums[f]!;
  for (; f < F; f++) {
    const v = x[o + f]!;
    last[f] = v;
    z += v === 0 ? term0[f]! : v === 1 ? term1[f]! : w[f]! * (v - mean[f]!) * scale[f]!;
    sums[f + 1] = z;
  }
  return (state.lastP = 1 / (1 + Math.exp(-z)));
}

/**
 * The scorer of a one-hidden-layer model. The standardisation is folded into the hidden weights
 * once per model, so a row is read raw and its zero features (most of the flags) cost nothing.
 */
function mlpScorer(model: StoryModel): (x: Float64Array, o: number) => number {
  const F = model.features.length;
  const hidden = model.hidden ?? [];
  const hb = model.hiddenBias ?? [];
  const H = hb.length;
  const wt = new Float64Array(F * H);
  const b1 = Float64Array.from(hb);
  for (let j = 0; j < H; j++) {
    for (let f = 0; f < F; f++) {
      const v = hidden[j * F + f]! * model.scale[f]!;
      wt[f * H + j] = v;
      b1[j]! -= v * model.mean[f]!;
    }
  }
  const out = Float64Array.from(model.weights);
  const { bias } = model;
  const a = new Float64Array(H);
  return (x, o) => {
    a.set(b1);
    for (let f = 0; f < F; f++) {
      const v = x[o + f]!;
      if (v === 0) continue;
      const r = f * H;
      for (let j = 0; j < H; j++) a[j]! += wt[r + j]! * v;
    }
    let z = bias;
    for (let j = 0; j < H; j++) z += out[j]! * Math.tanh(a[j]!);
    return 1 / (1 + Math.exp(-z));
  };
}

/** A model's stumps as flat typed arrays (feature, cut, both outputs): read once per model, not per line. */
interface FlatStumps {
  f: Int32Array;
  t: Float64Array;
  lo: Float64Array;
  hi: Float64Array;
}

const FLAT = new WeakMap<readonly Stump[], FlatStumps>();

function flatStumps(stumps: readonly Stump[]): FlatStumps {
  let flat = FLAT.get(stumps);
  if (flat && flat.f.length === stumps.length) return flat;
  flat = {
    f: Int32Array.from(stumps, (s) => s.f),
    t: Float64Array.from(stumps, (s) => s.t),
    lo: Float64Array.from(stumps, (s) => s.v[0]),
    hi: Float64Array.from(stumps, (s) => s.v[1]),
  };
  FLAT.set(stumps, flat);
  return flat;
}
