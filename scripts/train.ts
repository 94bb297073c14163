/**
 * Train the main-story line scorer and judge it by site-grouped cross-validation.
 *
 *     npm run train                       # fit on every corpus, write src/pipeline/story-weights.json
 *     npx tsx scripts/train.ts --dry-run  # report only, write nothing
 *     npx tsx scripts/train.ts --model stumps --folds 5
 *
 * Steps, all deterministic (no random numbers, fixed fold assignment):
 * 1. Read every corpus under ../shared/corpus (or the directories given) and parse each page once
 *    with a recorder on: the main-story stage hands over each line's features.
 * 2. Label each line story / not story by whether its words occur in the truth body (a short
 *    line: its whole token sequence; a longer one: at least half its 4-token shingles).
 * 3. Cross-validate: for each of k site-grouped folds, fit the model on the other folds (the
 *    logistic weights, the boosted stumps or the one-hidden-layer network, then the decoder's two thresholds by a grid search on
 *    the same training pages), parse the held-out pages with it and score them with the
 *    benchmark metric. The held-out pages of all folds give the CV figures; the model fitted on
 *    every page gives the in-sample ones.
 * 4. Fit on every page and write the weights with the data version and the CV scores.
 *
 * @module
 */

import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { invokedDirectly } from "./invoked.js";
import { parseArgs } from "node:util";
import { parseArticles } from "../src/index.js";
import { siteFolds } from "../src/eval/folds.js";
import { EVAL_REFERENCE_TIME, evaluateCorpus, predictMainBody, type CorpusPage, type EvalResult } from "../src/eval/report.js";
import { scoreMetadata } from "../src/eval/metadata.js";
import { aggregate, shingles, tokenize } from "../src/eval/metric.js";
import { STORY_FEATURES, TITLE_FEATURES } from "../src/pipeline/main-story.js";
import { BLANK, decodeStory, OTHER, TEXT } from "../src/pipeline/story-decoder.js";
import { squash } from "../src/eval/metadata.js";
import { lineProbabilities, SHAPE_HEADING, SHAPE_LIST, SHAPE_SHORT, STACK_FEATURES, stackBase, stackContext, stackProbabilities, withStoryModel, type StackModel, type StoryModel, type StoryRecord, type Stump, type TitleModel } from "../src/pipeline/story-model.js";
import { corpusDirs, DEFAULT_CORPORA, readCorpus } from "./eval.js";

const F = STORY_FEATURES.length;
/** Where the row holds the features a stacked model's second pass reads as shape bits. */
const SHORT_AT = STORY_FEATURES.indexOf("short");
const LIST_AT = STORY_FEATURES.indexOf("list-shape");
const HEADING_AT = STORY_FEATURES.indexOf("heading-shape");

/** The shape bits (see `stackContext` in story-model.ts) of the feature row at offset `o` of `x`. */
function stackShapeOf(x: ArrayLike<number>, o: number): number {
  return (x[o + SHORT_AT] ? SHAPE_SHORT : 0) | (x[o + LIST_AT] ? SHAPE_LIST : 0) | (x[o + HEADING_AT] ? SHAPE_HEADING : 0);
}
const IN_BLOCK = STORY_FEATURES.indexOf("in-block");
const END_OF_STORY = STORY_FEATURES.indexOf("end-of-story");
const TF = TITLE_FEATURES.length;

/** One corpus page with its recorded lines and labels. */
export interface TrainPage {
  corpus: string;
  page: CorpusPage;
  fold: number;
  rec: StoryRecord | null;
  /** The title candidates the stage read (none when the page has no main story). */
  titleRec: StoryRecord["title"] | null;
  /** Per line: 1 story, 0 not. */
  label: Uint8Array;
  /** Per line: word tokens. */
  tokens: Int32Array;
  /** Tokens of the truth body. */
  truthTokens: number;
  /** Per line, as the stage reads them: the decoder's kind, walls (other story blocks) and story ends. */
  kind: Uint8Array;
  wall: Uint8Array;
  stop: Uint8Array;
}

/** Name of the pseudo-corpus of the project's own fixtures (invented pages; training data, not reported). */
const FIXTURES = "fixtures";

/** The fixtures with a main article, as corpus pages: their expected main body is the truth. All one site. */
function readFixtures(): CorpusPage[] {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../fixtures");
  const pages: CorpusPage[] = [];
  for (const name of readdirSync(root).sort()) {
    const input = path.join(root, name, "input.txt");
    const expected = path.join(root, name, "expected.json");
    if (!existsSync(input) || !existsSync(expected)) continue;
    const doc = JSON.parse(readFileSync(expected, "utf8")) as { articles?: Array<{ role: string; body: string; title: string }> };
    const main = doc.articles?.find((a) => a.role === "main");
    if (!main) continue;
    pages.push({ id: name, url: `https://fixtures.invalid/${name}`, text: readFileSync(input, "utf8"), truth: main.body, title: main.title });
  }
  return pages;
}

/** Model families tried. */
export type ModelKind = "logistic" | "logistic-local" | "stumps" | "mlp" | "stacked";

/** Hidden units of the `mlp` family, and its passes over the training rows. */
const MLP_HIDDEN = 8;
const MLP_EPOCHS = 8;

/** Features a `logistic-local` model leaves out: the neighbours' and the page-position reads. */
const NEIGHBOUR_FEATURES = new Set(["prev-paragraph", "next-paragraph", "prev-short", "next-short", "near-boilerplate", "prose-before", "prose-middle", "position"]);

function emptyModel(): StoryModel {
  return {
    format: 1,
    kind: "logistic",
    features: [...STORY_FEATURES],
    mean: new Array<number>(F).fill(0),
    scale: new Array<number>(F).fill(1),
    weights: new Array<number>(F).fill(0),
    bias: 0,
    stumps: [],
    span: 0.5,
    body: 0.5,
    meta: {},
  };
}

/** A line under this many word tokens is story only when it is a whole line of a truth with line breaks. */
const WHOLE_LINE_TOKENS = 4;
/** Lines within this distance read as a printed line's context when a text is printed more often than the truth holds it. */
const CONTEXT_LINES = 5;

/**
 * Label the lines of a page against its truth body. A line of under 8 word tokens is story when
 * its token sequence occurs in the truth; a longer line when at least half its 4-token shingles
 * do. Two refinements keep a word of the story from labelling page chrome: a line of under
 * {@link WHOLE_LINE_TOKENS} tokens ("Home", "Sports", "Read more") must be a whole line of the
 * truth when the truth has line breaks; and a text printed more often on the page than the truth
 * holds it (a table of contents echoing the story's subheadings, a caption printed twice) is story
 * only at the printings with the most story paragraphs within {@link CONTEXT_LINES} lines.
 */
function label(rec: StoryRecord, truth: string): { label: Uint8Array; tokens: Int32Array } {
  const truthTokens = tokenize(truth);
  const joined = ` ${truthTokens.join(" ")} `;
  const truthShingles = shingles(truth);
  const truthLines = truth.split(/\n+/).map((l) => tokenize(l).join(" ")).filter((l) => l.length > 0);
  const wholeLines = new Set(truthLines);
  const n = rec.texts.length;
  const lab = new Uint8Array(n);
  const tok = new Int32Array(n);
  const seq: string[] = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const t = tokenize(rec.texts[i]!);
    tok[i] = t.length;
    seq[i] = t.join(" ");
    if (t.length === 0) continue;
    if (t.length < 8) {
      if (t.length < WHOLE_LINE_TOKENS && truthLines.length > 1) lab[i] = wholeLines.has(seq[i]!) ? 1 : 0;
      else lab[i] = joined.includes(` ${seq[i]} `) ? 1 : 0;
      continue;
    }
    let hit = 0;
    for (let k = 0; k + 4 <= t.length; k++) if (truthShingles.has(t.slice(k, k + 4).join(" "))) hit++;
    lab[i] = hit >= 0.5 * (t.length - 3) ? 1 : 0;
  }
  const printings = new Map<string, number[]>();
  for (let i = 0; i < n; i++) {
    if (!lab[i]) continue;
    const at = printings.get(seq[i]!);
    if (at) at.push(i);
    else printings.set(seq[i]!, [i]);
  }
  const printedOnce = (j: number) => printings.get(seq[j]!)?.length === 1;
  const context = (i: number) => {
    let c = 0;
    for (let j = Math.max(0, i - CONTEXT_LINES); j <= Math.min(n - 1, i + CONTEXT_LINES); j++) if (j !== i && lab[j] && tok[j]! >= 8 && printedOnce(j)) c++;
    return c;
  };
  for (const [text, at] of printings) {
    if (at.length < 2) continue;
    let inTruth = 0;
    for (let k = joined.indexOf(` ${text} `); k >= 0; k = joined.indexOf(` ${text} `, k + 1)) inTruth++;
    if (inTruth >= at.length) continue;
    const ranked = at.map((i) => [i, context(i)] as const).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    for (const [i] of ranked.slice(Math.max(1, inTruth))) lab[i] = 0;
  }
  return { label: lab, tokens: tok };
}

/** Parse a page with the recorder on; the last record of the page is its main-story read. */
function record(text: string): { rec: StoryRecord | null; title: StoryRecord["title"] | null } {
  let last: StoryRecord | null = null;
  let title: StoryRecord["title"] | null = null;
  withStoryModel(emptyModel(), () => {
    try {
      parseArticles(text, { referenceTime: EVAL_REFERENCE_TIME });
    } catch {
      // An empty page has nothing to learn from.
    }
  }, (r) => {
    if (r.title) title = r.title;
    else last = r;
  });
  return { rec: last, title };
}

/** The training rows: every non-blank line of the given pages. */
export function rows(pages: readonly TrainPage[], mask: readonly boolean[] | null): { x: Float64Array; y: Uint8Array; w: Float64Array; m: number } {
  let m = 0;
  for (const p of pages) if (p.rec) for (let i = 0; i < p.rec.texts.length; i++) if (p.rec.chars[i]! > 0 && p.rec.x[i * F + IN_BLOCK] === 0) m++;
  const x = new Float64Array(m * F);
  const y = new Uint8Array(m);
  const w = new Float64Array(m);
  let r = 0;
  for (const p of pages) {
    if (!p.rec) continue;
    for (let i = 0; i < p.rec.texts.length; i++) {
      if (p.rec.chars[i]! === 0 || p.rec.x[i * F + IN_BLOCK] !== 0) continue;
      for (let f = 0; f < F; f++) x[r * F + f] = mask && !mask[f] ? 0 : p.rec.x[i * F + f]!;
      y[r] = p.label[i]!;
      // Weighted by the square root of the line's length: the metric counts words, so a long line
      // matters more, but not so much that one huge paragraph outweighs a page's short lines.
      w[r] = Math.sqrt(p.rec.chars[i]!);
      r++;
    }
  }
  return { x, y, w, m };
}

/** The rows' feature means, inverse standard deviations (0 for a constant feature) and the standardised rows. */
function standardise(x: Float64Array, m: number, D: number): { mean: Float64Array; scale: number[]; z: Float64Array } {
  const mean = new Float64Array(D);
  const sd = new Float64Array(D);
  for (let r = 0; r < m; r++) for (let f = 0; f < D; f++) mean[f]! += x[r * D + f]! / m;
  for (let r = 0; r < m; r++) for (let f = 0; f < D; f++) sd[f]! += (x[r * D + f]! - mean[f]!) ** 2 / m;
  const scale = Array.from(sd, (v) => (v > 1e-12 ? 1 / Math.sqrt(v) : 0));
  const z = new Float64Array(m * D);
  for (let r = 0; r < m; r++) for (let f = 0; f < D; f++) z[r * D + f] = (x[r * D + f]! - mean[f]!) * scale[f]!;
  return { mean, scale, z };
}

/** L2-regularised logistic regression by full-batch gradient descent with Adam steps (deterministic). */
export function logistic(x: Float64Array, y: Uint8Array, w: Float64Array, m: number, D: number, lambda = 1e-3, iters = 300): { mean: number[]; scale: number[]; weights: number[]; bias: number } {
  const { mean, scale, z } = standardise(x, m, D);
  let W = 0;
  for (let r = 0; r < m; r++) W += w[r]!;
  const theta = new Float64Array(D + 1);
  const m1 = new Float64Array(D + 1);
  const m2 = new Float64Array(D + 1);
  const g = new Float64Array(D + 1);
  const lr = 0.05;
  for (let t = 1; t <= iters; t++) {
    g.fill(0);
    for (let r = 0; r < m; r++) {
      let s = theta[D]!;
      const o = r * D;
      for (let f = 0; f < D; f++) s += theta[f]! * z[o + f]!;
      const e = (w[r]! * (1 / (1 + Math.exp(-s)) - y[r]!)) / W;
      for (let f = 0; f < D; f++) g[f]! += e * z[o + f]!;
      g[D]! += e;
    }
    for (let f = 0; f < D; f++) g[f]! += lambda * theta[f]!;
    for (let f = 0; f <= D; f++) {
      m1[f] = 0.9 * m1[f]! + 0.1 * g[f]!;
      m2[f] = 0.999 * m2[f]! + 0.001 * g[f]! * g[f]!;
      const a = m1[f]! / (1 - 0.9 ** t);
      const b = m2[f]! / (1 - 0.999 ** t);
      theta[f]! -= (lr * a) / (Math.sqrt(b) + 1e-8);
    }
  }
  return { mean: Array.from(mean, round), scale: scale.map(round), weights: Array.from(theta.subarray(0, D), round), bias: round(theta[D]!) };
}

export function fitLogistic(x: Float64Array, y: Uint8Array, w: Float64Array, m: number): StoryModel {
  return { ...emptyModel(), ...logistic(x, y, w, m, F) };
}

/**
 * A one-hidden-layer network (tanh units) over the standardised features, fitted by minibatch
 * Adam on the weighted log-loss. Deterministic: the initial weights and the order of the rows
 * come from a fixed linear congruential sequence, not from random numbers.
 */
export function fitMlp(x: Float64Array, y: Uint8Array, w: Float64Array, m: number, H = MLP_HIDDEN, epochs = MLP_EPOCHS, l2 = 1e-4): StoryModel {
  const D = F;
  const { mean, scale, z } = standardise(x, m, D);
  let seed = 12345;
  const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0), seed / 4294967296);
  // Parameters: hidden weights (H × D), hidden intercepts (H), output weights (H), output intercept.
  const P = H * D + H + H + 1;
  const OB = H * D;
  const OW = OB + H;
  const th = new Float64Array(P);
  for (let k = 0; k < H * D; k++) th[k] = (next() * 2 - 1) * Math.sqrt(3 / D);
  for (let k = 0; k < H; k++) th[OW + k] = (next() * 2 - 1) * Math.sqrt(3 / H);
  const m1 = new Float64Array(P);
  const m2 = new Float64Array(P);
  const g = new Float64Array(P);
  const order = new Int32Array(m);
  for (let r = 0; r < m; r++) order[r] = r;
  let meanW = 0;
  for (let r = 0; r < m; r++) meanW += w[r]! / m;
  const B = 256;
  const lr = 0.003;
  const h = new Float64Array(H);
  let t = 0;
  for (let ep = 0; ep < epochs; ep++) {
    for (let r = m - 1; r > 0; r--) {
      const j = Math.floor(next() * (r + 1));
      const tmp = order[r]!;
      order[r] = order[j]!;
      order[j] = tmp;
    }
    for (let s = 0; s < m; s += B) {
      g.fill(0);
      const e2 = Math.min(m, s + B);
      for (let q = s; q < e2; q++) {
        const r = order[q]!;
        const o = r * D;
        let out = th[P - 1]!;
        for (let j = 0; j < H; j++) {
          let a = th[OB + j]!;
          for (let f = 0; f < D; f++) a += th[j * D + f]! * z[o + f]!;
          h[j] = Math.tanh(a);
          out += th[OW + j]! * h[j]!;
        }
        const e = ((w[r]! / meanW) * (1 / (1 + Math.exp(-out)) - y[r]!)) / (e2 - s);
        g[P - 1]! += e;
        for (let j = 0; j < H; j++) {
          g[OW + j]! += e * h[j]!;
          const d = e * th[OW + j]! * (1 - h[j]! * h[j]!);
          g[OB + j]! += d;
          for (let f = 0; f < D; f++) g[j * D + f]! += d * z[o + f]!;
        }
      }
      t++;
      for (let k = 0; k < P; k++) {
        const gk = g[k]! + l2 * th[k]!;
        m1[k] = 0.9 * m1[k]! + 0.1 * gk;
        m2[k] = 0.999 * m2[k]! + 0.001 * gk * gk;
        th[k]! -= (lr * (m1[k]! / (1 - 0.9 ** t))) / (Math.sqrt(m2[k]! / (1 - 0.999 ** t)) + 1e-8);
      }
    }
  }
  return {
    ...emptyModel(),
    kind: "mlp",
    mean: Array.from(mean, round),
    scale: scale.map(round),
    hidden: Array.from(th.subarray(0, OB), round),
    hiddenBias: Array.from(th.subarray(OB, OW), round),
    weights: Array.from(th.subarray(OW, OW + H), round),
    bias: round(th[P - 1]!),
  };
}

/** The title ranker: logistic over the candidates of pages whose true title is among them. */
function fitTitle(pages: readonly TrainPage[]): TitleModel | undefined {
  const rowsX: number[] = [];
  const ys: number[] = [];
  for (const p of pages) {
    const t = p.titleRec;
    if (!t || !p.page.title) continue;
    const truth = squash(p.page.title);
    const lab = t.texts.map((s) => (squash(s) === truth ? 1 : 0));
    if (!lab.includes(1)) continue;
    lab.forEach((v, k) => {
      ys.push(v);
      for (let f = 0; f < TF; f++) rowsX.push(t.x[k * TF + f]!);
    });
  }
  if (ys.length === 0) return undefined;
  const fitted = logistic(Float64Array.from(rowsX), Uint8Array.from(ys), new Float64Array(ys.length).fill(1), ys.length, TF, 1e-3, 300);
  return { features: [...TITLE_FEATURES], ...fitted };
}

/** Gradient-boosted decision stumps on the raw features (logistic loss, 16 quantile cuts a feature). */
export function fitStumps(x: Float64Array, y: Uint8Array, w: Float64Array, m: number, rounds = 150, rate = 0.3): StoryModel {
  const model = emptyModel();
  model.kind = "stumps";
  const cuts: number[][] = [];
  for (let f = 0; f < F; f++) {
    const v = new Float64Array(m);
    for (let r = 0; r < m; r++) v[r] = x[r * F + f]!;
    v.sort();
    const c = new Set<number>();
    for (let q = 1; q < 16; q++) c.add(v[Math.floor((q * (m - 1)) / 16)]!);
    cuts.push([...c].sort((a, b) => a - b));
  }
  // Bin index of every value, so each round is one pass of sums.
  const bin = new Uint8Array(m * F);
  for (let r = 0; r < m; r++) {
    for (let f = 0; f < F; f++) {
      const c = cuts[f]!;
      let b = 0;
      while (b < c.length && x[r * F + f]! > c[b]!) b++;
      bin[r * F + f] = b;
    }
  }
  let pos = 0;
  let W = 0;
  for (let r = 0; r < m; r++) {
    pos += w[r]! * y[r]!;
    W += w[r]!;
  }
  const base = Math.log((pos + 1) / (W - pos + 1));
  model.bias = round(base);
  const s = new Float64Array(m).fill(base);
  const stumps: Stump[] = [];
  for (let k = 0; k < rounds; k++) {
    const G = new Float64Array(F * 17);
    const H = new Float64Array(F * 17);
    for (let r = 0; r < m; r++) {
      const p = 1 / (1 + Math.exp(-s[r]!));
      const gr = w[r]! * (p - y[r]!);
      const hr = w[r]! * Math.max(p * (1 - p), 1e-6);
      for (let f = 0; f < F; f++) {
        const b = f * 17 + bin[r * F + f]!;
        G[b]! += gr;
        H[b]! += hr;
      }
    }
    let bestGain = 0;
    let best: Stump | null = null;
    for (let f = 0; f < F; f++) {
      let gt = 0;
      let ht = 0;
      for (let b = 0; b < 17; b++) {
        gt += G[f * 17 + b]!;
        ht += H[f * 17 + b]!;
      }
      let gl = 0;
      let hl = 0;
      const c = cuts[f]!;
      for (let b = 0; b < c.length; b++) {
        gl += G[f * 17 + b]!;
        hl += H[f * 17 + b]!;
        const gr = gt - gl;
        const hr = ht - hl;
        if (hl < 1 || hr < 1) continue;
        const gain = (gl * gl) / hl + (gr * gr) / hr - (gt * gt) / ht;
        if (gain > bestGain) {
          bestGain = gain;
          best = { f, t: c[b]!, v: [round((-rate * gl) / hl), round((-rate * gr) / hr)] };
        }
      }
    }
    if (!best) break;
    stumps.push(best);
    for (let r = 0; r < m; r++) s[r]! += x[r * F + best.f]! <= best.t ? best.v[0] : best.v[1];
  }
  model.stumps = stumps;
  return model;
}

function round(v: number): number {
  return Math.round(v * 1e6) / 1e6;
}

/** The decoder's reading of a recorded page's lines, as the stage makes it: kind, walls, story ends. */
function lineKinds(rec: StoryRecord): { kind: Uint8Array; wall: Uint8Array; stop: Uint8Array } {
  const n = rec.texts.length;
  const kind = new Uint8Array(n);
  const wall = new Uint8Array(n);
  const stop = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    // As the stage does: boilerplate without a signal is passed like a blank line.
    const quiet = rec.x[i * F + 1] === 1 && rec.x[i * F + 2] === 0 && rec.x[i * F + END_OF_STORY] === 0;
    kind[i] = rec.chars[i] === 0 || quiet ? BLANK : rec.x[i * F] === 1 ? TEXT : OTHER;
    wall[i] = rec.x[i * F + IN_BLOCK]!;
    stop[i] = rec.stop ? rec.stop[i]! : rec.x[i * F + END_OF_STORY]!;
  }
  return { kind, wall, stop };
}

/** A page's story probabilities under a model. */
export function probabilities(model: StoryModel, pg: TrainPage): Float64Array | null {
  if (!pg.rec) return null;
  const n = pg.rec.texts.length;
  const p = lineProbabilities(model, pg.rec.x, n, new Float64Array(n));
  return model.stack ? stacked(model.stack, pg, p) : p;
}

/** The second pass of a stacked model over a page's first-pass probabilities `p1` (a new array). */
function stacked(stack: StackModel, pg: TrainPage, p1: Float64Array): Float64Array {
  const rec = pg.rec!;
  const n = rec.texts.length;
  const baseOf = stackBase(stack, F);
  const base = new Float64Array(n);
  const shape = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    base[i] = baseOf(rec.x, i * F);
    shape[i] = stackShapeOf(rec.x, i * F);
  }
  return stackProbabilities(stack, F, Float64Array.from(p1), base, decoderKind(pg), rec.chars, shape, TEXT);
}

/** The decoder's kind of each line as the stage recorded it (see loadPages). */
function decoderKind(pg: TrainPage): Uint8Array {
  return pg.kind;
}

/** Stage-two rows of a stacked model: each line the second pass reads (not in a block), its row then its context reads over `p1`. */
function stackRows(pages: readonly TrainPage[], p1: ReadonlyArray<Float64Array | null>): { x: Float64Array; y: Uint8Array; w: Float64Array; m: number } {
  const S = STACK_FEATURES.length;
  const xs: number[] = [];
  const ys: number[] = [];
  const ws: number[] = [];
  pages.forEach((pg, k) => {
    const rec = pg.rec;
    const p = p1[k];
    if (!rec || !p) return;
    const n = rec.texts.length;
    const shape = new Uint8Array(n);
    for (let i = 0; i < n; i++) shape[i] = stackShapeOf(rec.x, i * F);
    stackContext(p, decoderKind(pg), rec.chars, shape, TEXT, (i, c) => {
      if (rec.chars[i]! === 0 || rec.x[i * F + IN_BLOCK] !== 0) return;
      for (let f = 0; f < F; f++) xs.push(rec.x[i * F + f]!);
      for (let s = 0; s < S; s++) xs.push(c[s]!);
      ys.push(pg.label[i]!);
      ws.push(Math.sqrt(rec.chars[i]!));
    });
  });
  return { x: Float64Array.from(xs), y: Uint8Array.from(ys), w: Float64Array.from(ws), m: ys.length };
}

/**
 * A stacked model: the logistic first pass fitted on every page given, and a second logistic pass
 * over each line's row and its context reads of first-pass probabilities that are cross-fitted:
 * a page's first-pass probabilities come from a model fitted on the other site-grouped folds among
 * the pages given, so the second pass learns how far to trust first-pass scores of unseen pages.
 * The decoder's thresholds are fitted on the second pass over the same cross-fitted scores.
 */
function fitStacked(pages: readonly TrainPage[]): StoryModel {
  const all = rows(pages, null);
  const first = fitLogistic(all.x, all.y, all.w, all.m);
  const p1: Array<Float64Array | null> = pages.map(() => null);
  const folds = [...new Set(pages.map((p) => p.fold))].sort((a, b) => a - b);
  for (const g of folds) {
    const train = pages.filter((p) => p.fold !== g);
    const r = rows(train, null);
    const inner = fitLogistic(r.x, r.y, r.w, r.m);
    pages.forEach((pg, k) => {
      if (pg.fold === g) p1[k] = probabilities(inner, pg);
    });
  }
  const r2 = stackRows(pages, p1);
  const D = F + STACK_FEATURES.length;
  const fitted = logistic(r2.x, r2.y, r2.w, r2.m, D);
  const stack: StackModel = { features: [...STACK_FEATURES], ...fitted };
  const model: StoryModel = { ...first, stack };
  fitThresholds(model, pages, pages.map((pg, k) => (p1[k] ? stacked(stack, pg, p1[k]!) : null)));
  return model;
}

/** The decoder as the stage runs it, on recorded pages: {@link decodeStory}, then the lines inside with `p ≥ body`. */
export function decode(pg: TrainPage, p: Float64Array, span: number, body: number, gap: number): Uint8Array {
  const rec = pg.rec!;
  const n = rec.texts.length;
  const { kind, wall, stop } = pg;
  const out = new Uint8Array(n);
  decodeStory(kind, wall, rec.chars, p, span, body, gap, out, stop);
  for (let i = 0; i < n; i++) if (out[i] && (p[i]! < body || kind[i] !== TEXT)) out[i] = 0;
  return out;
}

/** Re-entry costs tried for the decoder (`Infinity`: one span). */
export const GAPS = [Infinity, 4000, 2000, 1000, 500, 250];

/** Fit the decoder's two thresholds on training pages by grid search of the token-level F1 the labels give. */
export function fitThresholds(model: StoryModel, pages: readonly TrainPage[], given?: ReadonlyArray<Float64Array | null>): void {
  const probs = given ?? pages.map((pg) => probabilities(model, pg));
  let bestF = -1;
  for (const gap of GAPS) for (let span = 0.2; span <= 0.81; span += 0.05) {
    for (let body = 0.1; body <= 0.71; body += 0.05) {
      let pSum = 0;
      let pN = 0;
      let rSum = 0;
      let rN = 0;
      pages.forEach((pg, k) => {
        if (!pg.rec || pg.truthTokens === 0) return;
        const sel = decode(pg, probs[k]!, span, body, gap);
        let tp = 0;
        let got = 0;
        for (let i = 0; i < sel.length; i++) {
          if (!sel[i]) continue;
          got += pg.tokens[i]!;
          if (pg.label[i]) tp += pg.tokens[i]!;
        }
        if (got > 0) {
          pSum += tp / got;
          pN++;
        }
        rSum += Math.min(1, tp / pg.truthTokens);
        rN++;
      });
      const P = pN ? pSum / pN : 0;
      const R = rN ? rSum / rN : 0;
      const f1 = P + R > 0 ? (2 * P * R) / (P + R) : 0;
      if (f1 > bestF + 1e-9) {
        bestF = f1;
        model.span = round(span);
        model.body = round(body);
        if (Number.isFinite(gap)) model.gap = gap;
        else delete model.gap;
      }
    }
  }
}

/** Fit one model family on some pages. */
function fit(kind: ModelKind, pages: readonly TrainPage[]): StoryModel {
  const mask = kind === "logistic-local" ? STORY_FEATURES.map((f) => !NEIGHBOUR_FEATURES.has(f)) : null;
  if (kind === "stacked") {
    const model = fitStacked(pages);
    const title = fitTitle(pages);
    if (title) model.title = title;
    return model;
  }
  const { x, y, w, m } = rows(pages, mask);
  const model = kind === "stumps" ? fitStumps(x, y, w, m) : kind === "mlp" ? fitMlp(x, y, w, m) : fitLogistic(x, y, w, m);
  if (mask) model.weights = model.weights.map((v, f) => (mask[f] ? v : 0));
  fitThresholds(model, pages);
  const title = fitTitle(pages);
  if (title) model.title = title;
  return model;
}

/** Score pages with a model through the whole parser. */
function score(model: StoryModel, pages: readonly TrainPage[]): EvalResult {
  const predict = predictMainBody((text) => withStoryModel(model, () => parseArticles(text, { referenceTime: EVAL_REFERENCE_TIME })));
  return evaluateCorpus(pages.map((p) => p.page), predict);
}

/** In-sample and cross-validated results of one model family, per corpus. */
export interface CvReport {
  kind: ModelKind;
  corpora: Record<string, { inSample: EvalResult; cv: EvalResult }>;
  /** The model fitted on every page. */
  model: StoryModel;
}

/**
 * Load every corpus and record its pages' features and labels.
 *
 * @param dirs - Corpus directories.
 * @param k - Number of folds.
 * @returns The labelled pages, each with its site-grouped fold.
 */
export function loadPages(dirs: readonly string[], k: number, withFixtures = true): TrainPage[] {
  const out: TrainPage[] = [];
  const sources: Array<[string, CorpusPage[]]> = dirs.map((dir) => [path.basename(dir), readCorpus(dir)]);
  if (withFixtures) sources.push([FIXTURES, readFixtures()]);
  for (const [corpus, pages] of sources) {
    const folds = siteFolds(pages.map((p) => p.url), k);
    pages.forEach((page, j) => {
      const { rec, title } = record(page.text);
      const l = rec ? label(rec, page.truth) : { label: new Uint8Array(0), tokens: new Int32Array(0) };
      // The decoder's kinds as the stage recorded them (a legal notice without a signal is a text
      // the story pays for, not a blank line: lineKinds' reading from the row cannot tell it).
      const kinds = rec ? { ...lineKinds(rec), ...(rec.kind ? { kind: rec.kind } : {}) } : { kind: new Uint8Array(0), wall: new Uint8Array(0), stop: new Uint8Array(0) };
      out.push({ corpus, page, fold: folds[j]!, rec, titleRec: title, label: l.label, tokens: l.tokens, truthTokens: tokenize(page.truth).length, ...kinds });
    });
  }
  return out;
}

/**
 * Cross-validate one model family: fit on k−1 folds, score the held-out fold, for every fold.
 * Folds are per corpus and pooled: fold f of every corpus is held out together.
 *
 * @param kind - The model family.
 * @param pages - From {@link loadPages}.
 * @param k - Number of folds.
 * @returns In-sample and CV results per corpus, and the model fitted on all pages.
 */
export function crossValidate(kind: ModelKind, pages: readonly TrainPage[], k: number): CvReport {
  const model = fit(kind, pages);
  const names = [...new Set(pages.map((p) => p.corpus))];
  const cvOf = new Map<string, EvalResult>(names.map((c) => [c, { summary: aggregate([]), metadata: scoreMetadata([]), pages: [] }]));
  for (let f = 0; f < k; f++) {
    const foldModel = fit(kind, pages.filter((p) => p.fold !== f));
    for (const corpus of names) {
      const r = score(foldModel, pages.filter((p) => p.fold === f && p.corpus === corpus));
      const acc = cvOf.get(corpus)!;
      acc.pages.push(...r.pages);
      for (const field of ["title", "author", "date"] as const) {
        acc.metadata[field].right += r.metadata[field].right;
        acc.metadata[field].of += r.metadata[field].of;
      }
    }
  }
  const corpora: CvReport["corpora"] = {};
  for (const corpus of names) {
    const cv = cvOf.get(corpus)!;
    cv.summary = aggregate(cv.pages);
    corpora[corpus] = { inSample: score(model, pages.filter((p) => p.corpus === corpus)), cv };
  }
  return { kind, corpora, model };
}

function dataVersion(pages: readonly TrainPage[]): string {
  const h = createHash("sha256");
  for (const p of pages) h.update(`${p.corpus}/${p.page.id}\n${p.page.text.length}\n${p.page.truth.length}\n`);
  return h.digest("hex").slice(0, 16);
}

const f3 = (v: number) => v.toFixed(4);

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      model: { type: "string" },
      folds: { type: "string" },
      "dry-run": { type: "boolean" },
      out: { type: "string" },
    },
  });
  const k = values.folds === undefined ? 5 : Number(values.folds);
  const kinds: ModelKind[] = values.model === undefined ? ["logistic", "logistic-local", "stumps"] : (values.model.split(",") as ModelKind[]);
  const dirs = positionals.length > 0 ? positionals : corpusDirs(DEFAULT_CORPORA);
  const pages = loadPages(dirs, k);
  const lines = pages.reduce((s, p) => s + (p.rec ? p.rec.texts.length : 0), 0);
  console.log(`${pages.length} pages, ${lines} lines, ${k} site-grouped folds, data ${dataVersion(pages)}`);
  const reports: CvReport[] = [];
  for (const kind of kinds) {
    const started = Date.now();
    const r = crossValidate(kind, pages, k);
    console.error(`${kind}: ${((Date.now() - started) / 1000).toFixed(0)} s`);
    reports.push(r);
    for (const [corpus, { inSample, cv }] of Object.entries(r.corpora)) {
      console.log(
        `${kind.padEnd(15)} ${corpus.padEnd(16)} in-sample F1 ${f3(inSample.summary.f1)} P ${f3(inSample.summary.precision)} R ${f3(inSample.summary.recall)} | CV F1 ${f3(cv.summary.f1)} P ${f3(cv.summary.precision)} R ${f3(cv.summary.recall)} | empty ${cv.pages.filter((p) => p.predictedLength === 0).length}`,
      );
    }
  }
  // The family with the best mean CV F1 over the corpora ships.
  const reported = (r: CvReport) => Object.entries(r.corpora).filter(([c]) => c !== FIXTURES);
  const meanCv = (r: CvReport) => reported(r).reduce((s, [, c]) => s + c.cv.summary.f1, 0) / reported(r).length;
  const best = reports.reduce((a, b) => (meanCv(b) > meanCv(a) ? b : a));
  console.log(`best by mean CV F1: ${best.kind} (${f3(meanCv(best))})`);
  if (values["dry-run"]) return 0;
  const model = best.model;
  model.meta = {
    trainedBy: "scripts/train.ts",
    family: best.kind,
    data: dataVersion(pages),
    pages: pages.length,
    folds: k,
    scores: Object.fromEntries(
      Object.entries(best.corpora).map(([c, { inSample, cv }]) => [
        c,
        { inSample: { f1: round(inSample.summary.f1), precision: round(inSample.summary.precision), recall: round(inSample.summary.recall) }, cv: { f1: round(cv.summary.f1), precision: round(cv.summary.precision), recall: round(cv.summary.recall) } },
      ]),
    ),
    tried: Object.fromEntries(reports.map((r) => [r.kind, Object.fromEntries(Object.entries(r.corpora).map(([c, v]) => [c, round(v.cv.summary.f1)]))])),
  };
  const out = values.out ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../src/pipeline/story-weights.json");
  writeFileSync(out, `${JSON.stringify(model)}\n`);
  console.log(`weights written to ${out}`);
  return 0;
}

if (invokedDirectly(import.meta.url)) process.exitCode = main(process.argv.slice(2));
