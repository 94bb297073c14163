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
 *
 * In one process the build loaded second can read 12 to 37% slower than the first whichever it
 * is (V8's shared builtins and caches warmed by the first). `--processes` runs every sample in a
 * fresh child process instead (the same interleaving, each child warmed up alone), which removes
 * that bias at the cost of a warm-up per sample; use it, or run both orders, for whole-corpus
 * claims.
 *
 * `--lines UNIT[,UNIT...]` measures line-heavy input instead of the corpora: each unit (`\n`,
 * `\r` and `\t` read as escapes; `a\n`, `1\n`, `a\n\n`, `a b c\n` ...) repeated to the default
 * size limit, 5,000,000 characters, is one page, parsed after a collection when `--expose-gc` is
 * given (as `bench:adversarial` times them), with one warm-up pass instead of three:
 *
 *   node --expose-gc --import tsx bench/ab.ts .ab/a.mjs .ab/b.mjs --processes --rounds 6 --lines 'a\n,1\n'
 *
 * Each unit is then timed alone (a sample per unit and build), so the report has a line per unit.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

type Lib = typeof import("../src/index.js");

const ROOT = resolve(fileURLToPath(import.meta.url), "../..");
const REFERENCE = "2025-08-14T18:00:00Z";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { rounds: { type: "string" }, corpus: { type: "string" }, processes: { type: "boolean" }, child: { type: "string" }, lines: { type: "string" } },
});
const rounds = Number(values.rounds ?? 10);
const corpora = (values.corpus ?? "scrapinghub-dev,wcxb-dev").split(",");
const pages: string[] = [];
/** Line-heavy units (`--lines`), each repeated to 5,000,000 characters; empty for the corpora. */
const units = values.lines === undefined ? [] : values.lines.split(",");
const LIMIT = 5_000_000;
const unescape = (u: string) => u.replace(/\\([nrt])/g, (_, c: string) => ({ n: "\n", r: "\r", t: "\t" })[c]!);
for (const u of units) {
  const unit = unescape(u);
  pages.push(unit.repeat(Math.ceil(LIMIT / unit.length)).slice(0, LIMIT));
}
// A child of --processes with --lines parses only the unit it is given.
if (units.length > 0 && values.child !== undefined) pages.splice(0, pages.length, pages[Number(values.child)]!);
const gc = (globalThis as { gc?: () => void }).gc;
for (const name of units.length > 0 ? [] : corpora) {
  const dir = resolve(ROOT, "../shared/corpus", name);
  if (!existsSync(dir)) continue;
  for (const f of readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()) pages.push(readFileSync(join(dir, f), "utf8"));
}
if (pages.length === 0 || positionals.length === 0) {
  console.error("usage: node --import tsx bench/ab.ts BUILD.mjs [BUILD.mjs ...] (needs ../shared/corpus)");
  process.exit(2);
}
const load = async (p: string) => (await import(pathToFileURL(resolve(p)).href)) as Lib;
const libs = values.child === undefined && values.processes ? [] : await Promise.all(positionals.map(load));

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
const hashOf = (lib: Lib) => createHash("sha256").update(pass(lib).join("\0")).digest("hex").slice(0, 16);
const cpuMs = (since: NodeJS.CpuUsage) => {
  const spent = process.cpuUsage(since);
  return (spent.user + spent.system) / 1000;
};
const timedPass = (lib: Lib) => {
  const parser = lib.createArticleParser({ referenceTime: REFERENCE });
  for (const p of pages) parser.safeParse(p);
};
/** One page of `--lines`: a new parser, after a collection when one can be asked for; CPU ms. */
const timedPage = (lib: Lib, page: string) => {
  gc?.();
  const start = process.cpuUsage();
  lib.createArticleParser({ referenceTime: REFERENCE }).safeParse(page);
  return cpuMs(start);
};

if (values.child !== undefined) {
  // One sample in a fresh process: warm up, then time `--child` passes; print hash and ms/pass.
  const lib = libs[0]!;
  const hash = hashOf(lib);
  if (units.length > 0) {
    // The units of --lines are timed one by one; `--child` is then the unit's number.
    console.log(JSON.stringify({ hash, ms: timedPage(lib, pages[0]!) }));
    process.exit(0);
  }
  for (let i = 0; i < 3; i++) pass(lib);
  const n = Number(values.child);
  const start = process.cpuUsage();
  for (let g = 0; g < n; g++) timedPass(lib);
  console.log(JSON.stringify({ hash, ms: cpuMs(start) / n }));
  process.exit(0);
}
/** One sample in a fresh process: this file again with `--child` and the given arguments. */
function childSample(build: string, args: string[]): { hash: string; ms: number } {
  const out = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), build, "--child", ...args], { encoding: "utf8", maxBuffer: 1 << 20 });
  if (out.status !== 0) throw new Error(`child for ${build} failed: ${out.stderr}`);
  return JSON.parse(out.stdout.trim().split("\n").pop()!) as { hash: string; ms: number };
}

/**
 * Takes `rounds` samples of every build, in an order that alternates from round to round (first to
 * last, then last to first), so a drift in the machine's speed touches every build alike.
 * Returns each build's times and the hash its samples reported.
 */
function alternate(count: number, sample: (i: number, round: number) => { hash: string; ms: number }): { times: number[][]; hashes: string[] } {
  const times: number[][] = Array.from({ length: count }, () => []);
  const hashes: string[] = Array.from({ length: count }, () => "");
  for (let r = 0; r < rounds; r++) {
    const order = times.map((_, i) => i);
    if (r % 2 === 1) order.reverse();
    for (const i of order) {
      const { hash, ms } = sample(i, r);
      if (hash !== "") hashes[i] = hash;
      times[i]!.push(ms);
    }
  }
  return { times, hashes };
}

if (units.length > 0) {
  // Line-heavy pages: one report per unit, each sample one parse of it (in a fresh process with
  // --processes, after the hash pass that warms it up; else in this one, the builds alternated).
  for (const [u, unit] of units.entries()) {
    const { times, hashes } = alternate(positionals.length, (i, r) => {
      if (values.processes) return childSample(positionals[i]!, [String(u), "--lines", values.lines!]);
      const hash = r === 0 ? createHash("sha256").update(JSON.stringify(libs[i]!.createArticleParser({ referenceTime: REFERENCE }).parsePage(pages[u]!))).digest("hex").slice(0, 16) : "";
      return { hash, ms: timedPage(libs[i]!, pages[u]!) };
    });
    console.log(`${unit}: outputs ${new Set(hashes).size === 1 ? "identical" : "DIFFER"}`);
    report(times, `${rounds} parses of 5,000,000 characters of ${JSON.stringify(unescape(unit))} per build${values.processes ? ", each in a fresh process" : ""}`, 1);
  }
  process.exit(0);
}
if (values.processes) {
  const { times, hashes } = alternate(positionals.length, (i) => childSample(positionals[i]!, ["1", "--corpus", corpora.join(",")]));
  console.log(`outputs: ${hashes.map((h, i) => `${positionals[i]} ${h}`).join(", ")}${new Set(hashes).size === 1 ? " (identical)" : " (DIFFER)"}`);
  report(times, `${rounds} samples of 1 pass per build, each in a fresh process`);
  process.exit(0);
}

const hashes = libs.map(hashOf);
console.log(`outputs: ${hashes.map((h, i) => `${positionals[i]} ${h}`).join(", ")}${new Set(hashes).size === 1 ? " (identical)" : " (DIFFER)"}`);
// Warm-up: V8 compiles in tiers over the first passes.
for (let i = 0; i < 3; i++) for (const lib of libs) pass(lib);
// The kernel may account CPU time by scheduler ticks (4 ms or so): a sample is a group of passes
// of at least 250 ms of CPU, so that the tick's error is small.
let group = 0;
for (const start = process.cpuUsage(); cpuMs(start) < 250; group++) timedPass(libs[0]!);
const { times } = alternate(libs.length, (i) => {
  const start = process.cpuUsage();
  for (let g = 0; g < group; g++) timedPass(libs[i]!);
  return { hash: "", ms: cpuMs(start) / group };
});
report(times, `${rounds} samples of ${group} passes per build`);

/** Prints each build's median ms per pass and its ratio to the first build's (and MB/s of CPU time for `--lines`). */
function report(times: number[][], heading: string, count = pages.length): void {
  console.log(heading);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const base = median(times[0]!);
  for (const [i, ts] of times.entries()) {
    const m = median(ts);
    const speed = units.length > 0 ? `, ${(LIMIT / 1000 / m).toFixed(2)} MB/s of CPU time` : "";
    console.log(`${positionals[i]}: median ${m.toFixed(1)} ms/pass (min ${Math.min(...ts).toFixed(1)}), ${(m / base).toFixed(3)}x the first, ${count} pages${speed}`);
  }
}
