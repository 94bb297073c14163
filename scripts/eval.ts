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

import { readdirSync, readFileSync, realpathSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { parseArticles } from "../src/index.js";
import { runLayoutsEval } from "./eval-layouts.js";
import {
  EVAL_REFERENCE_TIME,
  evaluateCorpus,
  formatReport,
  predictMainBody,
  type CorpusPage,
  type EvalResult,
} from "../src/eval/report.js";

/** One entry of `truth.json`. */
interface TruthEntry {
  articleBody: string;
  url: string;
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
    return { id, url: entry.url, text: readFileSync(path.join(dir, `${id}.txt`), "utf8"), truth: entry.articleBody };
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

const USAGE = "usage: tsx scripts/eval.ts <corpus-dir> [--json out.json] [--worst N]";

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
  const dir = positionals[0];
  if (dir === undefined || positionals.length > 1) {
    console.error(USAGE);
    return 2;
  }
  const worst = values.worst === undefined ? 10 : Number(values.worst);
  if (!Number.isInteger(worst) || worst < 0) {
    console.error(`--worst must be a non-negative integer\n${USAGE}`);
    return 2;
  }

  let result: EvalResult;
  try {
    result = evaluateDirectory(dir);
  } catch (error) {
    console.error(`cannot evaluate ${dir}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }

  if (values.json !== undefined) {
    const pages = result.pages.map((p) => ({
      id: p.id,
      url: p.url,
      f1: p.f1,
      precision: p.precision,
      recall: p.recall,
      predictedLength: p.predictedLength,
      truthLength: p.truthLength,
      status: p.status,
      ...(p.error !== undefined ? { error: p.error } : {}),
    }));
    writeFileSync(
      values.json,
      `${JSON.stringify({ corpus: path.resolve(dir), referenceTime: EVAL_REFERENCE_TIME, summary: result.summary, pages }, null, 2)}\n`,
    );
  }
  // The report's last line is the fixed summary line, so keep anything else (the JSON note) above it.
  const report = formatReport(result, { title: `news-text-parser eval: ${path.resolve(dir)}`, worst });
  const lines = report.split("\n");
  const last = lines.pop();
  if (values.json !== undefined) lines.push(`per-page results written to ${values.json}`);
  console.log([...lines, last].join("\n"));
  return 0;
}

/** Run only when executed (`tsx scripts/eval.ts`), not when the quality test imports `evaluateDirectory`. */
function invokedDirectly(): boolean {
  const entry = process.argv[1];
  if (entry === undefined) return false;
  try {
    return realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}
if (invokedDirectly()) process.exitCode = main(process.argv.slice(2));
