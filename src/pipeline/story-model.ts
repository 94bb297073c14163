/**
 * The learned line scorer of the main-story stage: a compact model over per-line features
 * (see `storyFeatures` in `main-story.ts`) that gives each line the probability that it is story
 * text, and the two thresholds the decoder uses. The weights are data (`story-weights.json`),
 * written by `npm run train` (scripts/train.ts) with the version of the data they were fitted on
 * and the cross-validated scores that produced them.
 *
 * Pure and dependency-free: inference is a dot product (logistic) or a sum of stump outputs.
 *
 * @module
 */

import weights from "./story-weights.json" with { type: "json" };
import { BLANK } from "./story-decoder.js";

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

/** The context stage: a logistic model over {@link CONTEXT_FEATURES} (standardised). */
export interface ContextModel {
  /** Feature names (must equal {@link CONTEXT_FEATURES}). */
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
  /** `logistic` (standardised features, weights and bias) or `stumps` (boosted stumps on raw features). */
  kind: "logistic" | "stumps";
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
  /** Boosted stumps (stumps kind). */
  stumps: Stump[];
  /** A line adds `chars × (p − span)` to its span's score: the decoder's entry price. */
  span: number;
  /** Inside the span, a line is body when `p ≥ body`. */
  body: number;
  /** Cost of re-entering the story after leaving it (absent: one span only). */
  gap?: number;
  /**
   * The context stage, when trained: a second logistic model that reads each line's first-stage
   * probability together with its neighbours' (see {@link contextProbabilities}); the decoder then
   * uses its output.
   */
  context?: ContextModel;
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
  const F = model.features.length;
  const { bias, weights: w, mean, scale, stumps } = model;
  if (model.kind === "logistic") {
    for (let i = 0, o = 0; i < n; i++, o += F) {
      let z = bias;
      // The same products in the same order as training's, so a threshold decision never shifts.
      for (let f = 0; f < F; f++) z += w[f]! * (x[o + f]! - mean[f]!) * scale[f]!;
      out[i] = 1 / (1 + Math.exp(-z));
    }
    return out;
  }
  const { f: sf, t: st, lo, hi } = flatStumps(stumps);
  const S = sf.length;
  for (let i = 0, o = 0; i < n; i++, o += F) {
    let z = bias;
    for (let k = 0; k < S; k++) z += x[o + sf[k]!]! <= st[k]! ? lo[k]! : hi[k]!;
    out[i] = 1 / (1 + Math.exp(-z));
  }
  return out;
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

/**
 * Names of the context stage's features, in vector order. Read over the page's non-blank lines
 * (see {@link contextFeatures}): the line's own first-stage log-odds and length, the mean
 * probability of the three lines on each side, the strongest prose within ten lines on each side
 * (probability times length, up to 200 characters) and both sides at once, how far the nearest
 * strong prose line is above and below, the share of the page's story mass above the line (and
 * that share's closeness to the middle), and the story density within ten lines.
 */
export const CONTEXT_FEATURES = [
  "logit",
  "log-chars",
  "prev-mean",
  "next-mean",
  "prev-max",
  "next-max",
  "both-sides",
  "strong-above",
  "strong-below",
  "mass-above",
  "mass-middle",
  "density",
] as const;

const CF = CONTEXT_FEATURES.length;
/** Lines read on each side for the nearest-mean features. */
const NEAR = 3;
/** Lines read on each side for the strongest-prose and density features. */
const WIDE = 10;
/** A strong prose line: first-stage probability at least this, and at least {@link STRONG_CHARS} long. */
const STRONG_P = 0.5;
const STRONG_CHARS = 80;
/** Distances to the nearest strong line are counted up to this many lines. */
const FAR = 50;

/**
 * The context stage's feature rows: {@link CONTEXT_FEATURES} for every line that is not blank
 * (`kind` {@link BLANK}: blank lines and boilerplate without a signal, passed by the decoder);
 * blank lines get zeros. Linear in the number of lines (the windows are fixed).
 *
 * @param kind - Per line: the decoder's kind (blank, text, other).
 * @param chars - Per line: its length.
 * @param p - Per line: the first-stage story probability.
 * @returns `CONTEXT_FEATURES.length` values a line.
 * @example
 * ```ts
 * contextFeatures(kind, chars, lineProbabilities(model, x, n, new Float64Array(n)));
 * ```
 */
export function contextFeatures(kind: ArrayLike<number>, chars: ArrayLike<number>, p: ArrayLike<number>): Float64Array {
  const n = kind.length;
  const x = new Float64Array(n * CF);
  const idx: number[] = [];
  for (let i = 0; i < n; i++) if (kind[i] !== BLANK) idx.push(i);
  const m = idx.length;
  // Prefix sums over the non-blank lines: characters and story mass (characters × p).
  const charSum = new Float64Array(m + 1);
  const massSum = new Float64Array(m + 1);
  const strength = new Float64Array(m);
  for (let k = 0; k < m; k++) {
    const i = idx[k]!;
    charSum[k + 1] = charSum[k]! + chars[i]!;
    massSum[k + 1] = massSum[k]! + chars[i]! * p[i]!;
    strength[k] = p[i]! * Math.min(1, chars[i]! / 200);
  }
  const total = massSum[m]!;
  // Nearest strong line above and below, in non-blank lines.
  const strongAbove = new Int32Array(m);
  const strongBelow = new Int32Array(m);
  for (let k = 0, last = -1; k < m; k++) {
    strongAbove[k] = last < 0 ? FAR : Math.min(FAR, k - last);
    const i = idx[k]!;
    if (p[i]! >= STRONG_P && chars[i]! >= STRONG_CHARS) last = k;
  }
  for (let k = m - 1, last = -1; k >= 0; k--) {
    strongBelow[k] = last < 0 ? FAR : Math.min(FAR, last - k);
    const i = idx[k]!;
    if (p[i]! >= STRONG_P && chars[i]! >= STRONG_CHARS) last = k;
  }
  for (let k = 0; k < m; k++) {
    const i = idx[k]!;
    const o = i * CF;
    const pi = Math.min(1 - 1e-6, Math.max(1e-6, p[i]!));
    x[o] = Math.log(pi / (1 - pi));
    x[o + 1] = Math.log1p(chars[i]!);
    let pm = 0;
    let nm = 0;
    for (let d = 1; d <= NEAR; d++) {
      if (k - d >= 0) pm += p[idx[k - d]!]!;
      if (k + d < m) nm += p[idx[k + d]!]!;
    }
    x[o + 2] = pm / NEAR;
    x[o + 3] = nm / NEAR;
    let pmax = 0;
    let nmax = 0;
    for (let d = 1; d <= WIDE; d++) {
      if (k - d >= 0 && strength[k - d]! > pmax) pmax = strength[k - d]!;
      if (k + d < m && strength[k + d]! > nmax) nmax = strength[k + d]!;
    }
    x[o + 4] = pmax;
    x[o + 5] = nmax;
    x[o + 6] = pmax * nmax;
    x[o + 7] = Math.log1p(strongAbove[k]!);
    x[o + 8] = Math.log1p(strongBelow[k]!);
    const above = total > 0 ? (massSum[k]! + 0.5 * chars[i]! * p[i]!) / total : 0;
    x[o + 9] = above;
    x[o + 10] = 4 * above * (1 - above);
    const a = Math.max(0, k - WIDE);
    const b = Math.min(m, k + WIDE + 1);
    const c = charSum[b]! - charSum[a]!;
    x[o + 11] = c > 0 ? (massSum[b]! - massSum[a]!) / c : 0;
  }
  return x;
}

/**
 * The context stage: each non-blank line's story probability re-read with its neighbours'
 * first-stage probabilities ({@link contextFeatures}); blank lines keep their first-stage value.
 * Without a context stage in the model, `p` is copied.
 *
 * @param model - The model (its `context` field, when present, is used).
 * @param kind - Per line: the decoder's kind (blank, text, other).
 * @param chars - Per line: its length.
 * @param p - Per line: the first-stage story probability ({@link lineProbabilities}).
 * @param out - Where to write the probabilities (may not be `p`).
 * @returns `out`.
 * @example
 * ```ts
 * contextProbabilities(model, kind, chars, p1, new Float64Array(n));
 * ```
 */
export function contextProbabilities(model: StoryModel, kind: ArrayLike<number>, chars: ArrayLike<number>, p: Float64Array, out: Float64Array): Float64Array {
  const c = model.context;
  out.set(p);
  if (!c) return out;
  const x = contextFeatures(kind, chars, p);
  const { bias, weights: w, mean, scale } = c;
  const n = kind.length;
  for (let i = 0, o = 0; i < n; i++, o += CF) {
    if (kind[i] === BLANK) continue;
    let z = bias;
    for (let f = 0; f < CF; f++) z += w[f]! * (x[o + f]! - mean[f]!) * scale[f]!;
    out[i] = 1 / (1 + Math.exp(-z));
  }
  return out;
}
