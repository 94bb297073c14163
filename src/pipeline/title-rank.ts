/**
 * The title ranker of the main-story stage: {@link rankTitle} picks the story's headline among the
 * lines above (and opening) the body, by the learned weights of `title-weights.json` over
 * {@link TITLE_FEATURES}. Split out of `main-story.ts` unchanged.
 *
 * @module
 */
import type { ParseContext } from "./context.js";
import type { StoryRecord, TitleModel } from "./story-model.js";
import { siteNamePrinted, splitSiteAffix, titleWithoutSite } from "./layouts/site-affix.js";
import { splitTitleStamp } from "./layouts/title-stamp.js";
import { scanTimestampLine } from "../time/find-timestamp.js";
import { BYLINE_START, CASE_LETTER, CASE_UNIT, CASE_UPPER, caseOfUnit, CHROME_KINDS, doubledHeadline, endsFullStop, endsSentence, type Head, headWords, isDuplicate, isInterfaceLabel, isMetaLine, isShouting, isWordChar, NAME_LINE, type PageView, stampIn, stripPunctuation, WIDE_BYLINE, wordEnd, wordStart } from "./page-view.js";

/** Names of the features of a title candidate (see {@link rankTitle}). */
export const TITLE_FEATURES = [
  "head-title",
  "log-words",
  "log-distance",
  "duplicate",
  "meta-below",
  "sentence-end",
  "colon-end",
  "shouting",
  "capitalised",
  "separator",
  "body-overlap",
  "story-p",
  "boilerplate",
  "position",
  "one-or-two-words",
  "doubled",
  "body-topic",
  "candidate-rank",
  "page-repeat",
  "headline-shape",
  "log-chars",
  "meta-near",
  "name-near",
  "breadcrumb",
  "crumb-above",
  "heading-below",
  "prose-below",
  "in-body",
  "body-repeat",
  "doc-title",
  "heading-above",
  "longer-below",
  "past-block",
  "short-neighbours",
  "question",
  "inner-colon",
  "ends-with-other",
  "words-above",
  "topic-best",
  "meta-over",
  "glued",
  "link-lead",
] as const;
const TF = TITLE_FEATURES.length;
/**
 * Boilerplate a rule names as a notice, a promo or legal text (a paywall notice under the
 * headline, say), or a line learned as the site's template (printed on most of its pages, so no
 * one page's headline): never a headline.
 */
const NOT_HEADLINE_KINDS = new Set(["paywall", "promo", "legal", "template"]);

/**
 * A form field's prompt (`Enter City and State or Zip Code`, `Enter your email address`, `Select
 * a region`, `Type a keyword`): a short imperative naming the field to fill in, printed by a
 * weather, store-finder, newsletter or search box above the story. Never a headline.
 */
export const FORM_PROMPT = /^(?:enter|type|select|choose) (?:your |a |an )?(?:city|state|zip|postcode|postal code|e-?mail|keywords?|search terms?|location|address|country|region|username|password)\b[^.!?]{0,60}$/iu;
/**
 * How far above the body title candidates are looked for, in non-blank lines: a page that sets
 * its head with a blank line between every two lines (a menu of one item a line, each after a
 * blank) reaches as far up in printed lines as one that does not.
 */
const TITLE_WINDOW = 60;
/**
 * How far above the body title candidates are looked for at most, in lines blank or not (a page of
 * blank lines under its headline reads no more than this).
 */
const TITLE_REACH = 150;
const SITE_SEPARATOR = / [|–—-] | [|–—-]$|^[|–—-] /u;
// A separator after a space anywhere on a line (" |", " -", " –", " —"): one scan, where four
// `includes` were four.
const SPACED_SEPARATOR = / [|–—-]/u;
/** The longest title candidate, in UTF-16 units. */
const TITLE_MAX_CHARS = 300;
/**
 * A word's key: its length as printed (capped) and its first code unit lower-cased, folded to a
 * byte (see {@link bareKey}). A filter, not a test: the words that pass are compared exactly.
 * (A word whose lower case has another length, `İ` → `i̇`, could be told apart from an equal one;
 * no page of the corpora has one.)
 */
export function wordKey(t: string, a: number, b: number): number {
  if (a >= b) return 0;
  let c = t.charCodeAt(a);
  if (c >= 0x41 && c <= 0x5a) c |= 0x20;
  else if (c >= 0x80) c = lowerUnit(c);
  return (Math.min(b - a, 63) << 8) | (c & 255);
}

/** Slots of a {@link WordSlots} filter (see {@link bareKey}). */
const BARE_FILTER_SIZE = 1 << 16;

/**
 * The slot of the word `t[a, b)` (as printed, or its edge punctuation already cut) in a
 * {@link WordSlots} filter: a hash of its {@link wordKey} and of its last code unit lower-cased
 * when that is ASCII (0 otherwise). The key of length and first unit alone let through two body
 * words in five (`this`, `that` and `them` share one), each then sliced, lower-cased and hashed;
 * the last unit rules most of them out. Words with equal lower cases and equal keys have equal
 * slots: a last unit whose lower case is ASCII is lower-cased to the same unit (`İ` lower-cases to
 * `i` and a combining dot, which a word of the same printed length cannot end with otherwise), and
 * every other last unit (the final and medial sigmas, say) counts as 0.
 */
export function bareKey(t: string, a: number, b: number): number {
  if (a >= b) return 0;
  let c = t.charCodeAt(b - 1);
  if (c >= 0x41 && c <= 0x5a) c |= 0x20;
  else if (c >= 0x80) {
    c = lowerUnit(c);
    if (c >= 0x80) c = 0;
  }
  return (Math.imul(wordKey(t, a, b), 127) + c) & (BARE_FILTER_SIZE - 1);
}

/**
 * The words a scan of the body looks for (the candidates' words, lower-cased), by their slots
 * ({@link bareKey}): a body word whose slot holds none of them not found yet is neither sliced nor
 * lower-cased nor hashed. A slot closes once its words are all found, so the story's common words
 * stop costing once read. One filter serves every call: {@link WordSlots.reset} clears the slots
 * the last call used (at the start of a call, so that a call cut short leaves nothing behind).
 */
class WordSlots {
  /** Per slot, how many of the words not yet found it holds. */
  private readonly counts = new Uint16Array(BARE_FILTER_SIZE);
  /** The slots set since the last reset. */
  private used: number[] = [];
  /** Per word sought, its slot, or -1 when its forms as printed gave it two (then neither closes). */
  private readonly words = new Map<string, number>();

  reset(): void {
    for (const slot of this.used) this.counts[slot] = 0;
    this.used = [];
    this.words.clear();
  }

  /** Seeks `word` (lower-cased) at `slot`, the slot of one of its forms as printed. */
  add(word: string, slot: number): void {
    const had = this.words.get(word);
    if (had === slot) return;
    this.words.set(word, had === undefined ? slot : -1);
    if (this.counts[slot] === 0) this.used.push(slot);
    this.counts[slot]!++;
  }

  /** Whether a word at `slot` may be one sought and not found yet. */
  open(slot: number): boolean {
    return this.counts[slot] !== 0;
  }

  /** Adds `word`, read at `slot`, to `found` when it is sought. */
  find(word: string, slot: number, found: Set<string>): void {
    const at = this.words.get(word);
    if (at === undefined || found.has(word)) return;
    found.add(word);
    if (at === slot) this.counts[slot]!--;
  }
}

/** The filters of the overlap feature (the body's opening) and of the topic feature (the story). */
const OPENING_SLOTS = new WordSlots();
const TOPIC_SLOTS = new WordSlots();

/** Lower-case code units of non-ASCII units, filled as they are met (0 = not yet asked). */
const LOWER_UNIT = new Uint16Array(0x10000);
function lowerUnit(c: number): number {
  let v = LOWER_UNIT[c]!;
  if (v === 0) {
    v = String.fromCharCode(c).toLowerCase().charCodeAt(0);
    LOWER_UNIT[c] = v;
  }
  return v;
}

/** How much of the story the topic feature reads. */
const TOPIC_CHARS = 20000;
/** How much of the body's opening the overlap feature reads. */
const OPENING_CHARS = 3000;
/**
 * Characters read past a cap within the line that crosses it: the words of a long line are read
 * a little beyond the cap (as when the cap was checked per line), but never a whole line of megabytes.
 */
const LINE_READ_SLACK = 20000;
/**
 * Calls `f` with each text line from `from` to `to` and how far to read it: about `cap`
 * characters in all (a line crossing the cap is read up to {@link LINE_READ_SLACK} past it, so the
 * cap holds within a line too: a story flattened onto one line is megabytes long).
 */
function readCapped(lines: PageView["lines"], from: number, to: number, cap: number, f: (t: string, stop: number) => void): void {
  for (let i = from, c = 0; i <= to && i < lines.length && c < cap; i++) {
    const l = lines[i]!;
    if (l.cls !== "text") continue;
    const t = l.text;
    const stop = Math.min(t.length, cap - c + LINE_READ_SLACK);
    c += t.length;
    f(t, stop);
  }
}

/**
 * Picks the headline among the lines above the body with the learned title ranker: each
 * candidate (a line of one to 30 words within {@link TITLE_WINDOW} non-blank lines above the body,
 * and {@link TITLE_REACH} lines at most) is
 * scored by a logistic model over its shape, its distance from the body, whether a date or byline
 * sits under it, whether it is printed twice, and how many of its words the body's opening uses.
 * @param ownerLine - The line naming a personal site's owner over its menu (`headerOwnerLine`,
 *   computed by the caller so that this module stays below the head reader), or -1
 * @returns the chosen line, or -1 when there is no candidate
 */
export function rankTitle(
  view: PageView,
  bodyStart: number,
  bodyEnd: number,
  head: Head,
  m: TitleModel | undefined,
  record: ((r: StoryRecord) => void) | null,
  ctx: ParseContext,
  openingLines: readonly number[],
  ownerLine = -1,
): number {
  const { lines, inBlock } = view;
  const cands: number[] = [];
  // Candidates past another story block (a teaser the layouts read between headline and body):
  // from this index up, each is marked as such.
  let pastBlock = -1;
  for (let i = bodyStart - 1, seen = 0; i >= 0 && seen < TITLE_WINDOW && i >= bodyStart - TITLE_REACH; i--) {
    if (lines[i]!.cls !== "blank") seen++;
    if (inBlock[i]) {
      if (pastBlock < 0) pastBlock = cands.length;
      continue;
    }
    const l = lines[i]!;
    if (l.cls === "blank" || l.text.length > TITLE_MAX_CHARS) continue;
    // Words counted as the story counts them: a Chinese or Japanese paragraph is one
    // space-separated "word", and would otherwise pass for a one-word headline.
    const w = headWords(l);
    if (w < 1 || w > 30) continue;
    // Page chrome (a share bar, a credit, navigation) and text a rule names as closing a story (a
    // copyright line, a comment widget) are never the story's headline.
    if (l.cls === "boilerplate" && (l.rule?.signal === "end-of-story" || CHROME_KINDS.has(l.rule?.kind ?? "") || NOT_HEADLINE_KINDS.has(l.rule?.kind ?? ""))) continue;
    // The line the head read as the byline (by its label or its `By`, not a bare name guessed from
    // its shape) names the author, not the story.
    if (i === head.bylineLine && !head.weakByline) continue;
    // A line that is mostly a date or time stamp, bare or labelled (`Last updated on …`, `Posted
    // on … by …`), is the story's meta, never its headline.
    if (isMetaLine(view, l, ctx)) continue;
    if (FORM_PROMPT.test(l.text)) continue;
    // A personal site's header names its owner on the page's first line (`Jane Doe` / a short
    // menu / headline): with a candidate under it, that name is the site's author, not the story.
    if (cands.length > 0 && i === ownerLine) continue;
    cands.push(i);
  }
  // The body's first lines when they read as a headline (a long one, or one ending in "?", that
  // the body kept): appended, so that the other candidates keep their rank.
  for (const i of openingLines) cands.push(i);
  if (cands.length === 0) return -1;
  // The candidates' long words, lower-cased (for the overlap feature) and without their edge
  // punctuation (for the topic feature): the body is then searched for these few words only, rather
  // than every body word being put in a set (the same answers, a fraction of the hashing).
  const wanted = OPENING_SLOTS;
  const wantedBare = TOPIC_SLOTS;
  wanted.reset();
  wantedBare.reset();
  // The candidates' character bigrams in scripts written without spaces (Han, kana, Thai …), as
  // `first * 65536 + second`: there a whole sentence is one space-separated "word", so the overlap
  // and topic features compare pairs of characters instead (see spacelessBigrams).
  const wantedPairs = new Set<number>();
  // Each candidate's words, and the lower case and bare form of those of four units or more
  // (undefined for the others), made here once and read again by the candidate's features.
  const candWords: string[][] = [];
  const candLower: (string | undefined)[][] = [];
  const candBare: (string | undefined)[][] = [];
  for (const i of cands) {
    const words = lines[i]!.text.split(" ");
    const lowers = new Array<string | undefined>(words.length);
    const bares = new Array<string | undefined>(words.length);
    candWords.push(words);
    candLower.push(lowers);
    candBare.push(bares);
    for (let v = 0; v < words.length; v++) {
      const w = words[v]!;
      if (w.length < 2) continue;
      if (hasSpaceless(w)) forEachPair(w, 0, w.length, (key) => wantedPairs.add(key));
      if (w.length < 4) continue;
      const lw = w.toLowerCase();
      lowers[v] = lw;
      wanted.add(lw, bareKey(w, 0, w.length));
      const bare = stripPunctuation(lw);
      bares[v] = bare;
      const x = wordStart(w, 0, w.length);
      wantedBare.add(bare, bareKey(w, x, wordEnd(w, x, w.length)));
    }
  }
  // The body's opening words, lower-cased, for the overlap feature.
  const opening = new Set<string>();
  readCapped(lines, bodyStart, lines.length - 1, OPENING_CHARS, (t, stop) => {
    for (let a = 0; a <= stop; ) {
      let b = t.indexOf(" ", a);
      if (b < 0) b = t.length;
      if (b - a >= 4) {
        const slot = bareKey(t, a, b);
        if (wanted.open(slot)) wanted.find(t.slice(a, b).toLowerCase(), slot, opening);
      }
      a = b + 1;
    }
  });
  // The same for the candidates' bigrams: those the opening uses and those the story uses (read
  // only when a candidate has any, so a page in spaced scripts pays nothing).
  const openingPairs = new Set<number>();
  const topicPairs = new Set<number>();
  if (wantedPairs.size > 0) {
    readPairs(lines, bodyStart, lines.length - 1, OPENING_CHARS, wantedPairs, openingPairs);
    readPairs(lines, bodyStart, bodyEnd, TOPIC_CHARS, wantedPairs, topicPairs);
  }
  // The story's words, for the topic feature: a headline names what the body is about.
  const topic = new Set<string>();
  readCapped(lines, bodyStart, bodyEnd, TOPIC_CHARS, (t, stop) => {
    for (let a = 0; a <= stop; ) {
      let b = t.indexOf(" ", a);
      if (b < 0) b = t.length;
      if (b - a >= 4) {
        // The word without its edge punctuation, read in place for the filter; only a word that
        // passes it is lower-cased and stripped as the candidates' words were.
        const x = wordStart(t, a, b);
        const slot = bareKey(t, x, wordEnd(t, x, b));
        if (wantedBare.open(slot)) wantedBare.find(stripPunctuation(t.slice(a, b).toLowerCase()), slot, topic);
      }
      a = b + 1;
    }
  });
  // How often each candidate is printed on the page (case-blind), a "Title | Site" line counting
  // for its title: pages repeat their headline (the document title, a breadcrumb, a share text).
  // Only the candidates' texts are counted: a line longer than every candidate and without a
  // separator (" |", " -", " –", " —") can match none, and is not even lower-cased.
  const printed = new Map<string, number>();
  // Per candidate text: printed again as a line of the body (a section heading the page also
  // lists above the story, in a table of contents), and printed as the head of a document-title
  // string elsewhere ("Title | Site", "Site – Title").
  const inBodyAgain = new Set<string>();
  const docTitle = new Set<string>();
  // The lengths of the candidates, as printed and lower-cased (`İ` lower-cases to two units): a
  // line of another length without a separator can equal none, and is not even lower-cased.
  const lengths = new Uint8Array(TITLE_MAX_CHARS + 2);
  // The candidates' texts, lower-cased.
  const keys = cands.map((i) => lines[i]!.text.toLowerCase());
  for (let c = 0; c < cands.length; c++) {
    const s = lines[cands[c]!]!.text;
    const k = keys[c]!;
    printed.set(k, 0);
    lengths[Math.min(s.length, TITLE_MAX_CHARS + 1)] = 1;
    lengths[Math.min(k.length, TITLE_MAX_CHARS + 1)] = 1;
  }
  for (let q = 0; q < lines.length; q++) {
    const l = lines[q]!;
    if (l.cls === "blank" || l.words > 30) continue;
    const s = l.text;
    const separated = SPACED_SEPARATOR.test(s);
    if (!separated && (s.length > TITLE_MAX_CHARS || lengths[s.length] === 0)) continue;
    const t = s.toLowerCase();
    const n = printed.get(t);
    if (n !== undefined) {
      printed.set(t, n + 1);
      if (q >= bodyStart && q <= bodyEnd) inBodyAgain.add(t);
    }
    if (!separated) continue;
    const cut = SITE_SEPARATOR.exec(t);
    if (cut && cut.index > 0) {
      const lead = t.slice(0, cut.index);
      const m = printed.get(lead);
      if (m !== undefined) {
        printed.set(lead, m + 1);
        docTitle.add(lead);
      }
      const last = lastSeparator(t);
      if (last >= 0) {
        const tail = t.slice(last);
        if (printed.has(tail)) docTitle.add(tail);
      }
    }
  }
  // Position on the page counted in text lines, so that chrome inserted anywhere moves nothing.
  const textBefore = new Int32Array(lines.length);
  let textTotal = 0;
  for (let i = 0; i < lines.length; i++) {
    textBefore[i] = textTotal;
    if (lines[i]!.cls === "text") textTotal++;
  }
  const doubled = doubledHeadline(view, bodyStart);
  // Per line from the highest candidate to a few lines into the body: what kind of head line it
  // is (see headLineKind), read once and shared by every candidate above it.
  let top = cands[0]!;
  for (const i of cands) top = Math.min(top, i);
  const kinds = new Uint8Array(Math.min(lines.length, bodyStart + 6) - top);
  const kindOf = (j: number): number => {
    const at = j - top;
    if (at >= kinds.length) return HEAD_OTHER;
    if (kinds[at] === 0) kinds[at] = headLineKind(view, j, ctx);
    return kinds[at]!;
  };
  const x = new Float64Array(cands.length * TF);
  // A candidate that ends with another, after a label or a breadcrumb (`Label: Title`,
  // `Home » Title`): the other is the headline it repeats.
  const endsWithOther = new Uint8Array(cands.length);
  for (let k = 0; k < cands.length; k++) {
    const a = keys[k]!;
    for (let q = 0; q < cands.length; q++) {
      const b = keys[q]!;
      if (b.length < 8 || b.length >= a.length) continue;
      if (a.charCodeAt(a.length - b.length - 1) === 32 && a.endsWith(b)) {
        endsWithOther[k] = 1;
        break;
      }
    }
  }
  // The title each candidate gives: its line, less a date (`Title / Mar 2025`) and a site name
  // (`Title | Site`) printed with it, as assembly cuts them from the title it gives.
  const titles = cands.map((i) => candidateTitle(view, i, ctx));
  cands.forEach((i, k) => {
    const l = lines[i]!;
    const o = k * TF;
    let j = i + 1;
    while (j < lines.length && lines[j]!.cls === "blank") j++;
    const below = lines[j];
    const words = candWords[k]!;
    const lowers = candLower[k]!;
    const bares = candBare[k]!;
    const lw = headWords(l);
    let caps = 0;
    // Words that open with a letter of a caseless script (Han, kana, Hangul, Thai, Arabic,
    // Devanagari …): they say nothing of capitalisation, and are left out of its share.
    let caseless = 0;
    let long = 0;
    let shared = 0;
    let inTopic = 0;
    for (let v = 0; v < words.length; v++) {
      const w = words[v]!;
      const c = w.charCodeAt(0);
      const kc = CASE_UNIT[c] || caseOfUnit(c);
      if (kc === CASE_UPPER) caps++;
      else if (kc === CASE_LETTER) caseless++;
      if (wantedPairs.size > 0 && w.length >= 2 && hasSpaceless(w)) {
        // A run of a space-less script counts by its bigrams, each a unit of the shares.
        forEachPair(w, 0, w.length, (key) => {
          long++;
          if (openingPairs.has(key)) shared++;
          if (topicPairs.has(key)) inTopic++;
        });
        continue;
      }
      if (w.length >= 4) {
        long++;
        if (opening.has(lowers[v]!)) shared++;
        if (topic.has(bares[v]!)) inTopic++;
      }
    }
    x[o] = i === head.titleLine ? 1 : 0;
    x[o + 1] = Math.log1p(lw);
    x[o + 2] = Math.log1p(Math.max(0, bodyStart - i));
    x[o + 3] = l.cls === "text" && isDuplicate(view, l) ? 1 : 0;
    x[o + 4] =
      below && (below.cls === "timestamp" || below.cls === "source-timestamp" || j === head.bylineLine || j === head.timestampLine || BYLINE_START.test(below.text) || WIDE_BYLINE.test(below.text)) ? 1 : 0;
    x[o + 5] = endsSentence(l.text) ? 1 : 0;
    x[o + 6] = l.text.endsWith(":") ? 1 : 0;
    x[o + 7] = isShouting(l) ? 1 : 0;
    // A line of caseless words only reads as the corpus average: neither capitalised nor not.
    x[o + 8] = words.length > caseless ? caps / (words.length - caseless) : caseless > 0 ? (m ? m.mean[8]! : 0) : 0;
    // Read on the title the line gives: a site name it drops (`Title | Site`) leaves no separator.
    x[o + 9] = SITE_SEPARATOR.test(titles[k]!) ? 1 : 0;
    x[o + 10] = long > 0 ? shared / long : 0;
    x[o + 11] = view.p ? view.p[i]! : 0;
    x[o + 12] = l.cls === "text" ? 0 : 1;
    x[o + 13] = textTotal > 0 ? textBefore[i]! / textTotal : 0;
    x[o + 14] = lw <= 2 ? 1 : 0;
    x[o + 15] = i === doubled ? 1 : 0;
    x[o + 16] = long > 0 ? inTopic / long : 0;
    x[o + 17] = Math.log1p(k);
    const key = keys[k]!;
    x[o + 18] = Math.log1p((printed.get(key) ?? 1) - 1);
    x[o + 19] = l.cls === "text" && lw >= 3 && lw <= 25 && !endsSentence(l.text) && !l.text.endsWith(":") ? 1 : 0;
    x[o + 20] = Math.log1p(l.text.length);
    // The head under a headline: a byline, a date, a reading time, or a bare name within the next
    // few lines; a subtitle or a section heading is followed by prose or by the next heading.
    let meta = 0;
    let name = 0;
    for (let q = j, seen = 0; q < lines.length && seen < HEAD_ZONE; q++) {
      if (lines[q]!.cls === "blank") continue;
      seen++;
      const kind = kindOf(q);
      if (kind === HEAD_META) meta = 1;
      else if (kind === HEAD_NAME) name = 1;
    }
    x[o + 21] = meta;
    x[o + 22] = name;
    x[o + 23] = isBreadcrumb(l.text) ? 1 : 0;
    let crumb = 0;
    for (let q = i - 1, seen = 0; q >= 0 && seen < 3; q--) {
      const t = lines[q]!.text;
      if (lines[q]!.cls === "blank") continue;
      seen++;
      if (t.length > l.text.length && t.endsWith(l.text)) crumb = 1;
    }
    x[o + 24] = crumb;
    const belowKind = below ? kindOf(j) : HEAD_OTHER;
    x[o + 25] = belowKind === HEAD_HEADING ? 1 : 0;
    x[o + 26] = belowKind === HEAD_PROSE ? 1 : 0;
    x[o + 27] = i >= bodyStart ? 1 : 0;
    x[o + 28] = inBodyAgain.has(key) && i < bodyStart ? 1 : 0;
    x[o + 29] = docTitle.has(key) ? 1 : 0;
    // A dek under its headline: the line above is a heading, or the line below a longer one.
    let above = i - 1;
    while (above >= 0 && lines[above]!.cls === "blank") above--;
    x[o + 30] = above >= 0 && (above >= top ? kindOf(above) : headLineKind(view, above, ctx)) === HEAD_HEADING ? 1 : 0;
    const bw = below ? headWords(below) : 0;
    x[o + 31] = below && below.cls === "text" && bw > lw && bw <= 40 ? 1 : 0;
    x[o + 32] = pastBlock >= 0 && k >= pastBlock && i < bodyStart ? 1 : 0;
    // A line of a menu or a tag list: the lines on both sides are a word or three.
    const aw = above >= 0 ? headWords(lines[above]!) : 0;
    x[o + 33] = (above >= 0 && aw <= 3 ? 0.5 : 0) + (below && bw <= 3 ? 0.5 : 0);
    // A headline may ask its question; a line of prose rarely ends in one (`sentence-end` holds both).
    x[o + 34] = l.text.endsWith("?") ? 1 : 0;
    // "Topic: what about it", the two-part shape of many headlines (a full-width colon in CJK).
    x[o + 35] = l.text.indexOf(": ") > 0 || l.text.indexOf("：") > 0 ? 1 : 0;
    x[o + 36] = endsWithOther[k]!;
    // How long the line above is: a headline sits under chrome and short labels, a section
    // heading under a paragraph.
    x[o + 37] = above >= 0 ? Math.log1p(aw) : 0;
  });
  // The candidate whose words the story uses most (ties included): the headline names the story's
  // topic better than any other line above it, whatever its absolute share (a page-relative test,
  // which a linear score over each candidate alone cannot make).
  let topTopic = 0;
  for (let k = 0; k < cands.length; k++) topTopic = Math.max(topTopic, x[k * TF + 16]!);
  for (let k = 0; k < cands.length; k++) x[k * TF + 38] = x[k * TF + 16]! >= topTopic ? 1 : 0;
  // `meta-over`: a date, byline or reading time right above the candidate (blank lines aside; not
  // a bare label whose value is the candidate), the candidate itself no such line and no prose:
  // the head printed over its headline (`Travel` / `May 3, 2024` /
  // headline). `meta-near` reads the head under a candidate only, so a section label above such a
  // date read as the better headline.
  cands.forEach((i, k) => {
    let up = i - 1;
    while (up >= 0 && lines[up]!.cls === "blank") up--;
    const own = kindOf(i);
    x[k * TF + 39] =
      own !== HEAD_META && own !== HEAD_PROSE && up >= 0 && !inBlock[up] && !META_LABEL.test(lines[up]!.text) && (up >= top ? kindOf(up) : headLineKind(view, up, ctx)) === HEAD_META ? 1 : 0;
  });
  // `glued`: words run together (a menu scraped without its separators); `link-lead`: a link to
  // another page (a previous / next story, a way back, a category line).
  cands.forEach((i, k) => {
    const t = lines[i]!.text;
    x[k * TF + 40] = Math.log1p(gluedJoins(t));
    x[k * TF + 41] = LINK_LEAD.test(t) ? 1 : 0;
  });
  if (record) record({ texts: [], x: new Float64Array(0), chars: new Int32Array(0), title: { lines: cands, texts: titles, x } });
  // Training reads the candidates before a ranker exists: the head's own choice stands.
  if (!m) return head.titleLine;
  const a = alignedModel(m);
  let best = -1;
  let bestK = -1;
  let bestZ = -Infinity;
  for (let k = 0; k < cands.length; k++) {
    let z = a.bias;
    for (let f = 0; f < TF; f++) z += a.weights[f]! * (x[k * TF + f]! - a.mean[f]!) * a.scale[f]!;
    if (z > bestZ) {
      bestZ = z;
      best = cands[k]!;
      bestK = k;
    }
  }
  // A headline set in capitals (the page's style: `text-transform`) that the head also prints in
  // mixed case (a breadcrumb's last entry, the page's own title line): the mixed-case printing is
  // the title, the nearest one to the body.
  if (bestK >= 0 && !LOWER_LETTER.test(lines[best]!.text)) {
    for (let k = 0; k < cands.length; k++) {
      if (k !== bestK && keys[k] === keys[bestK] && LOWER_LETTER.test(lines[cands[k]!]!.text)) return cands[k]!;
    }
  }
  return best;
}

const LOWER_LETTER = /\p{Ll}/u;

/**
 * The title a candidate line gives once a date printed with it ({@link splitTitleStamp}) and then
 * a site name ({@link titleWithoutSite}) are cut: what assembly makes of the line as the title.
 */
function candidateTitle(view: PageView, i: number, ctx: ParseContext): string {
  const { lines } = view;
  const text = lines[i]!.text;
  const stamp = splitTitleStamp(
    text,
    (t) => scanTimestampLine(t, { referenceTime: ctx.referenceTime, timeZone: ctx.timeZone, dateOrder: ctx.dateOrder }).whole,
    (t) => stampIn(view, t, ctx),
  );
  if (!stamp) return titleWithoutSite(lines, i);
  const t = text.slice(stamp.from, stamp.to);
  const site = splitSiteAffix(t, (name) => siteNamePrinted(lines, name, i));
  return site ? t.slice(site.from, site.to) : t;
}
/**
 * A line that leads to another page: a previous / next link (`« Older post`, `Previous: …`,
 * `Next article ›`), a way back (`Back to Blog`), a category line (`Published in …`, `Filed under
 * …`), a `Read more` link.
 */
const LINK_LEAD = /^(?:[«‹<←◂]|(?:previous|next|prev|older|newer)(?: (?:posts?|articles?|story|stories|entry|entries))? ?(?:[:»›>→|]|$)|back to |read more |(?:published|posted|filed) (?:in|under) )|[»›>→▸]$/iu;

/** A ranker's weights, means and scales in the order of {@link TITLE_FEATURES}. */
interface AlignedModel {
  bias: number;
  weights: Float64Array;
  mean: Float64Array;
  scale: Float64Array;
}
const ALIGNED = new WeakMap<TitleModel, AlignedModel>();

/**
 * A ranker read in the order of {@link TITLE_FEATURES}, by feature name: a feature the ranker was
 * not fitted on weighs nothing (weights written before a feature was added keep ranking as they
 * were fitted), and one it has that the code no longer computes is dropped.
 */
function alignedModel(m: TitleModel): AlignedModel {
  let a = ALIGNED.get(m);
  if (a) return a;
  a = { bias: m.bias, weights: new Float64Array(TF), mean: new Float64Array(TF), scale: new Float64Array(TF) };
  const at = new Map(m.features.map((name, f) => [name, f]));
  for (let f = 0; f < TF; f++) {
    const g = at.get(TITLE_FEATURES[f]!);
    if (g === undefined) continue;
    a.weights[f] = m.weights[g] ?? 0;
    a.mean[f] = m.mean[g] ?? 0;
    a.scale[f] = m.scale[g] ?? 0;
  }
  ALIGNED.set(m, a);
  return a;
}

/**
 * How many times a word of `t` runs on into the next one with no space (`SubscribeSign in`,
 * `PricingResourcesFree Trial`): a small letter after another one, then a capital and a small
 * letter. Menus and button rows scraped without their separators read so; a headline has one such
 * join at most, in a brand's name (`GitHub`, `JavaScript`).
 */
export function gluedJoins(t: string): number {
  let n = 0;
  GLUED.lastIndex = 0;
  while (GLUED.test(t)) n++;
  return n;
}
/** Two small letters before a capital and a small letter (the capital not consumed, so joins may chain). */
const GLUED = /\p{Ll}\p{Ll}(?=\p{Lu}\p{Ll})/gu;

/**
 * Whether a code unit is compared by bigrams: a script written without spaces (the ranges
 * `storyWords` reads as such), or Hangul, whose words are two or three syllables with a particle
 * attached (`공원에는` is `공원` "park" + `에는`), too short for the four-character rule and rarely
 * repeated whole.
 */
function isSpaceless(c: number): boolean {
  return c >= 0x0e00 && (c <= 0x0eff || (c >= 0x1000 && c <= 0x109f) || (c >= 0x1780 && c <= 0x17ff) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff));
}

/** Whether a word has a character of a script written without spaces. */
function hasSpaceless(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (isSpaceless(w.charCodeAt(i))) return true;
  return false;
}

/** Calls `f` with each bigram of two adjacent space-less characters in `t[a, b)`, as `first * 65536 + second`. */
function forEachPair(t: string, a: number, b: number, f: (key: number) => void): void {
  let prev = -1;
  for (let i = a; i < b; i++) {
    const c = t.charCodeAt(i);
    if (!isSpaceless(c)) {
      prev = -1;
      continue;
    }
    if (prev >= 0) f(prev * 65536 + c);
    prev = c;
  }
}

/**
 * Adds to `found` each bigram of `wanted` that the text lines from `from` to `to` use, reading about
 * `cap` characters (a line crossing the cap is read up to {@link LINE_READ_SLACK} past it).
 */
function readPairs(lines: PageView["lines"], from: number, to: number, cap: number, wanted: ReadonlySet<number>, found: Set<number>): void {
  readCapped(lines, from, to, cap, (t, stop) =>
    forEachPair(t, 0, stop, (key) => {
      if (wanted.has(key)) found.add(key);
    }),
  );
}

/** Where the text after a line's last site separator (` | `, ` – `, ` — `, ` - `) starts, or -1. */
function lastSeparator(t: string): number {
  for (let k = t.length - 3; k > 0; k--) {
    if (t.charCodeAt(k - 1) === 32 && t.charCodeAt(k + 1) === 32 && "|–—-".includes(t[k]!)) return k + 2;
  }
  return -1;
}

// Two sentences on one line ("… alone. #ad"): prose, not a headline.
const SENTENCE_BREAK = /[.!?] \p{Lu}/u;

/**
 * The body's first lines (up to two) that could be its headline: short enough, no full stop, and
 * something of the body left under them.
 */
export function headlineOpening(view: PageView, body: readonly number[]): number[] {
  const out: number[] = [];
  for (let k = 0; k < 2 && k + 1 < body.length; k++) {
    const l = view.lines[body[k]!]!;
    if (l.cls !== "text" || headWords(l) > 30 || l.text.length > 300 || l.text.endsWith(".") || endsFullStop(l.text) || SENTENCE_BREAK.test(l.text) || view.keyPoint[body[k]!]) break;
    out.push(body[k]!);
  }
  return out;
}

/** How many non-blank lines under a title candidate are read for its head (byline, date, name). */
const HEAD_ZONE = 6;
export const HEAD_OTHER = 1;
export const HEAD_META = 2;
export const HEAD_NAME = 3;
export const HEAD_HEADING = 4;
const HEAD_PROSE = 5;
// "Home » Recipes » Title", "HomeTitle" (the space lost), "Main > Blog > Title": a breadcrumb trail.
const CRUMB_START = /^(?:Home|HOME)(?![a-z])/u;

/** Whether a line reads as a breadcrumb trail: `Home…`, a `»` or `›`, or two ` > ` / ` / ` separators. */
function isBreadcrumb(t: string): boolean {
  if (CRUMB_START.test(t) || t.includes("»") || t.includes("›")) return true;
  const gt = t.indexOf(" > ");
  if (gt >= 0 && t.includes(" > ", gt + 3)) return true;
  const sl = t.indexOf(" / ");
  return sl >= 0 && t.includes(" / ", sl + 3);
}
// "8 min read", "15 min", "3 MIN. READ", "11 Minute Read".
export const READ_TIME = /^\d{1,3} ?(?:min|mins|minutes?)\.?(?: read)?$|\b\d{1,3} ?(?:min|mins|minutes?)\.? read\b/iu;
// A label alone ("By", "Written by", "Last updated", "Published on:") whose value is on the next line.
export const META_LABEL = /^(?:(?:written|posted|reviewed|edited|fact[- ]checked) by|by|author|authors|last updated|updated|published|posted|date)(?: on)?:?$/iu;

/**
 * What a line under a title candidate is: head meta (a stamp, a byline, a reading time, a label
 * such as `Last updated`), a bare name, a heading (short, no full stop), prose, or anything else.
 */
export function headLineKind(view: PageView, j: number, ctx: ParseContext): number {
  const l = view.lines[j];
  if (l === undefined) return HEAD_OTHER;
  if (l.cls === "timestamp" || l.cls === "source-timestamp" || (l.cls === "boilerplate" && l.rule?.kind === "byline")) return HEAD_META;
  if (l.cls !== "text") return HEAD_OTHER;
  const w = headWords(l);
  if (w <= 16) {
    const t = l.text;
    if (BYLINE_START.test(t) || WIDE_BYLINE.test(t) || META_LABEL.test(t) || READ_TIME.test(t)) return HEAD_META;
    // "Jane Doe • Updated on Jul 4, 2024": a date with at most a name or a label before it.
    const found = stampIn(view, t, ctx);
    if (found && found.before.length <= 40) return HEAD_META;
    if (NAME_LINE.test(t) && !isInterfaceLabel(t)) return HEAD_NAME;
    if (!endsSentence(t)) return HEAD_HEADING;
  }
  return endsSentence(l.text) || w > 16 ? HEAD_PROSE : HEAD_OTHER;
}
