/**
 * Breadcrumb trails glued to the main story's headline: `Home » Garden » How to grow sweet peas`,
 * or a trail whose separators the scrape lost (`Home GardenBalcony How to grow sweet peas`). When
 * the head also prints the headline on its own (often set in capitals, `HOW TO GROW SWEET PEAS`),
 * a title read from the trail's line is cut to the headline it ends with, as the trail prints it;
 * the trail is recorded as removed (`navigation`, `structure/breadcrumb`), so no character is lost.
 */
import type { Removed } from "../../model/article.js";
import type { ClassifiedLine } from "../../model/block.js";
import type { ArticleDraft } from "../draft.js";
import { countWords } from "../classify.js";
import { pieceRemoved } from "./story.js";

/** A trail opens with `Home` (its space maybe lost: `HomeGarden`), or holds a `»` or `›`. */
const TRAIL_START = /^(?:Home|HOME)(?![a-z])/u;

/** How many lines above and below the title line the headline printed on its own is looked for. */
const CRUMB_REACH = 6;

/** At least this many words in the headline the trail ends with. */
const MIN_HEADLINE_WORDS = 3;

/**
 * Where the headline starts in a breadcrumb trail line that ends with it: the start of the
 * longest line near the trail (`lines` within {@link CRUMB_REACH} of `at`) that the trail ends
 * with, case aside, of {@link MIN_HEADLINE_WORDS} words or more; -1 when the line is no trail or
 * ends with no such line.
 *
 * @param lines - The page's lines.
 * @param at - The index of the trail's line.
 * @returns The offset in the line's text where the headline starts, or -1.
 * @example
 * ```ts
 * crumbHeadlineStart(lines, 3); // 16 for "Home » Garden » How to grow sweet peas" with "HOW TO GROW SWEET PEAS" printed below
 * ```
 */
export function crumbHeadlineStart(lines: readonly ClassifiedLine[], at: number): number {
  const text = lines[at]?.text ?? "";
  if (!TRAIL_START.test(text) && !text.includes("»") && !text.includes("›")) return -1;
  const folded = text.toLowerCase();
  let best = -1;
  for (let j = Math.max(0, at - CRUMB_REACH); j < lines.length && j <= at + CRUMB_REACH; j++) {
    const l = lines[j]!;
    if (j === at || l.cls === "blank" || l.text.length >= text.length) continue;
    if (countWords(l.text) < MIN_HEADLINE_WORDS || !folded.endsWith(l.text.toLowerCase())) continue;
    const start = text.length - l.text.length;
    if (best < 0 || start < best) best = start;
  }
  return best;
}

/**
 * Cut a breadcrumb trail off the front of the main story's title (see {@link crumbHeadlineStart}),
 * recording it as removed. Only when the title is its line's text as printed.
 *
 * @param draft - The main article.
 * @param lines - The page's lines.
 * @param titleLine - The index of the line the title was read from.
 * @param input - The page's input.
 * @returns Nothing; the draft is updated in place.
 * @example
 * ```ts
 * takeCrumbTrail(draft, lines, found.titleLine, ctx.input); // "Home » Garden » How to grow sweet peas" -> "How to grow sweet peas"
 * ```
 */
export function takeCrumbTrail(draft: ArticleDraft, lines: readonly ClassifiedLine[], titleLine: number, input: string): void {
  const line = lines[titleLine];
  if (!line || line.text !== draft.title) return;
  const start = crumbHeadlineStart(lines, titleLine);
  if (start <= 0) return;
  const trail = line.text.slice(0, start).trimEnd();
  if (trail === "") return;
  const cut: Removed = pieceRemoved(line, input, 0, trail.length, "navigation", "structure/breadcrumb");
  draft.title = line.text.slice(start);
  draft.removed = [...draft.removed, cut].sort((a, b) => a.start - b.start);
}
