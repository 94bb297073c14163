/**
 * The metadata fields on the dev corpora (scripts/metadata-eval.ts): `authors` on the wcxb-dev
 * pages whose truth names an author, `language` against the stop-word reading of the truth's own
 * body, and the page verdict on pages that are all article pages. The floors sit a little under
 * the figures measured when the fields were added (December 2026: authors right on 98.7% of the
 * pages whose byline was found, 55% precision overall; language agreeing on 100% of 765 pages;
 * 97.9% of pages read as "article"), so a regression fails and noise does not. The corpus lives
 * outside the project; where it is absent the suite is skipped, saying why.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { evaluateMetadata, formatMetadataReport } from "../scripts/metadata-eval.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../../shared/corpus");
const exists = existsSync(path.join(root, "wcxb-dev", "truth.json"));
if (!exists) console.warn(`corpus not found at ${root}: metadata corpus test skipped`);

describe.skipIf(!exists)("metadata on the dev corpora", () => {
  it("authors, language and page kind stay at or above their floors", () => {
    const report = evaluateMetadata(root);
    console.log(formatMetadataReport(report));
    const { wcxb, language, kind } = report;
    expect(wcxb.withAuthor).toBeGreaterThan(500);
    // Splitting a byline that names the author gives the truth's names.
    expect(wcxb.authorsRightGivenByline / wcxb.bylineFound).toBeGreaterThanOrEqual(0.9);
    // Of all pages given authors, at least this share is right (the byline search is the main-story stage's).
    expect(wcxb.authorsRight / wcxb.authorsGiven).toBeGreaterThanOrEqual(0.45);
    expect(wcxb.authorsRight).toBeGreaterThanOrEqual(65);
    expect(language.compared).toBeGreaterThan(700);
    expect(language.agree / language.compared).toBeGreaterThanOrEqual(0.97);
    expect(kind.article / kind.pages).toBeGreaterThanOrEqual(0.93);
  });
});
