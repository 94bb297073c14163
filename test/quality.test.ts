/**
 * Quality gate: main-story extraction on the dev corpus must not fall below the floors pinned in
 * test/quality-baseline.json. The corpus lives outside the project (its texts belong to their
 * publishers and are never copied in), so where it is absent the suite is skipped, saying why.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatReport } from "../src/eval/report.js";
import baseline from "./quality-baseline.json" with { type: "json" };
import { evaluateDirectory } from "../scripts/eval.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const corpusDir = path.resolve(here, "../../shared/corpus/scrapinghub-dev");
const exists = existsSync(path.join(corpusDir, "truth.json"));
if (!exists) console.warn(`corpus not found at ${corpusDir}: quality test skipped`);

describe.skipIf(!exists)("quality on scrapinghub-dev", () => {
  it("stays at or above the pinned F1, precision and recall floors", () => {
    const result = evaluateDirectory(corpusDir);
    const { summary } = result;
    // Printed so a failing CI log shows which pages regressed.
    console.log(formatReport(result, { title: `quality: ${corpusDir}` }));
    expect(summary.pages).toBeGreaterThan(0);
    expect(summary.f1, `F1 ${summary.f1.toFixed(3)} is below the floor ${baseline.f1}`).toBeGreaterThanOrEqual(baseline.f1);
    expect(summary.precision, `precision ${summary.precision.toFixed(3)} is below the floor ${baseline.precision}`).toBeGreaterThanOrEqual(baseline.precision);
    expect(summary.recall, `recall ${summary.recall.toFixed(3)} is below the floor ${baseline.recall}`).toBeGreaterThanOrEqual(baseline.recall);
  });
});
