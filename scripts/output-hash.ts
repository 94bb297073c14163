/**
 * Hashes the parser's whole output over every dev-corpus page and every fixture, so that a change
 * meant to be pure speed work can be checked byte for byte: record the hash before, run it again
 * after every change, and the two must be equal.
 *
 *   npm run hash                 # sources (via tsx)
 *   npm run hash -- --dist       # the built dist/ (run `npx tsup --silent` first)
 *   npm run hash -- --verbose    # one hash per page too, to find the page that changed
 *
 * Each corpus (../shared/corpus/scrapinghub-dev and wcxb-dev, skipped when absent) is parsed twice:
 * with one parser over all its pages (as a crawl or the bench does: the parser's cache of repeated
 * lines is warm) and with a new parser per page. Fixtures are parsed with their own options.json.
 * The JSON hashed is `parsePage`'s whole result (articles, page-level removed pieces, messages),
 * or the error code and message of a page that fails.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { invokedDirectly } from "./invoked.js";

type Lib = typeof import("../src/index.js");

const ROOT = resolve(fileURLToPath(import.meta.url), "../..");
const CORPORA = ["scrapinghub-dev", "wcxb-dev"].map((name) => ({ name, dir: resolve(ROOT, "../shared/corpus", name) }));
const FIXTURES = join(ROOT, "fixtures");
/** The bench's reference time: relative stamps resolve the same way on every run. */
const REFERENCE = "2025-08-14T18:00:00Z";

/** The JSON of one parse, or of its failure. */
function outputOf(parse: () => unknown): string {
  try {
    return JSON.stringify(parse());
  } catch (error) {
    const e = error as { code?: unknown; message?: unknown };
    return JSON.stringify({ error: e.code ?? "thrown", message: String(e.message) });
  }
}

/**
 * Hashes every page's output.
 *
 * @param lib - the library (sources or dist)
 * @param onPage - called with each page's name and the hash of its output
 * @returns the hash of all outputs, in a fixed order, and the number of parses hashed
 */
export function hashOutputs(lib: Lib, onPage?: (name: string, hash: string) => void): { hash: string; parses: number } {
  const all = createHash("sha256");
  let parses = 0;
  const add = (name: string, json: string) => {
    all.update(name).update("\0").update(json).update("\0");
    parses++;
    onPage?.(name, createHash("sha256").update(json).digest("hex").slice(0, 16));
  };
  for (const corpus of CORPORA) {
    if (!existsSync(corpus.dir)) {
      console.error(`(skipped: ${corpus.dir} is absent)`);
      continue;
    }
    const files = readdirSync(corpus.dir).filter((f) => f.endsWith(".txt")).sort();
    const texts = files.map((f) => readFileSync(join(corpus.dir, f), "utf8"));
    const shared = lib.createArticleParser({ referenceTime: REFERENCE });
    texts.forEach((text, i) => add(`${corpus.name}/${files[i]} shared`, outputOf(() => shared.parsePage(text))));
    texts.forEach((text, i) => add(`${corpus.name}/${files[i]} fresh`, outputOf(() => lib.parsePage(text, { referenceTime: REFERENCE }))));
  }
  for (const name of readdirSync(FIXTURES).sort()) {
    const input = join(FIXTURES, name, "input.txt");
    if (!existsSync(input)) continue;
    const optionsPath = join(FIXTURES, name, "options.json");
    const options = existsSync(optionsPath) ? (JSON.parse(readFileSync(optionsPath, "utf8")) as object) : {};
    const text = readFileSync(input, "utf8");
    add(`fixtures/${name}`, outputOf(() => lib.parsePage(text, options)));
  }
  return { hash: all.digest("hex"), parses };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dist: { type: "boolean" }, verbose: { type: "boolean" } } });
  const lib = (values.dist ? await import(pathToFileURL(join(ROOT, "dist/index.js")).href) : await import("../src/index.js")) as Lib;
  const { hash, parses } = hashOutputs(lib, values.verbose ? (name, h) => console.log(`${h}  ${name}`) : undefined);
  console.log(`${hash}  (${parses} parses${values.dist ? ", dist" : ""})`);
}

if (invokedDirectly(import.meta.url)) await main();
