/**
 * Rule-list compile time: how long `createArticleParser` takes for huge user rule lists, and how
 * it grows when the list is four times longer (linear is a ratio near 4).
 *
 *   npm run bench:rules            (builds, then runs this file against dist/)
 *   BENCH_QUICK=1 npm run bench:rules
 *
 * Lists: line phrases (one rule holding them all, and one rule per phrase), inline phrases (the
 * same two shapes) and `anyOf` words of one gated pattern. Words are generated (no real text).
 * Each size is compiled a few times in this process and the fastest is kept. BENCH_DIST=<dir>
 * measures another build (an older checkout's dist/, for a before/after). Figures are for notes
 * and the README, never assertions: rule.test.ts counts the work instead.
 *
 * Target (issue 12): at most 1 s for 100,000 phrases, and time linear in the list's length.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ROOT = resolve(fileURLToPath(import.meta.url), "../..");
const QUICK = process.env.BENCH_QUICK === "1";

type Lib = typeof import("../src/index.js");
type Rule = import("../src/index.js").Rule;

/** A made-up word for index `i`: syllables, so phrases look like text and share prefixes. */
function word(i: number): string {
  const syllables = ["ka", "lo", "mir", "ten", "sa", "vu", "dor", "pe", "ri", "gon", "ul", "fe"];
  let out = "";
  let n = i + 1;
  while (n > 0) {
    out += syllables[n % syllables.length];
    n = Math.floor(n / syllables.length);
  }
  return out;
}

/** `n` distinct three-word phrases. */
function phrases(n: number): string[] {
  return Array.from({ length: n }, (_, i) => `${word(i)} ${word(i + 7)} ${word(i * 3 + 1)}`);
}

const SHAPES: Record<string, (n: number) => Rule[]> = {
  "line phrases, one rule": (n) => [{ id: "bench/line", kind: "promo", phrases: phrases(n) }],
  "line phrases, one rule each": (n) => phrases(n).map((p, i) => ({ id: `bench/line-${i}`, kind: "promo", phrases: [p] })),
  "inline phrases, one rule": (n) => [{ id: "bench/inline", kind: "promo", phrases: phrases(n), where: { scope: "inline" } }],
  "inline phrases, one rule each": (n) => phrases(n).map((p, i) => ({ id: `bench/inline-${i}`, kind: "promo", phrases: [p], where: { scope: "inline" } })),
  "anyOf words": (n) => [{ id: "bench/gated", kind: "promo", pattern: "^gated promo line", where: { anyOf: Array.from({ length: n }, (_, i) => word(i)) } }],
};

/** The built library and its RE2 engine (the engine runs the `anyOf` shape's pattern). */
async function loadDist(): Promise<{ lib: Lib; engine: import("../src/index.js").PatternEngine | undefined }> {
  const dist = process.env.BENCH_DIST ?? join(ROOT, "dist");
  const entry = join(dist, "index.js");
  if (!existsSync(entry)) throw new Error("dist/index.js is missing: run `npm run build` first (npm run bench:rules does)");
  const lib = (await import(pathToFileURL(entry).href)) as Lib;
  const re2 = join(dist, "re2.js");
  const engine = existsSync(re2) ? ((await import(pathToFileURL(re2).href)) as typeof import("../src/re2.js")).re2Engine : undefined;
  return { lib, engine };
}

/** The fastest of `runs` compiles of `rules`, in ms. */
function compileMs({ lib, engine }: Awaited<ReturnType<typeof loadDist>>, rules: Rule[], runs: number): number {
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    const parser = lib.createArticleParser({ rules: (defaults) => [...defaults, ...rules], ...(engine ? { patternEngine: engine } : {}) });
    // One short page, so lazily built tables and regexes (V8 compiles a regex on first use) are
    // counted too: its last line reaches the gated pattern, and is long enough for inline rules.
    parser.parsePage("Ferry vote\nThe town voted to keep the ferry for another ten years, officials said, and the council agreed.\ngated promo line of the week");
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

async function main(): Promise<void> {
  const lib = await loadDist();
  const sizes = process.argv.includes("--sizes") ? process.argv[process.argv.indexOf("--sizes") + 1]!.split(",").map(Number) : QUICK ? [5_000, 20_000] : [25_000, 100_000];
  const runs = QUICK ? 1 : 3;
  const only = process.argv.includes("--shape") ? process.argv[process.argv.indexOf("--shape") + 1]! : null;
  compileMs(lib, [], 3); // warm-up
  console.log(`| list | ${sizes.map((n) => `${n.toLocaleString("en")} (ms)`).join(" | ")} | growth |`);
  console.log(`|---|${sizes.map(() => "---:|").join("")}---:|`);
  for (const [shape, make] of Object.entries(SHAPES)) {
    if (only !== null && !shape.startsWith(only)) continue;
    const times = sizes.map((n) => compileMs(lib, make(n), runs));
    const growth = times.length > 1 ? times.at(-1)! / times.at(-2)! : NaN;
    console.log(`| ${shape} | ${times.map((t) => t.toFixed(0)).join(" | ")} | ${growth.toFixed(2)}x |`);
  }
}

await main();
