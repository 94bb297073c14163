/**
 * The metadata stage (after timestamps, before validation): the metadata other extractors give,
 * computed from what the earlier stages settled (each article's title, byline and paragraphs), so
 * it never changes which lines belong to which article: `authors`, `excerpt`, `wordCount`,
 * `language`, the main story's `confidence`, and the page's {@link PageKind}.
 *
 * @module
 */
import { LanguageTally } from "../features/stopwords/index.js";
import { countWordTokens } from "../features/tokens.js";
import type { Article, PageKind } from "../model/article.js";

/** The fields this stage adds; the earlier stages produce an article without them. */
export type MetadataField = "authors" | "excerpt" | "wordCount" | "language" | "confidence";

/** An article as the timestamp stage hands it on, before this stage adds its fields. */
export type ArticleCore = Omit<Article, MetadataField>;

/** What this stage hands on: the articles with their metadata, and the page's kind. */
export interface WithMetadata {
  articles: Article[];
  kind: PageKind;
}

/**
 * Adds the metadata fields to every article and decides the page's kind.
 * The page's language (all articles' text, main story first) stands in for an article whose own
 * text is too short to tell (a listing item of one line). `outOfTime` is the parse's time budget,
 * passed to {@link wordCount} (the one part of the stage that reads whole paragraphs).
 */
export function addMetadata(articles: readonly ArticleCore[], outOfTime?: () => boolean): WithMetadata {
  // Each article's own tally, which also counts the words of the paragraphs it reads whole.
  const tallies = articles.map(() => new LanguageTally(LANGUAGE_SAMPLE));
  const words = articles.map((a, k) => tallyAndCount(tallies[k]!, a, outOfTime));
  // The page's language is read only when an article needs it (most pages never do), from the
  // articles' own tallies where they read their whole text (the same counts as reading it again).
  let pageLanguage: string | null | undefined;
  const pageLanguageOnce = (): string | null => {
    if (pageLanguage !== undefined) return pageLanguage;
    const tally = new LanguageTally(LANGUAGE_SAMPLE);
    articles.forEach((a, k) => {
      // An article whose tally filled up is read again only when the page's tally has read
      // something already (on most pages the main story comes first and fills it alone).
      if (!tally.full && !tally.merge(tallies[k]!) && !tally.adopt(tallies[k]!)) tallyArticle(tally, a);
    });
    return (pageLanguage = tally.hits() >= MIN_LANGUAGE_HITS ? tally.language() : null);
  };
  const out = articles.map((a, k): Article => {
    // Words are counted once per paragraph: the body's count is their sum (the body is the
    // paragraphs joined by blank lines), and the confidence reads the same counts.
    const tally = tallies[k]!;
    const own = tally.hits() >= MIN_LANGUAGE_HITS ? tally.language() : null;
    // Every field written out in the schema's order, not `{ ...a, authors, … }`: a spread
    // followed by new keys costs V8 a copy and five property additions per article (about 3% of
    // a parse on the dev corpus); one literal of a fixed shape is a single allocation.
    return {
      role: a.role,
      title: a.title,
      truncated: a.truncated,
      source: a.source,
      publishedAt: a.publishedAt,
      timestamp: a.timestamp,
      kicker: a.kicker,
      byline: a.byline,
      authors: a.byline === null ? [] : parseAuthors(a.byline),
      keyPoints: a.keyPoints,
      paragraphs: a.paragraphs,
      body: a.body,
      excerpt: excerptOf(a.paragraphs),
      wordCount: sum(words[k]!),
      // On a one-article page the page's tally would read this article's tokens again.
      language: own ?? (articles.length === 1 ? null : pageLanguageOnce()),
      confidence: a.role === "main" ? mainStoryConfidence(proseEvidence(a.paragraphs, words[k])) : null,
      captions: a.captions,
      hashtags: a.hashtags,
      categories: a.categories,
      removed: a.removed,
      span: a.span,
    };
  });
  return { articles: out, kind: pageKind(out) };
}

function sum(xs: readonly number[]): number {
  let total = 0;
  for (const x of xs) total += x;
  return total;
}

// ---------------------------------------------------------------------------------------------
// Language

/**
 * Stop words a text must hold before its language is read from them. Running prose in any of the
 * nine listed languages has a stop word every two or three words, so three is a short sentence's
 * worth; fewer (a headline, a name) is no evidence, and the page's language is used instead.
 */
export const MIN_LANGUAGE_HITS = 3;

/**
 * Words read for a language: a few hundred already separate the nine languages (the page's
 * language for the main-story stage is read from about 60), and the bound keeps long bodies cheap.
 */
export const LANGUAGE_SAMPLE = 400;

function tallyArticle(tally: LanguageTally, a: ArticleCore): void {
  tally.add(a.title);
  for (const p of a.paragraphs) {
    if (tally.full) return;
    tally.add(p);
  }
}

/**
 * Tallies an article as {@link tallyArticle} does and returns the {@link wordCount} of each of
 * its paragraphs: a paragraph the tally read to its end (it was not {@link LanguageTally.full}
 * after it) holds exactly the tokens it added, which are the words `wordCount` counts (the same
 * token rule); only the paragraphs from the one that filled the tally on are scanned again.
 */
function tallyAndCount(tally: LanguageTally, a: ArticleCore, outOfTime?: () => boolean): number[] {
  tally.add(a.title);
  const words: number[] = [];
  for (const p of a.paragraphs) {
    // Past the budget a long paragraph is not tallied (one token may run for megabytes): only counted.
    if (tally.full || (p.length > WORD_COUNT_STRIDE && outOfTime?.())) {
      words.push(wordCount(p, outOfTime));
      continue;
    }
    const before = tally.tokens;
    tally.add(p);
    words.push(tally.full ? wordCount(p, outOfTime) : tally.tokens - before);
  }
  return words;
}

// ---------------------------------------------------------------------------------------------
// Word count and excerpt

/**
 * Words as a reader counts them: the tokens of `wordTokens` (runs of letters and digits of any
 * script, an apostrophe inside a word joining it), counted in place rather than copied out.
 * `outOfTime` (the parse's time budget) is read every {@link WORD_COUNT_STRIDE} code units: once
 * it is spent, the words read so far are the count (the parse then says `time_budget_exceeded`).
 */
export function wordCount(text: string, outOfTime?: () => boolean): number {
  // The tokens of wordTokenStart/wordTokenEnd, which the property tests hold it to, counted in
  // place (see countWordTokens).
  return countWordTokens(text, outOfTime, WORD_COUNT_STRIDE);
}

/** Code units {@link wordCount} reads between two reads of the time budget (about a millisecond of work). */
const WORD_COUNT_STRIDE = 1 << 18;

/** The most characters an excerpt holds (Readability's and trafilatura's excerpts run about as long: two sentences of news). */
export const EXCERPT_MAX = 200;

/**
 * A sentence ends at `.`, `!`, `?`, `…` or an ideographic full stop, after any closing quotes or
 * brackets, where white space follows. Whether that is really the end is decided in {@link sentenceEnds}.
 */
const SENTENCE_MARK = /[.!?…。！？]["'”’)\]»]*(?=\s)/gu;

/**
 * Abbreviations that end in a full stop inside a sentence: titles before a name and the short
 * month names of datelines (`Dr. Osman`, `Jun. 10`), the family seen in English and French news.
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set(
  "mr mrs ms dr prof st sen rep gov gen col lt sgt capt jr sr mt ft no vs etc inc corp co ltd jan feb mar apr jun jul aug sep sept oct nov dec mme mlle cf".split(" "),
);

/** The word right before index `end` of `text` (letters and inner dots). */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  return text.slice(i, end);
}

/**
 * The offsets just past each sentence of a paragraph's first `limit` characters. A full stop
 * after an initial (`J. Smith`), a dotted abbreviation (`U.S.`, `a.m.`) or a word of
 * {@link ABBREVIATIONS} does not end a sentence, nor does any mark followed by a lower-case word.
 */
function sentenceEnds(text: string, limit: number): number[] {
  const ends: number[] = [];
  SENTENCE_MARK.lastIndex = 0;
  for (let m = SENTENCE_MARK.exec(text); m !== null && m.index < limit; m = SENTENCE_MARK.exec(text)) {
    const end = m.index + m[0].length;
    let next = end;
    while (next < text.length && /\s/u.test(text[next]!)) next++;
    if (next < text.length && /\p{Ll}/u.test(text[next]!)) continue;
    if (text[m.index] === ".") {
      const word = wordBefore(text, m.index);
      const bare = word.replaceAll(".", "");
      if (bare.length === 1 || word.includes(".") || ABBREVIATIONS.has(bare.toLowerCase())) continue;
    }
    ends.push(end);
  }
  return ends;
}

/** Cuts a text at the last space before `max - 1` characters and marks the cut with `…`. */
function cutAtWord(text: string, max: number): string {
  const head = text.slice(0, max - 1);
  const space = head.lastIndexOf(" ");
  return `${(space > 0 ? head.slice(0, space) : head).trimEnd()}…`;
}

/**
 * The opening of a body: whole sentences from the first paragraph on, as many as fit in
 * {@link EXCERPT_MAX} characters (joined by a space across paragraphs). When the first sentence
 * alone is longer, it is cut at the last word that fits and ends with `…`. `""` for no paragraphs.
 */
export function excerptOf(paragraphs: readonly string[]): string {
  let out = "";
  for (const p of paragraphs) {
    let from = 0;
    const ends = sentenceEnds(p, EXCERPT_MAX + 1);
    if (ends.length === 0 || ends[ends.length - 1]! < p.length) ends.push(p.length);
    for (const end of ends) {
      const sentence = p.slice(from, end).trim();
      from = end;
      if (sentence === "") continue;
      const joined = out === "" ? sentence : `${out} ${sentence}`;
      if (joined.length > EXCERPT_MAX) return out === "" ? cutAtWord(sentence, EXCERPT_MAX) : out;
      out = joined;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Authors

/** Words that name a role or a desk, not a person (`Staff writer`, `Senior Correspondent`, `Rédaction`). */
const ROLE_WORDS: ReadonlySet<string> = new Set(
  (
    "writer writers reporter reporters editor editors correspondent correspondents columnist contributor contributors " +
    "journalist journalists photographer photographers producer staff desk analyst expert author founder ceo " +
    "rédacteur rédactrice rédaction journaliste correspondant correspondante envoyé envoyée " +
    "periodista redacción redactor redactora corresponsal " +
    "redakteur redakteurin korrespondent korrespondentin autor autorin"
  ).split(" "),
);

/**
 * Words that name an organisation, not a person: an affiliation after the names (`Jane Doe, Coast
 * Weekly`, `John Roe, Associated Press`). Generic words of the family, never a publisher's name.
 */
const ORGANISATION_WORDS: ReadonlySet<string> = new Set(
  "press news times post media agency service network group weekly daily journal gazette herald tribune magazine radio tv television wire online university institute".split(" "),
);

/** Lower-case words that belong inside a name (`Ludwig van Beethoven`, `Omar bin Laden`). */
const NAME_PARTICLES: ReadonlySet<string> = new Set("de da di del della des du la le van von der den ter bin ibn al el dos das".split(" "));

/** Words that lead a byline and are not names. */
const LEAD = /^(?:(?:written|posted|reported|words|text|story)\s+)?(?:by|par|por|von|di|da|door|av|af|بقلم|كتب|كتبت)(?:\s*[:\-–—]?\s+|\s*$)/iu;

/** `By` glued to the name by a lost space (`ByJane Doe`). */
const GLUED_BY = /^(?:By|BY)(?=\p{Lu}\p{Ll})/u;

/** Month names that end a name when a day follows (`Jane Doe August 12, 2021`). */
const MONTHS: ReadonlySet<string> = new Set(
  "january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec".split(" "),
);

/**
 * Separators between a name and what follows it: bars, bullets (`⋅` too), spaced dashes, slashes,
 * a dash glued before a number (`Jane Doe—10 min read`), and a full stop before a review or
 * update label (`Jane Doe, DVM. Reviewed by John Roe, DVM`).
 */
const SEGMENT_BREAK = /[|•·⋅/]|\s[-–—]\s|[–—](?=\s?\p{N})|\.\s(?=(?:Reviewed|Fact[- ]checked|Medically|Edited|Updated|Published|Posted)\b)/u;

/** Capitalised labels a meta line glues after a name (`Jane Doe Updated`, `JANE DOE ON`, `Jane Doe In`). */
const NAME_TAIL_LABELS: ReadonlySet<string> = new Set("updated published posted on in at follow reviewed".split(" "));

/** Separators between names: commas, semicolons and "and" in the languages of the parser's lists. */
const NAME_BREAK = /[,;،]|\s(?:and|And|AND|&|et|y|und|e|و)\s/u;

const NAME_BREAK_G = new RegExp(NAME_BREAK.source, "gu");

/** A conjunction left at the start of a part by a comma before it (`Jane Doe, and John Roe`). */
const LEADING_AND = /^(?:and|And|AND|&|et|y|und|e|و)\s/u;

/** A credential after a name (`Ph.D.`, `MD`, `FACLM`, `Jr.`): a dotted word or a short all-capital one. */
function isCredential(word: string): boolean {
  return /^(?:\p{Lu}[\p{L}]?\.)+\p{Lu}?\.?$/u.test(word) || /^\p{Lu}{2,6}$/u.test(word) || /^(?:jr|sr|ii|iii|iv)\.?$/iu.test(word);
}

/** A word that can stand in a name: capitalised (or a bracketed middle name, `(Roe)`), a particle, or from a script without case (Arabic, Korean). */
function isNameWord(word: string): boolean {
  const first = word[0] ?? "";
  if (/\p{Lu}/u.test(first) || /^\(\p{Lu}/u.test(word)) return true;
  if (NAME_PARTICLES.has(word)) return true;
  return /\p{Lo}/u.test(first);
}

/**
 * The name at the start of a part of a byline: its leading name words (a lower-case word such as
 * `in`, `at` or `on` ends it, and what follows, a place, a date or an employer, is dropped).
 * `null` when the part does not start with a name or reads as a role (`Staff writer`).
 */
function nameOf(part: string): string | null {
  const words = part.split(/\s+/u).filter((w) => w !== "");
  const name: string[] = [];
  for (const w of words) {
    if (!isNameWord(w)) {
      // `Mar 27`, `December 17, 2025`: a date, not a name followed by one.
      const last = name[name.length - 1];
      if (last !== undefined && /^\p{N}/u.test(w)) {
        if (name.length === 1) return null;
        if (MONTHS.has(last.toLowerCase().replace(/\.$/u, ""))) name.pop();
      }
      break;
    }
    name.push(w);
  }
  // A meta label glued after the name (`Jane Doe Updated`, `JANE DOE ON`).
  while (name.length > 2 && NAME_TAIL_LABELS.has(name[name.length - 1]!.toLowerCase())) name.pop();
  while (name.length > 0 && NAME_PARTICLES.has(name[name.length - 1]!)) name.pop();
  // Credentials printed without a comma (`Jane Doe CFA`, `Jane Doe MD`) are not the name's, unless
  // the whole name is in capitals (`JANE DOE`).
  const capitals = name.length > 0 && /^\p{Lu}{2,}$/u.test(name[0]!);
  while (!capitals && name.length > 2 && isCredential(name[name.length - 1]!)) name.pop();
  if (name.length === 0 || name.length > 6) return null;
  if (name.some((w) => ROLE_WORDS.has(w.toLowerCase().replace(/[.,:]$/u, "")))) return null;
  return name.join(" ");
}

/**
 * The people named in a byline, in order. The byline is cut at bars, bullets and spaced dashes
 * (`Jane Doe | Staff writer`, `Jane Doe - Mar 27, 2024`), and its first segment that holds a name is
 * split at commas and "and" words (`and`, `&`, `et`, `y`, `und`, `e`, a standalone `و`). Each part
 * keeps its leading name words: what follows a lower-case word (`in London`, `on 19 Dec`) is
 * dropped, and so are credentials printed after the name without a comma (`Jane Doe CFA`). A date (`Mar 27`), an e-mail address, a role (`Staff writer`), a credential
 * (`Ph.D.`), a lone word or a word such as `Press` or `Weekly` after the first name (an
 * affiliation: `Jane Doe, Reuters`) is not a name, nor is what follows a comma after names joined
 * by "and" (`Jane Doe and John Roe, Coast Weekly`). A byline that is one
 * word (`ibby`) is that name; a byline that names a desk only (`News Desk`) is kept whole.
 *
 * @param byline - a byline as printed, with or without a leading `By`
 * @returns the names, as printed
 */
export function parseAuthors(byline: string): string[] {
  const text = byline.trim().replace(LEAD, "").replace(GLUED_BY, "");
  if (text === "") return [];
  const segments = text
    .split(SEGMENT_BREAK)
    .map((s) => s.trim())
    .filter((s) => s !== "");
  for (const segment of segments) {
    const names: string[] = [];
    // Parts and the separators between them: after names joined by "and", a comma starts an
    // affiliation (`Jane Doe and John Roe, Coast Weekly`), not one more name.
    const pieces: string[] = [];
    let joinedByAnd = false;
    let at = 0;
    for (let m = NAME_BREAK_G.exec(segment); ; m = NAME_BREAK_G.exec(segment)) {
      pieces.push(segment.slice(at, m ? m.index : segment.length));
      if (!m) break;
      at = m.index + m[0].length;
      if (/^[,;،]$/u.test(m[0])) {
        if (joinedByAnd) break;
      } else {
        joinedByAnd = true;
      }
    }
    NAME_BREAK_G.lastIndex = 0;
    const parts = pieces.map((p) => p.trim().replace(LEADING_AND, "").trim()).filter((p) => p !== "");
    for (const [k, part] of parts.entries()) {
      if (part.includes("@")) continue;
      const words = part.split(/\s+/u);
      if (k > 0 && (words.length === 1 || words.every(isCredential) || words.some((w) => ORGANISATION_WORDS.has(w.toLowerCase())))) continue;
      const name = nameOf(part);
      if (name !== null) names.push(name);
    }
    if (names.length > 0) return names;
  }
  // No person: a desk or team credited alone (`News Desk`), or a one-word handle.
  const only = segments.length === 1 ? segments[0]! : "";
  if (only !== "" && !/[@\p{N}]/u.test(only) && only.split(/\s+/u).length <= 4 && (isNameWord(only) || !only.includes(" "))) return [only];
  return [];
}

// ---------------------------------------------------------------------------------------------
// Confidence and page kind

/** A paragraph reads as prose when it ends like a sentence and has this many words (a caption or a label rarely does). */
const PROSE_MIN_WORDS = 6;
/** Closing quotes and brackets that may follow a sentence's last mark. */
const CLOSERS = "\"'”’)]»";
/** Marks that end a sentence. */
const ENDS = ".!?…。！？";

/** Whether a paragraph ends like a sentence: a mark of {@link ENDS}, then any closing quotes or brackets (read from the end, not scanned). */
function endsLikeSentence(p: string): boolean {
  let i = p.length - 1;
  while (i >= 0 && CLOSERS.includes(p[i]!)) i--;
  return i >= 0 && ENDS.includes(p[i]!);
}

/**
 * Prose words at which a main story counts as long enough: a wire brief runs 100 to 150 words, and
 * a shorter "story" is more often a teaser, a caption or a stray block of text.
 */
export const FULL_STORY_WORDS = 120;

/** What {@link mainStoryConfidence} is computed from: the main story's body, measured. */
export interface ProseEvidence {
  /** Characters of the body's paragraphs. */
  chars: number;
  /** Characters of the paragraphs that read as prose (end like a sentence, at least six words). */
  proseChars: number;
  /** Words of those prose paragraphs. */
  proseWords: number;
}

/**
 * Measures a body for {@link mainStoryConfidence}.
 * @param words - the word count of each paragraph, when already known
 */
export function proseEvidence(paragraphs: readonly string[], words: readonly number[] = paragraphs.map((p) => wordCount(p))): ProseEvidence {
  let chars = 0;
  let proseChars = 0;
  let proseWords = 0;
  for (const [k, p] of paragraphs.entries()) {
    chars += p.length;
    if (!endsLikeSentence(p)) continue;
    const count = words[k] ?? 0;
    if (count < PROSE_MIN_WORDS) continue;
    proseChars += p.length;
    proseWords += count;
  }
  return { chars, proseChars, proseWords };
}

/**
 * How much the main story reads like one, from 0 to 1: the share of its body (in characters) that
 * is prose, times `min(1, proseWords / 120)`. A 400-word story of full sentences scores 1; a body
 * half made of list items or labels scores about 0.5; a 30-word teaser scores 0.25. It is a
 * documented heuristic, not a calibrated probability: the main-story scorer's own probability,
 * when it gives one, is meant to replace it here. Rounded to three decimals so outputs diff cleanly.
 */
export function mainStoryConfidence(e: ProseEvidence): number {
  if (e.chars === 0) return 0;
  const share = e.proseChars / e.chars;
  const length = Math.min(1, e.proseWords / FULL_STORY_WORDS);
  return Math.round(share * length * 1000) / 1000;
}

/**
 * The main story's confidence from which a page counts as an article page: 0.25 is 30 words of
 * prose, the shortest news brief; below it the "story" is more often a teaser or a stray block.
 */
export const ARTICLE_PAGE_MIN_CONFIDENCE = 0.25;

/**
 * The page's kind: `"article"` when it has a main story of at least
 * {@link ARTICLE_PAGE_MIN_CONFIDENCE}; else `"listing"` when it holds two or more related stories
 * or listing items; else `"other"` (chrome only, or a lone short block).
 */
export function pageKind(articles: readonly Article[]): PageKind {
  let others = 0;
  for (const a of articles) {
    if (a.role === "main" && (a.confidence ?? 0) >= ARTICLE_PAGE_MIN_CONFIDENCE) return "article";
    if (a.role !== "main") others++;
  }
  return others >= 2 ? "listing" : "other";
}
