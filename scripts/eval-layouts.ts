/**
 * Score multi-article layouts on the annotated real pages (test/layouts/annotations.json).
 *
 *     npm run eval -- --layouts [--corpus ../shared/corpus] [--worst N] [--json out.json]
 *     npx tsx scripts/eval-layouts.ts [same options]
 *
 * Reports found %, accuracy per field (role, source, stamp, body start), leaked boilerplate, the
 * worst pages and sites, and the totals of a 5-fold site-grouped split; the last line is the pooled
 * summary (`layouts: found …`). File reading lives here; scoring is pure, in src/eval/layouts.ts.
 */

import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { invokedDirectly } from "./invoked.js";
import { parseArgs } from "node:util";
import { parseArticles } from "../src/index.js";
import { EVAL_REFERENCE_TIME } from "../src/eval/report.js";
import { formatLayoutReport, scoreLayoutPage, totalLayoutScores, type AnnotatedPage, type PageLayoutScore } from "../src/eval/layouts.js";

const here = path.dirname(fileURLToPath(import.meta.url));

/** Where the annotations live, and the default corpus root the page keys are relative to. */
export const ANNOTATIONS_PATH = path.resolve(here, "../test/layouts/annotations.json");
export const DEFAULT_CORPUS_ROOT = path.resolve(here, "../../shared/corpus");

/**
 * Read the annotations file.
 *
 * @param file - The JSON file (default: test/layouts/annotations.json).
 * @returns The pages by key (`<corpus>/<file>`).
 * @throws Error when the file is missing or has no `pages` object.
 * @example
 * ```ts
 * Object.keys(readLayoutAnnotations()).length; // 115
 * ```
 */
export function readLayoutAnnotations(file = ANNOTATIONS_PATH): Record<string, AnnotatedPage> {
  const doc = JSON.parse(readFileSync(file, "utf8")) as { pages?: Record<string, AnnotatedPage> };
  if (typeof doc.pages !== "object" || doc.pages === null) throw new Error(`${file}: expected {pages: {...}}`);
  return doc.pages;
}

/**
 * Parse every annotated page found under the corpus root and score it.
 *
 * @param root - The corpus root (holds `scrapinghub-dev/`, `wcxb-dev/`).
 * @param pages - The annotations (default: the committed file).
 * @returns Page scores, sorted by key; pages whose text is missing are left out.
 * @throws Error when the annotations cannot be read.
 * @example
 * ```ts
 * totalLayoutScores(evaluateLayouts("../shared/corpus")).found;
 * ```
 */
export function evaluateLayouts(root = DEFAULT_CORPUS_ROOT, pages = readLayoutAnnotations()): PageLayoutScore[] {
  const out: PageLayoutScore[] = [];
  for (const id of Object.keys(pages).sort()) {
    const file = path.join(root, id);
    if (!existsSync(file)) continue;
    const text = readFileSync(file, "utf8");
    let output: ReturnType<typeof parseArticles> | { error: string };
    try {
      output = parseArticles(text, { referenceTime: EVAL_REFERENCE_TIME });
    } catch (error) {
      output = { error: error instanceof Error ? error.message : String(error) };
    }
    out.push(scoreLayoutPage(id, pages[id]!, output));
  }
  return out;
}

const USAGE = "usage: npm run eval -- --layouts [--corpus <root>] [--worst N] [--json out.json]";

/**
 * The command: print the layout report, exit code 0 (2 on bad arguments, 1 when nothing could be read).
 *
 * @param argv - Arguments after the script name (`--layouts` may be among them).
 * @returns The exit code.
 * @example
 * ```ts
 * runLayoutsEval(["--worst", "5"]);
 * ```
 */
export function runLayoutsEval(argv: string[]): number {
  let values: { corpus?: string | undefined; worst?: string | undefined; json?: string | undefined; help?: boolean | undefined };
  try {
    values = parseArgs({
      args: argv.filter((a) => a !== "--layouts"),
      options: { corpus: { type: "string" }, worst: { type: "string" }, json: { type: "string" }, help: { type: "boolean", short: "h" } },
    }).values;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const worst = values.worst === undefined ? 10 : Number(values.worst);
  if (!Number.isInteger(worst) || worst < 0) {
    console.error(`--worst must be a non-negative integer\n${USAGE}`);
    return 2;
  }
  const root = path.resolve(values.corpus ?? DEFAULT_CORPUS_ROOT);
  let pages: PageLayoutScore[];
  try {
    pages = evaluateLayouts(root);
  } catch (error) {
    console.error(`cannot evaluate layouts: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
  if (pages.length === 0) {
    console.error(`no annotated page found under ${root}`);
    return 1;
  }
  if (values.json !== undefined) {
    writeFileSync(values.json, `${JSON.stringify({ root, referenceTime: EVAL_REFERENCE_TIME, totals: totalLayoutScores(pages), pages }, null, 2)}\n`);
  }
  console.log(`news-text-parser layouts eval: ${root}\n${formatLayoutReport(pages, { worst })}`);
  return 0;
}

if (invokedDirectly(import.meta.url)) process.exitCode = runLayoutsEval(process.argv.slice(2));
