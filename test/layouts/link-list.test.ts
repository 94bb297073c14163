/**
 * Link lists (src/pipeline/layouts/link-list.ts) on invented lines: which headers open a list,
 * which lines are titles, and which are list furniture that neither adds a title nor ends the list.
 */
import { describe, expect, it } from "vitest";
import type { ClassifiedLine } from "../../src/model/block.js";
import { findLinkLists, isListHeader, linkListDraft } from "../../src/pipeline/layouts/link-list.js";

/** Invented lines as the classifier leaves plain text (blank lines as blanks). */
function textLines(texts: string[]): ClassifiedLine[] {
  let offset = 0;
  return texts.map((text, index) => {
    const start = offset;
    offset += text.length + 1;
    const words = text.split(/\s+/u).filter((w) => w.length > 0).length;
    return { index, start, end: start + text.length, text, map: null, textStart: start, words, cls: text.trim() === "" ? "blank" : "text", rule: null, timestamp: null, source: null, tsStart: -1, tsEnd: -1 } as ClassifiedLine;
  });
}

const titlesOf = (texts: string[]) => {
  const lines = textLines(texts);
  return findLinkLists(lines, () => "free").map((l) => l.items.map((i) => lines[i.titleLine]!.text));
};

describe("link-list headers", () => {
  it("reads colon-ended headers, 'The Latest' and 'More' with a plural or a topic", () => {
    for (const h of ["Related Posts:", "The Latest", "Most Read", "More Workflows", "More Guides", "More from the desk", "More on:"]) {
      expect(isListHeader(textLines([h])[0]!), h).toBe(true);
    }
  });
  it("reads headers that name the site or section, glued or not", () => {
    for (const h of ["Trending on Harbour Gazette", "TRENDING NOWON HARBOURGAZETTE.COM", "Most read on the Harbour Gazette", "Popular in Sport", "Latest from the desk"]) {
      expect(isListHeader(textLines([h])[0]!), h).toBe(true);
    }
    for (const h of ["Popular", "Trending topics we love", "Most of the boats were late"]) expect(isListHeader(textLines([h])[0]!), h).toBe(false);
  });
  it("reads the headers that open beyond ASCII, in any case, and rules other first letters out", () => {
    // isListHeader rules a line out by the lower case of its first code unit before folding it.
    for (const h of ["À lire également", "à lire également", "Últimas noticias", "ÚLTIMAS NOTICIAS", "Последние новости", "ПОСЛЕДНИЕ НОВОСТИ", "آخر الأخبار", "الأكثر قراءة", "İn Brief"]) {
      expect(isListHeader(textLines([h])[0]!), h).toBe(h !== "İn Brief");
    }
    // "İn brief" folds to "i̇n brief", not "in brief": the first code unit (`i`) may open a header,
    // so the line goes on to the full check, which says no.
    for (const h of ["Москва", "東京 ニュース", "Ἀθῆναι", "Éditions récentes", "𝐋atest"]) expect(isListHeader(textLines([h])[0]!), h).toBe(false);
    // A line separator, which normalisation keeps, is trimmed by the fold: never ruled out by it.
    expect(isListHeader(textLines(["\u2028Latest"])[0]!)).toBe(true);
  });
  it("does not read a 'More' phrase that names no list, or a sentence", () => {
    for (const h of ["More Info", "More", "More than half the plots were taken.", "Read More"]) {
      expect(isListHeader(textLines([h])[0]!), h).toBe(false);
    }
  });
});

describe("link-list items", () => {
  it("takes a capitalised short title when a snippet follows it, not when nothing does", () => {
    const snippet = "A short guide to building two raised beds from reclaimed boards in a single weekend, with the tools and timber you need.";
    expect(titlesOf(["More Guides", "Raised Beds For Small Plots", snippet, "Composting Through The Winter", snippet])).toEqual([
      ["Raised Beds For Small Plots", "Composting Through The Winter"],
    ]);
    // The same lines with no snippets are a menu.
    expect(titlesOf(["More Guides", "Raised Beds For Small Plots", "Composting Through The Winter", "Local Business Directory"])).toEqual([]);
  });
  it("steps over read-more links, comment counters and reading times without ending the list", () => {
    const page = [
      "Related Posts",
      "How to build raised beds for a small plot",
      "March 28, 2025 No Comments",
      "Read More »",
      "[post-views]",
      "Keeping a compost heap working through the winter",
      "March 14, 2025 · 5 min read",
      "Continue reading",
      "3 Comments",
      "Seed swap draws a record crowd to the village hall",
    ];
    expect(titlesOf(page)).toEqual([
      ["How to build raised beds for a small plot", "Keeping a compost heap working through the winter", "Seed swap draws a record crowd to the village hall"],
    ]);
  });
  it("steps over an item's picture buttons, its credit and a save-to-list toggle (no items of their own)", () => {
    const page = [
      "Related Posts",
      "Open image caption",
      "Close image caption",
      "Jane Doe/Harbour Press via AP",
      "How the harbour school kept its tutoring going all winter",
      "Remove Save to favorites",
      "Open image caption",
      "Close caption",
      "Fishermen mend nets on the quay at dusk.",
      "John Roe/Coast Photo Agency",
      "Why the ferry timetable changes again in April",
      "Add to reading list",
      "See all harbour stories",
      "View all",
    ];
    expect(titlesOf(page)).toEqual([["How the harbour school kept its tutoring going all winter", "Why the ferry timetable changes again in April"]]);
  });
  it("keeps titles with a slash that are no credit", () => {
    const page = ["Related Posts", "The Best IT/Tech Events of 2026", "Harbour Lamp w/ Backlight", "Ferry fares to rise in the spring"];
    expect(titlesOf(page)).toEqual([["The Best IT/Tech Events of 2026", "Harbour Lamp w/ Backlight", "Ferry fares to rise in the spring"]]);
  });
  it("reads a clock time opening each title of a latest-news ticker as the item's stamp", () => {
    const lines = textLines(["Latest", "14:48Ferry fares to rise in the spring, council says", "9:05 Lighthouse museum to reopen after roof repairs", "12:30pm lunch menu", "Seed swap draws a record crowd to the village hall"]);
    const drafts = findLinkLists(lines, () => "free").flatMap((l) => l.items.map((i) => linkListDraft(lines, i, "related")));
    expect(drafts.map((d) => [d.title, d.timestamp?.raw ?? null])).toEqual([
      ["Ferry fares to rise in the spring, council says", "14:48"],
      ["Lighthouse museum to reopen after roof repairs", "9:05"],
      // A time not followed by a capital is the title's own text.
      ["12:30pm lunch menu", null],
      ["Seed swap draws a record crowd to the village hall", null],
    ]);
    expect(drafts[0]!.timestamp).toEqual({ raw: "14:48", kind: "absolute", iso: null, precision: "minute" });
  });
  it("steps over a date with a reading time or a picture count, a sponsor's label, a show-more link, a feedback widget, opening hours and a licence number (no items of their own)", () => {
    const page = [
      "Related content",
      "Opinion",
      "Why the harbour ferry keeps running late in the winter",
      "By Jane Doe",
      "Mar 2, 2026 7 mins",
      "Keeping a compost heap working through the winter",
      "Mar 1, 20264 mins",
      "Nov 18 52 photos",
      "12H ago 34 photos",
      "brandpost Sponsored by Harbour Bank",
      "Show me more",
      "Seed swap draws a record crowd to the village hall",
      "Was this page helpful?",
      "Thanks for your feedback!",
      "Tell us why!",
      "Tired of too many ads?",
      "Go Ad Free Now",
      "Monday - Friday 10:00 am - 6:00 pm",
      "Saturday: 9:00 a.m.-1:00 p.m. *Hours may vary",
      "License # HB-20417",
    ];
    expect(titlesOf(page)).toEqual([
      ["Why the harbour ferry keeps running late in the winter", "Keeping a compost heap working through the winter", "Seed swap draws a record crowd to the village hall"],
    ]);
    // A title that ends in a duration or a picture count is still a title.
    expect(titlesOf(["Related content", "How to bake a loaf of bread in 40 mins", "The harbour's winter storms in 35 photos"])).toEqual([
      ["How to bake a loaf of bread in 40 mins", "The harbour's winter storms in 35 photos"],
    ]);
  });
  it("steps over a subscription prompt between two titles, and ends the list at the legal footer's links", () => {
    const page = [
      "More from the Gazette",
      "Why the harbour ferry keeps running late in the winter",
      "Subscribe to the Harbour Weekly",
      "Subscribe for unlimited access",
      "Keeping a compost heap working through the winter",
      "Follow us on the island's radio",
      "Seed swap draws a record crowd to the village hall",
      "Terms of Use",
      "Privacy Policy and Important Notices",
      "Lighthouse museum to reopen after a winter of repairs",
    ];
    expect(titlesOf(page)).toEqual([
      ["Why the harbour ferry keeps running late in the winter", "Keeping a compost heap working through the winter", "Seed swap draws a record crowd to the village hall"],
    ]);
    // A title that only opens with one of those words is still a title.
    expect(titlesOf(["More from the Gazette", "Terms of the new ferry contract leaked to the press", "Subscribers to the harbour fund get their money back"])).toEqual([
      ["Terms of the new ferry contract leaked to the press", "Subscribers to the harbour fund get their money back"],
    ]);
  });
  it("steps over a short tag row right under an item's author, and keeps a title with a comma there", () => {
    const page = [
      "Recent Posts",
      "Why the harbour ferry keeps running late in the winter",
      "Mira Okafor",
      "Harbour life, ferries",
      "Keeping a compost heap working through the winter",
      "Tom Reyes",
      "Uncategorized, garden notes, winter",
      "Ferry fares, tides: what changes in the spring",
      "Mira Okafor",
      "Island walks, lighthouses",
    ];
    expect(titlesOf(page)).toEqual([
      ["Why the harbour ferry keeps running late in the winter", "Keeping a compost heap working through the winter", "Ferry fares, tides: what changes in the spring"],
    ]);
  });
  it("takes no menu glued without spaces for a title, and keeps a title with one such join", () => {
    const page = [
      "More from the Gazette",
      "Why the harbour ferry keeps running late in the winter",
      "HomeWeatherTrafficHarbour NewsSportsContact us",
      "Footer linkFooter linkFooter linkFooter link",
      "Islanders queue for the new iPhone at the harbour shop",
    ];
    expect(titlesOf(page)).toEqual([["Why the harbour ferry keeps running late in the winter", "Islanders queue for the new iPhone at the harbour shop"]]);
  });
  it("takes no short ALL-CAPS section label for a title, even with a snippet under it, and keeps a longer title in capitals", () => {
    const snippet = "A short guide to building two raised beds from reclaimed boards in a single weekend, with the tools and timber you need.";
    const page = ["More from the Gazette", "Why the harbour ferry keeps running late in the winter", "POPULAR THIS WEEK", snippet, "HIKING THE HARBOUR CLIFFS AT DAWN", snippet];
    expect(titlesOf(page)).toEqual([["Why the harbour ferry keeps running late in the winter", "HIKING THE HARBOUR CLIFFS AT DAWN"]]);
  });
  it("still ends a list after four lines that are neither titles nor furniture", () => {
    const page = ["Related Posts", "How to build raised beds for a small plot", "Name", "Email", "Website", "Post", "Keeping a compost heap working through the winter"];
    expect(titlesOf(page)).toEqual([]);
  });
});
