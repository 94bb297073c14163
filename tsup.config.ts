import { defineConfig } from "tsup";

// Two builds: the library (dual ESM + CJS with a .d.ts for each, no node: imports) and the CLI
// (ESM only: the shebang entry and the worker-thread entry of --concurrency, which may use node:
// modules). No source maps: the output is not minified, so stack traces already read well, and
// maps would triple the package while pointing at sources that are not published.
export default defineConfig([
  {
    // re2: the linear-time engine for users' patterns, its own entry so the core never loads re2js.
    entry: { index: "src/index.ts", re2: "src/re2.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: false,
    clean: true,
    target: "es2022",
    platform: "neutral",
    treeshake: true,
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
