/** Site names printed with the title (src/pipeline/layouts/site-affix.ts) on invented titles. */
import { describe, expect, it } from "vitest";
import { parsePage } from "../../src/index.js";
import { splitSiteAffix } from "../../src/pipeline/layouts/site-affix.js";

const REF = { referenceTime: "2025-03-05T12:00:00Z" };
const BODY = [
  "The harbour board voted on Tuesday to run the ferry every hour from May, after two years of complaints about the gaps in the timetable.",
  "Skippers said the change would need two more crews, and the board agreed to pay for them from next year's budget.",
  "The first hourly crossing leaves the north quay at six in the morning on the first of May, the board said.",
];
/** The head of an invented story page: navigation, the headline line, its byline and date. */
const page = (headline: string, top: string[] = ["Home", "News"]) => [...top, headline, "By Jane Doe", "March 4, 2025", ...BODY].join("\n");
const TITLE = "Harbour board backs a new ferry timetable";

/** The title proper and the cut piece a split gives. */
function parts(title: string, printed?: () => boolean): [string, string] | null {
  const s = splitSiteAffix(title, printed);
  return s && [title.slice(s.from, s.to), title.slice(s.cutFrom, s.cutTo)];
}

describe("site names printed with the title", () => {
  it("cut a name after the title, after each spaced separator", () => {
    for (const sep of ["|", "–", "—", "-", "::", "·", "•", "»"]) {
      expect(parts(`${TITLE} ${sep} Coast Post`), sep).toEqual([TITLE, `${sep} Coast Post`]);
    }
    expect(parts(`${TITLE} | The Coast Post 24`)).toEqual([TITLE, "| The Coast Post 24"]);
    expect(parts(`${TITLE} - CoastPost.com`)).toEqual([TITLE, "- CoastPost.com"]);
    // Only the last one is cut: a title may hold a separator of its own.
    expect(parts(`Ferry - the full story of a new timetable | Coast Post`)).toEqual(["Ferry - the full story of a new timetable", "| Coast Post"]);
  });
  it("cut a name before the title only when the page prints the name elsewhere", () => {
    for (const sep of ["|", "–", "—", "-", "::", "·", "•", "»"]) {
      expect(parts(`Coast Post ${sep} ${TITLE}`, () => true), sep).toEqual([TITLE, `Coast Post ${sep}`]);
      expect(parts(`Coast Post ${sep} ${TITLE}`), sep).toBeNull();
      expect(parts(`Coast Post ${sep} ${TITLE}`, () => false), sep).toBeNull();
    }
  });
  it("leave parts that do not read as a name alone", () => {
    const kept = [
      // A lower-case word: the second half of the headline.
      "Mayor says yes - and no",
      "Review: Harbour - a love story",
      `${TITLE} - and what it costs`,
      // Five words is a phrase, not a name.
      `${TITLE} | The Coast Post Daily Edition`,
      // Sentence punctuation.
      `${TITLE} - Really, Why Now`,
      `${TITLE} - Why Not?`,
      `${TITLE} - Coast Post:`,
      // What is left is no title.
      "Ferry vote | Coast Post",
      // Dashes and pipes that join, not separate.
      `${TITLE}-Coast Post`,
      `${TITLE} |Coast Post`,
      // A year or a count is no name.
      `${TITLE} - 2025`,
      // A script without case gives no sign of a name.
      "مجلس الميناء يقر جدولا جديدا للعبارات - الساحل",
    ];
    for (const title of kept) expect(parts(title, () => true), title).toBeNull();
  });
  it("cut the name off the main story's title, recording the name and its separator as removed", () => {
    for (const sep of ["|", "–", "—", "-", "::", "·", "•", "»"]) {
      const text = page(`${TITLE} ${sep} Coast Post`);
      const main = parsePage(text, REF).articles[0]!;
      expect(main.title, sep).toBe(TITLE);
      const at = text.indexOf(`${sep} Coast Post`);
      const cut = main.removed.filter((r) => r.ruleId === "structure/title-affix");
      expect(cut, sep).toEqual([{ kind: "site-name", ruleId: "structure/title-affix", text: `${sep} Coast Post`, start: at, end: at + sep.length + 11 }]);
    }
  });
  it("cut a name before the title when the page prints it on its own", () => {
    const text = page(`Coast Post – ${TITLE}`, ["Coast Post", "Home", "News"]);
    const main = parsePage(text, REF).articles[0]!;
    expect(main.title).toBe(TITLE);
    const cut = main.removed.find((r) => r.kind === "site-name");
    expect(cut && [cut.text, text.slice(cut.start, cut.end)]).toEqual(["Coast Post –", "Coast Post –"]);
    // Without the name printed elsewhere, the lead is the title's subject.
    const bare = parsePage(page(`Coast Post – ${TITLE}`), REF).articles[0]!;
    expect(bare.title).toBe(`Coast Post – ${TITLE}`);
    expect(bare.removed.some((r) => r.kind === "site-name")).toBe(false);
  });
  it("cut the name after a kicker label or a section has been taken off the front, at the right offsets", () => {
    for (const [headline, sep] of [[`ANALYSIS - ${TITLE} | Coast Post`, "|"], [`Business / ${TITLE} - Coast Post`, "-"], [`${TITLE}\u00a0|\u00a0Coast\u00a0Post`, "|"]] as const) {
      const text = page(headline);
      const main = parsePage(text, REF).articles[0]!;
      expect(main.title, headline).toBe(TITLE);
      const cut = main.removed.find((r) => r.kind === "site-name")!;
      expect(cut.start, headline).toBe(text.lastIndexOf(sep));
      expect(text.slice(cut.start, cut.end), headline).toBe(cut.text);
      expect(cut.text.replace(/\u00a0/gu, " "), headline).toBe(`${sep} Coast Post`);
    }
  });
  it("keep titles whose second part is the headline's own", () => {
    for (const title of ["Mayor says yes - and no to the ferry", "Review: Harbour - a love story on the quay"]) {
      expect(parsePage(page(title), REF).articles[0]!.title).toBe(title);
    }
  });
});
