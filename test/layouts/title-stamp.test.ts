/** Dates printed on the headline's line (src/pipeline/layouts/title-stamp.ts) on invented titles. */
import { describe, expect, it } from "vitest";
import { findTimestamp, parsePage, parseTimestamp } from "../../src/index.js";
import { splitTitleStamp } from "../../src/pipeline/layouts/title-stamp.js";

const REF = { referenceTime: "2025-03-20T12:00:00Z" };
const BODY = [
  "The harbour board voted on Tuesday to run the ferry every hour from May, after two years of complaints about the gaps in the timetable.",
  "",
  "Skippers said the change would need two more crews, and the board agreed to pay for them from next year's budget.",
  "",
  "The first hourly crossing leaves the north quay at six in the morning on the first of May, the board said.",
];
const TITLE = "Harbour board backs a new ferry timetable";

/** The title proper and the cut piece a split gives. */
function parts(title: string): [string, string] | null {
  const s = splitTitleStamp(
    title,
    (t) => parseTimestamp(t, REF),
    (t) => findTimestamp(t, REF),
  );
  return s && [title.slice(s.from, s.to), title.slice(s.cutFrom, s.cutTo)];
}

/** The main story of an invented page whose head is `head`. */
function main(head: string[]) {
  const text = ["Skip to content", "Home", "News", "Contact", ...head, "", ...BODY, "", "© 2025 Coast Post"].join("\n");
  const page = parsePage(text, REF);
  return { text, main: page.articles.find((a) => a.role === "main")! };
}

describe("dates printed on the headline's line", () => {
  it("cut a date after the title, after each spaced separator", () => {
    for (const sep of ["|", "/", "–", "—", "-", "::", "·", "•"]) {
      expect(parts(`${TITLE} ${sep} 12 March 2025`), sep).toEqual([TITLE, `${sep} 12 March 2025`]);
    }
    expect(parts(`${TITLE} / Mar 2025`)).toEqual([TITLE, "/ Mar 2025"]);
    expect(parts(`${TITLE} – 2 hours ago`)).toEqual([TITLE, "– 2 hours ago"]);
    expect(parts(`${TITLE} | 2025-03-12 14:57`)).toEqual([TITLE, "| 2025-03-12 14:57"]);
  });

  it("cut a dated day that opens the line, with or without a separator after it", () => {
    expect(parts(`Mar 3, 2025 ${TITLE}`)).toEqual([TITLE, "Mar 3, 2025"]);
    expect(parts(`12-03-2025 | ${TITLE}`)).toEqual([TITLE, "12-03-2025 |"]);
    expect(parts(`March 3, 2025: ${TITLE}`)).toEqual([TITLE, "March 3, 2025:"]);
  });

  it("leave titles that only mention a date, or would be left too short, alone", () => {
    const kept = [
      TITLE,
      // A bare number or year is no date to cut.
      "Remembering the harbour on - 9/11",
      "Harbour board plans for - 2026",
      "2025 ferry timetable: what changes in May",
      // A date inside the title, not after a separator.
      "Harbour board backs ferry timetable from 12 March 2025 onwards",
      // Too little title left.
      "Ferry news | 12 March 2025",
      "12 March 2025 | Ferry news",
      // A relative word opening the line is the headline's own.
      "Today the harbour board backs a new ferry timetable",
      // Glued: no space after the date.
      "12-03-2025Harbour board backs a new ferry timetable",
    ];
    for (const t of kept) expect(parts(t), t).toBeNull();
  });

  it("gives the main story the title without the date, records the cut and takes the date", () => {
    for (const [line, cut] of [
      [`${TITLE} / Mar 2025`, "/ Mar 2025"],
      [`${TITLE} | 12 March 2025`, "| 12 March 2025"],
    ] as const) {
      const { text, main: m } = main([line, "By Jane Doe"]);
      expect(m.title, line).toBe(TITLE);
      const removed = m.removed.filter((r) => r.ruleId === "structure/title-stamp");
      const at = text.indexOf(cut);
      expect(removed, line).toEqual([{ kind: "dateline", ruleId: "structure/title-stamp", text: cut, start: at, end: at + cut.length }]);
      expect(m.timestamp?.raw, line).toBe(cut.slice(2));
    }
  });

  it("keeps the story's own date line when the head prints one", () => {
    const { main: m } = main([`${TITLE} | 12 March 2025`, "By Jane Doe", "Updated March 14, 2025"]);
    expect(m.title).toBe(TITLE);
    expect(m.removed.some((r) => r.ruleId === "structure/title-stamp")).toBe(true);
  });

  it("cuts the date and then the site name when the line prints both", () => {
    const { main: m } = main([`${TITLE} | Coast Post | 12 March 2025`, "By Jane Doe"]);
    expect(m.title).toBe(TITLE);
    expect(m.removed.filter((r) => r.ruleId === "structure/title-stamp" || r.ruleId === "structure/title-affix").map((r) => r.text)).toEqual(["| Coast Post", "| 12 March 2025"]);
  });

  it("reads a headline with a date after a slash as a headline, not a captioned photo", () => {
    const { main: m } = main([`${TITLE} / Mar 2025`]);
    expect(m.title).toBe(TITLE);
    expect(m.captions).toEqual([]);
  });
});
