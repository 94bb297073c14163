/**
 * Quality floor for multi-article layouts on the annotated real pages (test/layouts/annotations.json):
 * found %, fields right and leaks must not fall below the floors pinned here. The pages live outside
 * the project (their texts belong to their publishers), so the test skips, saying why, when the
 * corpus is absent. Nothing is fitted on these annotations, so the pooled figures are the held-out ones.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fieldsRight, formatLayoutReport, totalLayoutScores } from "../../src/eval/layouts.js";
import { DEFAULT_CORPUS_ROOT, evaluateLayouts, readLayoutAnnotations } from "../../scripts/eval-layouts.js";

/** Floors: the figures measured when they were last raised, less a small margin for noise-free drift. */
const FLOOR = { found: 0.9, fieldsRight: 0.955, leaksPer10Pages: 0.45 };

const exists = existsSync(path.join(DEFAULT_CORPUS_ROOT, "scrapinghub-dev", "truth.json")) && existsSync(path.join(DEFAULT_CORPUS_ROOT, "wcxb-dev", "truth.json"));
if (!exists) console.warn(`corpus not found at ${DEFAULT_CORPUS_ROOT}: layout quality floor skipped`);

describe("layout annotations", () => {
  const pages = readLayoutAnnotations();
  it("cover at least 100 pages, 30 sites and 3 languages, each page with a main story first", () => {
    const list = Object.values(pages);
    expect(list.length).toBeGreaterThanOrEqual(100);
    expect(new Set(list.map((p) => p.site)).size).toBeGreaterThanOrEqual(30);
    expect(new Set(list.map((p) => p.lang)).size).toBeGreaterThanOrEqual(3);
    for (const [id, p] of Object.entries(pages)) {
      expect(p.articles[0]?.role, id).toBe("main");
      for (const a of p.articles) expect(a.title.length, id).toBeGreaterThan(0);
    }
  });
  it("record facts, not page text: body starts of a few words and short boilerplate strings", () => {
    for (const [id, p] of Object.entries(pages)) {
      for (const a of p.articles) if (a.bodyStart !== null) expect(a.bodyStart.split(/\s+/u).length, id).toBeLessThanOrEqual(8);
      for (const b of p.boilerplate) expect(b.length, id).toBeLessThanOrEqual(80);
    }
  });
});

describe.skipIf(!exists)("layout quality on the annotated real pages", () => {
  it("stays at or above the found, fields and leak floors", () => {
    const scores = evaluateLayouts();
    const totals = totalLayoutScores(scores);
    // Printed so a failing CI log shows which pages regressed.
    console.log(formatLayoutReport(scores, { worst: 5 }));
    expect(totals.pages).toBe(Object.keys(readLayoutAnnotations()).length);
    expect(totals.found / totals.articles).toBeGreaterThanOrEqual(FLOOR.found);
    expect(fieldsRight(totals)).toBeGreaterThanOrEqual(FLOOR.fieldsRight);
    expect((10 * totals.leaks) / totals.pages).toBeLessThanOrEqual(FLOOR.leaksPer10Pages);
  });
});
