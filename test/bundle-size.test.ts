import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CONSUMERS, measure, ROOT, table, type Measured } from "../scripts/bundle-size.js";

// The browser bundle of each entry point stays within its budget (scripts/bundle-size.ts bundles a
// one-line consumer of the built package with esbuild; `npm run size` prints the README table).

/** Source files that import classic zod (`"zod"`) rather than `"zod/mini"`. */
function classicZodUsers(dir = join(ROOT, "src")): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...classicZodUsers(path));
    else if (entry.name.endsWith(".ts") && /from\s+["']zod["']/u.test(readFileSync(path, "utf8"))) found.push(path.slice(ROOT.length + 1));
  }
  return found.sort();
}

describe("bundle size: a one-line consumer of each entry, bundled for the browser", () => {
  let measured: Measured[] = [];
  const classic = classicZodUsers();

  beforeAll(async () => {
    expect(existsSync(join(ROOT, "dist/index.js")), "npm test builds dist/ first").toBe(true);
    measured = await measure(CONSUMERS);
    console.log(table(measured));
  });

  it("no source file imports classic zod (one classic import drags all of it in)", () => {
    expect(classic).toEqual([]);
  });

  it.each(CONSUMERS.filter((c) => c.maxBytes !== undefined).map((c) => [c.label, c] as const))("%s is within its budget", (label) => {
    const m = measured.find((x) => x.consumer.label === label)!;
    expect(m.bytes, `${label}: ${m.bytes} bytes minified`).toBeLessThanOrEqual(m.consumer.maxBytes!);
    expect(m.gzip, `${label}: ${m.gzip} bytes gzipped`).toBeLessThanOrEqual(m.consumer.maxGzip!);
  });

  it.each(CONSUMERS.map((c) => [c.label, c] as const))("%s leaves out what it does not use", (label) => {
    const m = measured.find((x) => x.consumer.label === label)!;
    for (const banned of m.consumer.mustNotContain) {
      expect(m.inputs.filter((path) => path.includes(`node_modules/${banned}`)), `${label} bundles ${banned}`).toEqual([]);
    }
  });

  it("the measurement has teeth: the subpath entries are far smaller than the parser, which bundles zod and the rules", () => {
    const parser = measured.find((m) => m.consumer.label.startsWith("parseArticles"))!;
    const errors = measured.find((m) => m.consumer.label.includes("/errors"))!;
    expect(parser.byPackage["zod"]).toBeGreaterThan(5_000);
    expect(parser.byPackage["news-text-parser"]).toBeGreaterThan(50_000);
    expect(errors.bytes * 50).toBeLessThan(parser.bytes);
    // The output validation is in the parser's bundle: a check from zod's core is there.
    expect(parser.inputs.some((p) => p.includes("zod/v4/core/schemas"))).toBe(true);
  });
});
