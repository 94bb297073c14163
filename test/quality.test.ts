/**
 * Quality gate for main-story extraction, on every corpus under ../shared/corpus.
 *
 * Two kinds of floor, pinned in test/quality-baseline.json:
 * - the in-sample scores of the parser as shipped (measured here, on every page);
 * - the site-grouped cross-validated scores of the shipped line model, which `npm run train`
 *   measured when it fitted the weights and stored in them (re-running the cross-validation takes
 *   minutes, so the test checks that the stored figures belong to these weights and this data: the
 *   data version and the in-sample F1 measured here must agree with what training recorded).
 *
 * The corpus lives outside the project (its texts belong to their publishers and are never copied
 * in), so where it is absent the suite is skipped, saying why.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { formatReport } from "../src/eval/report.js";
import { SHIPPED_MODEL } from "../src/pipeline/story-model.js";
import baseline from "./quality-baseline.json" with { type: "json" };
import { evaluateDirectory, readCorpus } from "../scripts/eval.js";
import { tokenize } from "../src/eval/metric.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const corpusRoot = path.resolve(here, "../../shared/corpus");

interface Floors {
  f1: number;
  precision: number;
  recall: number;
  cvF1: number;
  maxGap: number;
  title?: number;
  author?: number;
  date?: number;
  /** Author found, of the pages that print one of the truth's names (issue 14's denominator). */
  authorPrinted?: number;
  /** Date right, of the pages that print a stamp of the true date (issue 14's denominator). */
  datePrinted?: number;
}
interface Recorded {
  inSample: { f1: number };
  cv: { f1: number; precision: number; recall: number };
}
const corpora = baseline.corpora as Record<string, Floors>;
const recorded = (SHIPPED_MODEL.meta["scores"] ?? {}) as Record<string, Recorded>;

for (const [name, floors] of Object.entries(corpora)) {
  const dir = path.join(corpusRoot, name);
  const exists = existsSync(path.join(dir, "truth.json"));
  if (!exists) console.warn(`corpus not found at ${dir}: quality test for ${name} skipped`);

  describe.skipIf(!exists)(`quality on ${name}`, () => {
    const result = exists ? evaluateDirectory(dir) : null;

    it("stays at or above the pinned in-sample F1, precision and recall floors", () => {
      const { summary } = result!;
      // Printed so a failing CI log shows which pages regressed.
      console.log(formatReport(result!, { title: `quality: ${dir}` }));
      expect(summary.pages).toBeGreaterThan(0);
      expect(summary.f1, `F1 ${summary.f1.toFixed(3)} is below the floor ${floors.f1}`).toBeGreaterThanOrEqual(floors.f1);
      expect(summary.precision, `precision ${summary.precision.toFixed(3)} is below ${floors.precision}`).toBeGreaterThanOrEqual(floors.precision);
      expect(summary.recall, `recall ${summary.recall.toFixed(3)} is below ${floors.recall}`).toBeGreaterThanOrEqual(floors.recall);
    });

    it("never returns an empty main story for a page with prose", () => {
      // A page "with prose" holds a line of 25 words or more, or a sentence ending in sentence
      // punctuation of any script (a danda, a full-width mark) of 40 characters or more, or of 16
      // in a script written without spaces (Chinese, Japanese, Thai). Pages of menus and contact
      // lines only (a scrape that missed the story) have none.
      const texts = new Map(readCorpus(dir).map((p) => [p.id, p.text]));
      const hasProse = (text: string) =>
        text.split("\n").some((raw) => {
          const line = raw.trim();
          if (tokenize(line).length >= 25) return true;
          if (!/[.!?…。！？｡।॥؟۔።]["”’)»]?$/u.test(line)) return false;
          return line.length >= 40 || (line.length >= 16 && /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u.test(line));
        });
      const empty = result!.pages.filter((p) => hasProse(texts.get(p.id)!) && p.predictedLength === 0).map((p) => p.id);
      expect(empty).toEqual([]);
    });

    it("ships weights whose cross-validated F1 holds the floor and sits close to in-sample", () => {
      const rec = recorded[name];
      expect(rec, `the shipped weights record no scores for ${name}: run npm run train`).toBeDefined();
      // The recorded figures belong to these weights: in-sample F1 measured now agrees with training's.
      // Body rules changed since the weights were fitted move it without a refit (wcxb-dev: 0.9146
      // recorded, 0.9215 measured after rounds ten to twelve); the next retrain records it again.
      expect(Math.abs(rec!.inSample.f1 - result!.summary.f1)).toBeLessThan(0.01);
      expect(rec!.cv.f1, `CV F1 ${rec!.cv.f1} is below the floor ${floors.cvF1}`).toBeGreaterThanOrEqual(floors.cvF1);
      expect(rec!.inSample.f1 - rec!.cv.f1).toBeLessThanOrEqual(floors.maxGap);
    });

    // Only corpora whose truth prints titles, authors and dates have metadata floors.
    if (floors.title !== undefined) {
      it("keeps the metadata floors (title exact, author found, date right)", () => {
        const m = result!.metadata;
        expect(m.title.right / m.title.of).toBeGreaterThanOrEqual(floors.title!);
        expect(m.author.right / m.author.of).toBeGreaterThanOrEqual(floors.author!);
        expect(m.date.right / m.date.of).toBeGreaterThanOrEqual(floors.date!);
        // The targets count the pages that print the field; the page texts are given, so both are measured.
        expect(m.authorPrinted.of).toBeGreaterThan(0);
        expect(m.authorPrinted.right / m.authorPrinted.of).toBeGreaterThanOrEqual(floors.authorPrinted ?? 0);
        expect(m.datePrinted.right / m.datePrinted.of).toBeGreaterThanOrEqual(floors.datePrinted ?? 0);
      });
    }
  });
}
