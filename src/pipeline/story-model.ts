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

/**
 * Names of the second pass's context reads, in vector order (see {@link stackContext}): each is a
 * function of the first pass's probabilities over the lines that matter around a line (the lines
 * the decoder does not pass as blank), and of a few bits of the line's shape.
 */
export const STACK_FEATURES = [
  "own-logit",
  "prev-mean",
  "next-mean",
  "prev-max",
  "next-max",
  "sandwich",
  "sandwich-weak",
  "mass-before",
  "mass-middle",
  "near-confident",
  "local-density",
  "short-sandwich",
  "list-sandwich",
  "heading-next",
] as const;

/** Shape bits of a line the second pass reads (see {@link stackContext}): a short line. */
export const SHAPE_SHORT = 1;
/** See {@link SHAPE_SHORT}: a list item's shape. */
export const SHAPE_LIST = 2;
/** See {@link SHAPE_SHORT}: a heading's shape. */
export const SHAPE_HEADING = 4;

/**
 * The second pass of a stacked model: a logistic model over the line's own feature row (the
 * first pass's features, standardised anew) followed by the {@link STACK_FEATURES} context reads of
 * the first pass's probabilities. Its linear part over the row is summed while the row is built
 * (the rows are not kept), the context part once every line has its first-pass probability.
 */
export interface StackModel {
  /** Context feature names (must equal `STACK_FEATURES`). */
  features: string[];
  /** Per-feature mean, row features then context features. */
  mean: number[];
  /** Per-feature 1 / standard deviation, the same order. */
  scale: number[];
  /** Per-feature weight, the same order. */
  weights: number[];
  /** Intercept (log-odds). */
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
  /** The second pass, when trained (`train.ts --model stacked`; read by the training script, not by the parser): see {@link StackModel}. */
  stack?: StackModel;
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
  /** Per line, the decoder's kind (0 blank, 1 text, 2 other), as the stage read it. */
  kind?: Uint8Array;
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

/**
 * The linear part of a stack's second pass over a row of `F` first-pass features: the bias plus
 * the row's standardised features times their weights (the context part is added by
 * {@link stackProbabilities}).
 *
 * @param stack - The second pass.
 * @param F - Row length (the first pass's feature count).
 * @returns A function of a feature array and a row offset, giving the row's partial log-odds.
 * @example
 * ```ts
 * const base = stackBase(model.stack!, model.features.length);
 * base(row, 0);
 * ```
 */
export function stackBase(stack: StackModel, F: number): (x: Float64Array, o: number) => number {
  const w = new Float64Array(F);
  let c = stack.bias;
  for (let f = 0; f < F; f++) {
    w[f] = stack.weights[f]! * stack.scale[f]!;
    c -= w[f]! * stack.mean[f]!;
  }
  return (x, o) => {
    let z = c;
    for (let f = 0; f < F; f++) {
      const v = x[o + f]!;
      if (v !== 0) z += w[f]! * v;
    }
    return z;
  };
}

/** A first-pass probability a line counts as confident story at, for {@link STACK_FEATURES}' `near-confident`. */
const CONFIDENT = 0.7;
/** Lines that matter read on each side for the means (2) and the maxima (5). */
const NEAR = 2;
const FAR = 5;
/** `near-confident`'s distance is read up to this many lines that matter. */
const REACH = 10;

/**
 * The context reads of every line that matters (kind not 0, blank), from the first pass's
 * probabilities `p`: the line's own log-odds; the mean probability of the {@link NEAR} lines before
 * and after it; the maximum of the {@link FAR} before and after; the smaller of those maxima (a line
 * between confident lines), and that times `1 − p` (a weak line so placed); the share of the page's
 * story mass (`chars × p` of text lines) above it, and `4a(1 − a)` of that share; how near the nearest
 * confident text line is (`1 − d / REACH`, 0 beyond); the story mass share of the characters within
 * {@link FAR} lines on both sides; and three conjunctions of shape and place (a short line or a list
 * item between confident lines, a heading-shaped line over a confident one). Linear in the lines.
 *
 * @param p - First-pass probabilities.
 * @param kind - The decoder's kind per line (0 blank: skipped, read by no other line).
 * @param chars - Line lengths.
 * @param shape - Per line, {@link SHAPE_SHORT} | {@link SHAPE_LIST} | {@link SHAPE_HEADING}.
 * @param text - The decoder's kind of a text line.
 * @param visit - Called per line that matters, in order, with its index and the reads (a buffer reused between calls).
 * @example
 * ```ts
 * stackContext(p, kind, chars, shape, TEXT, (i, c) => console.log(i, c[0]));
 * ```
 */
export function stackContext(
  p: ArrayLike<number>,
  kind: ArrayLike<number>,
  chars: ArrayLike<number>,
  shape: ArrayLike<number>,
  text: number,
  visit: (i: number, c: Float64Array) => void,
): void {
  const n = kind.length;
  const at = new Int32Array(n);
  let m = 0;
  let total = 0;
  for (let i = 0; i < n; i++) {
    if (kind[i] === 0) continue;
    at[m++] = i;
    if (kind[i] === text) total += chars[i]! * p[i]!;
  }
  // Distance (in lines that matter) to the nearest confident text line, either side.
  const near = new Int32Array(m).fill(REACH);
  let lastConf = -REACH - 1;
  for (let k = 0; k < m; k++) {
    const i = at[k]!;
    near[k] = Math.min(REACH, k - lastConf);
    if (kind[i] === text && p[i]! >= CONFIDENT) lastConf = k;
  }
  lastConf = m + REACH + 1;
  for (let k = m - 1; k >= 0; k--) {
    const i = at[k]!;
    near[k] = Math.min(near[k]!, lastConf - k);
    if (kind[i] === text && p[i]! >= CONFIDENT) lastConf = k;
  }
  const c = new Float64Array(STACK_FEATURES.length);
  let before = 0;
  for (let k = 0; k < m; k++) {
    const i = at[k]!;
    const own = Math.min(1 - 1e-6, Math.max(1e-6, p[i]!));
    let pm = 0;
    let pn = 0;
    let nm = 0;
    let nn = 0;
    let pmax = 0;
    let nmax = 0;
    let mass = 0;
    let len = 0;
    for (let d = 1; d <= FAR; d++) {
      if (k - d >= 0) {
        const j = at[k - d]!;
        const q = p[j]!;
        if (d <= NEAR) (pm += q), pn++;
        if (q > pmax) pmax = q;
        if (kind[j] === text) mass += chars[j]! * q;
        len += chars[j]!;
      }
      if (k + d < m) {
        const j = at[k + d]!;
        const q = p[j]!;
        if (d <= NEAR) (nm += q), nn++;
        if (q > nmax) nmax = q;
        if (kind[j] === text) mass += chars[j]! * q;
        len += chars[j]!;
      }
    }
    const sandwich = Math.min(pmax, nmax);
    const a = total > 0 ? before / total : 0;
    const s = shape[i]!;
    c[0] = Math.log(own / (1 - own));
    c[1] = pn ? pm / pn : 0;
    c[2] = nn ? nm / nn : 0;
    c[3] = pmax;
    c[4] = nmax;
    c[5] = sandwich;
    c[6] = sandwich * (1 - own);
    c[7] = a;
    c[8] = 4 * a * (1 - a);
    c[9] = 1 - near[k]! / REACH;
    c[10] = len > 0 ? mass / len : 0;
    c[11] = s & SHAPE_SHORT ? sandwich : 0;
    c[12] = s & SHAPE_LIST ? sandwich : 0;
    c[13] = s & SHAPE_HEADING ? (k + 1 < m ? p[at[k + 1]!]! : 0) : 0;
    visit(i, c);
    if (kind[i] === text) before += chars[i]! * p[i]!;
  }
}

/**
 * The second pass of a stacked model: each line that matters gets the probability of its partial
 * log-odds `base` (from {@link stackBase}) plus the context part over the first pass's `p`. Written
 * into `p` once every line's reads are taken (they read the first pass's values).
 *
 * @param stack - The second pass.
 * @param F - The first pass's feature count (where the context weights start).
 * @param p - First-pass probabilities in, second-pass out.
 * @param base - Per line, the row's partial log-odds.
 * @param kind - The decoder's kind per line (0, blank: left as it is).
 * @param chars - Line lengths.
 * @param shape - Shape bits per line (see {@link stackContext}).
 * @param text - The decoder's kind of a text line.
 * @returns `p`.
 * @example
 * ```ts
 * stackProbabilities(model.stack!, F, p, base, kind, chars, shape, TEXT);
 * ```
 */
export function stackProbabilities(stack: StackModel, F: number, p: Float64Array, base: Float64Array, kind: ArrayLike<number>, chars: ArrayLike<number>, shape: ArrayLike<number>, text: number): Float64Array {
  const S = STACK_FEATURES.length;
  const w = new Float64Array(S);
  const mu = new Float64Array(S);
  for (let s = 0; s < S; s++) {
    w[s] = stack.weights[F + s]! * stack.scale[F + s]!;
    mu[s] = stack.mean[F + s]!;
  }
  const out = new Float64Array(p.length);
  const done = new Uint8Array(p.length);
  stackContext(p, kind, chars, shape, text, (i, c) => {
    let z = base[i]!;
    for (let s = 0; s < S; s++) z += w[s]! * (c[s]! - mu[s]!);
    out[i] = 1 / (1 + Math.exp(-z));
    done[i] = 1;
  });
  for (let i = 0; i < p.length; i++) if (done[i]) p[i] = out[i]!;
  return p;
}
