import type { Removed } from "../model/article.js";
import type { ClassifiedLine } from "../model/block.js";
import { isInterfaceLabel } from "./page-view.js";
import { LISTING_HEADER_RULE_ID } from "../rules/site-chrome.js";
import type { ParseContext } from "./context.js";
import { cleanBodyLines } from "./inline.js";
import { DIGEST_TITLE_MIN_WORDS, findDigests } from "./layouts/digest.js";
import { findTimestamp, scanTimestampLine, type FoundTimestamp } from "../time/find-timestamp.js";
import { takeSectionPrefix } from "./layouts/section-prefix.js";
import { teaserRun } from "./layouts/teaser-run.js";
import { sourceName } from "./layouts/source-name.js";
import { withoutBodyLists } from "./layouts/body-list.js";
import { findLinkLists, isListHeader, linkListDraft, mayHoldListHeader, titleShape as listTitleShape } from "./layouts/link-list.js";
import { takeKickerLabel } from "./layouts/kicker-label.js";
import { takeSiteAffix } from "./layouts/site-affix.js";
import { takeTitleStamp } from "./layouts/title-stamp.js";
import { takeCrumbTrail } from "./layouts/crumb-title.js";
import { wireSource } from "./layouts/wire-source.js";
import { buildListingStory, findTitledBlocks, TITLE_MIN_WORDS, type TitledBlock } from "./layouts/listing.js";
import { findRoundup, MIN_BODY_WORDS } from "./layouts/roundup.js";
import { markStepLabels } from "./layouts/step-label.js";
import type { ClassTally } from "./classify.js";
import { gluedSource, headlineLike, nameLike, nextNonBlank, sameName, SENTENCE_END, stampLabelRemoved, TRUNCATED, type LayoutStory } from "./layouts/story.js";
import { repeatedItems } from "./layouts/repeated-item.js";
import { isHeadline, type ArticleDraft } from "./draft.js";
import { lineEnd, lineRemoved, pageBuffer } from "./lines.js";
import { buildMain, findMainStory, isParagraph, type MainStory, type StampMemo } from "./main-story.js";
import { lineCounter } from "./segment.js";

// The shared draft type and headline test live in draft.ts, below this module and the stages it calls.
export type { ArticleDraft } from "./draft.js";
export { isHeadline } from "./draft.js";

/** What assembly hands on: the articles, and the page chrome that belongs to none of them. */
export interface Assembled {
  articles: ArticleDraft[];
  pageRemoved: Removed[];
}

/** A compact related block (the seed's footer): `<Source>` / `<stamp>` / `- <Source>` / title / body. */
interface CompactHead {
  first: number;
  last: number;
  source: string | null;
  timestampLine: number;
  echoLine: number;
  titleLine: number;
  relatedHeader: number;
}

/**
 * Stage 4: group classified lines into articles.
 *
 * Story blocks whose structure is unambiguous are found first, because their long one-line
 * bodies would otherwise outweigh the main story: titles printed twice (listing items, related
 * blocks of the spaced footer), compact `<Source>/<stamp>/- <Source>` blocks, kicker-led roundup
 * stories and digest runs (see `layouts/`). The main story is then located among the remaining
 * lines; a block that holds most of the page's prose is no wall for it, and one it runs around
 * that holds a paragraph is opened to it (the page is read again). Weak blocks (a source and a
 * stamp above a title, but no echo) are accepted only below the main story and a related-articles
 * header: higher up, "Author / date / title" is the main story's own header. Everything left is
 * page chrome.
 * @param tally - Classify's tally of `lines`, when at hand: a layout finder (and the main-story
 *   stage's language and fallback searches) whose shape it rules out is not run. The result is the
 *   same without it (`test/pipeline/speed-paths.test.ts`).
 */
export function assemble(lines: ClassifiedLine[], ctx: ParseContext, tally?: ClassTally): Assembled {
  // The per-line arrays of this stage share one buffer, kept from page to page (see
  // scratchBuffer): each array buffer costs an allocation outside the heap (microseconds a page),
  // a view of one costs next to nothing.
  // The layouts' and the main-story stage's arrays live in it too (kicker marks; key points,
  // duplicates and paragraphs).
  const n = lines.length;
  const buffer = scratchBuffer(12 * n);
  const owner = new Int32Array(buffer, 0, n); // the article each line belongs to, set up below
  const taken = new Uint8Array(buffer, 4 * n, n);
  const inStrong = new Uint8Array(buffer, 5 * n, n);
  const broken = new Uint8Array(buffer, 6 * n, n);
  const kickers = new Uint8Array(buffer, 7 * n, n);
  const mainScratch = new Uint8Array(buffer, 8 * n, 3 * n);
  const inMainField = new Uint8Array(buffer, 11 * n, n);
  const take = (s: { first: number; last: number }) => taken.fill(1, s.first, s.last);
  // Whether the page prints the aggregator's interface strings (site-chrome rules): its block
  // headers name publishers. And the first listing header. Classify's tally holds both; without
  // it, one pass reading boilerplate lines only.
  let aggregatorChrome = tally?.siteChrome ?? false;
  let listingHeader = tally?.listingHeader ?? -1;
  for (let i = 0; tally === undefined && i < n && (listingHeader < 0 || !aggregatorChrome); i++) {
    const l = lines[i]!;
    if (l.cls !== "boilerplate") continue;
    if (l.rule?.kind === "site-chrome") aggregatorChrome = true;
    if (listingHeader < 0 && l.rule?.id.startsWith(LISTING_HEADER_RULE_ID) === true) listingHeader = i;
  }
  const stories: LayoutStory[] = [];

  // 1. Titles printed twice. The first, above any related header and without listing traits, is
  //    an article page's "logo" header: its body is the main story, found below.
  let logo: TitledBlock | null = null;
  // A finder whose shape needs a line the page lacks (classify's tally) is not run: it would find nothing.
  const titled = tally && tally.maxTextWords < TITLE_MIN_WORDS ? [] : findTitledBlocks(lines, ctx);
  for (const [k, b] of titled.entries()) {
    const beforeListing = listingHeader < 0 || listingHeader > b.first;
    if (k === 0 && b.relatedHeader < 0 && beforeListing && !b.listingTraits) {
      logo = b;
      // Its header lines are nobody else's: "<Source> / <stamp> / • <Source>" must not read as a compact block.
      taken.fill(1, b.first, b.second + 1);
      for (const i of b.header.slotLines) taken[i] = 1;
      continue;
    }
    // A repeated headline with neither listing traits nor a stamp (a menu entry printed twice, a
    // headline repeated by a share widget) is left alone; on a listing page a stamp is enough.
    if (!b.listingTraits && !(b.header.timestamp && (listingHeader >= 0 || b.relatedHeader >= 0))) continue;
    const story = buildListingStory(lines, b, ctx);
    stories.push(story);
    take(story);
  }

  // 2. Compact blocks with an echo (`<Source>` / stamp / `- <Source>` / title): unambiguous.
  // Every compact head holds a stamp line (see compactHead).
  const heads = tally && tally.stampLines === 0 ? [] : findCompactHeads(lines, taken);
  const compact = withExtents(lines, heads.filter((h) => h.echoLine >= 0), taken, heads);
  for (const h of compact) take(h);

  // 3. Roundups (kicker-led stories) and 4. digest runs, on what is left. A guide's numbered
  //    step labels (`Step 1`, `Step 2`, …) head sections of one story: neither layout may read them
  //    as an item's kicker or source, so they are taken here and left to the main-story stage.
  markStepLabels(lines, taken);
  // Every roundup story has a body of MIN_BODY_WORDS words or more (see roundupStart).
  const roundup = tally && tally.maxTextWords < MIN_BODY_WORDS ? { stories: [] } : findRoundup(lines, ctx, taken, kickers);
  for (const s of roundup.stories) {
    stories.push(s);
    take(s);
  }
  // Every digest has two titles of DIGEST_TITLE_MIN_WORDS words or more.
  const digests = tally && tally.maxTextWords < DIGEST_TITLE_MIN_WORDS ? [] : findDigests(lines, ctx, taken);
  for (const s of digests) {
    stories.push(s);
    take(s);
  }
  if (!aggregatorChrome) sharedLabelsToCategories(lines, digests, ctx.input);
  // 5. Compact blocks without an echo, where nothing else claimed their header.
  const free = (h: CompactHead) => !taken.subarray(h.first, h.titleLine + 1).some((t) => t === 1);
  const weak = withExtents(lines, heads.filter((h) => h.echoLine < 0 && free(h)), taken);
  for (const h of weak) take(h);
  for (const h of weak) compact.push(h); // push(...) overflows the stack past ~130k blocks
  compact.sort((a, b) => a.first - b.first);

  // The main story, among lines no strong block holds. The logo header's slot lines are hidden
  // from the main-story stage (they would read as a headline), then put back as fields.
  // A block that holds most of the page's prose is the main story itself (a guide under a call to
  // action printed three times, a review whose photo credit is printed three times): no wall.
  const prose = proseTally(lines);
  const walls: Array<{ first: number; last: number }> = [];
  const wall = (b: { first: number; last: number }) => {
    if (prose.holdsMost(b.first, b.last)) return;
    inStrong.fill(1, b.first, b.last);
    walls.push(b);
  };
  for (const s of stories) if (s.strong) wall(s);
  for (const h of compact) if (h.echoLine >= 0) wall(h);
  for (const h of underRelatedHeader(lines, weak)) wall(h);
  let view = logo ? maskLogoHeader(lines, logo) : lines;
  let mainMessages: typeof ctx.messages = [];
  // One memo of timestamp searches for both readings of the page (same texts, same options).
  const stamps: StampMemo = new Map();
  let found = findMainStory(view, inStrong, { ...ctx, messages: mainMessages }, stamps, mainScratch, tally);
  if (logo && found && found.titleLine !== logo.second) {
    // The story found is not under the repeated title: read the page again without the mask.
    view = lines;
    mainMessages = [];
    found = findMainStory(view, inStrong, { ...ctx, messages: mainMessages }, stamps, mainScratch, tally);
  }
  // A block the story runs around (the decoder left the story above it and came back below it),
  // holding a paragraph, is the story's own run of points, not another story: the page is read
  // again with those blocks open to the story (docs/scoring.md, issue 14).
  const inside = found ? blocksInside(lines, walls, found) : [];
  if (inside.length > 0) {
    for (const b of inside) inStrong.fill(0, b.first, b.last);
    mainMessages = [];
    found = findMainStory(view, inStrong, { ...ctx, messages: mainMessages }, stamps, mainScratch, tally);
  }
  // A section page of headline-and-summary teasers without stamps reads as one story with
  // crossheads: when the story is that run and nothing else, its teasers are items.
  const teasers = found && !logo ? teaserRun(view, found.titleLine, found.bodyLines, found.bylineLine >= 0 || found.timestampLine >= 0) : null;
  if (teasers) {
    found = null;
    for (const t of teasers) {
      const draft = linkListDraft(view, { titleLine: t.titleLine, stampLine: -1, snippetLine: t.summaryLine }, "item");
      stories.push({ layout: "listing", first: t.titleLine, last: t.summaryLine + 1, draft, strong: true, relatedHeader: -1 });
    }
  }
  let main: { draft: ArticleDraft; first: number; last: number; extra: number[] } | null = null;
  if (found) {
    // A related list the story's run swallowed is the link-list layout's, not body text.
    found.bodyLines = withoutBodyLists(view, found.bodyLines) as number[];
    const draft = buildMain(view, found, ctx);
    if (logo && found.titleLine === logo.second) fillLogoHeader(draft, lines, logo, ctx);
    // The clock icon's label glued to the main story's stamp (`timean hour ago`) is accounted for too.
    const label = found.timestampLine >= 0 ? stampLabelRemoved(lines[found.timestampLine]!, ctx.input) : null;
    if (label && !draft.removed.some((r) => r.start <= label.start && label.end <= r.end)) {
      draft.removed = [...draft.removed, label].sort((x, y) => x.start - y.start);
    }
    main = { draft, first: logo && found.titleLine === logo.second ? logo.first : found.first, last: found.last, extra: found.hashtagLines };
  } else if (logo) {
    // The main-story stage found nothing else: the logo block's own body is the story.
    const story = buildListingStory(lines, logo, ctx);
    if (story.draft) main = { draft: { ...story.draft, role: "main" }, first: story.first, last: story.last, extra: [] };
  }
  if (main) main.draft.start = Math.min(main.draft.start, lines[main.first]!.textStart);
  const mainEnd = main ? main.last : 0;

  const articles: ArticleDraft[] = [];
  owner.fill(-1);
  const own = (from: number, to: number, index: number) => {
    for (let i = from; i < to; i++) if (owner[i]! < 0) owner[i] = index;
  };
  if (main) {
    articles.push(main.draft);
    own(main.first, main.last, 0);
    for (const h of main.extra) owner[h] = 0;
  }
  const overlapsMain = (s: { first: number; last: number }) => main !== null && s.first < main.last && main.first < s.last;
  const accepted: LayoutStory[] = [];
  for (const s of stories) {
    if (overlapsMain(s)) continue;
    if (!s.strong && !(s.first >= mainEnd && s.relatedHeader >= mainEnd)) continue;
    accepted.push(s);
  }
  for (const h of compact) {
    if (overlapsMain(h)) continue;
    if (h.echoLine < 0 && !(h.first >= mainEnd && h.relatedHeader >= mainEnd)) continue;
    const draft = buildCompact(lines, h, ctx);
    // Without an echo, and on a page without the aggregator's chrome, the short line above a
    // block's date, or the word glued before it with a bare space, is the section the story was
    // filed under (`Biotech`, `AUTO NEWS`, `Biotech December 19, 2025`), not a publisher; a name
    // set off from the date by a separator (`Coast Weekly · 2 hours ago`) is still the source.
    const head = lines[h.first]!;
    const labelled = head.cls === "text" || (head.cls === "source-timestamp" && !draft?.removed.some((r) => r.kind === "separator" && r.start < head.textStart + head.tsStart && r.start >= head.textStart));
    if (draft && h.echoLine < 0 && !aggregatorChrome && draft.source !== null && labelled) {
      draft.categories = [draft.source];
      draft.source = null;
    }
    accepted.push({ layout: "compact", first: h.first, last: h.last, draft, strong: h.echoLine >= 0, relatedHeader: h.relatedHeader });
  }
  accepted.sort((a, b) => a.first - b.first);
  if (!main && accepted.length === 1 && listingHeader < 0 && roundup.stories.length === 0 && accepted[0]!.draft?.role === "item") {
    // A page whose only story has a source/time header: that story is the main one.
    accepted[0]!.draft.role = "main";
  }
  // Line numbers for messages (lines merged by `segment` make `index` no line number).
  let lineNumber: ((offset: number) => number) | undefined;
  for (const s of accepted) {
    if (ctx.outOfTime()) break;
    if (!s.draft) {
      broken.fill(1, s.first, s.last);
      ctx.messages.push({
        code: "broken_item",
        severity: "warning",
        message: `a story block at line ${(lineNumber ??= lineCounter(ctx.input))(lines[s.first]!.start)} has a header but no body, and was skipped`,
        span: { start: lines[s.first]!.textStart, end: lineEnd(lines[s.last - 1]!) },
      });
      continue;
    }
    own(s.first, s.last, articles.length);
    articles.push(s.draft);
  }
  // 6. Link lists (related, more-from, latest): titles under a list header that no story above
  //    claimed, each an article of its own, placed among the others in page order.
  if (!ctx.outOfTime()) {
    const before = articles.length;
    // The main story (article 0) and skipped broken blocks end a list; other stories are stepped over.
    // Inside the main story's span, only the lines in its fields end a list: a related list the
    // page prints between two paragraphs (or under the last one, before the footer the span runs
    // to) is made of lines the main story recorded as removed, and its titles are stories.
    const afterTitle = main && found ? found.titleLine : n;
    if (main && found) markMainFields(inMainField, found);
    // A list header the main story read as its last words ("Related content:" closing the body)
    // still opens the list under it; it stays in the body, where the main story put it.
    const state = (i: number) =>
      broken[i]
        ? "stop"
        : owner[i]! < 0
          ? "free"
          : main && owner[i] === 0
            ? i > afterTitle && (inMainField[i] === 0 || isListHeader(lines[i]!))
              ? "free"
              : "stop"
            : "story";
    const fromMain: number[] = [];
    const tsOptions = { referenceTime: ctx.referenceTime, timeZone: ctx.timeZone, dateOrder: ctx.dateOrder };
    const stampAtEnd = (text: string) => scanTimestampLine(text, tsOptions).found ?? stampInTail(text, tsOptions);
    const lists = tally && !mayHoldListHeader(tally.relatedHeaders, tally.maxTextLength) ? [] : findLinkLists(lines, state, stampAtEnd);
    for (const list of lists) {
      // A header no rule removed (a text line read as a header by the layout) is recorded by the first item.
      let header = (lines[list.header]!.cls === "boilerplate" && owner[list.header] !== 0) || inMainField[list.header] === 1 ? -1 : list.header;
      for (const item of list.items) {
        const index = articles.length;
        for (const i of [header, item.titleLine, item.stampLine, item.snippetLine, item.repeatLine ?? -1]) {
          if (i < 0) continue;
          if (owner[i] === 0) fromMain.push(i);
          owner[i] = index;
        }
        articles.push(linkListDraft(lines, item, main ? "related" : "item", header, ctx.input));
        header = -1;
      }
    }
    // The lines a list took from the main story's span are its own now, not the main story's removed pieces.
    if (main && fromMain.length > 0) {
      const starts = new Set(fromMain.map((i) => lines[i]!.textStart));
      main.draft.removed = main.draft.removed.filter((r) => !starts.has(r.start));
    }
    if (articles.length > before) sortAfterMain(articles, main ? 1 : 0, owner);
  }
  // Section labels used as kickers (`EXCLUSIF - …`, `REPORTAGE - …`) on titles and first paragraphs.
  // What was read as a source but is a stamp label, a byline or a leftover piece of one is no source.
  for (const a of articles) {
    if (a.source === null) continue;
    const name = sourceName(a.source);
    if (name === a.source) continue;
    // The text it drops stays accounted for, as a removed piece of the story's header.
    const at = ctx.input.indexOf(a.source, a.start);
    const cut = name === null ? a.source : a.source.slice(name.length);
    const from = name === null ? at : at + a.source.indexOf(cut, name.length);
    if (at >= 0 && cut.trim() !== "") {
      a.removed = [...a.removed, { kind: "dateline", ruleId: "structure/not-a-source", start: from, end: from + cut.length, text: cut }].sort((x, y) => x.start - y.start);
    }
    a.source = name;
  }
  // Section-prefixed titles (`Business / Harbour board backs …`): the section is a category.
  for (const a of articles) takeSectionPrefix(a, ctx.input);
  for (const [k, a] of articles.entries()) takeKickerLabel(a, k === 0 && main && found ? (view[found.titleLine] ?? null) : null, ctx.input);
  // A date printed on the headline's line (`… / Mar 2025`, `Mar 3, 2025 …`): the story's date.
  if (main && found) {
    const opts = { referenceTime: ctx.referenceTime, timeZone: ctx.timeZone, dateOrder: ctx.dateOrder };
    takeTitleStamp(articles[0]!, view, found.titleLine, ctx.input, (t) => scanTimestampLine(t, opts).whole, (t) => findTimestamp(t, opts));
  }
  // The site's name printed with the main story's headline (`… | Coast Post`, `Coast Post – …`).
  if (main && found) takeSiteAffix(articles[0]!, view, found.titleLine, ctx.input);
  // A breadcrumb trail glued to it (`Home » Garden » Title`) when the head prints the title alone.
  if (main && found) takeCrumbTrail(articles[0]!, view, found.titleLine, ctx.input);
  // A story whose page names no source but whose body opens with a wire dateline
  // (`NEW YORK (Reuters) - …`) comes from that wire service.
  for (const a of articles) if (a.source === null) a.source = wireSource(a.paragraphs[0]);
  // Without a main story nothing is "related" to one: a "Latest news" header over the only
  // stories of a page heads a listing, and its stories are items.
  // And with one, the other stories of the page (a dated list or digest below it with no
  // related header) are the stories it links to: `item` is for pages without a main story.
  const otherRole = main ? "related" : "item";
  for (const a of articles) if (a.role !== "main") a.role = otherRole;
  // An entry printed twice (a picture's link and its heading, a list printed twice) is one story:
  // the fullest printing is kept, the others' lines are recorded as removed.
  const repeated = dropRepeatedItems(articles, owner, main ? 1 : 0, n);
  // "No main story" is only worth saying when the page gave nothing at all.
  for (const m of mainMessages) if (m.code !== "no_main_story" || articles.length === 0) ctx.messages.push(m);
  return finish(lines, articles, owner, ctx, main ? -1 : pageTitleLine(lines, owner, articles), broken, repeated);
}

/**
 * A date closing a title with only a space before it (`A guide to the old harbour 9 February
 * 2026`), which the line scanner leaves alone (a number before a month may be a count): read as a
 * stamp when the last two to four words are one on their own. Only asked of list titles.
 */
function stampInTail(text: string, options: Parameters<typeof scanTimestampLine>[1]): FoundTimestamp | null {
  // The starts of the last four words, longest tail first (`9 February 2026` before `February 2026`).
  const starts: number[] = [];
  for (let at = text.length; starts.length < 4; ) {
    at = text.lastIndexOf(" ", at - 1);
    if (at <= 0) break;
    starts.push(at + 1);
  }
  for (let k = starts.length - 1; k >= 1; k--) {
    const from = starts[k]!;
    const whole = scanTimestampLine(text.slice(from), options).whole;
    if (whole) return { timestamp: whole, start: from, end: text.length, before: text.slice(0, from).trim(), after: "" };
  }
  return null;
}

/**
 * The blocks the main story runs around, holding a paragraph: those that lie wholly inside its
 * span `[story.first, story.last)`, and the run of blocks right above its first body line (nothing
 * between them and the body but blank lines and a few short head lines: a section heading, a date)
 * with story paragraphs right above the run ({@link MIN_STORY_ABOVE} of them, no other line
 * between). The decoder's first reading may start the story under such a run, at a section heading
 * it reads as the headline; whether the story is read again with the run open to it does not hang
 * on which headline the ranker picked.
 */
function blocksInside<B extends { first: number; last: number }>(lines: readonly ClassifiedLine[], blocks: readonly B[], story: { first: number; last: number; bodyLines: readonly number[] }): B[] {
  const holdsParagraph = (b: B) => {
    for (let i = b.first; i < b.last; i++) if (isParagraph(lines[i]!)) return true;
    return false;
  };
  const inside = blocks.filter((b) => b.first >= story.first && b.last <= story.last && holdsParagraph(b));
  // A loop, not Math.min(...): a spread of a long body's lines overflows the stack past ~120k.
  let bodyStart = -1;
  for (const j of story.bodyLines) if (bodyStart < 0 || j < bodyStart) bodyStart = j;
  if (bodyStart < 0) return inside;
  // The run of blocks above the body, nearest first: between the body and the run, at most
  // MAX_HEAD_ABOVE short lines and no paragraph; between two blocks of the run, blank lines only.
  const run: B[] = [];
  let top = bodyStart;
  for (const b of [...blocks].sort((x, y) => y.first - x.first)) {
    if (b.last > top) continue;
    let shortLines = 0;
    let clear = true;
    for (let i = b.last; i < top && clear; i++) {
      const l = lines[i]!;
      if (l.cls === "blank") continue;
      if (run.length > 0 || isParagraph(l) || l.words > HEAD_LINE_WORDS || ++shortLines > MAX_HEAD_ABOVE) clear = false;
    }
    if (!clear) break;
    run.push(b);
    top = b.first;
  }
  if (run.length === 0) return inside;
  // The story's opening: paragraphs right above the run, or a block of the run holding several
  // (the headline and its first paragraphs, read as a block of their own).
  let paragraphs = 0;
  for (let i = top - 1; i >= 0 && paragraphs < MIN_STORY_ABOVE; i--) {
    const l = lines[i]!;
    if (l.cls === "blank") continue;
    if (!isParagraph(l) || blocks.some((b) => i >= b.first && i < b.last)) break;
    paragraphs++;
  }
  for (const b of run) {
    if (paragraphs >= MIN_STORY_ABOVE) break;
    let held = 0;
    for (let i = b.first; i < b.last; i++) if (isParagraph(lines[i]!)) held++;
    paragraphs = Math.max(paragraphs, held);
  }
  if (paragraphs < MIN_STORY_ABOVE) return inside;
  const already = new Set(inside);
  for (const b of run) {
    if (already.has(b) || !holdsParagraph(b)) continue;
    already.add(b);
    inside.push(b);
  }
  return inside;
}

/** Short head lines (a section heading, a date) allowed between a run of blocks and the story's body under it (see {@link blocksInside}). */
const MAX_HEAD_ABOVE = 3;
/** The most words of a head line between a run of blocks and the story's body (see {@link blocksInside}). */
const HEAD_LINE_WORDS = 16;

/**
 * The weak blocks (a section or source, a stamp, a title, a summary; no echo) that sit right under a
 * related-articles header: nothing between the header and the block but blank lines, boilerplate
 * and the lines of other such blocks. A "Recommended" or "More from" box set as dated teasers is
 * other stories, whatever its summaries read like: a wall for the main story, so that a teaser's
 * paragraph does not carry the story on into the box (the model's `under-related` feature ends
 * at the first paragraph, and a teaser prints one under its title). A block the story runs around
 * is still opened to it (see {@link blocksInside}); a block under a header with the story's prose
 * between them is left to the decoder, and so is one under a header with no story above it (a
 * menu's "Latest posts" over the story's own `Author / date / title` head).
 */
function underRelatedHeader(lines: readonly ClassifiedLine[], weak: readonly CompactHead[]): CompactHead[] {
  const out: CompactHead[] = [];
  // The line from which the run of boxes under the current header goes on (-1: none open).
  let from = -1;
  let header = -1;
  for (const h of weak) {
    if (h.relatedHeader < 0) continue;
    if (h.relatedHeader !== header) (header = h.relatedHeader), (from = storyAbove(lines, header) ? header + 1 : -1);
    if (from < 0) continue;
    let clear = true;
    for (let i = from; i < h.first && clear; i++) {
      const l = lines[i]!;
      if (l.cls === "text" && isParagraph(l)) clear = false;
    }
    if (!clear) {
      from = -1;
      continue;
    }
    out.push(h);
    from = h.last;
  }
  return out;
}

/** Whether the lines above line `header` hold a story: {@link MIN_STORY_ABOVE} paragraphs. */
function storyAbove(lines: readonly ClassifiedLine[], header: number): boolean {
  let paragraphs = 0;
  for (let i = 0; i < header; i++) if (isParagraph(lines[i]!) && ++paragraphs >= MIN_STORY_ABOVE) return true;
  return false;
}

/** Paragraphs above a related-articles header for the teasers under it to be walls (see {@link underRelatedHeader}). */
const MIN_STORY_ABOVE = 2;

/** Paragraphs a block must hold, at least, to be read as the main story rather than a wall (see {@link proseTally}). */
export const MAIN_BLOCK_PARAGRAPHS = 3;

/**
 * The page's prose (the characters of its paragraph lines, `isParagraph`) counted once, and a test
 * of whether the lines `[first, last)` hold more than half of it in at least
 * {@link MAIN_BLOCK_PARAGRAPHS} paragraphs. A story block that does is the page's own story, which a
 * layout read as another's (a call to action or a teaser title printed twice above it): walling it
 * off would leave the main story the page's crumbs. The page is counted at the first block of
 * enough paragraphs: a page without one (most line-heavy input: no story block at all) is never
 * read for it.
 */
function proseTally(lines: readonly ClassifiedLine[]): { holdsMost: (first: number, last: number) => boolean } {
  let total = -1;
  return {
    holdsMost(first, last) {
      let chars = 0;
      let paragraphs = 0;
      for (let i = first; i < last; i++) {
        const l = lines[i]!;
        if (isParagraph(l)) (chars += l.text.length), paragraphs++;
      }
      if (paragraphs < MAIN_BLOCK_PARAGRAPHS) return false;
      if (total < 0) {
        total = 0;
        for (const l of lines) if (isParagraph(l)) total += l.text.length;
      }
      return 2 * chars > total;
    },
  };
}

/** Mark the lines of the main story's span whose text is in one of its fields (head, body, captions, tags). */
function markMainFields(marks: Uint8Array, found: MainStory): void {
  const set = (i: number) => {
    if (i >= 0 && i < marks.length) marks[i] = 1;
  };
  set(found.titleLine);
  set(found.timestampLine);
  set(found.bylineLine);
  for (const i of found.bodyLines) set(i);
  for (const i of found.keyPointLines) set(i);
  for (const i of found.standfirstLines) set(i);
  for (const i of found.hashtagLines) set(i);
  for (const c of found.captionLines) {
    set(c.line);
    set(c.creditLine);
  }
}

/** Put the articles from `from` on in page order, renumbering the line owners to match. */
function sortAfterMain(articles: ArticleDraft[], from: number, owner: Int32Array): void {
  const order = articles.map((_, i) => i);
  const rest = order.slice(from).sort((a, b) => articles[a]!.start - articles[b]!.start || a - b);
  const next = [...order.slice(0, from), ...rest];
  const newIndex = new Int32Array(articles.length);
  next.forEach((old, i) => (newIndex[old] = i));
  const sorted = next.map((i) => articles[i]!);
  for (let i = 0; i < owner.length; i++) if (owner[i]! >= 0) owner[i] = newIndex[owner[i]!]!;
  // Refilled in place by a loop: splice(..., ...sorted) overflows the stack past ~120k articles.
  articles.length = 0;
  for (const a of sorted) articles.push(a);
}

/** Pages of more lines than this get a buffer of their own (see {@link scratchBuffer}). */
const MAX_KEPT_LINES = 1 << 16;

/** The buffer {@link scratchBuffer} hands out, kept from one page to the next; grown as needed. */
let keptBuffer = new ArrayBuffer(0);

/**
 * Zeroed memory for the per-line arrays of one page's assembly. A new `ArrayBuffer` costs an
 * allocation outside the heap and its bookkeeping (a few microseconds a page, more than clearing
 * a page's worth of bytes), so one buffer is kept and cleared for each page instead: only the
 * memory is kept, never what was written in it (every byte handed out is zero, as in a new
 * buffer, and no view of it outlives the `assemble` call that took it: assembly is synchronous
 * and does not re-enter itself). A page of more than {@link MAX_KEPT_LINES} lines gets a buffer of
 * its own, so one huge input does not pin its memory for the life of the process (a
 * {@link pageBuffer}, which does not start a full collection of the page's line objects).
 * @param bytes - The bytes needed: `bytes` zeros at the start of the buffer returned.
 */
function scratchBuffer(bytes: number): ArrayBufferLike {
  if (bytes > 12 * MAX_KEPT_LINES) return pageBuffer(bytes);
  if (keptBuffer.byteLength < bytes) {
    // Grown to a multiple of 4 KiB, so that pages of about the same size share one allocation.
    keptBuffer = new ArrayBuffer(Math.ceil(bytes / 4096) * 4096);
  } else {
    new Uint8Array(keptBuffer, 0, bytes).fill(0);
  }
  return keptBuffer;
}

/**
 * Removed lines in a row (blank lines aside) of one kind and rule that make one page-level
 * `removed` piece when there are more of them than this: no page has a menu or a footer of more
 * than a thousand lines, but text made of millions of short lines would otherwise give as many
 * pieces (2.5 million for five million characters of `a\n`), and most of its parse would be
 * spent making, checking and copying them.
 */
export const MERGED_RUN = 1024;

/**
 * Lines owned by no article go to the page's `removed`, with the rule that matched them or a
 * structural reason. A run of more than {@link MERGED_RUN} of them in a row (blank lines between
 * them aside, no line of an article among them) with the same kind and rule is one piece, from
 * the first line's text to the last one's.
 */
function finish(lines: ClassifiedLine[], articles: ArticleDraft[], owner: Int32Array, ctx: ParseContext, pageTitle: number, broken: Uint8Array, repeated: Uint8Array | null = null): Assembled {
  const pageRemoved: Removed[] = [];
  // The run of the last removed lines: its first piece's index, its length, its last line.
  let runFrom = 0;
  let runLength = 0;
  let runLast: ClassifiedLine | null = null;
  const endRun = (): void => {
    if (runLength > MERGED_RUN) {
      const first = pageRemoved[runFrom]!;
      const end = lineEnd(runLast!);
      pageRemoved.length = runFrom;
      pageRemoved.push({ kind: first.kind, ruleId: first.ruleId, start: first.start, end, text: ctx.input.slice(first.start, end) });
    }
    runLength = 0;
  };
  for (const line of lines) {
    if (line.cls === "blank") continue;
    if (owner[line.index]! >= 0) {
      if (runLength > 0) endRun();
      continue;
    }
    let kind = line.rule?.kind ?? (line.cls === "timestamp" ? "timestamp" : "outside-story");
    let ruleId = line.rule?.id ?? (line.cls === "timestamp" ? "structure/stray-timestamp" : "structure/outside-story");
    if (line.index === pageTitle && !line.rule) {
      kind = "page-title";
      ruleId = "structure/page-title";
    } else if (repeated !== null && repeated[line.index] === 1 && !line.rule) {
      // The lines of another printing of an entry kept once (see dropRepeatedItems).
      kind = "repeated-title";
      ruleId = "structure/repeated-item";
    } else if (broken[line.index] && !line.rule) {
      // The lines of a block skipped with a broken_item warning.
      kind = "broken-item";
      ruleId = "structure/broken-item";
    }
    if (runLength > 0) {
      const last = pageRemoved[runFrom]!;
      if (last.kind === kind && last.ruleId === ruleId) {
        runLength++;
        runLast = line;
        // Past the bound the run is one piece: its lines need no piece of their own.
        if (runLength > MERGED_RUN) continue;
      } else {
        endRun();
      }
    }
    if (runLength === 0) {
      runFrom = pageRemoved.length;
      runLength = 1;
      runLast = line;
    }
    pageRemoved.push(lineRemoved(line, ctx.input, kind, ruleId));
  }
  endRun();
  return { articles, pageRemoved };
}

/**
 * Drop the entries that are other printings of one kept entry ({@link repeatedItems}), in place:
 * `articles` loses them, `owner` is renumbered and their lines are owned by nobody.
 *
 * @returns Marks of the dropped entries' lines (for their `removed` records), or `null` when
 *   nothing was dropped.
 */
function dropRepeatedItems(articles: ArticleDraft[], owner: Int32Array, from: number, n: number): Uint8Array | null {
  if (articles.length - from < 2) return null;
  const keep = repeatedItems(articles, from);
  if (keep.every((k, i) => k === i)) return null;
  const renumber = new Int32Array(articles.length).fill(-1);
  let next = 0;
  for (let i = 0; i < articles.length; i++) if (keep[i] === i) renumber[i] = next++;
  const marks = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const o = owner[i]!;
    if (o < 0) continue;
    if (renumber[o]! < 0) {
      owner[i] = -1;
      marks[i] = 1;
    } else owner[i] = renumber[o]!;
  }
  let w = 0;
  for (let i = 0; i < articles.length; i++) if (keep[i] === i) articles[w++] = articles[i]!;
  articles.length = w;
  return marks;
}

/**
 * On a page of items with no main story (a listing, digest or roundup), the headline-like line
 * just above the first item is the page's title: recorded as such rather than as stray text.
 */
function pageTitleLine(lines: ClassifiedLine[], owner: Int32Array, articles: ArticleDraft[]): number {
  if (articles.length === 0) return -1;
  const first = owner.findIndex((o) => o >= 0);
  for (let i = first - 1; i >= 0; i--) {
    const l = lines[i]!;
    if (l.cls === "blank" || l.cls === "boilerplate") continue;
    return headlineLike(l) && !SENTENCE_END.test(l.text) ? i : -1;
  }
  return -1;
}

/** A copy of the lines with the logo header's first title and slot lines blanked, for the main-story stage. */
function maskLogoHeader(lines: ClassifiedLine[], logo: TitledBlock): ClassifiedLine[] {
  const hidden = new Set([logo.first, ...logo.header.slotLines]);
  return lines.map((l, i) => (hidden.has(i) ? { ...l, cls: "blank" as const } : l));
}

/** Puts the logo header's fields on the main draft: source, stamp, categories, and the removals that account for the rest. */
function fillLogoHeader(draft: ArticleDraft, lines: ClassifiedLine[], logo: TitledBlock, ctx: ParseContext): void {
  draft.source = logo.header.source;
  draft.timestamp ??= logo.header.timestamp;
  draft.categories = logo.header.categories;
  draft.removed = [lineRemoved(lines[logo.first]!, ctx.input, "repeated-title", "structure/repeated-title"), ...logo.header.removed, ...draft.removed].sort(
    (x, y) => x.start - y.start,
  );
  draft.start = lines[logo.first]!.textStart;
}

/**
 * Finds compact block headers: a source line followed by a stamp line (optionally an echo of the
 * source), or a source glued to its stamp, then a title. Each records the last related-articles
 * header above it, so assembly can decide which to trust.
 */
function findCompactHeads(lines: ClassifiedLine[], taken: Uint8Array): CompactHead[] {
  const heads: CompactHead[] = [];
  let relatedHeader = -1;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.cls === "boilerplate" && line.rule?.signal === "related-header") relatedHeader = i;
    const head = taken[i] ? null : compactHead(lines, i, taken, relatedHeader);
    if (!head) {
      i++;
      continue;
    }
    heads.push(head);
    i = head.last;
  }
  return heads;
}

/** Sets each block's end: its body runs to the next block (or a taken line) or to a line that closes a story. */
function withExtents(lines: ClassifiedLine[], heads: CompactHead[], taken: Uint8Array, bounds: readonly CompactHead[] = heads): CompactHead[] {
  // A block's body ends at the next header of any block, with an echo or without (both lists
  // are in page order).
  let b = 0;
  return heads.map((h) => {
    while (b < bounds.length && bounds[b]!.first <= h.titleLine) b++;
    const limit = b < bounds.length ? bounds[b]!.first : lines.length;
    let end = h.titleLine + 1;
    // Without a source echo the block is a teaser on an ordinary page: a run of three short lines
    // after it is the page's menu or footer, not the teaser's body.
    let shortRun = 0;
    let runStart = -1;
    for (let j = h.titleLine + 1; j < limit; j++) {
      const l = lines[j]!;
      if (taken[j] || (l.cls === "boilerplate" && l.rule?.signal)) break;
      if (h.echoLine < 0 && l.cls === "text" && l.words <= 4 && !/[.!?…]["”’)]?$/u.test(l.text)) {
        if (shortRun++ === 0) runStart = j;
        if (shortRun >= 3) {
          end = Math.min(end, runStart);
          break;
        }
      } else if (l.cls !== "blank") {
        shortRun = 0;
      }
      if (l.cls !== "blank") end = j + 1;
    }
    return { ...h, last: Math.max(end, h.titleLine + 1) };
  });
}

/** Tries to read a compact block header starting at line `i`, under the related-articles header `relatedHeader` (or -1). */
function compactHead(lines: ClassifiedLine[], i: number, taken: Uint8Array, relatedHeader: number): CompactHead | null {
  const line = lines[i]!;
  let source: string | null;
  let timestampLine: number;
  let next: number;
  if (line.cls === "source-timestamp") {
    source = line.source;
    timestampLine = i;
    next = i + 1;
  } else if (i + 1 < lines.length && lines[i + 1]!.cls === "timestamp" && nameLike(line)) {
    // The stamp below is checked first: nameLike runs regexes, and this is asked of every line.
    const t = i + 1;
    source = line.text;
    timestampLine = t;
    next = t + 1;
  } else {
    return null;
  }
  let echoLine = -1;
  let j = nextNonBlank(lines, next);
  const echo = lines[j];
  if (echo && echo.cls === "text" && echo.source !== null && source !== null && sameName(echo.source, source)) {
    echoLine = j;
    j = nextNonBlank(lines, j + 1);
  }
  const title = lines[j];
  if (!title || taken[j] || title.cls !== "text" || !isHeadline(title)) return null;
  if (echoLine < 0 && !weakHeadFits(lines, i, source)) return null;
  return { first: i, last: j + 1, source, timestampLine, echoLine, titleLine: j, relatedHeader };
}

/**
 * Whether a header without a source echo can open a block. Two shapes of ordinary pages read
 * like one and are not: a title with its date glued on (`Why do ferries run late? 3 March 2025`:
 * the "source" is a sentence or longer than a publisher's name), and the category-and-date line
 * a link list prints under each title (`Transport March 2, 2025` right under its title, with no
 * blank line between: the line above is the story's title, not the previous story's body).
 */
function weakHeadFits(lines: readonly ClassifiedLine[], i: number, source: string | null): boolean {
  if (source !== null) {
    const t = source.trimEnd();
    // Nor is a kicker and title (`Weather: Sun to start`) or a lone separator (`|`) a publisher's name.
    if (t.endsWith("?") || t.endsWith("!") || t.includes(": ") || !/\p{L}/u.test(t) || countWordsQuick(t) > 6) return false;
  }
  const above = i > 0 ? lines[i - 1]! : null;
  return !(above && above.cls === "text" && listTitleShape(above));
}

/** Words of a short string (runs of non-space). */
function countWordsQuick(text: string): number {
  let words = 0;
  let inWord = false;
  for (let k = 0; k < text.length; k++) {
    const space = text.charCodeAt(k) <= 0x20;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}

function buildCompact(lines: ClassifiedLine[], b: CompactHead, ctx: ParseContext): ArticleDraft | null {
  const titleLine = lines[b.titleLine]!;
  const ts = lines[b.timestampLine]!;
  const removed: Removed[] = [];
  let source = b.source;
  const glued = gluedSource(ts, ctx.input);
  if (glued) {
    // `Harbour Gazette · 2 hours ago`: the separator is recorded; `NBC Sports18 hours ago` has none.
    source = glued.source;
    removed.push(...glued.removed);
  }
  const label = stampLabelRemoved(ts, ctx.input);
  if (label) removed.push(label);
  if (b.echoLine >= 0) removed.push(lineRemoved(lines[b.echoLine]!, ctx.input, "source-echo", "structure/source-echo"));
  const bodyLines: ClassifiedLine[] = [];
  for (let j = b.titleLine + 1; j < b.last; j++) {
    const l = lines[j]!;
    if (l.cls === "blank") continue;
    if (l.cls === "boilerplate") {
      removed.push(lineRemoved(l, ctx.input, l.rule!.kind, l.rule!.id));
      continue;
    }
    bodyLines.push(l);
  }
  const cleaned = cleanBodyLines(bodyLines, ctx.rules, ctx.input, { title: titleLine.text, flattened: true, outOfTime: ctx.outOfTime });
  if (!titleLine.text) return null;
  return {
    role: b.relatedHeader >= 0 ? "related" : "item",
    title: titleLine.text,
    truncated: TRUNCATED.test(titleLine.text),
    source,
    timestamp: ts.timestamp,
    kicker: cleaned.kicker,
    paragraphs: cleaned.paragraphs,
    captions: cleaned.captions,
    hashtags: [],
    categories: [],
    removed: [...removed, ...cleaned.removed].sort((x, y) => x.start - y.start),
    start: lines[b.first]!.textStart,
    end: lineEnd(lines[b.last - 1]!),
  };
}

/**
 * On a page without the aggregator's chrome, a line read as a digest item's source that the same
 * page prints as its own line over two or more items (`Smart Home`, `Current News`) is the
 * section they were filed under: it becomes the items' category (unless it is an interface label
 * such as `Read full article` or `Learn more`, which is no category either), and their source is left empty.
 * A source read from the title (`Title - Source`) or from a trailing credit is left alone.
 *
 * @param lines - The page's lines.
 * @param digests - The digest items found on the page; their drafts are updated in place.
 * @param input - The page's input (for the removed piece of a dropped interface label).
 */
function sharedLabelsToCategories(lines: readonly ClassifiedLine[], digests: readonly LayoutStory[], input: string): void {
  const ownLine = (s: LayoutStory): number => {
    const src = s.draft?.source;
    if (src === null || src === undefined) return -1;
    for (let j = s.first; j < s.last; j++) if (lines[j]!.cls === "text" && lines[j]!.text === src) return j;
    return -1;
  };
  const count = new Map<string, number>();
  for (const s of digests) {
    const j = ownLine(s);
    if (j >= 0) count.set(lines[j]!.text, (count.get(lines[j]!.text) ?? 0) + 1);
  }
  for (const s of digests) {
    const j = ownLine(s);
    if (j < 0 || (count.get(lines[j]!.text) ?? 0) < 2) continue;
    const draft = s.draft!;
    const label = lines[j]!.text;
    if (isInterfaceLabel(label)) draft.removed = [...draft.removed, lineRemoved(lines[j]!, input, "furniture", "structure/not-a-source")].sort((x, y) => x.start - y.start);
    else draft.categories = [label, ...draft.categories.filter((c) => c !== label)];
    draft.source = null;
  }
}
