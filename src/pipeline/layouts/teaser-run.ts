/**
 * Section pages without stamps: a run of teasers, each a headline and a one-paragraph summary,
 * that the main-story stage reads as one story (the first headline its title, the other headlines
 * its crossheads). When every line from the title down to the end of the body alternates headline,
 * summary, headline, summary, three times or more, and the page prints no byline and no stamp for
 * the story, the page is a listing: each pair is an item, and no main story is invented.
 *
 * ```
 * Harbour life                                          <- page title
 * Ferry operator orders two electric boats              <- item
 * The operator said the boats would enter service …
 * Fish market to stay open on Sundays this summer       <- item
 * Traders voted to keep the market open on Sundays …
 * Boatyard wins contract to repair the lifeboat station <- item
 * The boatyard will start work on the slipway in May …
 * ```
 *
 * An article with crossheads has the same alternation, so the headlines must read as headlines of
 * stories, not as section heads: six words or more on average (crossheads are short), no ALL-CAPS,
 * and a summary under every one (an article runs several paragraphs under some crossheads).
 */
import type { ClassifiedLine } from "../../model/block.js";
import { endsSentence } from "./story.js";

/** Fewer teasers than this are an article with crossheads as often as a listing. */
const MIN_TEASERS = 3;
/** Headline words: fewer is a crosshead or a label, more a paragraph. */
const MIN_HEAD_WORDS = 4;
const MAX_HEAD_WORDS = 18;
/** Crossheads average fewer words than this; story headlines more. */
const MIN_MEAN_HEAD_WORDS = 6;
/** Summary words: a sentence or two, not an article's long paragraph. */
const MIN_SUMMARY_WORDS = 10;
const MAX_SUMMARY_WORDS = 120;

/** A headline and its summary line. */
export interface Teaser {
  titleLine: number;
  summaryLine: number;
}

function headline(l: ClassifiedLine): boolean {
  if (l.cls !== "text" || l.words < MIN_HEAD_WORDS || l.words > MAX_HEAD_WORDS || l.text.length > 160) return false;
  const last = l.text.charCodeAt(l.text.length - 1);
  // A full stop, colon or comma ends a sentence or a label; ALL CAPS is a rubric or a shout; a
  // run of comma-separated pieces is a name and affiliation (`Jane Doe, Director, Harbour Trust`).
  if (last === 0x2e || last === 0x3a || last === 0x2c || last === 0x3b || !/[\p{Ll}\p{Lo}]/u.test(l.text)) return false;
  const comma = l.text.indexOf(", ");
  return comma < 0 || l.text.indexOf(", ", comma + 2) < 0;
}

/** The next line from `from` to `last` that is not blank, or -1. */
function nextText(lines: readonly ClassifiedLine[], from: number, last: number): number {
  for (let j = from; j <= last; j++) if (lines[j]!.cls !== "blank") return j;
  return -1;
}

function summary(l: ClassifiedLine): boolean {
  return l.cls === "text" && l.words >= MIN_SUMMARY_WORDS && l.words <= MAX_SUMMARY_WORDS && endsSentence(l.text);
}

/**
 * Read the main story found on a page as a run of teasers, when it is one.
 *
 * @param lines - The page's classified lines.
 * @param titleLine - The main story's title line.
 * @param bodyLines - Its body lines, in page order.
 * @param hasHeader - Whether the story has a byline or a stamp (then it is an article).
 * @returns The teasers, or `null` when the story reads as one article.
 * @example
 * ```ts
 * const run = teaserRun(lines, found.titleLine, found.bodyLines, found.bylineLine >= 0 || found.timestampLine >= 0);
 * ```
 */
export function teaserRun(lines: readonly ClassifiedLine[], titleLine: number, bodyLines: readonly number[], hasHeader: boolean): Teaser[] | null {
  // Cheap checks first: this is asked of every page with a main story.
  if (hasHeader || bodyLines.length < 2 * MIN_TEASERS - 1) return null;
  const last = bodyLines[bodyLines.length - 1]!;
  const teasers: Teaser[] = [];
  let head = -1;
  let headWords = 0;
  // A roundup's own title above its first teaser (`Les infos de la mi-journée`): two headlines in
  // a row at the top; the first is the page's title, not a story.
  let from = titleLine;
  const next = nextText(lines, titleLine + 1, last);
  if (next >= 0 && headline(lines[titleLine]!) && headline(lines[next]!)) from = next;
  for (let j = from; j <= last; j++) {
    const l = lines[j]!;
    if (l.cls === "blank") continue;
    if (head < 0) {
      if (!headline(l)) return null;
      head = j;
      headWords += l.words;
    } else {
      if (!summary(l)) return null;
      teasers.push({ titleLine: head, summaryLine: j });
      head = -1;
    }
  }
  if (head >= 0 || teasers.length < MIN_TEASERS || headWords < MIN_MEAN_HEAD_WORDS * teasers.length) return null;
  return teasers;
}
