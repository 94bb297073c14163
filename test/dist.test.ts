import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { loadFixtures, ROOT } from "./helpers/fixtures.js";

// The same golden cases, run against the built package through both of its entries, as users load it.
// `npm test` builds first, so dist/ is there.
const esmPath = join(ROOT, "dist/index.js");
const cjsPath = join(ROOT, "dist/index.cjs");

describe("built package", () => {
  it("dist/ exists (npm test builds it first)", () => {
    expect(existsSync(esmPath) && existsSync(cjsPath)).toBe(true);
  });

  for (const entry of ["esm", "cjs"] as const) {
    it(`golden fixtures pass through the ${entry} entry`, async () => {
      const mod = (entry === "esm" ? await import(pathToFileURL(esmPath).href) : createRequire(import.meta.url)(cjsPath)) as typeof import("../src/index.js");
      for (const f of loadFixtures()) {
        const page = mod.parsePage(f.input, f.options);
        expect(JSON.parse(JSON.stringify(page)), f.name).toEqual(f.expected);
      }
      expect(mod.isArticleParseError(mod.safeParseArticles(1).success ? null : (mod.safeParseArticles(1) as { error: unknown }).error)).toBe(true);
    });
  }
});
