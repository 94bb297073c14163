import { resolve } from "node:path";
import { defineConfig } from "tsup";

const LIBRARY_ENTRIES = { index: "src/index.ts", errors: "src/errors.ts", timestamps: "src/timestamps.ts", re2: "src/re2.ts" };

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
    // The browser build (package.json's `browser` condition, which app bundlers set for the web):
    // the same entries and code, ESM only, but validation keeps zod's interpreted parser instead of
    // compiling the output schema (src/pipeline/compile-schema.browser.ts). zod's compiler is about
    // 35 KB minified of a browser bundle and pays off only over many pages, as in Node crawls.
    // Types are the Node build's (same API). (esbuild filters are Go regular expressions: no `u` flag.)
    entry: LIBRARY_ENTRIES,
    outDir: "dist/browser",
    format: ["esm"],
    dts: false,
    sourcemap: false,
    clean: false,
    target: "es2022",
    platform: "browser",
    splitting: true,
    treeshake: true,
    esbuildPlugins: [
      {
        name: "browser-compile-schema",
        setup(build) {
          build.onResolve({ filter: /\/compile-schema\.js$/ }, (args) => ({
            path: resolve(args.resolveDir, args.path.replace(/\.js$/u, ".browser.ts")),
          }));
        },
      },
    ],
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
