/**
 * The listing-item layout (Daily8 hashtag pages, and related blocks under the spaced footer) and
 * the "logo" header of an article page. Both open with the title printed twice:
 *
 * ```
 * <Title>                      logo
 * <Title>                      <Title>
 *                              (blank)
 * <Source>                     <Title>
 * time<stamp>                  <Source><stamp>      (or <Source> / time<stamp>, or nothing)
 *   • <Category>               body paragraphs …
 *   • <Source>
 * <Title>
 * <body on one line> Copy the Story Link
 * ```
 *
 * The two differ in what follows the header: an item has listing traits (a third copy of the
 * title, category bullets, a body ending with the copy-link button); a logo header has none, and
 * its body is the page's main story, found by the main-story stage.
 */
import type { ClassifiedLine } from "../../model/block.js";
import type { ParseContext } from "../context.js";
import { cleanBodyLines } from "../inline.js";
import { lineEnd, lineRemoved } from "../lines.js";
import { chromePhrases } from "../../locales/chrome.js";
import { findDateline } from "../../time/find-timestamp.js";
import { literalAlternation } from "../../rules/rule.js";
import {
  endsFullStop,
  endsTruncated,
  headlineLike,
  nextNonBlank,
  readHeader,
  roleFor,
  sameTitle,
  TRUNCATED,
  type Header,
  type LayoutStory,
} from "./story.js";

/** A title printed twice, with its header read. */
export interface TitledBlock {
  /** The first copy of the title. */
  first: number;
  /** The second copy (the one kept as the title; the first is recorded as a repeat). */
  second: number;
  header: Header;
  /** Lines of the body, the last one included. */
  bodyFirst: number;
  bodyLast: number;
  /** Listing traits: a third title copy, category bullets, or a copy-link ending. */
  listingTraits: boolean;
  relatedHeader: number;
}

const COPY_LINK = new RegExp(
  `(?:${literalAlternation(chromePhrases("copyStoryLink"))})$`,
  "u",
);

/** The fewest words of a title printed twice (a text line: see {@link findTitledBlocks}). */
export const TITLE_MIN_WORDS = 3;

/**
 * Finds every title printed twice (at most one blank line between the copies) and reads its
 * header and body. The body runs to the next such title, a line that closes a story (a rule with a
 * signal), or the line ending with the copy-link button, whichever comes first.
 */
export function findTitledBlocks(lines: readonly ClassifiedLine[], ctx: ParseContext): TitledBlock[] {
  const anchors: Array<{ first: number; second: number; related: number }> = [];
  let related = -1;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.cls === "boilerplate" && l.rule?.signal === "related-header") related = i;
    // Titles of three words or more (two-word menu entries such as "World News" are printed twice
    // too) that do not end with a full stop (a paragraph printed twice is not a title).
    if (!headlineLike(l) || l.words < TITLE_MIN_WORDS || l.text.length < 12 || (endsFullStop(l.text) && !endsTruncated(l.text))) continue;
    const j = nextNonBlank(lines, i + 1);
    if (j >= lines.length || j - i > 2) continue;
    const m = lines[j]!;
    if (!headlineLike(m) || !sameTitle(l.text, m.text)) continue;
    anchors.push({ first: i, second: j, related });
    i = j;
  }
  const blocks: TitledBlock[] = [];
  anchors.forEach((a, k) => {
    const limit = k + 1 < anchors.length ? anchors[k + 1]!.first : lines.length;
    const title = lines[a.second]!.text;
    const header = readHeader(lines, a.second + 1, limit, title, ctx.input);
    let bodyFirst = -1;
    let bodyLast = -1;
    let copyLink = false;
    for (let j = header.next; j < limit; j++) {
      const l = lines[j]!;
      if (l.cls === "blank") continue;
      if (l.cls === "boilerplate" && l.rule?.signal) break;
      if (l.cls === "timestamp" || l.cls === "source-timestamp") break;
      if (bodyFirst < 0) bodyFirst = j;
      bodyLast = j;
      if (l.cls === "text" && COPY_LINK.test(l.text)) {
        copyLink = true;
        break;
      }
      if (l.cls === "boilerplate" && l.rule?.id === "site-chrome/copy-story-link") {
        copyLink = true;
        break;
      }
    }
    blocks.push({
      first: a.first,
      second: a.second,
      header,
      bodyFirst,
      bodyLast,
      listingTraits: header.extraTitle || header.hasCategories || copyLink,
      relatedHeader: a.related,
    });
  });
  return blocks;
}

/** Builds a listing item (or related block) from a titled block; `draft` is `null` when it has no body. */
export function buildListingStory(lines: readonly ClassifiedLine[], b: TitledBlock, ctx: ParseContext): LayoutStory {
  const titleLine = lines[b.second]!;
  const last = Math.max(b.bodyLast, b.header.slotLines.at(-1) ?? b.second) + 1;
  const story: LayoutStory = { layout: "listing", first: b.first, last, draft: null, strong: true, relatedHeader: b.relatedHeader };
  if (b.bodyFirst < 0) return story;
  const removed = [lineRemoved(lines[b.first]!, ctx.input, "repeated-title", "structure/repeated-title"), ...b.header.removed];
  const body: ClassifiedLine[] = [];
  for (let j = b.bodyFirst; j <= b.bodyLast; j++) {
    const l = lines[j]!;
    if (l.cls === "blank") continue;
    if (l.cls === "boilerplate") removed.push(lineRemoved(l, ctx.input, l.rule!.kind, l.rule!.id));
    else body.push(l);
  }
  const cleaned = cleanBodyLines(body, ctx.rules, ctx.input, { title: titleLine.text, flattened: true, trailingCredit: true, outOfTime: ctx.outOfTime });
  if (cleaned.paragraphs.length === 0) return story;
  let timestamp = b.header.timestamp;
  // A wire dateline (`Jun. 10—`) dates an item that prints no stamp; its text stays in the body.
  if (!timestamp && body[0]) timestamp = findDateline(body[0].text, ctx)?.timestamp ?? null;
  story.draft = {
    role: roleFor(b.relatedHeader),
    title: titleLine.text,
    truncated: TRUNCATED.test(titleLine.text),
    source: b.header.source ?? cleaned.credit,
    timestamp,
    kicker: cleaned.kicker,
    paragraphs: cleaned.paragraphs,
    captions: cleaned.captions,
    hashtags: [],
    categories: b.header.categories,
    removed: [...removed, ...cleaned.removed].sort((x, y) => x.start - y.start),
    start: lines[b.first]!.textStart,
    end: lineEnd(lines[last - 1]!),
  };
  return story;
}
