/**
 * Load-time cost of how the library stores its data: how long importing the built package takes,
 * and what share of it goes to unpacking data written in a compact form (the stop-word lists are
 * space-separated strings split at load, so a minified browser bundle does not pay two quotes and
 * a comma per word). Figures are for notes, never assertions.
 *
 *   npx tsup --silent && node --import tsx bench/load.bench.ts [--runs 7]
 *
 * Each import is timed in a fresh Node process (a module loads once per process), for the Node
 * build (dist/index.js) and the browser build (dist/browser/index.js); the unpacking is the same
 * `split(" ")` of the same strings, timed cold (first call) and warm, in this process. The result
 * is printed as a ratio to the import, the figure that stays put when the machine is busy.
 */
import { execFileSync } from "node:child_process";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import * as lists from "../src/features/stopwords/index.js";

const ROOT = resolve(fileURLToPath(import.meta.url), "../..");
const { values } = parseArgs({ options: { runs: { type: "string" } } });
const runs = Number(values.runs ?? 7);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Milliseconds to import `file` once in a fresh process. */
function importMs(file: string): number {
  const url = pathToFileURL(join(ROOT, file)).href;
  const script = `const t = performance.now(); await import(${JSON.stringify(url)}); console.log(performance.now() - t);`;
  return Number(execFileSync(process.execPath, ["--input-type=module", "-e", script], { cwd: ROOT, encoding: "utf8" }).trim());
}

// The strings as the list modules hold them: each list joined back with the separator it is split on.
const packed = Object.entries(lists)
  .filter(([name]) => /_(?:STOPWORDS|SUFFIXES)$/u.test(name))
  .map(([, words]) => (words as readonly string[]).join(" "));
const words = packed.reduce((n, s) => n + s.split(" ").length, 0);

function splitAll(): number {
  let n = 0;
  for (const s of packed) n += s.split(" ").length;
  return n;
}

let t = performance.now();
splitAll();
const coldMs = performance.now() - t;
const reps = 2000;
t = performance.now();
let sink = 0;
for (let i = 0; i < reps; i++) sink += splitAll();
const warmMs = (performance.now() - t) / reps;
if (sink !== words * reps) throw new Error("split count mismatch");

// Interleaved (Node, browser, browser, Node, ...) so that a busy spell of the machine falls on both.
const nodeTimes: number[] = [];
const browserTimes: number[] = [];
for (let i = 0; i < runs; i++) {
  const order = i % 2 === 0 ? [nodeTimes, browserTimes] : [browserTimes, nodeTimes];
  for (const times of order) times.push(importMs(times === nodeTimes ? "dist/index.js" : "dist/browser/index.js"));
}
const node = median(nodeTimes);
const browser = median(browserTimes);
const f = (ms: number) => `${ms.toFixed(3)} ms`;
console.log(`import dist/index.js (Node build):            ${f(node)}  (median of ${runs} fresh processes)`);
console.log(`import dist/browser/index.js (browser build): ${f(browser)}  (${(browser / node).toFixed(2)}x the Node build)`);
console.log(`stop-word lists unpacked (${packed.length} lists, ${words} words): cold ${f(coldMs)} = ${((100 * coldMs) / node).toFixed(2)}% of the import, warm ${f(warmMs)} = ${((100 * warmMs) / node).toFixed(3)}%`);
