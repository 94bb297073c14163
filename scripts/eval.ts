/**
 * Evaluate main-story extraction on a corpus directory.
 *
 *     npx tsx scripts/eval.ts <corpus-dir> [--json out.json] [--worst N]
 *     npm run eval -- ../shared/corpus/scrapinghub-dev
 *
 * The directory holds `<id>.txt` (scraped page text) and `truth.json` (`{id: {articleBody, url}}`).
 * Every page is parsed with a fixed reference time; the body of the `role: "main"` article is
 * scored against the truth with the benchmark's shingle metric (src/eval/metric.ts). The last line
 * printed is always `F1 0.xxx precision 0.xxx recall 0.xxx (N pages)`.
 *
 * File reading lives here (it needs node:fs); scoring and formatting are pure, in src/eval/, so the
 * quality test reuses them. `readCorpus` is exported for the same reason.
 */

import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { invokedDirectly } from "./invoked.js";
import { parseArgs } from "node:util";
import { parseArticles } from "../src/index.js";
import { runLayoutsEval } from "./eval-layouts.js";
import type { AggregateScore } from "../src/eval/metric.js";
import { SHIPPED_MODEL } from "../src/pipeline/story-model.js";
import { SHIPPED_TITLE_MODEL } from "../src/pipeline/title-model.js";
import { recordedMetadataLine } from "../src/eval/metadata.js";
import {
  EVAL_REFERENCE_TIME,
  evaluateCorpus,
  failureClass,
  fmt,
  formatReport,
  summaryLine,
  predictMainBody,
  type CorpusPage,
  type EvalResult,
} from "../src/eval/report.js";

/** One entry of `truth.json`. */
interface TruthEntry {
  articleBody: string;
  url: string;
  title?: string | null;
  author?: string | null;
  publishDate?: string | null;
}

/**
 * Read a corpus directory: every `<id>.txt` with its entry in `truth.json`, sorted by id.
 *
 * @param dir - The corpus directory.
 * @returns The pages, sorted by id.
 * @throws Error when `truth.json` is missing or malformed, or a page has no truth entry (or the reverse).
 * @example
 * ```ts
 * const pages = readCorpus("../shared/corpus/scrapinghub-dev");
 * pages.length; // 60
 * ```
 */
export function readCorpus(dir: string): CorpusPage[] {
  const truth = JSON.parse(readFileSync(path.join(dir, "truth.json"), "utf8")) as unknown;
  if (typeof truth !== "object" || truth === null || Array.isArray(truth)) {
    throw new Error(`${dir}/truth.json: expected an object {id: {articleBody, url}}`);
  }
  const entries = truth as Record<string, unknown>;
  const ids = readdirSync(dir)
    .filter((name) => name.endsWith(".txt"))
    .map((name) => name.slice(0, -".txt".length))
    .sort();
  const missingText = Object.keys(entries).filter((id) => !ids.includes(id));
  if (missingText.length > 0) {
    throw new Error(`${dir}: truth.json names pages with no .txt file: ${missingText.join(", ")}`);
  }
  return ids.map((id) => {
    const entry = entries[id];
    if (!isTruthEntry(entry)) {
      throw new Error(`${dir}/truth.json: no valid {articleBody, url} entry for ${id}`);
    }
    const page: CorpusPage = { id, url: entry.url, text: readFileSync(path.join(dir, `${id}.txt`), "utf8"), truth: entry.articleBody };
    // Metadata truth only where the corpus has the field at all (scrapinghub-dev has none).
    if ("title" in entry) page.title = entry.title ?? null;
    if ("author" in entry) page.author = entry.author ?? null;
    if ("publishDate" in entry) page.publishDate = entry.publishDate ?? null;
    return page;
  });
}

function isTruthEntry(x: unknown): x is TruthEntry {
  if (typeof x !== "object" || x === null) return false;
  const o = x as Record<string, unknown>;
  return typeof o["articleBody"] === "string" && typeof o["url"] === "string";
}

/**
 * Evaluate the library's parser on the pages of a corpus directory.
 *
 * @param dir - The corpus directory.
 * @returns Per-page results and the corpus summary.
 * @throws Error when the directory cannot be read (see {@link readCorpus}); parser errors are counted, not thrown.
 * @example
 * ```ts
 * evaluateDirectory("../shared/corpus/scrapinghub-dev").summary.f1;
 * ```
 */
export function evaluateDirectory(dir: string): EvalResult {
  const predict = predictMainBody((text) => parseArticles(text, { referenceTime: EVAL_REFERENCE_TIME }));
  return evaluateCorpus(readCorpus(dir), predict);
}

const USAGE = "usage: tsx scripts/eval.ts [corpus-dir ...] [--json out.json] [--worst N]  (no dir: every corpus under ../shared/corpus)";

/** Where the shared corpora live, next to the project checkout. */
export const DEFAULT_CORPORA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../shared/corpus");

/**
 * The corpus directories (those holding a `truth.json`) under a root, sorted by name.
 *
 * @param root - A directory of corpora.
 * @returns Their paths; none when the root is absent.
 * @example
 * ```ts
 * corpusDirs("../shared/corpus"); // [".../scrapinghub-dev", ".../wcxb-dev"]
 * ```
 */
export function corpusDirs(root: string): string[] {
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .sort()
    .map((name) => path.join(root, name))
    .filter((dir) => existsSync(path.join(dir, "truth.json")));
}

const CLI_OPTIONS = {
  json: { type: "string" },
  worst: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

function main(argv: string[]): number {
  // `--layouts` scores multi-article layouts on the annotated real pages (scripts/eval-layouts.ts).
  if (argv.includes("--layouts")) return runLayoutsEval(argv);
  let parsed: {
    values: { json?: string | undefined; worst?: string | undefined; help?: boolean | undefined };
    positionals: string[];
  };
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: CLI_OPTIONS });
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const worst = values.worst === undefined ? 10 : Number(values.worst);
  if (!Number.isInteger(worst) || worst < 0) {
    console.error(`--worst must be a non-negative integer\n${USAGE}`);
    return 2;
  }
  const dirs = positionals.length > 0 ? positionals : corpusDirs(DEFAULT_CORPORA);
  if (dirs.length === 0) {
    console.error(`no corpus found under ${DEFAULT_CORPORA}\n${USAGE}`);
    return 1;
  }
  const out: Record<string, unknown> = {};
  const summaries: string[] = [];
  for (const dir of dirs) {
    let result: EvalResult;
    try {
      result = evaluateDirectory(dir);
    } catch (error) {
      console.error(`cannot evaluate ${dir}: ${error instanceof Error ? error.message : String(error)}`);
      return 1;
    }
    out[path.basename(dir)] = {
      corpus: path.resolve(dir),
      referenceTime: EVAL_REFERENCE_TIME,
      summary: result.summary,
      metadata: result.metadata,
      pages: result.pages.map((p) => ({
        id: p.id,
        url: p.url,
        f1: p.f1,
        precision: p.precision,
        recall: p.recall,
        predictedLength: p.predictedLength,
        truthLength: p.truthLength,
        status: p.status,
        class: failureClass(p),
        ...(p.error !== undefined ? { error: p.error } : {}),
      })),
    };
    const report = formatReport(result, { title: `news-text-parser eval: ${path.resolve(dir)}`, worst }).split("\n");
    summaries.push(`${path.basename(dir)}: ${report.pop()!}`);
    console.log(report.join("\n"));
    console.log(`in-sample: ${summaryLine(result.summary)}`);
    const cv = (SHIPPED_MODEL.meta["scores"] as Record<string, { cv: AggregateScore }> | undefined)?.[path.basename(dir)]?.cv;
    if (cv) {
      console.log(`cross-validated (5 site-grouped folds, recorded by npm run train for the shipped weights): F1 ${fmt(cv.f1)} precision ${fmt(cv.precision)} recall ${fmt(cv.recall)}`);
    }
    const metaCv = recordedMetadataLine((SHIPPED_TITLE_MODEL as { meta?: unknown } | null)?.meta, path.basename(dir));
    if (metaCv) console.log(metaCv);
    console.log("");
  }
  if (values.json !== undefined) {
    writeFileSync(values.json, `${JSON.stringify(dirs.length === 1 ? Object.values(out)[0] : out, null, 2)}\n`);
    console.log(`per-page results written to ${values.json}`);
  }
  // The last line stays the fixed summary line (of the last corpus), which tools grep for.
  if (summaries.length > 1) console.log(summaries.slice(0, -1).join("\n"));
  console.log(summaries.at(-1)!.replace(/^[^:]+: /u, ""));
  return 0;
}

if (invokedDirectly(import.meta.url)) process.exitCode = main(process.argv.slice(2));
