/**
 * Digest and listing pages of other aggregators: runs of short items, each a title with its meta
 * (a stamp, a source, or both) and a snippet (one line, or up to three short ones), printed in any order:
 *
 * ```
 * 2 hours ago              1. Ferry fares frozen…        Ferry fares frozen - Harbour Gazette
 * Ferry fares frozen       Harbour Gazette               The island ferry will keep …
 * The island ferry …       3 hours ago                   3 hours ago
 * ```
 *
 * The title is what an item is built around; meta lines of the kind the run starts with open a
 * new item, other meta lines close the current one (so "time before title" and "source after the
 * item" both work). Titles may be numbered (`1. `, the number is removed), carry their source
 * (`Title - Source`), or be cut short (`…`, kept as printed with `truncated: true`).
 *
 * Two or more items in a row make a digest; three or more, or a numbered run, make it strong
 * enough to hold its lines before the main story is looked for. Every item needs a stamp or a
 * source: numbered lines alone are a listicle's points, which belong to the story. An item whose snippet is followed
 * by a second paragraph is not an item: it is the start of a story (its headline, stamp and lede).
 */
import type { Removed } from "../../model/article.js";
import type { ClassifiedLine } from "../../model/block.js";
import type { ParseContext } from "../context.js";
import { cleanBodyLines } from "../inline.js";
import { lineEnd, lineRemoved } from "../lines.js";
import {
  endsAskOrExclaim,
  endsSentence,
  endsTruncated,
  gluedSource,
  nameLike,
  pieceRemoved,
  readBullet,
  roleFor,
  sameName,
  stampLabelRemoved,
  TRUNCATED,
  type LayoutStory,
} from "./story.js";

type Slot = "T" | "ST" | "S" | "E" | "H" | "B" | "K";

interface Entry {
  index: number;
  slot: Slot;
}

const NUMBERED = /^(\d{1,3})[.)] (?=\S)/u;
// "Ferry fares frozen for a second year - Harbour Gazette": a title, a dash or bar, a short capitalised name.
const TITLE_SOURCE = /^(.{12,}?\S) [-–—|] (\p{Lu}[\p{L}\p{N}.&'’]{0,30}(?: [\p{L}\p{N}.&'’]{1,30}){0,4})$/u;

// The separator TITLE_SOURCE needs, alone: one quick scan rules out most lines.
const SPACED_DASH = / [-–—|] /u;

// A section label over each item of a dated list (`AUTO NEWS`, `FEATURES`): one to three ALL-CAPS
// words, no digits, no sentence punctuation.
const KICKER = /^\p{Lu}[\p{Lu}&'’-]{2,}(?: [\p{Lu}&'’-]{1,}){0,2}$/u;

/** Whether a line could be an ALL-CAPS label above an item's title (cheap checks before {@link KICKER}). */
function kickerLike(l: ClassifiedLine): boolean {
  if (l.cls !== "text" || l.words > 3 || l.text.length > 30 || l.text.length < 3) return false;
  // An ASCII first character other than a capital letter is no `\p{Lu}` (asked of every line of a page).
  const c = l.text.charCodeAt(0);
  if (c < 0x80 && !(c >= 0x41 && c <= 0x5a)) return false;
  return KICKER.test(l.text);
}

/** The next line after `i` that is not blank, if it could be a title. */
function titleFollows(lines: readonly ClassifiedLine[], i: number): boolean {
  let j = i + 1;
  while (j < lines.length && lines[j]!.cls === "blank") j++;
  const next = lines[j];
  return next !== undefined && next.cls === "text" && !kickerLike(next) && isTitle(next);
}

// The end tests read the last code units (endsTruncated for TRUNCATED, endsAskOrExclaim for
// /[?!]["”’)]?$/u): both are asked of nearly every line of the page.
function isSnippet(l: ClassifiedLine): boolean {
  return l.words >= 20 || (l.words >= 8 && endsSentence(l.text) && !endsTruncated(l.text));
}

/** The fewest words of a digest's title: every digest needs two titles (see {@link findDigests}). */
export const DIGEST_TITLE_MIN_WORDS = 2;

function isTitle(l: ClassifiedLine): boolean {
  return l.words >= DIGEST_TITLE_MIN_WORDS && l.words <= 30 && l.text.length <= 250 && (!endsSentence(l.text) || endsTruncated(l.text) || endsAskOrExclaim(l.text));
}

/** Types each line of a stretch; `null` for a line that cannot be part of a digest. */
function slotOf(l: ClassifiedLine): Slot | null {
  if (l.cls === "timestamp") return "T";
  if (l.cls === "source-timestamp") return "ST";
  if (l.cls !== "text") return null;
  const bullet = readBullet(l);
  if (bullet) return bulletNamesMeta(bullet.name) ? "E" : null;
  if (isSnippet(l)) return "B";
  if (isTitle(l)) return "H";
  return null;
}

/** A word of three letters or more that opens lower-case: a sentence's word, not a name's. */
const LOWER_WORD = /(?:^|\s)\p{Ll}\p{L}{2}/u;

/**
 * Whether a bullet's text can be an item's source or category (`• NBC Sports`, `• Business`): no
 * lower-case word of three letters or more. A bullet that reads as a phrase (`- Cherry tomatoes`,
 * `- Plastic is light and cheap`) is a point of a story's list, which no digest item holds: the
 * guide whose sections each end in such a list is one story, not a run of items.
 */
function bulletNamesMeta(name: string): boolean {
  return !LOWER_WORD.test(name);
}

interface Item {
  entries: Entry[];
  title: number;
  numbered: number | null;
}

/** Finds digest runs among the lines not taken by another layout. */
export function findDigests(lines: readonly ClassifiedLine[], ctx: ParseContext, taken: Uint8Array): LayoutStory[] {
  const out: LayoutStory[] = [];
  // The current run, packed (its lines and their slots, `runLength` of them): entries are made
  // only for a run that may be a digest (see {@link mayHoldMeta}), so a page of a million short
  // lines that all read as titles makes no object per line.
  const runIndex: number[] = [];
  const runSlot: Slot[] = [];
  let runLength = 0;
  let related = -1;
  let runRelated = -1;
  // Titles in the current run. Every item needs one, and refining only turns titles into other
  // slots, so a run with fewer than two titles cannot make a digest and is not read.
  let titles = 0;
  // A run that opens with an ALL-CAPS label right above a title is a list of labelled items
  // (`AUTO NEWS` / title / date): its labels are kickers, not the item above's source.
  let kickerRun = false;
  const flush = () => {
    if (titles >= 2 && mayHoldMeta(lines, runIndex, runSlot, runLength)) {
      const run: Entry[] = [];
      for (let k = 0; k < runLength; k++) run.push({ index: runIndex[k]!, slot: runSlot[k]! });
      for (const s of readRun(lines, run, ctx, runRelated)) out.push(s); // push(...) overflows the stack past ~130k
    }
    runLength = 0;
    titles = 0;
    kickerRun = false;
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.cls === "blank") continue;
    if (l.cls === "boilerplate" && l.rule?.signal === "related-header") related = i;
    if (l.cls === "boilerplate" && !l.rule?.signal && !taken[i]) continue;
    let slot = taken[i] ? null : slotOf(l);
    if (!taken[i] && (runLength === 0 || kickerRun || slot === null) && kickerLike(l) && titleFollows(lines, i)) {
      if (!kickerRun) {
        // Only a label opening a run starts a labelled list (a one-word line ends any other run).
        if (runLength > 0) flush();
        kickerRun = true;
      }
      slot = "K";
    }
    if (slot === null) {
      flush();
      continue;
    }
    if (runLength === 0) runRelated = related;
    if (slot === "H") titles++;
    runIndex[runLength] = i;
    runSlot[runLength++] = slot;
  }
  flush();
  return out;
}

/**
 * Whether a run (packed: `index` and `slot` of its `n` entries) may pass {@link metaPossible}
 * once {@link refine} has re-typed it: `false` only where `readRun` would find no meta and
 * return nothing. Refining turns a title into a source (after a snippet or a stamp, or after a
 * title it turns into a snippet: eight words or more, cut short) or a snippet, never the other
 * way, so the titles that carry their source can only be fewer after it, and every other slot
 * found here is found there too.
 */
function mayHoldMeta(lines: readonly ClassifiedLine[], index: readonly number[], slot: readonly Slot[], n: number): boolean {
  let sourced = 0;
  for (let k = 0; k < n; k++) {
    const s = slot[k]!;
    if (s !== "H" && s !== "B") return true;
    if (s !== "H") continue;
    const l = lines[index[k]!]!;
    if (l.words <= 4 && k > 0) {
      const p = slot[k - 1]!;
      if (p === "B") return true;
      if (p === "H") {
        const prev = lines[index[k - 1]!]!;
        if (prev.words >= 8 && endsTruncated(prev.text)) return true;
      }
    }
    // TITLE_SOURCE matches 17 code units at least (12, one more, ` - ` and a capital).
    if (l.text.length >= 17 && hasTitleSource(l.text) && ++sourced >= 2) return true;
  }
  return false;
}

/** Re-types ambiguous entries using their neighbours. */
function refine(lines: readonly ClassifiedLine[], run: Entry[]): void {
  for (let k = 0; k < run.length; k++) {
    const e = run[k]!;
    // (Not `run[-1]`: a negative index is a property look-up, not an element read.)
    const prev = k > 0 ? run[k - 1] : undefined;
    const next = run[k + 1];
    const l = lines[e.index]!;
    // A short name after a snippet or stamp, before the next title (or ending the run), is the item's source.
    // (Its neighbours are checked before its text: nameLike runs regexes, and most titles follow a title.)
    if (e.slot === "H" && l.words <= 4 && prev && (prev.slot === "B" || prev.slot === "T") && (!next || next.slot === "H") && nameLike(l)) {
      e.slot = "S";
    }
    // Two titles in a row: a second one that is long and cut short is the first one's snippet.
    if (e.slot === "H" && prev?.slot === "H" && l.words >= 8 && endsTruncated(l.text)) e.slot = "B";
  }
}

/** Splits a run into items: one opens at each entry of the lead slot, and at each title once the current item has one. */
function splitItems(lines: readonly ClassifiedLine[], run: readonly Entry[], lead: Slot): Item[] {
  const items: Item[] = [];
  let cur: Item | null = null;
  for (const e of run) {
    if (cur === null || e.slot === lead || (e.slot === "H" && cur.title >= 0)) {
      if (cur) items.push(cur);
      cur = { entries: [], title: -1, numbered: null };
    }
    cur.entries.push(e);
    if (e.slot === "H" && cur.title < 0) {
      cur.title = e.index;
      const text = lines[e.index]!.text;
      // NUMBERED opens with a digit: any other first character settles the title without a regex call.
      const first = text.charCodeAt(0);
      const n = first >= 0x30 && first <= 0x39 ? NUMBERED.exec(text) : null;
      if (n) cur.numbered = Number(n[1]);
    }
  }
  if (cur) items.push(cur);
  return items;
}

/** Whether a title carries its source (`Title - Source`): a spaced dash or bar first (cheap), then {@link TITLE_SOURCE}. */
function hasTitleSource(text: string): boolean {
  if (!SPACED_DASH.test(text)) return false;
  return TITLE_SOURCE.test(text);
}

/** Per line index, whether the title there carries its source: each title is tested once per run, not once per split tried. */
type TitleSources = Map<number, boolean>;

function hasMeta(lines: readonly ClassifiedLine[], it: Item, titleSources: TitleSources): boolean {
  if (it.entries.some((e) => e.slot === "T" || e.slot === "ST" || e.slot === "S" || e.slot === "E")) return true;
  let v = titleSources.get(it.title);
  if (v === undefined) {
    v = hasTitleSource(lines[it.title]?.text ?? "");
    titleSources.set(it.title, v);
  }
  return v;
}

/**
 * Whether two items of the run could have their meta ({@link hasMeta}): any stamp, source or
 * bullet entry, else two titles that carry their source. A run of bare titles and snippets (a
 * menu, a list of headlines) is settled here, before any split is tried. Nothing is remembered:
 * most runs end here, and {@link hasMeta} reads the few titles it needs again.
 */
function metaPossible(lines: readonly ClassifiedLine[], run: readonly Entry[]): boolean {
  for (const e of run) if (e.slot !== "H" && e.slot !== "B") return true;
  let n = 0;
  for (const e of run) if (e.slot === "H" && hasTitleSource(lines[e.index]!.text) && ++n >= 2) return true;
  return false;
}

/** Snippet lines an item may have, and the words they may hold together: a teaser, not a story. */
const MAX_SNIPPETS = 3;
const MAX_SNIPPET_WORDS = 80;

/** One snippet line, or up to {@link MAX_SNIPPETS} short ones that together stay a teaser. */
function teaserSnippets(lines: readonly ClassifiedLine[], it: Item): boolean {
  let n = 0;
  let words = 0;
  for (const e of it.entries) {
    if (e.slot !== "B") continue;
    n++;
    words += lines[e.index]!.words;
  }
  return n <= 1 || (n <= MAX_SNIPPETS && words <= MAX_SNIPPET_WORDS);
}

/**
 * The longest stretch of well-formed items: one title, a stamp or a source, one snippet (or a few
 * short ones), not a story's start. A number alone is not enough: a listicle's numbered points
 * are story text.
 */
function bestStretch(lines: readonly ClassifiedLine[], items: readonly Item[], titleSources: TitleSources): Item[] {
  const good = (it: Item) => it.title >= 0 && teaserSnippets(lines, it) && hasMeta(lines, it, titleSources) && !storyStart(lines, it);
  let best: Item[] = [];
  let stretch: Item[] = [];
  for (const it of items) {
    if (good(it)) stretch.push(it);
    else stretch = [];
    if (stretch.length > best.length) best = stretch; // not a copy: copying each time is quadratic (64k items: 39 s)
  }
  return best;
}

function readRun(lines: readonly ClassifiedLine[], run: Entry[], ctx: ParseContext, related: number): LayoutStory[] {
  refine(lines, run);
  if (!metaPossible(lines, run)) return [];
  const titleSources: TitleSources = new Map();
  // Which slot opens an item is not known in advance ("time before title" or "source after the
  // item"): every candidate is tried, and the split whose items are most complete wins, titles first on a tie.
  const candidates: Slot[] = ["H"];
  for (const e of run) if (e.slot !== "H" && e.slot !== "B" && !candidates.includes(e.slot)) candidates.push(e.slot);
  let best: Item[] = [];
  let bestScore = 0;
  for (const lead of candidates) {
    const stretch = bestStretch(lines, splitItems(lines, run, lead), titleSources);
    // Complete items count, weighted by how alike they are printed.
    const complete = stretch.reduce((n, it) => n + 1 + (it.entries.some((e) => e.slot === "B") ? 1 : 0) + (hasMeta(lines, it, titleSources) ? 1 : 0), 0);
    const score = stretch.length === 0 ? 0 : (complete * sameShapeCount(stretch)) / stretch.length;
    if (score > bestScore) {
      best = stretch;
      bestScore = score;
    }
  }
  if (best.length < 2) return [];
  const numbers = best.map((it) => it.numbered);
  const numberedRun = numbers.every((n, k) => n !== null && (k === 0 || n === numbers[k - 1]! + 1));
  const strong = best.length >= 3 || numberedRun;
  return best.map((it) => buildItem(lines, it, ctx, related, strong));
}

/**
 * How many items share the most common shape (the order of their slots, a run of snippet lines
 * counted once). The items of one digest are printed alike, so a split that gives them one shape
 * beats one that gives the page title the first stamp and shifts every stamp to the item above
 * (which the item count alone would prefer).
 */
function sameShapeCount(items: readonly Item[]): number {
  const counts = new Map<string, number>();
  let most = 0;
  for (const it of items) {
    let shape = "";
    for (const e of it.entries) if (!(e.slot === "B" && shape.endsWith("B"))) shape += e.slot;
    const c = (counts.get(shape) ?? 0) + 1;
    counts.set(shape, c);
    if (c > most) most = c;
  }
  return most;
}

/** An item whose snippet is followed directly by another paragraph is a story's header, not an item. */
function storyStart(lines: readonly ClassifiedLine[], it: Item): boolean {
  const lastEntry = it.entries.at(-1)!;
  if (lastEntry.slot !== "B") return false;
  let j = lastEntry.index + 1;
  while (j < lines.length && lines[j]!.cls === "blank") j++;
  const next = lines[j];
  return next !== undefined && next.cls === "text" && isSnippet(next);
}

function buildItem(lines: readonly ClassifiedLine[], it: Item, ctx: ParseContext, related: number, strong: boolean): LayoutStory {
  const removed: Removed[] = [];
  let source: string | null = null;
  let timestamp = null as ClassifiedLine["timestamp"];
  const body: ClassifiedLine[] = [];
  const titleLine = lines[it.title]!;
  let title = titleLine.text;
  let titleAt = 0;
  const num = NUMBERED.exec(title);
  if (num) {
    removed.push(pieceRemoved(titleLine, ctx.input, 0, num[1]!.length + 1, "list-number", "structure/numbered-title"));
    titleAt = num[0].length;
    title = title.slice(titleAt);
  }
  const ts = TITLE_SOURCE.exec(title);
  if (ts) {
    source = ts[2]!;
    const sepAt = titleAt + ts[1]!.length;
    removed.push(pieceRemoved(titleLine, ctx.input, sepAt + 1, sepAt + 2, "separator", "structure/source-separator"));
    title = ts[1]!;
  }
  const echoes: ClassifiedLine[] = [];
  let kicker: string | null = null;
  for (const e of it.entries) {
    const l = lines[e.index]!;
    if (e.slot === "T" && !timestamp) {
      timestamp = l.timestamp;
      const label = stampLabelRemoved(l, ctx.input);
      if (label) removed.push(label);
    } else if (e.slot === "ST" && !timestamp) {
      timestamp = l.timestamp;
      const glued = gluedSource(l, ctx.input);
      if (glued && source === null) source = glued.source;
      else if (glued) removed.push(pieceRemoved(l, ctx.input, 0, l.tsStart, "source-echo", "structure/source-echo"));
      if (glued) removed.push(...glued.removed);
    } else if (e.slot === "S" && source === null) {
      source = l.text;
    } else if (e.slot === "K" && kicker === null && e.index < it.title) {
      kicker = l.text;
    } else if (e.slot === "E") {
      echoes.push(l);
    } else if (e.slot === "B") {
      body.push(l);
    } else if (e.index !== it.title) {
      removed.push(lineRemoved(l, ctx.input, "furniture", "structure/inside-item"));
    }
  }
  // Bullet lines: the source when none was printed yet, its echo when it repeats it, else a category.
  const categories: string[] = [];
  for (const l of echoes) {
    const b = readBullet(l)!;
    if (source !== null && sameName(source, b.name)) {
      removed.push(lineRemoved(l, ctx.input, "source-echo", "structure/source-echo"));
      continue;
    }
    if (source === null) source = b.name;
    else categories.push(b.name);
    removed.push(pieceRemoved(l, ctx.input, 0, b.marker.length, "list-marker", "structure/bullet"));
  }
  const first = it.entries[0]!.index;
  const last = it.entries.at(-1)!.index + 1;
  // Boilerplate lines (ads, share labels) inside the item's range belong to it.
  for (let j = first; j < last; j++) {
    const l = lines[j]!;
    if (l.cls === "boilerplate") removed.push(lineRemoved(l, ctx.input, l.rule!.kind, l.rule!.id));
  }
  const cleaned = cleanBodyLines(body, ctx.rules, ctx.input, { title, flattened: true, trailingCredit: true, outOfTime: ctx.outOfTime });
  return {
    layout: "digest",
    first,
    last,
    strong,
    relatedHeader: related,
    draft: {
      role: roleFor(related),
      title,
      truncated: TRUNCATED.test(title),
      source: source ?? cleaned.credit,
      timestamp,
      kicker: kicker ?? cleaned.kicker,
      paragraphs: cleaned.paragraphs,
      captions: cleaned.captions,
      hashtags: [],
      categories,
      removed: [...removed, ...cleaned.removed].sort((x, y) => x.start - y.start),
      start: lines[first]!.textStart,
      end: lineEnd(lines[last - 1]!),
    },
  };
}
