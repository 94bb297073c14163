/**
 * Same-process A/B timing of two or more builds of the parser over the dev corpora: the way to
 * measure one optimisation on a shared, noisy machine, where two separate `npm run bench` runs
 * minutes apart differ by more than the change.
 *
 *   npx esbuild src/index.ts --bundle --format=esm --platform=node --outfile=.ab/a.mjs   # before
 *   # ... change the code ...
 *   npx esbuild src/index.ts --bundle --format=esm --platform=node --outfile=.ab/b.mjs   # after
 *   node --import tsx bench/ab.ts .ab/a.mjs .ab/b.mjs [--rounds 10]
 *
 * Every build parses all pages of ../shared/corpus/scrapinghub-dev and wcxb-dev (a new parser per
 * pass, as the bench does); the builds' outputs are first checked to be identical. The passes of
 * the builds are interleaved (A B B A ...) so that a slow spell of the machine falls on both;
 * the median ms per pass of each build and the ratio to the first are printed.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

type Lib = typeof import("../src/index.js");

const ROOT = resolve(fileURLToPath(import.meta.url), "../..");
const REFERENCE = "2025-08-14T18:00:00Z";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { rounds: { type: "string" }, corpus: { type: "string" } } });
const rounds = Number(values.rounds ?? 10);
const corpora = (values.corpus ?? "scrapinghub-dev,wcxb-dev").split(",");
const pages: string[] = [];
for (const name of corpora) {
  const dir = resolve(ROOT, "../shared/corpus", name);
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) pages.push(readFileSync(join(dir, f), "utf8"));
}
if (pages.length === 0 || positionals.length === 0) {
  console.error("usage: node --import tsx bench/ab.ts BUILD.mjs [BUILD.mjs ...] (needs ../shared/corpus)");
  process.exit(2);
}
const libs = await Promise.all(positionals.map(async (p) => (await import(pathToFileURL(resolve(p)).href)) as Lib));

const pass = (lib: Lib): string[] => {
  const parser = lib.createArticleParser({ referenceTime: REFERENCE });
  return pages.map((p) => {
    try {
      return JSON.stringify(parser.parsePage(p));
    } catch (error) {
      return `error ${(error as { code?: string }).code}`;
    }
  });
};
const hashes = libs.map((lib) => createHash("sha256").update(pass(lib).join("\0")).digest("hex").slice(0, 16));
console.log(`outputs: ${hashes.map((h, i) => `${positionals[i]} ${h}`).join(", ")}${new Set(hashes).size === 1 ? " (identical)" : " (DIFFER)"}`);
// Warm-up: V8 compiles in tiers over the first passes.
for (let i = 0; i < 3; i++) for (const lib of libs) pass(lib);
const cpuMs = (since: NodeJS.CpuUsage) => {
  const spent = process.cpuUsage(since);
  return (spent.user + spent.system) / 1000;
};
const timedPass = (lib: Lib) => {
  const parser = lib.createArticleParser({ referenceTime: REFERENCE });
  for (const p of pages) parser.safeParse(p);
};
// The kernel may account CPU time by scheduler ticks (4 ms or so): a sample is a group of passes
// of at least 250 ms of CPU, so that the tick's error is small.
let group = 0;
for (const start = process.cpuUsage(); cpuMs(start) < 250; group++) timedPass(libs[0]!);
const times: number[][] = libs.map(() => []);
for (let r = 0; r < rounds; r++) {
  const order = libs.map((_, i) => i);
  if (r % 2 === 1) order.reverse();
  for (const i of order) {
    const start = process.cpuUsage();
    for (let g = 0; g < group; g++) timedPass(libs[i]!);
    times[i]!.push(cpuMs(start) / group);
  }
}
console.log(`${rounds} samples of ${group} passes per build`);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const base = median(times[0]!);
for (const [i, ts] of times.entries()) {
  const m = median(ts);
  console.log(`${positionals[i]}: median ${m.toFixed(1)} ms/pass (min ${Math.min(...ts).toFixed(1)}), ${(m / base).toFixed(3)}x the first, ${pages.length} pages`);
}
