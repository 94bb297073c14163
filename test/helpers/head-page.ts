/**
 * An invented page in the shapes of FORMATS.md section 3 for the head-reading tests: a menu, then
 * the story's head (what each test varies: headline, byline and date lines), then the body.
 */
import { parsePage, type Article } from "../../src/index.js";

/** The reference time the head tests resolve stamps against. */
export const REF = { referenceTime: "2025-03-20T12:00:00Z" };

/** The site menu above the head. */
export const MENU = ["Skip to content", "Home", "Guides", "Reviews", "Newsletter", "Contact"];

/** Three story paragraphs, blank lines between them. */
export const BODY = [
  "The harbour council voted on Monday night to run a single ferry service for the three towns, ending a decade of disputes over timetables and fares.",
  "",
  "Council leaders said the shared contract would save money and let the boats run later in the evening during the busy summer season on the coast.",
  "",
  "Residents will be asked for their views on the new timetable at meetings in each town during March, and the first boats are expected to sail in April.",
];

/** The main story of a page of {@link MENU}, then `head`, then {@link BODY} and a footer. */
export function headPageMain(head: readonly string[]): Article {
  const page = parsePage([...MENU, ...head, "", ...BODY, "", "© 2025 Harbour Press"].join("\n"), REF);
  return page.articles.find((a) => a.role === "main")!;
}
