import { builtinModules } from "node:module";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/fixtures.js";

// The core (everything reachable from src/index.ts) must run anywhere JavaScript runs: browsers,
// edge functions, Deno, Bun. So it imports nothing from Node, directly or through a bare builtin
// name, and uses no Node globals. The CLI (src/cli/) may; it is a separate build.

const builtins = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));
const NODE_GLOBALS = /\b(?:process\.|Buffer\b|__dirname\b|__filename\b|require\.resolve\b|setImmediate\b)/u;

/** Every module specifier in a JS or TS file. */
function specifiers(code: string): string[] {
  const found: string[] = [];
  const patterns = [
    // Statements start a line (in sources and in the bundles alike); a loose `from "x"` would also
    // match inside string literals of the parser's own vocabulary.
    /^\s*(?:import|export)\b[^'"`;]*?\bfrom\s*["']([^"']+)["']/gmu,
    /^\s*import\s*["']([^"']+)["']/gmu,
    /\bimport\(\s*["']([^"']+)["']\s*\)/gu,
    /\brequire\(\s*["']([^"']+)["']\s*\)/gu,
  ];
  for (const p of patterns) for (const m of code.matchAll(p)) found.push(m[1]!);
  return found;
}

/** Strips comments so documentation that mentions `process.` or `node:` is not a finding. */
function code(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//gu, "").replace(/(^|[^:"'`\\])\/\/.*$/gmu, "$1");
}

describe("runtime: the core imports nothing from Node", () => {
  // The browser build (dist/browser/, one module per source file) is held to the same: every file.
  const browserDir = join(ROOT, "dist/browser");
  const browserFiles = existsSync(browserDir)
    ? readdirSync(browserDir, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".js")).map((f) => `dist/browser/${f}`)
    : [];
  it("the browser build is there, one module per library source", () => {
    expect(browserFiles, "dist/browser/ is built by npm test").toContain("dist/browser/index.js");
    expect(browserFiles.length).toBeGreaterThan(50);
  });
  for (const file of ["dist/index.js", "dist/index.cjs", ...browserFiles]) {
    it(`${file} has no node: imports, no require of builtins, no Node globals`, () => {
      const path = join(ROOT, file);
      expect(existsSync(path), `${file} is built by npm test`).toBe(true);
      const text = code(readFileSync(path, "utf8"));
      expect(text).not.toMatch(/["']node:/u);
      const external = specifiers(text).filter((s) => !s.startsWith("."));
      expect(external.filter((s) => builtins.has(s))).toEqual([]);
      // Only the declared dependencies are left for the consumer's resolver.
      const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { dependencies: Record<string, string> };
      for (const s of external) expect(Object.keys(pkg.dependencies).some((d) => s === d || s.startsWith(`${d}/`)), s).toBe(true);
      expect(text.match(NODE_GLOBALS)?.[0] ?? null).toBeNull();
    });
  }

  it("no module reachable from src/index.ts imports a Node builtin (source walk)", () => {
    const seen = new Set<string>();
    const offenders: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = code(readFileSync(file, "utf8"));
      for (const s of specifiers(text)) {
        if (s.startsWith(".")) {
          const target = resolve(dirname(file), s.replace(/\.js$/u, ".ts"));
          if (target.startsWith(join(ROOT, "src")) && existsSync(target)) visit(target);
        } else if (builtins.has(s)) offenders.push(`${file.slice(ROOT.length + 1)} imports ${s}`);
      }
      const global = text.match(NODE_GLOBALS);
      if (global) offenders.push(`${file.slice(ROOT.length + 1)} uses ${global[0]}`);
    };
    visit(join(ROOT, "src/index.ts"));
    expect(offenders).toEqual([]);
    expect(seen.size).toBeGreaterThan(10);
    expect([...seen].some((f) => f.includes(`${"/"}cli${"/"}`))).toBe(false);
  });
});
