import type { ClassifiedLine, Line } from "../model/block.js";
import { chromePhrases } from "../locales/chrome.js";
import { LISTING_HEADER_RULE_ID } from "../rules/site-chrome.js";
import { foldLine, matchLine } from "../rules/rule.js";
import { type EdgeScan, SOURCE_AFTER, scanCandidateEdges } from "../time/find-timestamp.js";
import { mayHoldTimestamp, mayHoldTimestampIn } from "../time/vocabulary.js";
import type { TimestampOptions } from "../time/types.js";
import type { ParseContext } from "./context.js";
import { endsSentence } from "./page-view.js";

// Timestamps and glued source+stamp lines are short; longer lines are never tested (cost and false positives).
const MAX_TIMESTAMP_LINE = 80;
// "- Harbour Gazette", "• Business", "· Reuters": the dash or bullet echo of a source or category.
const ECHO = /^[-–—•·]\s?(\S.{0,58})$/u;
/** `true` for the code units an {@link ECHO} match may start with: `-–—•·` (count-words.test.ts checks this against ECHO). */
export function isEchoStart(c: number): boolean {
  return c === 0x2d || c === 0x2013 || c === 0x2014 || c === 0x2022 || c === 0xb7;
}
// "time11-06-2025": the clock icon's label, which innerText glues to a stamp (per language, as data).
const TIME_LABELS: ReadonlySet<string> = new Set(chromePhrases("timeLabel").map((l) => l.toLowerCase()));

/**
 * Stage 3: classify each line (the lines `segment` and `normalize` cut from `ctx.input`). Rules run first (they are data and the user can change them),
 * then the template learned for the site (`createArticleParser().learn`), then timestamp
 * detection on short lines (a stamp alone, glued to its source or to the `time` icon label, or
 * followed by `· <Source>`), then echo detection. The result still holds every
 * line, so assembly can look at neighbours. When the time budget runs out, only the lines
 * classified so far are returned (a prefix of `lines`).
 * @param tally - Filled in with the counts of the lines classified (see {@link ClassTally}), when given.
 */
export function classify(lines: Line[], ctx: ParseContext, tally?: ClassTally): ClassifiedLine[] {
  const tsOptions: TimestampOptions = { referenceTime: ctx.referenceTime, timeZone: ctx.timeZone, dateOrder: ctx.dateOrder };
  // Lines from `segment` already carry every ClassifiedLine field (see segment.ts): they are
  // classified in place and the same array is returned.
  const out = lines as ClassifiedLine[];
  // Short lines repeat on a page (menus, share bars, stamps, counters) and their class depends only
  // on their text. The costly part, reading a timestamp (a few µs a line), is done once per
  // distinct text: `scans` keeps the answer for each line that may hold one. Rule matches have
  // their own cache (the parser's `ruleCache`), and the other checks cost less than a map entry,
  // so they run again on a repeated line (with the same answers, as they depend on its text
  // alone). A repeated stamp line gets the very objects its first occurrence got.
  const scans = new Map<string, EdgeScan>();
  // Normalisation reads line and paragraph separators (U+2028, U+2029) as spaces, so no
  // normalised line holds one, and matchLine need not look.
  const separatorFree = true;
  // The tally's counts, kept in locals while the loop runs (written back on every way out).
  let maxTextWords = 0;
  let maxTextLength = 0;
  let stampLines = 0;
  let relatedHeaders = 0;
  let siteChrome = false;
  let listingHeader = -1;
  // Whether a rule that holds only below a story (`where.tail`) matched a line: then they are read
  // again once every line is classified (releaseTailMatches).
  let tails = false;
  const done = (classified: ClassifiedLine[]): ClassifiedLine[] => {
    if (tails) releaseTailMatches(classified, ctx.template);
    if (tally) {
      tally.maxTextWords = maxTextWords;
      tally.maxTextLength = maxTextLength;
      tally.stampLines = stampLines;
      tally.relatedHeaders = relatedHeaders;
      tally.siteChrome = siteChrome;
      tally.listingHeader = listingHeader;
    }
    return classified;
  };
  for (let i = 0; i < lines.length; i++) {
    // The time budget, every 256 lines (a clock read is cheap; 256 lines take 0.3-3 ms). Once it
    // is spent the remaining lines are not looked at: the caller records them as unparsed.
    if ((i & 255) === 255 && ctx.outOfTime()) return done(out.slice(0, i));
    const line = lines[i]!;
    const c = out[i]!;
    c.cls = "text";
    c.rule = null;
    c.timestamp = null;
    c.source = null;
    c.tsStart = -1;
    c.tsEnd = -1;
    const text = line.text;
    // `c.words` was counted by `normalize` (the same as `countWords(text)`).
    if (text === "") {
      c.cls = "blank";
      continue;
    }
    // Rules before the learned template: a rule names the kind precisely and may carry a signal
    // (a related-articles header learned as template must still open the related section).
    const match = matchLine(ctx.rules, text, ctx.ruleCache, true, separatorFree);
    if (match) {
      c.cls = "boilerplate";
      c.rule = match.rule;
      if (match.rule.signal === "related-header") relatedHeaders++;
      if (match.rule.kind === "site-chrome") siteChrome = true;
      if (listingHeader < 0 && match.rule.id.startsWith(LISTING_HEADER_RULE_ID)) listingHeader = i;
      if (match.rule.where?.tail === true) {
        tails = true;
        // It may be taken back as text (releaseTailMatches): the tally counts it as one, so that no
        // layout finder is skipped for want of it (a count too high only runs a finder).
        if (c.words > maxTextWords) maxTextWords = c.words;
        if (text.length > maxTextLength) maxTextLength = text.length;
      }
      continue;
    }
    if (ctx.template.size > 0 && ctx.template.has(foldLine(text))) {
      c.cls = "boilerplate";
      c.rule = TEMPLATE_RULE;
      continue;
    }
    // The pre-check of `lineMayHoldTimestamp` (for a line this short, that is all it asks): read
    // from the input when the line is a verbatim piece of it (no offset map), a flat string.
    if (
      text.length <= MAX_TIMESTAMP_LINE &&
      (line.map === null ? mayHoldTimestampIn(ctx.input, line.textStart, line.textStart + text.length, text) : mayHoldTimestamp(text))
    ) {
      // One tokenisation answers both questions: a stamp alone, or one glued to the line's end or
      // start. Only the `found` kept below is asked for (scanTimestampEdges skips the others).
      let scan = scans.get(text);
      if (scan === undefined) {
        scan = scanCandidateEdges(text, tsOptions);
        // Bounded as the rule cache is: a page of a million distinct short lines would otherwise
        // keep a map entry for each (the answers are the same either way).
        if (scans.size >= MAX_SCANS) scans.clear();
        scans.set(text, scan);
      }
      const { whole, found } = scan;
      if (whole) {
        c.cls = "timestamp";
        c.timestamp = whole;
        c.tsStart = 0;
        c.tsEnd = text.length;
        stampLines++;
        continue;
      }
      if (found && ((found.after === "" && found.before !== "") || (found.before === "" && SOURCE_AFTER.test(found.after)))) {
        c.timestamp = found.timestamp;
        c.tsStart = found.start;
        c.tsEnd = found.end;
        const before = found.before;
        if (before !== "" && TIME_LABELS.has(before.toLowerCase())) {
          c.cls = "timestamp";
        } else if (before.length <= 60 && before !== "") {
          c.cls = "source-timestamp";
          c.source = before;
        } else if (before === "" && !/\d/u.test(found.after)) {
          c.cls = "source-timestamp";
          c.source = SOURCE_AFTER.exec(found.after)![1]!.trim();
        }
        if (c.cls !== "text") {
          stampLines++;
          continue;
        }
        c.timestamp = null;
        c.tsStart = c.tsEnd = -1;
      }
    }
    // ECHO is only run on lines that start with one of its dashes or bullets (the same result:
    // it is anchored there).
    if (c.words <= 8 && isEchoStart(text.charCodeAt(0))) {
      const echo = ECHO.exec(text);
      if (echo) c.source = echo[1]!.trim();
    }
    if (c.words > maxTextWords) maxTextWords = c.words;
    if (text.length > maxTextLength) maxTextLength = text.length;
  }
  return done(out);
}

/**
 * What {@link classify} counts while it classifies a page's lines, for the layout finders of
 * assembly: a finder whose shape needs a line the page does not have is not run (each is a pass
 * over every line object, 20 to 70 ms on a page of millions of short lines). Counts over the
 * lines classified (a prefix of the page when the time budget ran out).
 */
export interface ClassTally {
  /** The most words (`words`) of a line classified as `text` (0 without one). */
  maxTextWords: number;
  /** The most code units of a line classified as `text` (0 without one). */
  maxTextLength: number;
  /** The lines classified as `timestamp` or `source-timestamp`. */
  stampLines: number;
  /** The `boilerplate` lines whose rule has the `related-header` signal. */
  relatedHeaders: number;
  /** Whether a line was removed by a rule of kind `site-chrome` (the aggregator's interface strings). */
  siteChrome: boolean;
  /** The first line removed by the listing-header rule (its id starts with `LISTING_HEADER_RULE_ID`), or -1. */
  listingHeader: number;
}

/** How many lines below a `tail` rule's match are read for a story paragraph (see {@link releaseTailMatches}). */
const TAIL_LOOK = 3;

/**
 * A line of prose, as a story's paragraph reads: 25 words or more, or 8 or more ending a sentence
 * (the paragraph shape of the main-story stage).
 */
function proseLine(l: ClassifiedLine): boolean {
  return l.cls === "text" && (l.words >= 25 || (l.words >= 8 && endsSentence(l.text)));
}

/**
 * Whether line `i` sits where a story's tail does: right under a paragraph of prose, or under a
 * header, a byline or a line with a signal (`About the author`, a tag list), or under the name its
 * text opens with ("Jane Doe" over "Jane Doe is a …", up to two lines between them: a role, a follow button),
 * or under a short header holding that name (see {@link boxHeader}). Not under a
 * heading or a list line: there it is an item of a list ("Ferry Tours" over "Ana Diaz is a guide
 * who …"). Blank lines and boilerplate without a signal are passed over.
 */
function afterStoryEnd(lines: readonly ClassifiedLine[], i: number, name: BioName | null): boolean {
  const text = lines[i]!.text;
  let seen = 0;
  for (let j = i - 1; j >= 0 && seen < 3; j--) {
    const l = lines[j]!;
    if (l.cls === "blank") continue;
    if (l.cls === "boilerplate") {
      const rule = l.rule;
      if (rule?.signal !== undefined || rule?.kind === "bio" || rule?.kind === "byline") return true;
      continue;
    }
    if (l.words <= 6 && text.startsWith(l.text)) return true;
    if (name !== null && l.words <= 12 && boxHeader(l.text, name.full)) return true;
    if (seen === 0 && proseLine(l)) return true;
    seen++;
  }
  return false;
}

/**
 * Whether a short line is an author box's header naming the bio's person: the name with the
 * role after it ("Jane Doe, Founder of …", "Jane Doe | Staff Writer") or after a label
 * ("Author: Jane Doe", "Written by: Jane Doe").
 */
function boxHeader(line: string, name: string): boolean {
  if (line.startsWith(name)) return /^(?:$|,|\s[|–—-]\s)/u.test(line.slice(name.length));
  const colon = line.indexOf(": ");
  return colon > 0 && colon <= 20 && line.slice(colon + 2).startsWith(name) && line.length - colon - 2 - name.length <= 2;
}

/** The most lines {@link storyGoesOn} passes over below a `tail` match (blank, boilerplate, bio continuation). */
const TAIL_SCAN = 40;
/** The most paragraphs of a bio's continuation passed over below its first line (see {@link storyGoesOn}). */
const BIO_PARAGRAPHS = 4;
// The verb after the name a bio line opens with: "Jane Doe is a …", "Jean Martin est …", "Jane Doe (@jd) is …".
const BIO_VERB = / (?:\(@|is |est |ist |es |è |é )/u;
// Titles before a name: "Dr. Ana Diaz".
const NAME_TITLE = /^(?:Dr|Prof|Mr|Mrs|Ms)\.?$/u;
// A paragraph that goes on about the person of a bio, in the third person: "She has written for …",
// "His work has appeared in …", "He’s a …".
const THIRD_PERSON = /^(?:She|He|Her|His)(?:[’']s)?\b/u;

/** The name a bio line opens with, whole and its first and last words (see {@link bioName}). */
interface BioName {
  full: string;
  first: string;
  last: string;
}

/**
 * The first and last word of the name a bio line opens with ("Jane", "Doe" of "Jane Doe is a
 * reporter …"), or `null` when the line opens with no name before its verb (a follow or contact
 * line).
 */
function bioName(text: string): BioName | null {
  const verb = BIO_VERB.exec(text);
  if (verb === null || verb.index > 80) return null;
  const full = text.slice(0, verb.index);
  const words = full.split(" ").filter((w) => !NAME_TITLE.test(w));
  if (words.length < 2) return null;
  return { full, first: words[0]!, last: words[words.length - 1]! };
}

/**
 * Whether a paragraph goes on about the person of the bio above it, in the third person: it opens
 * with "She", "He", "His", "Her", or with the first or last word of the bio's name ("Karina holds
 * …", "Doe has covered …").
 */
function bioContinuation(l: ClassifiedLine, name: BioName | null): boolean {
  const text = l.text;
  if (THIRD_PERSON.test(text)) return true;
  if (name === null) return false;
  return [name.first, name.last].some((w) => text.startsWith(w) && /^(?: |[’']s )/u.test(text.slice(w.length)));
}

/**
 * Whether the story goes on below the `tail` match at line `i`: a paragraph of prose comes among
 * the next {@link TAIL_LOOK} lines that count (blank lines and boilerplate without a signal do
 * not; a line with a signal ends the look, as what follows it is no longer the story), and that
 * paragraph reads as the story's, not as the rest of the box:
 * - not the bio's continuation: paragraphs about the same person in the third person
 *   ({@link bioContinuation}) are passed over (up to {@link BIO_PARAGRAPHS}), as a bio box holds
 *   several;
 * - not a box's lone paragraph (a newsletter's pitch under the bio): a paragraph that a line with
 *   a signal follows before any other paragraph of prose (`Related Articles`, a newsletter box).
 */
function storyGoesOn(lines: readonly ClassifiedLine[], i: number, name: BioName | null): boolean {
  let counted = 0;
  let continued = 0;
  let prose = -1;
  const end = Math.min(lines.length, i + 1 + TAIL_SCAN);
  for (let j = i + 1; j < end; j++) {
    const l = lines[j]!;
    if (l.cls === "blank") continue;
    if (l.cls === "boilerplate") {
      if (l.rule?.signal !== undefined) return false;
      continue;
    }
    if (proseLine(l)) {
      if (prose < 0 && continued < BIO_PARAGRAPHS && bioContinuation(l, name)) {
        continued++;
        continue;
      }
      // A second paragraph of prose: the story goes on.
      if (prose >= 0) return true;
      prose = j;
      counted = 0;
      continue;
    }
    if (++counted >= TAIL_LOOK) return prose >= 0;
  }
  return prose >= 0;
}

/** The most lines (not blank) read below a `tail` match for its box's own link (see {@link boxLinkBelow}). */
const BOX_LINK_LOOK = 2;

/**
 * Whether an author box's own line follows the `tail` match at line `i` within
 * {@link BOX_LINK_LOOK} lines: a bio rule's line that holds anywhere ("View all posts by Jane Doe",
 * "More from this author", an `About the author` header). Then the match is the box's bio, whatever
 * comes below the box (a newsletter pitch, a related list) and above it (a tag line), so it holds.
 */
function boxLinkBelow(lines: readonly ClassifiedLine[], i: number): boolean {
  let seen = 0;
  for (let j = i + 1; j < lines.length && seen < BOX_LINK_LOOK; j++) {
    const l = lines[j]!;
    if (l.cls === "blank") continue;
    const rule = l.rule;
    if (l.cls === "boilerplate" && rule?.kind === "bio" && rule.where?.tail !== true) return true;
    seen++;
  }
  return false;
}

/**
 * Takes back as text every line a `tail` rule matched (`Rule.where.tail`) that is not at a story's
 * tail: when the story goes on below it (see {@link storyGoesOn}), or when it does not follow a
 * story's end (see {@link afterStoryEnd}). One pass from the bottom up. A line taken back is
 * classified as the rules had not matched it: text, or the learned template's.
 * Exported for the tests.
 *
 * @param lines - The classified lines, in page order (changed in place).
 * @param template - The learned site template (folded lines), as `classify` reads it.
 */
export function releaseTailMatches(lines: ClassifiedLine[], template: ReadonlySet<string>): void {
  for (let i = lines.length - 1; i >= 0; i--) {
    const l = lines[i]!;
    if (l.cls !== "boilerplate" || l.rule?.where?.tail !== true) continue;
    const name = bioName(l.text);
    if (boxLinkBelow(lines, i)) continue;
    if (!storyGoesOn(lines, i, name) && afterStoryEnd(lines, i, name)) continue;
    const learned = template.size > 0 && template.has(foldLine(l.text));
    l.cls = learned ? "boilerplate" : "text";
    l.rule = learned ? TEMPLATE_RULE : null;
  }
}

/** The distinct lines whose timestamp scan `classify` remembers at once (see `scans`). */
const MAX_SCANS = 20_000;

/** The pseudo-rule behind removals learned from a batch (see `createArticleParser().learn`). */
export const TEMPLATE_RULE = { id: "template/learned", kind: "template", phrases: [] as string[] };

/**
 * Counts space-separated words (runs of characters other than U+0020; normalised lines hold no
 * other spacing). The pipeline does not call it: `normalize` counts each line's words while it
 * scans the line (`Line.words`, held to this by a property test). One native `indexOf` scan per
 * word instead of a loop over every code unit.
 */
export function countWords(text: string): number {
  const n = text.length;
  let words = 0;
  let i = 0;
  for (;;) {
    while (i < n && text.charCodeAt(i) === 32) i++;
    if (i >= n) return words;
    words++;
    const space = text.indexOf(" ", i);
    if (space < 0) return words;
    i = space + 1;
  }
}
