/**
 * Line-heavy input (issue 12): runs of empty lines are kept to MAX_EMPTY_RUN lines by `segment`,
 * which must change no output; messages still name the input's line numbers; runs of more than
 * MERGED_RUN removed lines of one kind are one piece. Work, never time.
 */
import fc from "fast-check";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parsePage } from "../src/index.js";
import { MERGED_RUN } from "../src/pipeline/assemble.js";
import { lineCounter, MAX_EMPTY_RUN, segment } from "../src/pipeline/segment.js";
import { loadFixtures } from "./helpers/fixtures.js";
import { measureWork } from "./helpers/work-meter.js";

const REFERENCE = { referenceTime: "2025-08-14T18:00:00Z" };
const CORPUS = resolve(import.meta.dirname, "../../shared/corpus/scrapinghub-dev");
/** Offsets differ by the line breaks left out; everything else must be equal. */
const withoutOffsets = (page: unknown): unknown => JSON.parse(JSON.stringify(page, (k, v: unknown) => (k === "start" || k === "end" || k === "span" ? undefined : v)));

/** Lines as the spec defines them (every break ends one), then each run of empty lines cut to MAX_EMPTY_RUN. */
function referenceLines(input: string): Array<[number, number]> {
  const all: Array<[number, number]> = [];
  let start = 0;
  for (let i = 0; i <= input.length; i++) {
    const c = input.charCodeAt(i);
    if (i < input.length && c !== 10 && c !== 13) continue;
    all.push([start, i]);
    if (c === 13 && input.charCodeAt(i + 1) === 10) i++;
    start = i + 1;
  }
  const out: Array<[number, number]> = [];
  let run = 0;
  for (const [a, b] of all) {
    run = a === b ? run + 1 : 0;
    if (run <= MAX_EMPTY_RUN) out.push([a, b]);
  }
  return out;
}

const piece = fc.oneof(
  fc.constantFrom("Ferry vote", "a", " ", "The council said the ferry would run.", "\u00a0"),
  fc.record({ unit: fc.constantFrom("\n", "\r\n", "\r", "\n\r"), count: fc.integer({ min: 1, max: 2_500 }) }).map(({ unit, count }) => unit.repeat(count)),
);

describe("segment keeps at most MAX_EMPTY_RUN empty lines in a row", () => {
  it("gives the reference lines, offsets included, for LF, CRLF, CR and mixed breaks", () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), (pieces) => {
        const input = pieces.join("");
        const lines = segment(input);
        expect(lines.map((l) => [l.start, l.end])).toEqual(referenceLines(input));
        lines.forEach((l, i) => {
          expect(l.index).toBe(i);
          expect(l.text).toBe(input.slice(l.start, l.end));
        });
      }),
      { numRuns: 150 },
    );
  });

  it("five million line breaks make MAX_EMPTY_RUN lines, in work that grows linearly", () => {
    expect(segment("\n".repeat(5_000_000))).toHaveLength(MAX_EMPTY_RUN);
    expect(segment(`${"\r\n".repeat(2_000_000)}x`)).toHaveLength(MAX_EMPTY_RUN + 1);
    const small = measureWork(() => segment(`x\n${"\n".repeat(100_000)}y\n`.repeat(4))).units;
    const large = measureWork(() => segment(`x\n${"\n".repeat(100_000)}y\n`.repeat(16))).units;
    expect(large / small).toBeLessThan(4 * 1.3);
  });

  it("changes no output: a page with runs longer than MAX_EMPTY_RUN reads as with runs of exactly MAX_EMPTY_RUN", () => {
    const paragraphs = [
      "Harbour town votes to keep its ferry",
      "By Ana Lopez",
      "14 August 2025",
      "The council said on Sunday that the ferry would keep running for ten more years after a long debate about money.",
      "Ferry staff welcomed the vote and said the timetable would stay as it is until the spring, when a new boat arrives.",
      "Related stories",
      "Bridge reopens after repairs",
      "Share this article",
    ];
    for (const gap of [1, 2, 3, 5, 7]) {
      const build = (run: number) => paragraphs.map((p, i) => (i % gap === 0 ? `${p}${"\n".repeat(run)}` : `${p}\n`)).join("");
      const exact = parsePage(build(MAX_EMPTY_RUN + 1), REFERENCE);
      const longer = parsePage(build(MAX_EMPTY_RUN * 3), REFERENCE);
      expect(exact.articles.length).toBeGreaterThan(0);
      expect(withoutOffsets(longer)).toEqual(withoutOffsets(exact));
    }
  });
});

describe.skipIf(!existsSync(CORPUS))("on real pages (../shared/corpus/scrapinghub-dev)", () => {
  it("every gap of blank lines widened past MAX_EMPTY_RUN reads as when widened to more than any window (250 lines)", () => {
    if (!existsSync(CORPUS)) console.warn(`corpus not found at ${CORPUS}: skipped`);
    const files = readdirSync(CORPUS).filter((f) => f.endsWith(".txt")).sort();
    for (const f of files) {
      const text = readFileSync(join(CORPUS, f), "utf8");
      const widen = (run: number) => text.replace(/\n{3,}/gu, "\n".repeat(run));
      expect(withoutOffsets(parsePage(widen(MAX_EMPTY_RUN * 2), REFERENCE)), f).toEqual(withoutOffsets(parsePage(widen(250), REFERENCE)));
    }
  });
});

describe("messages name the input's line, whatever runs of blank lines segment left out", () => {
  it("broken_item after runs of 3,000 blank lines", () => {
    const f = loadFixtures().find((x) => x.name === "listing-broken-item")!;
    for (const nl of ["\n", "\r\n"]) {
      const input = f.input.replace(/\n\n/gu, nl.repeat(3_000));
      const [message] = parsePage(input, f.options).messages.filter((m) => m.code === "broken_item");
      const line = input.slice(0, message!.span!.start).split(/\r\n|\n/u).length;
      expect(line).toBeGreaterThan(6_000);
      expect(message!.message).toContain(`at line ${line} `);
    }
  });
});

describe("lineCounter", () => {
  it("gives the line number of each offset outside a CRLF (from 1; CRLF, CR and LF each one break), in any order", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom("a", "\n", "\r", " "), maxLength: 60 }), fc.array(fc.nat(), { maxLength: 10 }), (input, picks) => {
        const count = lineCounter(input);
        for (const p of picks) {
          const offset = input.length === 0 ? 0 : p % input.length;
          // Between the two units of a CRLF is inside a break, never the start of a line.
          if (input[offset - 1] === "\r" && input[offset] === "\n") continue;
          const naive = input.slice(0, offset).split(/\r\n|\r|\n/u).length;
          expect(count(offset)).toBe(naive);
        }
      }),
    );
  });

  it("reads each part of the input once while offsets increase", () => {
    const input = "ab\n".repeat(100_000);
    const count = lineCounter(input);
    const work = measureWork(() => {
      for (let at = 0; at < input.length; at += 3_000) count(at);
    }).units;
    expect(work).toBeLessThanOrEqual(input.length);
  });
});

describe("a run of more than MERGED_RUN removed lines of one kind is one removed piece", () => {
  const story = "Harbour ferry vote\nThe council said on Sunday that the ferry would keep running for ten more years after the vote.\n";

  it("up to MERGED_RUN lines in a row: a piece each; one more: one piece for the run, from its first line's text to its last", () => {
    const at = parsePage("a\n".repeat(MERGED_RUN), REFERENCE);
    expect(at.removed).toHaveLength(MERGED_RUN);
    const input = `  ${"a\n".repeat(MERGED_RUN)}a  \n\n`;
    const over = parsePage(input, REFERENCE);
    expect(over.removed).toEqual([{ kind: "outside-story", ruleId: "structure/outside-story", start: 2, end: input.length - 4, text: input.slice(2, -4) }]);
  });

  it("blank lines do not break a run; a line of another kind or rule, or an article, does", () => {
    const blanks = parsePage("Share\n\n\n".repeat(MERGED_RUN + 1), REFERENCE);
    expect(blanks.removed).toHaveLength(1);
    expect(blanks.removed[0]!.kind).toBe("share");
    // Two kinds alternating: no run, a piece per line.
    const mixed = parsePage("Share\na\n".repeat(MERGED_RUN), REFERENCE);
    expect(mixed.removed).toHaveLength(2 * MERGED_RUN);
    // A story between two long runs: each run is one piece, the story is an article.
    const input = `${"a\n".repeat(2 * MERGED_RUN)}${story}${"Share\n".repeat(2 * MERGED_RUN)}`;
    const page = parsePage(input, REFERENCE);
    expect(page.articles.map((a) => a.title)).toEqual(["Harbour ferry vote"]);
    expect(page.removed.map((r) => [r.kind, r.text.split("\n").length])).toEqual([
      ["outside-story", 2 * MERGED_RUN],
      ["share", 2 * MERGED_RUN],
    ]);
  });

  it("covers the same characters as the pieces it stands for: every line of the run, nothing else", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", "1", "Share", "", "Ferry vote", story.trim()), { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 2 }), (units, scale) => {
        const input = units.map((u) => `${u}\n`.repeat(scale * 700)).join("");
        if (input.trim() === "") return;
        const page = parsePage(input, REFERENCE);
        const covered = new Uint8Array(input.length);
        for (const r of [...page.removed, ...page.articles.flatMap((a) => a.removed)]) {
          expect(input.slice(r.start, r.end)).toBe(r.text);
          for (let i = r.start; i < r.end; i++) {
            expect(covered[i]).toBe(0);
            covered[i] = 1;
          }
        }
        // Only the merged pieces span line breaks.
        for (const r of page.removed) if (r.text.includes("\n")) expect(r.text.split("\n").filter((l) => l !== "").length).toBeGreaterThan(MERGED_RUN);
      }),
      { numRuns: 10 },
    );
  });

  it("makes the pieces of five million characters of `a\\n` one, in work that grows linearly", () => {
    const make = (n: number) => "a\n".repeat(n / 2);
    const small = measureWork(() => parsePage(make(200_000), REFERENCE));
    const large = measureWork(() => parsePage(make(800_000), REFERENCE));
    expect(small.result.removed).toHaveLength(1);
    expect(large.result.removed).toHaveLength(1);
    expect(large.units / 800_000 / (small.units / 200_000)).toBeLessThan(1.3);
  });
});
