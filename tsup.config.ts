import { defineConfig } from "tsup";

// Two builds: the library (dual ESM + CJS with a .d.ts for each, no node: imports)
// and the CLI (ESM only, a thin shebang entry that may use node: modules).
export default defineConfig([
  {
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "es2022",
    platform: "neutral",
    treeshake: true,
  },
  {
    entry: { "cli/bin": "src/cli/bin.ts" },
    format: ["esm"],
    dts: false,
    sourcemap: true,
    clean: false,
    target: "node20",
    platform: "node",
  },
]);
