/**
 * An invented story shared by the layout tests (test/layouts/): a site name, a headline, a byline,
 * a date line and four paragraphs, the article page the related lists of those tests sit under.
 */

/** The headline of {@link ferryStory}. */
export const FERRY_HEADLINE = "Ferry operator orders two electric boats for the island route";

/** The story's four paragraphs. */
export const FERRY_PARAGRAPHS = [
  "The island ferry operator has ordered two electric boats to replace its diesel vessels on the route to the mainland, the company said on Monday.",
  "The boats will be built at a yard on the north coast and should enter service in the spring of next year, after a month of trials in the harbour.",
  "Residents welcomed the news but asked whether fares would rise to pay for the new vessels, which cost more than twice as much as the old ones.",
  "The operator said fares would be frozen for at least two more years while the council reviews the subsidy it pays for the winter crossings.",
];

/**
 * The story's lines under a site name: `[site, headline, byline, date, ...paragraphs]`, so
 * `ferryStory(site)[1]` is the headline.
 *
 * @param site - The site name printed above the headline.
 * @returns The page lines, one per line.
 * @example
 * ```ts
 * const page = [...ferryStory("Harbour Gazette"), "Related Articles", "Lighthouse museum reopens"];
 * ```
 */
export function ferryStory(site: string): string[] {
  return [site, FERRY_HEADLINE, "By Mira Okafor", "March 9, 2026", ...FERRY_PARAGRAPHS];
}
