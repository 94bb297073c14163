import { describe, expect, it } from "vitest";
import { domainOf, siteFolds } from "../../src/eval/folds.js";
import { authorFound, authorNames, authorPrinted, dateMatches, datePrinted, recordedMetadataLine, scoreMetadata, titleMatches } from "../../src/eval/metadata.js";
import { SHIPPED_TITLE_MODEL } from "../../src/pipeline/title-model.js";

describe("site-grouped folds", () => {
  const urls = [
    "https://www.harbour.example/a",
    "https://harbour.example/b",
    "https://coast.example/1",
    "https://news.coast.example/2",
    "https://isle.example/x",
    "https://isle.example/y",
    "https://isle.example/z",
    "https://bay.example/q",
  ];

  it("reads the site from the host, without www.", () => {
    expect(domainOf("https://www.Harbour.example/a?b=1")).toBe("harbour.example");
    expect(domainOf("not a url")).toBe("not a url");
  });

  it("never splits a site across folds, and gives the same folds on every run", () => {
    const folds = siteFolds(urls, 3);
    expect(folds[0]).toBe(folds[1]);
    expect(folds[4]).toBe(folds[5]);
    expect(folds[5]).toBe(folds[6]);
    expect(siteFolds(urls, 3)).toEqual(folds);
    expect(new Set(folds).size).toBe(3);
    expect(Math.max(...folds)).toBeLessThan(3);
  });

  it("keeps fold sizes close (largest sites dealt first)", () => {
    const folds = siteFolds(urls, 2);
    const sizes = [0, 1].map((f) => folds.filter((x) => x === f).length);
    expect(Math.abs(sizes[0]! - sizes[1]!)).toBeLessThanOrEqual(2);
  });

  it("refuses fewer than two folds", () => {
    expect(() => siteFolds(urls, 1)).toThrow(RangeError);
  });
});

describe("metadata scores", () => {
  it("matches titles after whitespace normalisation only", () => {
    expect(titleMatches("Ferry  line\nopens", " Ferry line opens ")).toBe(true);
    expect(titleMatches("Ferry line opens", "ferry line opens")).toBe(false);
    expect(titleMatches("Ferry line opens", null)).toBe(false);
  });

  it("finds one author name of several in the byline", () => {
    expect(authorNames("Jane Doe, John Roe and Ann Poe")).toEqual(["Jane Doe", "John Roe", "Ann Poe"]);
    expect(authorFound("Jane Doe and John Roe", "By JOHN ROE, Staff")).toBe(true);
    expect(authorFound("Jane Doe", "Harbour Desk")).toBe(false);
    expect(authorFound("Jane Doe", null)).toBe(false);
  });

  it("compares the date as printed in the stamp's own offset", () => {
    expect(dateMatches("2025-09-04", "2025-09-04T23:30:00-04:00")).toBe(true);
    expect(dateMatches("2025-09-04", "2025-09-05T00:10:00Z")).toBe(false);
  });

  it("counts each field over the pages whose truth has it", () => {
    const s = scoreMetadata([
      { truth: { title: "A", author: "Jane Doe", publishDate: "2025-01-02" }, predicted: { title: "A", byline: "Jane Doe", publishedAt: null } },
      { truth: { title: "B", author: null, publishDate: null }, predicted: { title: "C", byline: null, publishedAt: null } },
    ]);
    expect(s).toEqual({ title: { right: 1, of: 2 }, author: { right: 1, of: 1 }, date: { right: 0, of: 1 }, authorPrinted: { right: 0, of: 0 }, datePrinted: { right: 0, of: 0 } });
  });

  it("counts author and date again over the pages that print them", () => {
    const ref = "2026-01-15T00:00:00Z";
    const s = scoreMetadata(
      [
        // Prints both; the date is read wrong.
        { truth: { author: "Jane Doe", publishDate: "2025-03-08", text: "Harbour opens\nBy JANE  DOE · March 8, 2025\nText." }, predicted: { title: null, byline: "Jane Doe", publishedAt: "2025-03-09T00:00:00Z" } },
        // Prints neither (only an update stamp, and no name).
        { truth: { author: "John Roe", publishDate: "2025-03-08", text: "Harbour opens\nUpdated April 2, 2025\nText." }, predicted: { title: null, byline: null, publishedAt: null } },
      ],
      ref,
    );
    expect(s.author).toEqual({ right: 1, of: 2 });
    expect(s.authorPrinted).toEqual({ right: 1, of: 1 });
    expect(s.date).toEqual({ right: 0, of: 2 });
    expect(s.datePrinted).toEqual({ right: 0, of: 1 });
  });

  it("finds a printed name case- and whitespace-blind, and a printed date wherever a line holds it", () => {
    expect(authorPrinted("Jane Doe and John Roe", "text\nwritten by john\u00a0roe")).toBe(true);
    expect(authorPrinted("Jane Doe", "Jane\nDoe")).toBe(true);
    expect(authorPrinted("Jane Doe", "Janet Dole")).toBe(false);
    const ref = "2026-01-15T00:00:00Z";
    expect(datePrinted("2025-03-08", "Title\nPublished: Mar 8, 2025 · Modified: May 19, 2025", ref)).toBe(true);
    // Inside a long line, neither at its start nor at its end.
    expect(datePrinted("2025-03-08", "Posted by Jane Doe on March 8, 2025 in Harbour News and Weather with 4 comments", ref)).toBe(true);
    // Month first, which the scanner's default order reads the other way.
    expect(datePrinted("2025-03-08", "03/08/2025", ref)).toBe(true);
    expect(datePrinted("2025-03-08", "Updated March 9, 2025\n2 days ago", ref)).toBe(false);
  });
});

describe("recorded cross-validated metadata", () => {
  it("formats the figures recorded for a corpus and gives null for a corpus without any", () => {
    const meta = { folds: 4, parser: { x: { inSample: { title: 0.7, author: 0.5, date: null }, cv: { title: 0.65, author: 0.5, date: null } } } };
    expect(recordedMetadataLine(meta, "x")).toBe("metadata cross-validated (4 site-grouped folds, recorded by scripts/title-train.ts): title 0.650, author 0.500, date n/a");
    expect(recordedMetadataLine(meta, "y")).toBeNull();
    const printed = { parser: { x: { inSample: meta.parser.x.inSample, cv: { title: 0.65, author: 0.5, date: 0.6, authorPrinted: 0.55, datePrinted: 0.8 } } } };
    expect(recordedMetadataLine(printed, "x")).toBe(
      "metadata cross-validated (5 site-grouped folds, recorded by scripts/title-train.ts): title 0.650, author 0.500, date 0.600; of pages that print it: author 0.550, date 0.800",
    );
    expect(recordedMetadataLine(null, "x")).toBeNull();
  });

  it("finds the shipped ranker's cross-validated wcxb-dev figures no higher than its in-sample ones plus noise", () => {
    const meta = (SHIPPED_TITLE_MODEL as unknown as { meta: { parser: Record<string, { inSample: Record<string, number>; cv: Record<string, number> }> } }).meta;
    const wcxb = meta.parser["wcxb-dev"]!;
    for (const k of ["title", "author", "date"]) {
      expect(wcxb.cv[k]).toBeGreaterThan(0);
      expect(wcxb.inSample[k]! - wcxb.cv[k]!).toBeLessThanOrEqual(0.02);
    }
  });
});
