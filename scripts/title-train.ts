/**
 * Train the main story's title ranker and judge it by site-grouped cross-validation; classify the
 * title misses by family.
 *
 *     npx tsx scripts/title-train.ts             # report, write src/pipeline/title-weights.json
 *     npx tsx scripts/title-train.ts --dry-run   # report only
 *
 * Each page of the corpora that give a true title is parsed once with the shipped body model and
 * the title ranker off: the main-story stage hands over its title candidates (the lines above the
 * body, each with {@link TITLE_FEATURES}) and, for each, the text the stage would give as the title
 * (the whole line). A candidate is right when that text equals
 * the true title after whitespace normalisation. The ranker (logistic over the candidate features)
 * is fitted on the candidates of training-fold pages whose true title is among them; a held-out page
 * is right when its best-scored candidate is right. Folds are the site-grouped ones of
 * `src/eval/folds.ts`, so that no site is both trained on and judged. The in-sample figure comes
 * from the ranker fitted on every page. Writes only the title weights: the body model's file is
 * `npm run train`'s.
 *
 * Pure reading of the corpus; no corpus text is written anywhere.
 *
 * @module
 */

import { writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { invokedDirectly } from "./invoked.js";
import { parseArgs } from "node:util";
import { siteFolds } from "../src/eval/folds.js";
import { scoreMetadata, squash, type MetadataPair } from "../src/eval/metadata.js";
import { EVAL_REFERENCE_TIME, type CorpusPage } from "../src/eval/report.js";
import { parseArticles } from "../src/index.js";
import { TITLE_FEATURES } from "../src/pipeline/main-story.js";
import { SHIPPED_MODEL, withStoryModel, type StoryRecord, type TitleModel } from "../src/pipeline/story-model.js";
import { withTitleModel } from "../src/pipeline/title-model.js";
import { corpusDirs, DEFAULT_CORPORA, readCorpus } from "./eval.js";

const TF = TITLE_FEATURES.length;

interface TitlePage {
  corpus: string;
  page: CorpusPage;
  fold: number;
  cands: NonNullable<StoryRecord["title"]> | null;
  /** Per candidate: whether its title text is the true title. */
  right: number[];
  /** The title the stage gives without the ranker. */
  headTitle: string | null;
}

function recordPage(text: string): { cands: StoryRecord["title"] | null; title: string | null } {
  let cands: StoryRecord["title"] | null = null;
  let title: string | null = null;
  withTitleModel(null, () =>
    withStoryModel(
      SHIPPED_MODEL,
      () => {
        try {
          const arts = parseArticles(text, { referenceTime: EVAL_REFERENCE_TIME });
          title = arts.find((a) => a.role === "main")?.title ?? null;
        } catch {
          // An empty page has no title to learn from.
        }
      },
      (r) => {
        if (r.title) cands = r.title;
      },
    ),
  );
  return { cands, title };
}

/** Where the true title is when the stage misses it (families). */
function missFamily(p: TitlePage, lines: readonly string[]): string {
  const truth = squash(p.page.title!);
  const low = truth.toLowerCase();
  if (!p.cands || p.cands.texts.length === 0) return "no candidates";
  if (p.right.includes(1)) return "among candidates, another picked";
  const texts = p.cands.texts.map(squash);
  if (texts.some((t) => t.toLowerCase() === low)) return "among candidates, case differs";
  if (texts.some((t) => t.startsWith(truth) && /^\s*[|–—:·•-]/u.test(t.slice(truth.length)))) return "candidate is title + site tail";
  if (texts.some((t) => t.endsWith(truth) && /[|–—:·•-]\s*$/u.test(t.slice(0, t.length - truth.length)))) return "candidate is site/section + title";
  if (texts.some((t) => t.includes(truth))) return "candidate holds title with more text";
  if (lines.some((t) => squash(t) === truth)) return "title line outside the candidate window";
  if (lines.some((t) => squash(t).includes(truth))) return "title inside a longer line elsewhere";
  return "title not printed as such";
}

function score(m: TitleModel, c: NonNullable<StoryRecord["title"]>, k: number): number {
  let z = m.bias;
  for (let f = 0; f < TF; f++) z += m.weights[f]! * (c.x[k * TF + f]! - m.mean[f]!) * m.scale[f]!;
  return z;
}

/** Each feature's mean over the `m` rows of `x`, and 1 / its standard deviation (0 for a constant feature). */
function standardise(x: Float64Array, m: number): { mean: number[]; scale: number[] } {
  const mean = new Array<number>(TF).fill(0);
  const scale = new Array<number>(TF).fill(1);
  for (let f = 0; f < TF; f++) {
    let s = 0;
    for (let r = 0; r < m; r++) s += x[r * TF + f]!;
    mean[f] = s / m;
    let v = 0;
    for (let r = 0; r < m; r++) v += (x[r * TF + f]! - mean[f]!) ** 2;
    const sd = Math.sqrt(v / m);
    scale[f] = sd > 1e-9 ? 1 / sd : 0;
  }
  return { mean, scale };
}

/** L2-regularised logistic regression on standardised features, full-batch Adam (deterministic). */
function logistic(x: Float64Array, y: Uint8Array, m: number, lambda = 1e-3, iters = 400): { mean: number[]; scale: number[]; weights: number[]; bias: number } {
  const { mean, scale } = standardise(x, m);
  const theta = new Float64Array(TF + 1);
  const m1 = new Float64Array(TF + 1);
  const m2 = new Float64Array(TF + 1);
  const g = new Float64Array(TF + 1);
  for (let t = 1; t <= iters; t++) {
    g.fill(0);
    for (let r = 0; r < m; r++) {
      let z = theta[TF]!;
      for (let f = 0; f < TF; f++) z += theta[f]! * (x[r * TF + f]! - mean[f]!) * scale[f]!;
      const e = 1 / (1 + Math.exp(-z)) - y[r]!;
      for (let f = 0; f < TF; f++) g[f]! += (e * (x[r * TF + f]! - mean[f]!) * scale[f]!) / m;
      g[TF]! += e / m;
    }
    for (let f = 0; f < TF; f++) g[f]! += lambda * theta[f]!;
    for (let f = 0; f <= TF; f++) {
      m1[f] = 0.9 * m1[f]! + 0.1 * g[f]!;
      m2[f] = 0.999 * m2[f]! + 0.001 * g[f]! ** 2;
      theta[f]! -= (0.05 * (m1[f]! / (1 - 0.9 ** t))) / (Math.sqrt(m2[f]! / (1 - 0.999 ** t)) + 1e-8);
    }
  }
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  return { mean: mean.map(round), scale: scale.map(round), weights: Array.from(theta.subarray(0, TF), round), bias: round(theta[TF]!) };
}

function fitRanker(pages: readonly TitlePage[]): TitleModel | null {
  const xs: number[] = [];
  const ys: number[] = [];
  const groups: number[] = [0];
  for (const p of pages) {
    if (!p.cands || !p.right.includes(1)) continue;
    p.right.forEach((v, k) => {
      ys.push(v);
      for (let f = 0; f < TF; f++) xs.push(p.cands!.x[k * TF + f]!);
    });
    groups.push(ys.length);
  }
  if (ys.length === 0) return null;
  const fitted = LISTWISE ? softmax(Float64Array.from(xs), Uint8Array.from(ys), groups) : logistic(Float64Array.from(xs), Uint8Array.from(ys), ys.length);
  return { features: [...TITLE_FEATURES], ...fitted };
}

/** `TITLE_POINTWISE=1` fits the pointwise logistic instead, for comparison (wcxb-dev CV 0.489 against 0.530 listwise, 16 features). */
const LISTWISE = !process.env.TITLE_POINTWISE;

/**
 * Listwise ranker: per page, a softmax over its candidates, the true title's log-probability
 * maximised (L2-regularised, full-batch Adam). The ranker only ever compares the candidates of
 * one page, so this is the loss it is judged by; the bias cancels and stays 0.
 */
function softmax(x: Float64Array, y: Uint8Array, groups: readonly number[], lambda = 1e-3, iters = 400): { mean: number[]; scale: number[]; weights: number[]; bias: number } {
  const m = y.length;
  const { mean, scale } = standardise(x, m);
  const z = new Float64Array(m);
  const theta = new Float64Array(TF);
  const m1 = new Float64Array(TF);
  const m2 = new Float64Array(TF);
  const g = new Float64Array(TF);
  const G = groups.length - 1;
  for (let t = 1; t <= iters; t++) {
    g.fill(0);
    for (let r = 0; r < m; r++) {
      let v = 0;
      for (let f = 0; f < TF; f++) v += theta[f]! * (x[r * TF + f]! - mean[f]!) * scale[f]!;
      z[r] = v;
    }
    for (let q = 0; q < G; q++) {
      const a = groups[q]!;
      const b = groups[q + 1]!;
      let mx = -Infinity;
      let pos = 0;
      for (let r = a; r < b; r++) (mx = Math.max(mx, z[r]!)), (pos += y[r]!);
      let sum = 0;
      for (let r = a; r < b; r++) sum += Math.exp(z[r]! - mx);
      for (let r = a; r < b; r++) {
        const e = Math.exp(z[r]! - mx) / sum - y[r]! / pos;
        for (let f = 0; f < TF; f++) g[f]! += (e * (x[r * TF + f]! - mean[f]!) * scale[f]!) / G;
      }
    }
    for (let f = 0; f < TF; f++) g[f]! += lambda * theta[f]!;
    for (let f = 0; f < TF; f++) {
      m1[f] = 0.9 * m1[f]! + 0.1 * g[f]!;
      m2[f] = 0.999 * m2[f]! + 0.001 * g[f]! ** 2;
      theta[f]! -= (0.05 * (m1[f]! / (1 - 0.9 ** t))) / (Math.sqrt(m2[f]! / (1 - 0.999 ** t)) + 1e-8);
    }
  }
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  return { mean: mean.map(round), scale: scale.map(round), weights: Array.from(theta, round), bias: 0 };
}

function pick(m: TitleModel, p: TitlePage): number {
  if (!p.cands || p.cands.texts.length === 0) return -1;
  let best = -1;
  let bestZ = -Infinity;
  for (let k = 0; k < p.cands.texts.length; k++) {
    const z = score(m, p.cands, k);
    if (z > bestZ) (bestZ = z), (best = k);
  }
  return best;
}

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { "dry-run": { type: "boolean" }, folds: { type: "string" } } });
  const k = Number(values.folds ?? 5);
  const dirs = positionals.length > 0 ? positionals : corpusDirs(DEFAULT_CORPORA);
  const pages: TitlePage[] = [];
  const lineTexts = new Map<TitlePage, string[]>();
  for (const dir of dirs) {
    const corpus = path.basename(dir);
    const all = readCorpus(dir);
    const folds = siteFolds(all.map((p) => p.url), k);
    all.forEach((page, j) => {
      if (!page.title) return;
      const { cands, title } = recordPage(page.text);
      const truth = squash(page.title);
      const right = cands ? cands.texts.map((t) => (squash(t) === truth ? 1 : 0)) : [];
      const p: TitlePage = { corpus, page, fold: folds[j]!, cands: cands ?? null, right, headTitle: title };
      pages.push(p);
      lineTexts.set(p, page.text.split("\n"));
    });
  }
  if (pages.length === 0) {
    console.log("no corpus page gives a true title");
    return 1;
  }
  const corpora = [...new Set(pages.map((p) => p.corpus))];
  const full = fitRanker(pages);
  if (!full) return 1;
  const cvRight = new Map<TitlePage, boolean>();
  for (let f = 0; f < k; f++) {
    const m = fitRanker(pages.filter((p) => p.fold !== f));
    for (const p of pages.filter((q) => q.fold === f)) {
      const b = m ? pick(m, p) : -1;
      cvRight.set(p, b >= 0 && p.right[b] === 1);
    }
  }
  const figures: Record<string, { pages: number; head: number; reachable: number; inSample: number; cv: number }> = {};
  for (const corpus of corpora) {
    const ps = pages.filter((p) => p.corpus === corpus);
    const head = ps.filter((p) => p.headTitle !== null && squash(p.headTitle) === squash(p.page.title!)).length;
    const reachable = ps.filter((p) => p.right.includes(1)).length;
    const ins = ps.filter((p) => {
      const b = pick(full, p);
      return b >= 0 && p.right[b] === 1;
    }).length;
    const cv = ps.filter((p) => cvRight.get(p)).length;
    const n = ps.length;
    figures[corpus] = { pages: n, head: head / n, reachable: reachable / n, inSample: ins / n, cv: cv / n };
    console.log(`${corpus}: ${n} pages with a title; head rules ${head}/${n} (${(head / n).toFixed(3)}); true title among candidates ${reachable}/${n}; ranker in-sample ${ins}/${n} (${(ins / n).toFixed(3)}), ${k}-fold site-grouped CV ${cv}/${n} (${(cv / n).toFixed(3)})`);
    const fam = new Map<string, number>();
    for (const p of ps) {
      if (cvRight.get(p)) continue;
      const name = missFamily(p, lineTexts.get(p)!);
      fam.set(name, (fam.get(name) ?? 0) + 1);
    }
    for (const [name, c] of [...fam].sort((a, b) => b[1] - a[1])) console.log(`  CV miss: ${name}: ${c}`);
  }
  // The three fields through the whole parser: in-sample (ranker fitted on every page) and
  // cross-validated (each fold parsed with the ranker fitted on the other folds).
  const fields: Record<string, unknown> = {};
  for (const corpus of corpora) {
    const ps = pages.filter((p) => p.corpus === corpus);
    const read = (m: TitleModel | null, p: TitlePage): MetadataPair => {
      const main = withTitleModel(m, () => {
        try {
          return parseArticles(p.page.text, { referenceTime: EVAL_REFERENCE_TIME }).find((a) => a.role === "main") ?? null;
        } catch {
          return null;
        }
      });
      return { truth: p.page, predicted: { title: main?.title ?? null, byline: main?.byline ?? null, publishedAt: main?.publishedAt ?? null } };
    };
    const ins = scoreMetadata(ps.map((p) => read(full, p)), EVAL_REFERENCE_TIME);
    const cvPairs: MetadataPair[] = [];
    for (let f = 0; f < k; f++) {
      const m = fitRanker(pages.filter((p) => p.fold !== f));
      for (const p of ps.filter((q) => q.fold === f)) cvPairs.push(read(m, p));
    }
    const cv = scoreMetadata(cvPairs, EVAL_REFERENCE_TIME);
    const r = (s: { right: number; of: number }) => (s.of > 0 ? Math.round((1000 * s.right) / s.of) / 1000 : null);
    const figures = (s: typeof ins) => ({ title: r(s.title), author: r(s.author), date: r(s.date), authorPrinted: r(s.authorPrinted), datePrinted: r(s.datePrinted) });
    fields[corpus] = { inSample: figures(ins), cv: figures(cv) };
    for (const key of ["title", "author", "date", "authorPrinted", "datePrinted"] as const) {
      console.log(`  parser ${key}: in-sample ${ins[key].right}/${ins[key].of} (${r(ins[key])}), CV ${cv[key].right}/${cv[key].of} (${r(cv[key])})`);
    }
  }
  if (!values["dry-run"]) {
    const out = fileURLToPath(new URL("../src/pipeline/title-weights.json", import.meta.url));
    const model = { ...full, meta: { folds: k, candidates: figures, parser: fields, script: "scripts/title-train.ts" } };
    writeFileSync(out, `${JSON.stringify(model, null, 2)}\n`);
    console.log(`wrote ${path.relative(process.cwd(), out)}`);
  }
  return 0;
}

if (invokedDirectly(import.meta.url)) process.exitCode = main(process.argv.slice(2));
