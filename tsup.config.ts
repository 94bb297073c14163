import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { defineConfig } from "tsup";

const LIBRARY_ENTRIES = { index: "src/index.ts", errors: "src/errors.ts", timestamps: "src/timestamps.ts", re2: "src/re2.ts" };

/** Library sources (all of src/ but the CLI and the evaluation code), by output name; `x.browser.ts` replaces `x.ts`. */
const LIBRARY_FILES = readdirSync("src", { recursive: true, encoding: "utf8" }).filter(
  (f) => !/^(?:cli|eval)[/\\]/u.test(f) && f.endsWith(".ts") && !f.endsWith(".d.ts"),
);
const BROWSER_FILES = Object.fromEntries(
  LIBRARY_FILES.filter((f) => !LIBRARY_FILES.includes(f.replace(/\.ts$/u, ".browser.ts"))).map((f) => [f.replace(/(?:\.browser)?\.ts$/u, ""), `src/${f}`]),
);

/**
 * An unbundled build keeps the sources' JSON imports (`import weights from "./x.json" with { type:
 * "json" }`), which not every bundler reads without a plugin: each imported JSON file is written
 * next to its importer as a module (`x.json.js`, `export default {...}`) and the import pointed at it.
 */
function jsonModules(outDir: string): void {
  for (const f of readdirSync(outDir, { recursive: true, encoding: "utf8" })) {
    if (!f.endsWith(".js")) continue;
    const path = join(outDir, f);
    const code = readFileSync(path, "utf8");
    const rewritten = code.replace(/from "(\.\/[\w-]+\.json)"(?: with \{ type: "json" \})?;/gu, (_, spec: string) => {
      const source = join("src", f, "..", spec);
      writeFileSync(join(outDir, f, "..", `${spec}.js`), `export default ${JSON.stringify(JSON.parse(readFileSync(source, "utf8")))};\n`);
      return `from "${spec}.js";`;
    });
    if (rewritten !== code) writeFileSync(path, rewritten);
  }
}

// Two builds: the library (dual ESM + CJS with a .d.ts for each, no node: imports) and the CLI
// (ESM only: the shebang entry and the worker-thread entry of --concurrency, which may use node:
// modules). No source maps: the output is not minified, so stack traces already read well, and
// maps would triple the package while pointing at sources that are not published.
export default defineConfig([
  {
    // `errors` and `timestamps` are subpath exports for users who need only the error guard or the
    // timestamp reader: their bundles hold no parser and no zod. The ESM build shares code between
    // the entries through chunks (dist/chunk-*.js), so the root entry holds no second copy.
    // re2: the linear-time engine for users' patterns, its own entry so the core never loads re2js.
    entry: LIBRARY_ENTRIES,
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: false,
    clean: true,
    target: "es2022",
    platform: "neutral",
    splitting: true,
    treeshake: true,
  },
  {
    // The browser build (package.json's `browser` condition, which app bundlers set for the web).
    // Same code and entries, ESM only, two differences:
    // - validation keeps zod's interpreted parser instead of compiling the output schema
    //   (compile-schema.browser.ts is emitted as compile-schema.js): zod's compiler is about 35 KB
    //   of a minified browser bundle and pays off only over many pages, as in Node crawls;
    // - one output file per source file (not bundled), so that `sideEffects: false` lets the app's
    //   bundler drop every module a consumer does not reach: `isArticleParseError` from the root
    //   entry costs under 1 KB instead of 113 KB, because a flat bundle keeps every top-level statement.
    // Types are the Node build's (same API).
    entry: BROWSER_FILES,
    outDir: "dist/browser",
    format: ["esm"],
    dts: false,
    sourcemap: false,
    clean: false,
    target: "es2022",
    platform: "browser",
    bundle: false,
    onSuccess: async () => jsonModules("dist/browser"),
  },
  {
    // bin and worker share the parser through a chunk (dist/cli/chunk-*.js) instead of two copies.
    entry: { bin: "src/cli/bin.ts", worker: "src/cli/worker.ts" },
    outDir: "dist/cli",
    format: ["esm"],
    dts: false,
    sourcemap: false,
    clean: false,
    splitting: true,
    target: "node20",
    platform: "node",
  },
]);
