/**
 * `parseMany`: the streaming batch API. Pages come from any iterable or async iterable and results
 * go out one at a time, in order, each page pulled only when the previous result was taken.
 */
import { describe, expect, it } from "vitest";
import { createArticleParser, isArticleParseError, parseMany, type BatchResult, type PageInput } from "../src/index.js";

const REFERENCE = "2025-08-14T18:00:00Z";

/** A small story page with a relative timestamp, so `referenceTime` shows in `publishedAt`. */
function page(n: number, stamp = "11 minutes ago"): string {
  return [
    `Harbour ferry vote number ${n}`,
    stamp,
    `The council said on Sunday that the ferry would keep running for another ${n + 2} years after the vote.`,
    "The mayor said the result was clear and that the service would be improved before the summer season.",
  ].join("\n");
}

async function collect(results: AsyncIterable<BatchResult>): Promise<BatchResult[]> {
  const out: BatchResult[] = [];
  for await (const r of results) out.push(r);
  return out;
}

describe("parseMany", () => {
  it("parses a sync iterable in order, with positions as ids", async () => {
    const results = await collect(parseMany([page(0), page(1), page(2)], { referenceTime: REFERENCE }));
    expect(results.map((r) => r.id)).toEqual([0, 1, 2]);
    for (const [i, r] of results.entries()) {
      expect(r.ok).toBe(true);
      if (!r.ok) continue;
      expect(r.articles[0]?.title).toBe(`Harbour ferry vote number ${i}`);
      expect(r.articles[0]?.publishedAt).toBe("2025-08-14T17:49:00.000Z");
      expect(Array.isArray(r.removed)).toBe(true);
      expect(Array.isArray(r.messages)).toBe(true);
    }
  });

  it("parses an async iterable the same way", async () => {
    async function* pages(): AsyncGenerator<PageInput> {
      for (let i = 0; i < 3; i++) {
        await new Promise((resolve) => setTimeout(resolve, 1));
        yield page(i);
      }
    }
    const fromAsync = await collect(parseMany(pages(), { referenceTime: REFERENCE }));
    const fromSync = await collect(parseMany([page(0), page(1), page(2)], { referenceTime: REFERENCE }));
    expect(fromAsync).toEqual(fromSync);
  });

  it("gives the same result as the parser, page by page", async () => {
    const parser = createArticleParser({ referenceTime: REFERENCE });
    const [r] = await collect(parseMany([page(7)], { referenceTime: REFERENCE }));
    const direct = parser.parsePage(page(7));
    expect(r).toEqual({ id: 0, ok: true, articles: direct.articles, removed: direct.removed, messages: direct.messages });
  });

  it("keeps given ids and applies each page's own referenceTime over the batch's", async () => {
    const results = await collect(
      parseMany(
        [
          { id: "a.txt", text: page(0) },
          { id: "b.txt", text: page(1), referenceTime: "2025-01-01T00:00:00Z" },
          { id: 42, text: page(2), referenceTime: new Date("2024-06-01T12:00:00Z") },
          { text: page(3) },
        ],
        { referenceTime: REFERENCE },
      ),
    );
    expect(results.map((r) => r.id)).toEqual(["a.txt", "b.txt", 42, 3]);
    const published = results.map((r) => (r.ok ? r.articles[0]?.publishedAt : r.error.code));
    expect(published).toEqual(["2025-08-14T17:49:00.000Z", "2024-12-31T23:49:00.000Z", "2024-06-01T11:49:00.000Z", "2025-08-14T17:49:00.000Z"]);
  });

  it("without any referenceTime, leaves relative stamps unresolved with a message", async () => {
    const [r] = await collect(parseMany([page(0)]));
    expect(r?.ok).toBe(true);
    if (!r?.ok) return;
    expect(r.articles[0]?.publishedAt).toBeNull();
    expect(r.messages.map((m) => m.code)).toContain("unresolved_timestamp");
  });

  it("reports a bad page among good ones and carries on", async () => {
    const inputs: PageInput[] = [
      page(0),
      42 as unknown as PageInput,
      "",
      { id: "blank", text: " \n\t " },
      { id: "null", text: null },
      { id: "bad-time", text: page(1), referenceTime: "not a date" },
      "x".repeat(101),
      page(2),
    ];
    const results = await collect(parseMany(inputs, { referenceTime: REFERENCE, maxInputLength: 100 + page(2).length }));
    expect(results.map((r) => r.id)).toEqual([0, 1, 2, "blank", "null", "bad-time", 6, 7]);
    expect(results.map((r) => (r.ok ? "ok" : r.error.code))).toEqual([
      "ok",
      "invalid_input",
      "empty_input",
      "empty_input",
      "invalid_input",
      "invalid_options",
      "ok",
      "ok",
    ]);
    for (const r of results) {
      if (r.ok) continue;
      expect(isArticleParseError(r.error)).toBe(true);
      expect(r.messages.some((m) => m.severity === "error")).toBe(r.error.code !== "invalid_options");
    }
  });

  it("refuses malformed batch options before the first page is pulled", async () => {
    let pulled = 0;
    function* pages(): Generator<string> {
      pulled++;
      yield page(0);
    }
    const results = parseMany(pages(), { timeZone: "Mars/Olympus" });
    await expect(results.next()).rejects.toSatisfy((e: unknown) => isArticleParseError(e) && e.code === "invalid_options");
    expect(pulled).toBe(0);
  });

  it("reuses a given parser (e.g. a learned one) and ignores the parse options then", async () => {
    // Stamps differ from page to page (a stamp on every page would be learned as template).
    const site = (n: number) => `Harbour Gazette menu\n${page(n, `${n + 11} minutes ago`)}\nHarbour Gazette footer links`;
    const learned = createArticleParser({ referenceTime: REFERENCE }).learn([site(0), site(1), site(2), site(3)]);
    const [r] = await collect(parseMany([site(0)], { parser: learned, referenceTime: "2000-01-01T00:00:00Z" }));
    expect(r?.ok).toBe(true);
    if (!r?.ok) return;
    expect(r.articles[0]?.publishedAt).toBe("2025-08-14T17:49:00.000Z");
    const all = [...r.removed, ...r.articles.flatMap((a) => a.removed)];
    expect(all.filter((x) => x.kind === "template").map((x) => x.text)).toEqual(["Harbour Gazette menu", "Harbour Gazette footer links"]);
  });

  it("pulls a generator of 2,000 pages lazily, one page per result", async () => {
    let pulled = 0;
    let finished = false;
    function* pages(): Generator<PageInput> {
      try {
        for (let i = 0; i < 2_000; i++) {
          pulled++;
          yield { id: `p${i}`, text: page(i) };
        }
      } finally {
        finished = true;
      }
    }
    let seen = 0;
    for await (const r of parseMany(pages(), { referenceTime: REFERENCE })) {
      // The page for this result has been pulled, and not one more.
      expect(pulled).toBe(seen + 1);
      expect(r.id).toBe(`p${seen}`);
      expect(r.ok).toBe(true);
      seen++;
    }
    expect(seen).toBe(2_000);
    expect(finished).toBe(true);
  });

  it("stops pulling when the consumer stops, and closes the source", async () => {
    let pulled = 0;
    let closed = false;
    function* pages(): Generator<string> {
      try {
        for (let i = 0; i < 2_000; i++) {
          pulled++;
          yield page(i);
        }
      } finally {
        closed = true;
      }
    }
    let seen = 0;
    for await (const _ of parseMany(pages())) {
      if (++seen === 5) break;
    }
    expect(pulled).toBe(5);
    expect(closed).toBe(true);
  });

  it("passes on an error thrown by the source after the results before it", async () => {
    async function* pages(): AsyncGenerator<string> {
      yield page(0);
      yield page(1);
      throw new Error("disk gone");
    }
    const seen: Array<string | number> = [];
    await expect(
      (async () => {
        for await (const r of parseMany(pages())) seen.push(r.id);
      })(),
    ).rejects.toThrow("disk gone");
    expect(seen).toEqual([0, 1]);
  });
});
