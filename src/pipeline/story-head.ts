/**
 * The head reader of the main-story stage: the lines between a story's headline and its body
 * ({@link findHead}), and the byline and date read around them (`bylineAbove` to `readWideHead`:
 * names, author boxes, head dates). Split out of `main-story.ts` unchanged.
 *
 * @module
 */
import { isStopWord } from "../features/stopwords/index.js";
import { findTimestamp, type FoundTimestamp } from "../time/find-timestamp.js";
import type { Timestamp } from "../time/types.js";
import { isHeadline } from "./draft.js";
import type { ParseContext } from "./context.js";
import type { ClassTally } from "./classify.js";
import { BYLINE_START, doubledHeadline, endsSentence, type Head, headWords, isDuplicate, isInterfaceLabel, isWordChar, NAME_LINE, type PageView, stampIn, stripPunctuation, TITLE_LOOKBACK, WIDE_BYLINE } from "./page-view.js";
import { HEAD_HEADING, HEAD_META, HEAD_NAME, HEAD_OTHER, headLineKind, META_LABEL, READ_TIME } from "./title-rank.js";

const HANDLE_LINE = /^@[\w.]{2,30}$/u;

// The full-width marks (`！`, `？`) and the Arabic `؟` ask and exclaim as `!` and `?` do.
export const EXCLAIMED = /[!?！？؟]["”’)»」』]?$/u;

/**
 * Whether the line after `i` (blank lines aside) is a story's head meta: a stamp, a byline, or a
 * short line that opens with a date (`October 12, 2018/0 Comments/in News /by admin`).
 */
export function headMetaAfter(view: PageView, i: number, ctx: ParseContext): boolean {
  const { lines } = view;
  let j = i + 1;
  while (j < lines.length && lines[j]!.cls === "blank") j++;
  const l = lines[j];
  if (l === undefined) return false;
  if (l.cls === "timestamp" || l.cls === "source-timestamp" || (l.cls === "boilerplate" && l.rule?.kind === "byline")) return true;
  if (l.cls !== "text" || headWords(l) > 16) return false;
  if (BYLINE_START.test(l.text)) return true;
  const found = stampIn(view, l.text, ctx);
  return found !== null && found.before === "";
}

/** Takes a date or byline from one line between a headline and its body, when the head has none yet. */
export function readHeadLine(view: PageView, j: number, head: Head, ctx: ParseContext): void {
  const l = view.lines[j]!;
  if (l.cls === "timestamp" || l.cls === "source-timestamp") {
    if (head.timestampLine < 0) {
      head.timestampLine = j;
      head.timestamp = l.timestamp && publicationStamp(view, l.text, l.timestamp, ctx);
    }
    // "By Jane Doe November 19, 2019": what is glued to the date is a byline, not a publisher.
    const byline = l.source !== null ? BYLINE_START.exec(l.source) : null;
    if (byline && (head.bylineLine < 0 || head.weakByline)) {
      head.bylineLine = j;
      head.byline = byline[1]!.trim();
      head.weakByline = false;
    }
    return;
  }
  if (headWords(l) > 16 || (l.cls !== "text" && l.rule?.kind !== "byline")) return;
  // "By Jane Doe November 19, 2019, 07:47 PM EST": a byline and a date can share a line.
  const found = stampIn(view, l.text, ctx);
  const byline = BYLINE_START.exec(found && found.after === "" ? found.before : l.text);
  if (byline && (head.bylineLine < 0 || head.weakByline)) {
    head.bylineLine = j;
    head.byline = byline[1]!.trim();
    head.weakByline = false;
  }
  if (found && head.timestampLine < 0) {
    head.timestampLine = j;
    head.timestamp = publicationStamp(view, l.text, found.timestamp, ctx);
  }
}

/**
 * Reads the lines above the body, nearest first: the first date met dates the story (a stamp
 * alone, or a dateline such as `Monday November 18, 2019 7:45 am PST by Jane Doe`); a `By …`
 * line or a bare name is the byline; the headline is the nearest line that reads as one, with
 * four or more words preferred over shorter ones (a two-word line under a headline is usually a name).
 */
export function findHead(view: PageView, bodyStart: number, ctx: ParseContext): Head {
  const { lines, inBlock } = view;
  const head: Head = { strong: false, titleLine: -1, timestampLine: -1, timestamp: null, bylineLine: -1, byline: null, weakByline: false };
  let shortCandidate = -1;
  const doubled = doubledHeadline(view, bodyStart);
  if (doubled === bodyStart) {
    // The run opens with the headline's second copy: what follows it is the head (read from the run).
    head.titleLine = doubled;
    head.strong = true;
    return head;
  }
  for (let i = bodyStart - 1; i >= 0 && i >= bodyStart - TITLE_LOOKBACK; i--) {
    const line = lines[i]!;
    if (inBlock[i]) break;
    if (i === doubled) {
      // The headline printed twice (the page's title and its heading): whatever it ends with.
      head.titleLine = i;
      head.strong = true;
      break;
    }
    if (line.cls === "timestamp" || line.cls === "source-timestamp") {
      if (head.timestampLine < 0) {
        head.timestampLine = i;
        head.timestamp = line.timestamp && publicationStamp(view, line.text, line.timestamp, ctx);
      }
      continue;
    }
    if (line.cls === "boilerplate") {
      if (line.rule?.kind === "byline") {
        // "By Jane Doe | May 19, 2024", "Posted by Jane Doe on Tuesday, August 29, 2023": the
        // byline's date dates the story, and the name stops before it.
        // The date is read for the name's end even when a line under it dated the story already
        // (`By Jane Doe | May 19, 2024` over `Last updated: …`).
        const dated = head.timestampLine < 0 || head.bylineLine < 0 ? bylineDate(view, line.text, ctx) : null;
        if (dated && head.timestampLine < 0) {
          head.timestampLine = i;
          head.timestamp = dated.timestamp;
        }
        const m = head.bylineLine < 0 ? BYLINE_START.exec(dated ? dated.before : line.text) : null;
        if (m) {
          head.bylineLine = i;
          head.byline = m[1]!.trim();
        }
      }
      continue;
    }
    if (line.cls !== "text" || view.keyPoint[i]) continue;
    // Words as the story counts them: a Chinese headline is one space-separated word.
    const words = headWords(line);
    if (words <= 16) {
      const found = stampIn(view, line.text, ctx);
      if (found) {
        // A dateline: the stamp dates the story; the line is not the headline.
        if (head.timestampLine < 0) {
          head.timestampLine = i;
          head.timestamp = publicationStamp(view, line.text, found.timestamp, ctx);
        }
        continue;
      }
    }
    const byline = BYLINE_START.exec(line.text);
    if (byline && words <= 12) {
      // "By Jane Doe on 19 Dec 2025": the date the time finder leaves after a leading "By".
      const dated = head.bylineLine < 0 || head.timestampLine < 0 ? bylineDate(view, line.text, ctx) : null;
      if (dated && head.timestampLine < 0) {
        head.timestampLine = i;
        head.timestamp = dated.timestamp;
      }
      if (head.bylineLine < 0) {
        head.bylineLine = i;
        head.byline = ((dated && BYLINE_START.exec(dated.before)) ?? byline)[1]!.trim();
      }
      continue;
    }
    if (HANDLE_LINE.test(line.text)) continue;
    // A label ("Publish date:") or a sentence is not a headline, unless it ends in "!" or "?"
    // and its date or byline follows it: the shape of a story's head.
    const exclaimed = words <= 20 && EXCLAIMED.test(line.text) && headMetaAfter(view, i, ctx);
    if (!exclaimed && (endsSentence(line.text) || line.text.endsWith(":") || !isHeadline(line))) continue;
    // Below a doubled headline, lines are standfirsts, captions or labels, not the headline.
    if (doubled >= 0) continue;
    if (words >= 4) {
      head.titleLine = i;
      head.strong = true;
      break;
    }
    if (NAME_LINE.test(line.text) && !isInterfaceLabel(line.text) && head.bylineLine < 0 && head.titleLine < 0 && shortCandidate < 0 && i > bodyStart - 5) {
      head.bylineLine = i;
      head.byline = line.text;
      head.weakByline = true;
      continue;
    }
    if (shortCandidate < 0 && words >= 2 && !isDuplicate(view, line)) shortCandidate = i;
  }
  if (head.titleLine < 0) head.titleLine = shortCandidate;
  if (head.titleLine < 0) {
    // Fall back to a one-word headline right above the body.
    for (let i = bodyStart - 1; i >= 0 && i >= bodyStart - 3; i--) {
      const line = lines[i]!;
      if (inBlock[i]) break;
      if (line.cls === "text" && !isDuplicate(view, line) && !endsSentence(line.text) && i !== head.bylineLine) {
        head.titleLine = i;
        break;
      }
    }
  }
  return head;
}

/** How many non-blank lines above the headline are read for a byline printed over it. */
const ABOVE_REACH = 3;

/**
 * The head's date when it was read right above the headline (within {@link ABOVE_REACH} non-blank
 * lines, outside story blocks): a headline taken from the body's first line (`Title!`) after the
 * head had read the date over it keeps that date, as a dated kicker does.
 * @returns the stamp, or null
 */
export function stampJustAbove(view: PageView, head: Head): Timestamp | null {
  const { lines, inBlock } = view;
  if (head.timestamp === null || head.timestampLine < 0 || head.timestampLine >= head.titleLine) return null;
  for (let j = head.titleLine - 1, seen = 0; j >= 0 && seen < ABOVE_REACH; j--) {
    if (lines[j]!.cls === "blank") continue;
    if (inBlock[j]) return null;
    seen++;
    if (j === head.timestampLine) return head.timestamp;
  }
  return null;
}

/** How many non-blank lines under the body's last line are read for a date printed after the story. */
const BELOW_REACH = 2;

/** A publication label opening a stamp (`Published`, `Posted on`, `Published On:`, `Publié le` …): no update's. */
const PUBLISHED_LABEL = /^(?:(?:first |originally )?published|posted|publiée?|veröffentlicht|publicado|pubblicato|gepubliceerd|diterbitkan|опубликовано)(?!\p{L})/iu;

/**
 * The date a page prints under its story instead of in the head (`Published August 13, 2025` after
 * the last paragraph), for a story whose head has none: within {@link BELOW_REACH} non-blank lines
 * under the body's last line `last`, outside story blocks, a full date after a publication label
 * (a bare date there may be the next item's, an update's is no publication's).
 * @returns the stamp, or null
 */
export function stampJustBelow(view: PageView, last: number, ctx: ParseContext): Timestamp | null {
  const { lines, inBlock } = view;
  for (let j = last + 1, seen = 0; j < lines.length && seen < BELOW_REACH; j++) {
    if (lines[j]!.cls === "blank") continue;
    if (inBlock[j]) return null;
    seen++;
    const stamp = headLineDate(view, j, ctx);
    if (stamp && PUBLISHED_LABEL.test(stamp.raw) && !UPDATED.test(stamp.raw)) return stamp;
  }
  return null;
}

/**
 * A byline printed right above the headline (the head's meta block set over it): a labelled
 * byline (`by Jane Doe`, `Written by Jane Doe`), a name glued to a date (`Jane Doe October 14,
 * 2025`, `Dec 17, 2025Jane Doe`), or a bare person's name with a date line next to it
 * (`Jane Doe` / `September 4, 2025` / headline). Within {@link ABOVE_REACH} lines, outside story
 * blocks.
 * @returns the name, or null
 */
export function bylineAbove(view: PageView, titleLine: number, ctx: ParseContext): string | null {
  const { lines, inBlock } = view;
  for (let j = titleLine - 1, seen = 0; j >= 0 && seen < ABOVE_REACH; j--) {
    const l = lines[j]!;
    if (l.cls === "blank") continue;
    seen++;
    if (inBlock[j] || l.words > HEAD_DATE_WORDS) return null;
    const labelled = labelledByline(view, j, ctx);
    if (labelled !== null) return labelled;
    if (l.cls === "source-timestamp") {
      const name = stripNameTail(sourceName(l.text, l.source ?? "").trim());
      if (name.length >= 4 && isPersonName(view, name)) return name;
      const segment = metaSegmentName(view, l.text, ctx);
      if (segment !== null) return segment;
      continue;
    }
    if (l.cls !== "text") continue;
    const text = l.text.trim();
    const found = stampInHeadLine(view, text, ctx);
    if (found) {
      const name = found.before !== "" ? stripNameTail(cutJoin(found.before, true)) : found.after.replace(/^[\s|•·,;:–—-]+/u, "");
      if (name.length >= 4 && name.length <= 80 && isPersonName(view, name)) return name;
      // `Posted on May 2, 2025 by Jane Doe - 5 Comments`, `12 Comments | Jane Doe | Last Updated: …`.
      const segment = metaSegmentName(view, text, ctx);
      if (segment !== null) return segment;
      continue;
    }
    if (text.length >= 4 && text.length <= 80 && isPersonName(view, text) && (datedNeighbour(view, j, -1, titleLine, ctx) || datedNeighbour(view, j, 1, titleLine, ctx))) return text;
  }
  return null;
}

/**
 * Whether the nearest non-blank line on one side of `j` (not the headline) is a head meta line;
 * with `stamped`, one that holds a date (not a label such as `Written by`, whose name follows it).
 */
function datedNeighbour(view: PageView, j: number, step: 1 | -1, titleLine: number, ctx: ParseContext, stamped = false): boolean {
  let k = j + step;
  while (k >= 0 && k < view.lines.length && view.lines[k]!.cls === "blank") k += step;
  if (k < 0 || k === titleLine || headLineKind(view, k, ctx) !== HEAD_META) return false;
  const l = view.lines[k]!;
  return !stamped || l.cls === "timestamp" || l.cls === "source-timestamp" || (l.cls === "text" && stampInHeadLine(view, l.text, ctx) !== null);
}

/** The most words of a long meta line whose segments {@link headName} reads. */
const LONG_META_WORDS = 30;
/** How many non-blank lines under the headline are read for a bare name. */
const NAME_ZONE = 8;
/** How many of those may be the body's first lines. */
const NAME_BODY_LINES = 3;
// One word of a person's name: "Jane", "O'Neil", "Greene-Lewis", "MacFarlane", an initial "Q.".
// A middle or maiden name in brackets: "Jane (Roe) Doe".
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}'’-]+(?:\p{Lu}[\p{Ll}'’-]+)?\.?|\p{Lu}\.(?:\p{Lu}\.)?|\p{Lu}\p{Lu}+(?:['’-]\p{Lu}+)*|\(\p{Lu}[\p{Ll}'’-]+\))$/u;
// An initial ("J.", "J.R."): a letter, not a word the stop-word and lower-case tests should read.
const INITIAL = /^\p{Lu}\.(?:\p{Lu}\.)?$/u;
const NAME_JOIN = / and | & /u;
const NAME_PARTICLES = new Set(["de", "da", "di", "van", "von", "der", "den", "del", "della", "la", "le", "bin", "ibn", "al", "el", "dos", "das", "du", "ter", "ten", "zu"]);
/** The most words a person's name has, particles aside (`Anne Marie van der Berg` has four). */
const NAME_MAX_WORDS = 4;
// What may sit between a name and the date glued to it: "Jane Doe • Updated on", "Jane Doe |".
// With the words joining a name to its date in the time locales' languages (`Jane Doe le`, `am`, `el`, `op`, `pada`).
const NAME_TAIL_WORDS = ["on", "updated", "published", "posted", "last", "le", "am", "el", "em", "il", "op", "pada"];

/**
 * The source of a stamp line with the word the stamp was read from inside made whole: the
 * finder may read a joining word (`el`, `le`, `am`, `on`) at the end of a name as the stamp's
 * (`Tom Daniel May 18, 2016` has the source `Tom Dani`); the lower-case letters after the source
 * belong to its last word.
 */
function sourceName(text: string, source: string): string {
  if (source === "" || !text.startsWith(source) || !/\p{L}$/u.test(source)) return source;
  let end = source.length;
  while (end < text.length && isLowerAt(text, end)) end++;
  return text.slice(0, end);
}

/** A name without what a meta line glues after it: separators and labels (`Jane Doe • Last updated on`). */
function stripNameTail(text: string): string {
  let t = text;
  for (;;) {
    let end = t.length;
    while (end > 0 && " \t|•·,:–—-".includes(t[end - 1]!)) end--;
    t = t.slice(0, end);
    const low = t.toLowerCase();
    const word = NAME_TAIL_WORDS.find((w) => low.endsWith(" " + w));
    if (word === undefined) return t;
    t = t.slice(0, t.length - word.length - 1);
  }
}

/**
 * Whether a text is a person's name: two to four capitalised words (initials such as `J.` or
 * `J.R.`, a bracketed middle name `(Roe)`, and up to two particles such as `van der` besides),
 * credentials after a comma (`Jane Doe, MS, RD`), none of whose words the body uses in
 * lower case (`Key Highlights`, `Review Analysis`: words of the story, not of a name).
 */
export function isPersonName(view: PageView, text: string): boolean {
  // "Jane Doe and John Roe", "Jane Doe & John Roe": every name must be one.
  // "Key Insights", "Menu Toggle": interface and section labels in the shape of a name.
  if (isInterfaceLabel(text)) return false;
  const joined = text.split(NAME_JOIN);
  if (joined.length > 1) return joined.length <= 4 && joined.every((part) => isPersonName(view, part.trim()));
  const comma = text.indexOf(",");
  const name = (comma >= 0 ? text.slice(0, comma) : text).trim();
  if (comma >= 0 && text.length - comma > 60) return false;
  const words = name.split(" ").filter((w) => w !== "");
  if (words.length < 2 || words.length > NAME_MAX_WORDS + 2) return false;
  let capitalised = 0;
  for (const w of words) {
    if (NAME_PARTICLES.has(w)) continue;
    if (!NAME_WORD.test(w)) return false;
    capitalised++;
  }
  if (capitalised < 2 || capitalised > NAME_MAX_WORDS) return false;
  for (const w of words) {
    const lower = stripPunctuation(w).toLowerCase();
    if (NAME_PARTICLES.has(w) || INITIAL.test(w)) continue;
    if (isStopWord(lower, view.lang) || isStopWord(lower, "en")) return false;
    if (w.length >= 3 && usedInLowerCase(view, lower)) return false;
  }
  return true;
}

/** How much of the page {@link usedInLowerCase} reads. */
const NAME_CHECK_CHARS = 60000;

/** Whether the page's text (its first {@link NAME_CHECK_CHARS}) holds `word` as a whole lower-case word. */
function usedInLowerCase(view: PageView, word: string): boolean {
  view.lowerUse ??= new Map();
  let used = view.lowerUse.get(word);
  if (used === undefined) {
    used = scanLowerCase(view, word);
    view.lowerUse.set(word, used);
  }
  return used;
}

/** {@link usedInLowerCase} without the memo. */
function scanLowerCase(view: PageView, word: string): boolean {
  const { lines } = view;
  for (let i = 0, c = 0; i < lines.length && c < NAME_CHECK_CHARS; i++) {
    const t = lines[i]!.text;
    c += t.length;
    for (let at = t.indexOf(word); at >= 0; at = t.indexOf(word, at + 1)) {
      if ((at === 0 || !isWordChar(t, at - 1)) && (at + word.length === t.length || !isWordChar(t, at + word.length)) && !inAddress(t, at, at + word.length)) return true;
    }
  }
  return false;
}

/**
 * Whether the word at `start`–`end` of `t` is part of a web or mail address (`news.example.org`,
 * `jane@example.org`, `example.org/about`): a name's words are printed in lower case there, as
 * no word of prose is.
 */
function inAddress(t: string, start: number, end: number): boolean {
  const before = start > 0 ? t.charAt(start - 1) : "";
  if (before === "." || before === "@" || before === "/") return start > 1 && isWordChar(t, start - 2);
  const after = t.charAt(end);
  return (after === "." || after === "@" || after === "/") && end + 1 < t.length && isWordChar(t, end + 1);
}

/**
 * A bare name in the head, under the headline: a line that is a person's name ({@link isPersonName}),
 * or a name with the date glued to it (`Jane Doe • Updated on Jul 4, 2024 • 28 min read`,
 * `Jane Doe December 9, 2024 0 Comments`). With `near`, a bare name may have the head's date two
 * or three lines away instead of next to it ({@link nameInPlace}): the head's last resort.
 * @returns the name and its line, or null
 */
export function headName(view: PageView, titleLine: number, bodyStart: number, ctx: ParseContext, near = false): { line: number; name: string; slot?: true } | null {
  const { lines } = view;
  // The zone runs into the body's first lines: a subtitle the body kept may sit above the name.
  for (let j = titleLine + 1, seen = 0, inBody = 0; j < view.lines.length && seen < NAME_ZONE && inBody < NAME_BODY_LINES; j++) {
    const l = lines[j]!;
    if (l.cls === "blank") continue;
    seen++;
    if (j >= bodyStart) inBody++;
    if (l.cls !== "text" && l.cls !== "source-timestamp" && l.rule?.kind !== "byline") continue;
    if (l.words > 16) {
      // A long meta line (`Published: … · Modified: … by Jane Doe · an affiliate-links
      // note`): its segments.
      const named = l.words <= LONG_META_WORDS && !endsSentence(l.text) ? metaSegmentName(view, l.text, ctx) : null;
      if (named !== null) return { line: j, name: named };
      continue;
    }
    // A stamp line's source may be cut inside a glued word ("Jane Doea•Oct 20"): its segments
    // first; a byline rule's line too (`by jdoe | Apr 21, 2025`).
    const segmented = l.cls !== "text" ? metaSegmentName(view, l.text, ctx) : null;
    if (segmented !== null) return { line: j, name: segmented };
    // `The Newsroom Team · Mar 3, 2025`: a team's credit glued to its date (no person's name).
    const team = seen <= TEAM_ZONE ? teamOnMetaLine(view, l.text, ctx) : null;
    if (team !== null) return { line: j, name: team, slot: true };
    if (l.cls === "boilerplate") continue;
    let text = l.cls === "source-timestamp" ? sourceName(l.text, l.source ?? "") : l.text.trim();
    if (l.cls === "text") {
      const found = l.words <= 12 ? stampInHeadLine(view, text, ctx) : null;
      if (found && found.before !== "") {
        // A stamp read from inside a word ("Jane Doea•Oct 20") leaves the word whole in the name.
        let end = found.start;
        while (end < text.length && isLowerAt(text, end)) end++;
        text = stripNameTail(text.slice(0, end).trim());
      }
    }
    const glued = text !== l.text.trim();
    if (text.length >= 4 && text.length <= 80 && isPersonName(view, text) && (glued || nameInPlace(view, j, titleLine, ctx, near && !isRoleLine(l)))) return { line: j, name: text };
    // `Jane December 9, 2024 0 Comments`: a one-word pen name glued to the date, first under the headline.
    if (glued && seen <= 2 && text.length >= 3 && !text.includes(" ") && slotName(view, text)) return { line: j, name: text, slot: true };
    // `Jane Doe in Science`: the author and the publication or section the story is filed in.
    const filed = nameFiledIn(view, text);
    if (filed !== null && nameInPlace(view, j, titleLine, ctx, near)) return { line: j, name: filed };
    const named = metaSegmentName(view, l.text, ctx);
    if (named !== null) return { line: j, name: named };
    // The slot of a byline: one of the first two lines under the headline, next to its date
    // (`Headline` / `Everfit Team` / `Nov 08, 2025`): a team, a desk, a one-word pen name.
    if (seen <= 2 && l.cls === "text" && (datedNeighbour(view, j, -1, titleLine, ctx, true) || datedNeighbour(view, j, 1, titleLine, ctx, true)) && slotName(view, text)) {
      return { line: j, name: text, slot: true };
    }
    // A team or desk credited as a whole (`The Harbour Team`, `Equipo Puerto`), near the headline.
    if (seen <= TEAM_ZONE && l.cls === "text" && isTeamName(view, text)) return { line: j, name: text, slot: true };
  }
  return null;
}

/**
 * Whether a short line in a byline's slot reads as who wrote the story: one to four capitalised
 * words (`Everfit Team`, `Illinois Admissions`, `Stefan`) or a one-word lower-case handle
 * (`jdoe`), no stop word first, no digits, no sentence, and at least one word the page never
 * uses in lower case (a proper name: `Cloud Computing`, `Living Healthy` are the page's words).
 */
function slotName(view: PageView, text: string): boolean {
  if (text.length < 3 || text.length > 60 || /[\d:!?.,;]$|\d/u.test(text) || META_LABEL.test(text) || READ_TIME.test(text) || BYLINE_LABEL.test(text)) return false;
  const words = text.split(" ");
  if (words.length > 4) return false;
  if (words.length === 1 && HANDLE.test(text)) return !isStopWord(text, view.lang) && !isStopWord(text, "en");
  if (!words.every((w) => NAME_WORD.test(w) || NAME_PARTICLES.has(w))) return false;
  const first = stripPunctuation(words[0]!).toLowerCase();
  if (isStopWord(first, view.lang) || isStopWord(first, "en")) return false;
  return words.some((w) => w.length >= 3 && !NAME_PARTICLES.has(w) && !usedInLowerCase(view, stripPunctuation(w).toLowerCase()));
}

// `Jane Doe in Science`, `Jane Doe in The Harbour Review`: a name, then where the story is filed.
const FILED_IN = /^(.{4,60}?) (?:in|en|em|im|dans|nel|di) (\S.{0,40})$/u;

/**
 * The name of a `Jane Doe in Science` line (the author, then the publication or section the
 * story is filed in, in English or a time locale's language: `in`, `en`, `em`, `im`, `dans`,
 * `nel`, `di`): the part before the joiner when it is a person's name and the part after is one
 * to four words with no sentence end.
 * @returns the name, or null
 */
function nameFiledIn(view: PageView, text: string): string | null {
  const m = FILED_IN.exec(text);
  if (m === null || endsSentence(m[2]!) || m[2]!.split(" ").length > 4) return null;
  return isPersonName(view, m[1]!) ? m[1]! : null;
}

/** How many lines under the headline {@link hiddenSlotName} reads. */
const HIDDEN_SLOT_REACH = 6;

/**
 * The name in a header slot the page's layouts hid from the head (a headline printed twice reads
 * as a logo header, and its slot lines, `Jane Doe` under the second copy, are blanked for the
 * main-story stage, their text kept): within {@link HIDDEN_SLOT_REACH} lines under the headline,
 * before the body, the first hidden line that is a person's name or a team's credit with a date
 * within three lines under it (a product or section name is hidden so too). Not on an
 * aggregator's page, whose slot names the source.
 * @param tally - Classify's tally of the page, which says whether a site-chrome rule removed a line.
 * @returns the name, or null
 */
export function hiddenSlotName(view: PageView, titleLine: number, bodyStart: number, ctx: ParseContext, tally?: ClassTally): string | null {
  const { lines } = view;
  // An aggregator's page (its interface strings read by the site-chrome rules) prints the
  // republished story's source in that slot, not its author. Classify's tally knows; without it,
  // a pass over the lines.
  if (tally ? tally.siteChrome : lines.some((l) => l.rule?.kind === "site-chrome")) return null;
  for (let j = titleLine + 1; j < bodyStart && j <= titleLine + HIDDEN_SLOT_REACH; j++) {
    const l = lines[j]!;
    if (l.cls !== "blank") continue;
    const text = l.text.trim();
    if (text.length >= 4 && text.length <= 60 && datedBelow(view, j, ctx) && (isPersonName(view, text) || isTeamName(view, text))) return text;
  }
  return null;
}

/** How many non-blank lines above the headline {@link cardBetweenCopies} looks for its first copy. */
const CARD_REACH = 12;
/** The most words of a line of an author card (a label, a name, a role). */
const CARD_LINE_WORDS = 8;
// The label over an author card's name, in the time locales' languages: `author`, `Written by`, `Autor`.
const CARD_LABEL = /^(?:authors?|written by|posted by|autor(?:in|ka|a)?|auteur(?:e)?|autore|autrice|verfasser(?:in)?|penulis|yazar|redakcja|by)\s*:?$/iu;

/**
 * The author card a page prints between two copies of its headline (`Headline` / `author` /
 * `Jane Doe` / `Senior Reporter` / `co-authors` / … / `Headline`): the layouts read the second
 * copy as the headline and the lines above it as outside the story, so the head never reads them.
 * Within {@link CARD_REACH} lines above the headline, when its first copy is printed there and
 * every line between is short, the first person's name that is under a card label
 * ({@link CARD_LABEL}) or over a job title ({@link ROLE_WORD}).
 * @returns the name, or null
 */
export function cardBetweenCopies(view: PageView, titleLine: number): string | null {
  const { lines } = view;
  const title = lines[titleLine]?.text.trim();
  if (title === undefined || title === "") return null;
  const between: number[] = [];
  let copy = -1;
  for (let j = titleLine - 1; j >= 0 && between.length < CARD_REACH; j--) {
    const l = lines[j]!;
    if (l.text.trim() === "") continue;
    if (l.text.trim() === title) {
      copy = j;
      break;
    }
    if (l.words > CARD_LINE_WORDS) return null;
    between.unshift(j);
  }
  if (copy < 0 || between.length < 2) return null;
  for (let k = 0; k < between.length; k++) {
    const text = lines[between[k]!]!.text.trim();
    if (text.length < 4 || text.length > 60 || !isPersonName(view, text)) continue;
    const above = k > 0 ? lines[between[k - 1]!]!.text.trim() : "";
    const below = k + 1 < between.length ? lines[between[k + 1]!]!.text.trim() : "";
    if (CARD_LABEL.test(above) || (below !== "" && !/\d/u.test(below) && !endsSentence(below) && ROLE_WORD.test(below))) return text;
  }
  return null;
}

/** Whether one of the three lines under `j` (hidden or not) holds a date: the slot is a byline's. */
function datedBelow(view: PageView, j: number, ctx: ParseContext): boolean {
  for (let k = j + 1; k < view.lines.length && k <= j + 3; k++) {
    const l = view.lines[k]!;
    if (l.timestamp !== null || (l.text !== "" && l.words <= 16 && stampIn(view, l.text, ctx) !== null)) return true;
  }
  return false;
}

/** How many non-blank lines under the headline a team's credit ({@link isTeamName}) may sit. */
const TEAM_ZONE = 4;

// A team's or desk's credit: one to three names before `Team`, `Staff`, `Desk`, `Editors`,
// `Editorial Team`, `Newsroom` (`The Harbour Team`, `HarbourHQ Staff`), or after a team word of
// the time locales' languages (`Team Harbour`, `Equipo Puerto`, `Équipe Port`, `Redaktion
// Hafen`, `Redacción Puerto`, `Redazione Porto`, `Redactie Haven`), or that word alone with its
// article (`La rédaction`, `Die Redaktion`, `La redacción`, `La redazione`, `De redactie`).
const TEAM_AFTER = /^(?:[Tt]he )?((?:[\p{Lu}\d][\p{L}\d&'’.-]*\s){1,3})(?:Team|TEAM|Staff|STAFF|Desk|DESK|Editors|EDITORS|Editorial Team|Newsroom|Redaktion|Editorial)$/u;
const TEAM_BEFORE = /^(?:Team|Equipo|Équipe|Equipe|Redaktion|Redacción|Redazione|Redactie|Redação|Tim|Ekip|Zespół)((?:\s[\p{Lu}\d][\p{L}\d&'’.-]*){1,3})$/u;
const TEAM_ALONE = /^(?:La rédaction|Die Redaktion|La redacción|La redazione|De redactie|A redação|Redaksi|Redakcja|Редакция|Editorial staff)$/iu;

/**
 * Whether a short line credits a team or desk with the story ({@link TEAM_AFTER},
 * {@link TEAM_BEFORE}, {@link TEAM_ALONE}): its names are no stop words (`Our Team`, `Join Our
 * Team`, `Meet the Team` are links) and no interface label.
 */
export function isTeamName(view: PageView, text: string): boolean {
  if (text.length > 60) return false;
  if (TEAM_ALONE.test(text)) return true;
  const m = TEAM_AFTER.exec(text) ?? TEAM_BEFORE.exec(text);
  if (m === null || isInterfaceLabel(text)) return false;
  return m[1]!.trim().split(/\s+/u).every((w) => {
    const low = stripPunctuation(w).toLowerCase();
    return low !== "" && !isStopWord(low, view.lang) && !isStopWord(low, "en");
  });
}

// The separators of a team's dated meta line: {@link META_SEPARATOR}'s and a spaced slash
// (`Harbour Desk / harbour.example / Updated: Mar 3, 2025`).
const TEAM_META_SEPARATOR = /[|•·]| [–—/] /u;

/**
 * A team's or desk's credit ({@link isTeamName}) on a dated meta line: `The Newsroom Team · Mar 3,
 * 2025`, `Mar 3, 2025 | By The Newsroom Team`, `The Newsroom Team, Mar 3, 2025`, `Harbour Desk /
 * harbour.example / Updated: Mar 3, 2025`. The segment readers want a person's name, which a team
 * (`The …`, a desk word) is not. A segment of the line, or what the line's one date leaves, is the
 * credit; some segment must hold a date.
 * @returns the team's credit, or null
 */
function teamOnMetaLine(view: PageView, text: string, ctx: ParseContext): string | null {
  const segments = text.split(TEAM_META_SEPARATOR).map((seg) => seg.trim()).filter((seg) => seg !== "");
  const credit = (t: string) => {
    let c = (SEGMENT_BY.exec(t)?.[1] ?? t).replace(/^[\s,;:–—-]+/u, "");
    while (c !== "" && ",;:–—- ".includes(c.at(-1)!)) c = c.slice(0, -1);
    return isTeamName(view, c) ? c : null;
  };
  if (segments.length === 1) {
    const found = stampInHeadLine(view, text.trim(), ctx);
    return found ? credit(found.before !== "" ? found.before : found.after) : null;
  }
  if (segments.length > 6 || !segments.some((seg) => stampInHeadLine(view, seg, ctx) !== null)) return null;
  for (const seg of segments) {
    const c = credit(seg);
    if (c !== null) return c;
  }
  return null;
}

// A one-word handle printed as the author (`jdoe`, `admin_team`).
const HANDLE = /^[\p{Ll}][\p{Ll}\d_.]{2,29}$/u;

// The separators of a head meta line: "Dec 20, 2025 · 3 min read · By Jane Doe", "Jane Doe | Guest Columnist".
const META_SEPARATOR = /[|•·]| [–—] /u;
const SEGMENT_BY = /^(?:(?:[Pp]osted|[Ww]ritten|[Pp]ublished|POSTED|WRITTEN|PUBLISHED) )?(?:by|By|BY|[Pp]ar|PAR|[Vv]on|VON|[Pp]or|POR|[Dd]i|DI|[Dd]oor|DOOR|[Oo]leh|OLEH):?\s+(\S.*)$/u;

/**
 * A name among the segments of a meta line that also holds a date or separators:
 * `March 15, 2022 · 3 min read · By Jane Doe`, `October 11, 2023 by Jane Doe`,
 * `December 15, 2025 · 30 min · Jane Doe`, `Jane Doe | Guest Columnist`. A segment labelled
 * `By` may hold one capitalised word (`by Amanda`).
 */
function metaSegmentName(view: PageView, text: string, ctx: ParseContext): string | null {
  const segments = text.split(META_SEPARATOR);
  if (segments.length > 6) return null;
  // A date in any segment dates the line: `by jdoe | Apr 21, 2025` names its author before it.
  const stamps = segments.map((seg) => (seg.trim().length > 0 ? stampInHeadLine(view, seg.trim(), ctx) : null));
  const dated = stamps.some((found) => found !== null);
  for (let k = 0; k < segments.length; k++) {
    let t = segments[k]!.trim();
    const found = stamps[k];
    if (found) t = found.after !== "" ? found.after : sourceName(t, found.before);
    if (segments.length === 1 && !found) return null;
    const by = SEGMENT_BY.exec(t);
    if (by) t = by[1]!;
    t = stripNameTail(t.split(NAME_END)[0]!.trim());
    if (t.length < 3 || t.length > 80) continue;
    if (isPersonName(view, t)) return t;
    // `by Jane Doe, Candidate Representative to the Liaison Committee`: a long role after the
    // comma; the name is what precedes it.
    const comma = by ? t.indexOf(",") : -1;
    if (comma > 0 && isPersonName(view, t.slice(0, comma))) return t.slice(0, comma);
    if (by && dated && NAME_WORD.test(t) && !isStopWord(t.toLowerCase(), view.lang) && !usedInLowerCase(view, t.toLowerCase())) return t;
    // A name its `By` label vouches for, in a dated meta line, may hold words the page uses in
    // lower case (`By The Travel Desk`, `By City Online`): the label, not the shape, says name.
    if (by && dated && (labelledName(view, t) || HANDLE.test(t))) return t;
  }
  return null;
}

/** A name a byline label introduces: one to five capitalised words ({@link WIDE_NAME}), the first no stop word. */
function labelledName(view: PageView, t: string): boolean {
  if (!WIDE_NAME.test(t) || t.includes(",") || t.split(" ").length > 5) return false;
  const first = stripPunctuation(t.split(" ")[0]!).toLowerCase();
  return !isStopWord(first, view.lang) && !isStopWord(first, "en");
}

const LOWER = /\p{Ll}/u;
const VISIBLE = /[^\s\u200b-\u200d\u2060\ufeff\p{Co}]/u;
const isLowerAt = (text: string, k: number): boolean => LOWER.test(text.charAt(k));

/**
 * Whether a bare name on line `j` sits where a byline does: first under the headline, or next to
 * the head's meta (a date, a `By` label, a reading time), not in a menu that happens to follow it.
 * With `near`, also a name whose head date is two or three lines away ({@link META_REACH}).
 */
export function nameInPlace(view: PageView, j: number, titleLine: number, ctx: ParseContext, near = false): boolean {
  const { lines } = view;
  // A name above the headline is not its byline.
  if (j <= titleLine || j >= lines.length) return false;
  // A line of invisible characters only (a zero-width space, an icon font's private-use glyph)
  // separates like a blank.
  const empty = (k: number): boolean => lines[k]!.cls === "blank" || !VISIBLE.test(lines[k]!.text);
  let above = j - 1;
  while (above > titleLine && empty(above)) above--;
  if (above === titleLine) return true;
  let below = j + 1;
  while (below < lines.length && empty(below)) below++;
  // Next to the head's meta, or at least not in a run of short labels (a menu).
  const a = headLineKind(view, above, ctx);
  const b = below < lines.length ? headLineKind(view, below, ctx) : HEAD_OTHER;
  if (a === HEAD_META || b === HEAD_META) return true;
  // A reading time the rules removed (`5 min read`) is the head's meta too; a role line under the
  // name (`Jane Doe` / `Senior Editor`) makes the two an author card.
  if (isReadTime(lines[above]!) || (below < lines.length && (isReadTime(lines[below]!) || isRoleLine(lines[below]!)))) return true;
  if (a !== HEAD_HEADING && a !== HEAD_NAME && b !== HEAD_HEADING && b !== HEAD_NAME) return true;
  // With `near`: the head's date two or three lines away (`Jane Doe` / `Section` / `Last
  // updated:` / `Feb 4, 2025`), the head's meta block.
  return near && (metaWithin(view, j, -1, titleLine, ctx) || metaWithin(view, j, 1, titleLine, ctx));
}

/** How many non-blank lines from a bare name the head's dated meta may be. */
const META_REACH = 3;

/** Whether a dated head meta line lies within {@link META_REACH} non-blank lines of `j` on one side, not past the headline. */
function metaWithin(view: PageView, j: number, step: 1 | -1, titleLine: number, ctx: ParseContext): boolean {
  const { lines } = view;
  for (let k = j + step, seen = 0; k > titleLine && k < lines.length && seen < META_REACH; k += step) {
    const l = lines[k]!;
    if (l.cls === "blank") continue;
    seen++;
    if (l.cls === "timestamp" || l.cls === "source-timestamp") return true;
    if (l.cls === "text" && l.words <= 12 && stampInHeadLine(view, l.text, ctx) !== null) return true;
    if (l.cls === "text" && l.words > 24) return false;
  }
  return false;
}

/** Whether a line is a reading time (`5 min read`), kept or removed by the rules. */
function isReadTime(l: PageView["lines"][number]): boolean {
  return (l.cls === "text" || l.cls === "boilerplate") && l.words <= 4 && READ_TIME.test(l.text);
}

// A job title under an author's name, in the languages of the time locales: `Senior Editor`,
// `Marketing Director`, `TECH WRITER`, `Rédactrice en chef`, `Redakteurin`, `Periodista`.
const ROLE_WORD =
  /(?:^|[\s,(/&-])(?:editor|editora|editrice|editorial|rédact(?:eur|rice)|redakteur(?:in)?|redaktor(?:ka)?|redactor(?:a)?|redattore|redattrice|writer|author|autor(?:in|ka|a)?|auteur(?:e)?|autrice|autore|reporter(?:in)?|journalist(?:e|in|a)?|periodista|giornalista|dziennikar(?:z|ka)|correspondent|corresponsal|korrespondent(?:in)?|columnist|chroniqueur|kolumnist(?:in|ka)?|contributor|contributing|analyst|analyste|analista|engineer|ingénieur|ingenieur(?:in)?|inżynier|ingeniero|ingegnere|manager|director|directrice|directeur|direktor(?:in)?|dyrektor|directora|direttore|founder|co-founder|cofounder|fondat(?:eur|rice)|gründer(?:in)?|fundador(?:a)?|założyciel(?:ka)?|ceo|cto|cfo|cmo|coo|president|présidente?|präsident(?:in)?|presidente|prezes|head of|lead|specialist|spécialiste|spezialist(?:in)?|especialista|consultant(?:e)?|berater(?:in)?|consultor(?:a)?|strategist|producer|producteur|produzent(?:in)?|designer|developer|entwickler(?:in)?|desarrollador(?:a)?|researcher|chercheu(?:r|se)|forscher(?:in)?|investigador(?:a)?|scientist|professor|professeur|profesor(?:a)?|docteur|doktor|officer|advisor|adviser|coach|expert(?:e)?|experto|ekspert|intern|staff)(?=$|[\s,)/&-])/iu;

/** Whether a line is a short job title (`Senior QA Engineer`, `Marketing Director`): one to six words holding a role word, no digits, no sentence. */
function isRoleLine(l: PageView["lines"][number]): boolean {
  return l.cls === "text" && l.words <= 6 && l.text.length <= 60 && !/\d/u.test(l.text) && !endsSentence(l.text) && ROLE_WORD.test(l.text);
}

/**
 * An author card read upside down: the head took a role line for the byline (`Jane Doe` /
 * `Marketing Director`, the lower of two name-shaped lines); the person's name is the line above
 * it, under the headline.
 * @returns the name and its line, or null
 */
export function cardName(view: PageView, j: number, titleLine: number): { line: number; name: string } | null {
  const { lines } = view;
  const l = lines[j];
  if (l === undefined || !isRoleLine(l)) return null;
  let above = j - 1;
  while (above > titleLine && lines[above]!.cls === "blank") above--;
  if (above <= titleLine) return null;
  const name = lines[above]!;
  return name.cls === "text" && name.words <= 6 && isPersonName(view, name.text) ? { line: above, name: name.text } : null;
}

// A year, where a date inside a head line may end ("Jane Doe December 9, 2024 0 Comments").
const YEAR_END = /\b(?:19|20)\d\d(?:\b|(?=\d{1,3} ?min))/gu;

// A byline's label at a head line's start, the name next: "By ", "Posted by ", "Written by: ".
const HEAD_BY_LABEL = /^(?:(?:posted|written|published|story|words) )?(?:by|par|von|por|di|door|oleh):? (?=\p{Lu})/iu;

/**
 * A stamp in a head line: at its start or end ({@link stampIn}), or ending at a printed year with
 * more after it (`Jane Doe December 9, 2024 0 Comments`, `Written By Feb 11, 2019 · 3 min read`,
 * `By Jane Doe – Updated Sep 9, 2025 at 1:00 PM EST | Fact-checked by John Roe`).
 */
function stampInHeadLine(view: PageView, text: string, ctx: ParseContext): FoundTimestamp | null {
  const found = stampInLine(view, text, ctx);
  if (found) return found;
  // The timestamp finder does not read past a leading "By" (`By Jane Doe on 19 Dec 2025`,
  // `Posted by Jane Doe on August 21, 2019`): read
  // the rest of the line, and give back what precedes the date with the "By" in front.
  const by = HEAD_BY_LABEL.exec(text);
  if (!by) return null;
  const rest = stampInLine(view, text.slice(by[0].length), ctx);
  if (rest) return { ...rest, before: `${by[0]}${rest.before}` };
  // `By Jane Doe, John Roe on March 12, 2026 | Comments`: several names before the joiner read
  // as prose to the finder; the date is read from the joiner on.
  let at = -1;
  DATE_JOIN.lastIndex = 0;
  for (let m = DATE_JOIN.exec(text); m; m = DATE_JOIN.exec(text)) at = m.index + m[0].length;
  if (at < 0) return null;
  const after = stampInLine(view, text.slice(at), ctx);
  return after && after.before === "" ? { ...after, before: text.slice(0, at).trim() } : null;
}

// The word joining a byline to its date, in the time locales' languages: `on`, `le`, `am`, `el`, `em`, `il`.
const DATE_JOIN = / (?:on|le|am|el|em|il|op|pada) (?=\d|\p{L})/gu;

/** {@link stampInHeadLine} without its leading-`By` retry. */
function stampInLine(view: PageView, text: string, ctx: ParseContext): FoundTimestamp | null {
  const found = stampIn(view, text, ctx);
  // "Published on December 2nd, 2025 by Jane Doe": the stamp read at the start stops before
  // its year (the finder's year-less form); the year printed right after it completes it.
  if (found && (found.after === "" || !/^,? ?(?:19|20)\d\d\b/u.test(found.after))) return found;
  YEAR_END.lastIndex = 0;
  for (let m = YEAR_END.exec(text), tries = 0; m && tries < 3; m = YEAR_END.exec(text), tries++) {
    const end = m.index + m[0].length;
    if (end >= text.length) break;
    const cut = stampIn(view, text.slice(0, end), ctx);
    if (cut) return { ...cut, after: text.slice(end).trim() };
  }
  return found;
}

// A word joining a name to its date at a text's end (`Jane Doe on`, `le`, `am`, `el`, `em`, `il`, `op`, `pada`).
const TRAILING_JOIN = / (?:on|le|am|el|em|il|op|pada)$/u;

/** Characters that join two elements of a head line (`Jane Doe | May 19, 2024`). */
const JOINERS = " \t\u00a0|•·,;:–—-";

/** The text without the joiners at its end (and, with `on`, a last word `on`: `Jane Doe on`). */
function cutJoin(text: string, on = false): string {
  let end = text.length;
  for (;;) {
    while (end > 0 && JOINERS.includes(text[end - 1]!)) end--;
    const joiner = on ? TRAILING_JOIN.exec(text.slice(Math.max(0, end - 6), end)) : null;
    if (joiner) end -= joiner[0].length;
    else break;
  }
  return text.slice(0, end);
}

/**
 * The date a byline line carries (`By Jane Doe | May 19, 2024`, `By Dr. Jane Doe - Mar 27, 2024`,
 * `By Jane Doe on 19 Dec 2025`, `Posted on July 1, 2024 by jdoe`), a full date only, and the
 * line's text around it that may hold the name: the text before the date with the joining
 * separators cut, or, when the date opens the line, the text after it. Null when the line holds
 * no such date.
 */
function bylineDate(view: PageView, text: string, ctx: ParseContext): { timestamp: Timestamp; before: string } | null {
  const found = stampInHeadLine(view, text, ctx);
  if (!found) return null;
  if (found.timestamp.kind !== "absolute" || found.timestamp.precision === "year" || found.timestamp.precision === "month") return null;
  const stamp = publicationStamp(view, text, found.timestamp, ctx);
  const at = stamp === found.timestamp ? -1 : text.indexOf(stamp.raw);
  const before = cutJoin(at >= 0 ? text.slice(0, at) : found.before, true);
  if (before === "") {
    let start = 0;
    while (start < found.after.length && JOINERS.includes(found.after[start]!)) start++;
    return { timestamp: stamp, before: found.after.slice(start) };
  }
  return { timestamp: stamp, before };
}

/**
 * The publication date of a head stamp line that prints two full dates, the stamp found at its
 * end being the later one: `Posted on June 29, 2020November 12, 2021`,
 * `June 29, 2020 - Updated July 9, 2025`, or three (`July 30, 2019January 18, 2023 January 18,
 * 2023`). A story is updated after it is published, so the earliest date is the publication;
 * otherwise the line's own stamp stands.
 */
export function publicationStamp(view: PageView, text: string, stamp: Timestamp, ctx: ParseContext): Timestamp {
  if (stamp.kind !== "absolute" || stamp.iso === null) return stamp;
  // Up to three dates (published, updated, updated again: `Jane Doe July 30, 2019January 18,
  // 2023 January 18, 2023`): peel them off from the end while each earlier one is a full date.
  let best = stamp;
  let rest = text;
  let last = stamp;
  for (let k = 0; k < 2; k++) {
    const at = rest.lastIndexOf(last.raw);
    if (at <= 0) break;
    rest = cutJoin(rest.slice(0, at));
    if (rest.length < 6) break;
    const found = stampIn(view, rest, ctx);
    if (!found || found.after !== "") break;
    const earlier = found.timestamp;
    if (earlier.kind !== "absolute" || earlier.iso === null || earlier.precision === "year" || earlier.precision === "month") break;
    if (earlier.iso < best.iso!) best = earlier;
    last = earlier;
  }
  return best;
}

/**
 * The publication date of a head text line: its stamp ({@link stampInHeadLine}, the earlier of two
 * full dates by {@link publicationStamp}); failing that, the stamps of its segments between meta
 * separators (`Published: Mar 8, 2024 · Modified: May 19, 2025 by Jane Doe · This post may contain
 * affiliate links`, `Essay - Published: 2025.12.17 | tag | tag`), the first that is no update.
 */
function headLineStamp(view: PageView, text: string, ctx: ParseContext): Timestamp | null {
  const found = stampInHeadLine(view, text, ctx);
  if (found) return publicationStamp(view, text, found.timestamp, ctx);
  const segments = text.split(META_SEPARATOR);
  if (segments.length < 2 || segments.length > 8) return null;
  let update: Timestamp | null = null;
  for (const segment of segments) {
    const t = segment.trim();
    if (t.length < 4) continue;
    const stamp = stampInHeadLine(view, t, ctx)?.timestamp;
    if (!stamp || stamp.kind !== "absolute" || stamp.precision === "year" || stamp.precision === "month") continue;
    if (!UPDATED.test(t) && !UPDATED.test(stamp.raw)) return stamp;
    update ??= stamp;
  }
  return update;
}

// A numeric date (`03/01/2017`, `09.10.2024`) whose first two numbers may each be a month.
const NUMERIC_DATE = /(?<![\d./-])(\d{1,2})([/.-])(\d{1,2})\2(?:\d{4}|\d{2})(?!\d)/gu;

/**
 * The story's stamp read in the page's own order of day and month, when the parse was given
 * none: a numeric date either order reads (`03/01/2017`) follows the order of the page's other
 * numeric dates that only one order reads (`12/27/2016` says month first). Day first stays the
 * default when the page says nothing or more of its dates say day first.
 */
export function pageOrder(stamp: Timestamp | null, ctx: ParseContext): Timestamp | null {
  if (stamp === null || ctx.dateOrder !== undefined || stamp.kind !== "absolute") return stamp;
  NUMERIC_DATE.lastIndex = 0;
  const own = NUMERIC_DATE.exec(stamp.raw);
  if (!own) return stamp;
  const a = Number(own[1]);
  const b = Number(own[3]);
  if (a > 12 || b > 12 || a === b) return stamp;
  let monthFirst = 0;
  let dayFirst = 0;
  NUMERIC_DATE.lastIndex = 0;
  for (let m = NUMERIC_DATE.exec(ctx.input); m; m = NUMERIC_DATE.exec(ctx.input)) {
    const x = Number(m[1]);
    const y = Number(m[3]);
    if (x <= 12 && y > 12 && y <= 31) monthFirst++;
    else if (x > 12 && x <= 31 && y <= 12) dayFirst++;
  }
  if (monthFirst <= dayFirst) return stamp;
  const read = findTimestamp(stamp.raw, { referenceTime: ctx.referenceTime, timeZone: ctx.timeZone, dateOrder: "MDY" });
  return read && read.before === "" && read.after === "" ? read.timestamp : stamp;
}

const DIGIT = /\p{Nd}/u;

/** How far into the body's first line a stamp may start and still date the story (after a label or a name). */
const OPENING_STAMP_AT = 40;

/** The full date (day precision or finer) of a head line, as {@link headDate} reads it, or null. */
function headLineDate(view: PageView, j: number, ctx: ParseContext): Timestamp | null {
  const l = view.lines[j]!;
  // A full date prints a day number (in any script's digits): a line without one holds none,
  // and is not read (a head line's reading tries the finder several times).
  if (l.cls !== "timestamp" && l.cls !== "source-timestamp" && !DIGIT.test(l.text)) return null;
  const stamp =
    l.cls === "timestamp" || l.cls === "source-timestamp"
      ? l.timestamp && publicationStamp(view, l.text, l.timestamp, ctx)
      : l.cls === "text" && l.words <= HEAD_DATE_WORDS
        ? headLineStamp(view, l.text, ctx)
        : l.cls === "boilerplate" && l.rule?.kind === "byline" && l.words <= HEAD_DATE_WORDS
          ? (bylineDate(view, l.text, ctx)?.timestamp ?? null)
          : null;
  return stamp && stamp.kind === "absolute" && stamp.precision !== "year" && stamp.precision !== "month" ? stamp : null;
}

/** How many words of a long opening line {@link openingDate} reads. */
const OPENING_WORDS = 16;

/**
 * The full date opening a long meta line that is no sentence (`Posted on November 25, 2024 in
 * Health, Nutrition, …`, its category list running on): read over its first
 * {@link OPENING_WORDS} words, the stamp starting within {@link OPENING_STAMP_AT} characters.
 */
function longMetaDate(view: PageView, j: number, ctx: ParseContext): Timestamp | null {
  const l = view.lines[j]!;
  if (l.cls !== "text" || l.words <= HEAD_DATE_WORDS || endsSentence(l.text) || UPDATED.test(l.text)) return null;
  const text = l.text;
  if (!DIGIT.test(text.slice(0, OPENING_STAMP_AT + 20))) return null;
  let end = 0;
  for (let k = 0; k < OPENING_WORDS && end >= 0; k++) end = text.indexOf(" ", end + 1);
  const stamp = headLineStamp(view, end > 0 ? text.slice(0, end) : text, ctx);
  return stamp && stamp.kind === "absolute" && stamp.precision !== "year" && stamp.precision !== "month" && text.indexOf(stamp.raw) <= OPENING_STAMP_AT ? stamp : null;
}

/**
 * When the head's date was read further down than the headline's own meta line: the first full
 * publication date right under the headline wins (`Headline` / `by Jane Doe · Dec 20, 2025` /
 * … / `Released: June 17, 2025` over a list's line; `June 3, 2024 39` over `Today: …`).
 */
export function nearerHeadDate(view: PageView, head: Head, ctx: ParseContext): void {
  const { lines } = view;
  for (let j = head.titleLine + 1, seen = 0; j < head.timestampLine && seen < NEAR_HEAD_LINES; j++) {
    if (lines[j]!.cls === "blank") continue;
    seen++;
    const stamp = headLineDate(view, j, ctx);
    if (stamp && !UPDATED.test(lines[j]!.text) && !UPDATED.test(stamp.raw)) {
      head.timestampLine = j;
      head.timestamp = stamp;
      return;
    }
  }
}

/** How many non-blank lines under the headline {@link nearerHeadDate} reads. */
const NEAR_HEAD_LINES = 3;

/** Words a head line may have and still be read for a date (`By Jane Doe – Updated Sep 9, 2025 at 1:00 PM EST | Fact-checked by John Roe`). */
const HEAD_DATE_WORDS = 24;

/**
 * When the head under the headline has no date yet: the first dated line between the headline and
 * the body (`Jane Doe December 9, 2024 0 Comments`, `Written By Feb 11, 2019 · 3 min read`), a
 * publication date preferred to an update; failing that, a date printed right above the headline
 * (a dated kicker), which dates the story without joining its span.
 */
export function headDate(view: PageView, head: Head, bodyStart: number, ctx: ParseContext): void {
  const { lines } = view;
  let updated = -1;
  let updatedStamp: Timestamp | null = null;
  const dated = (j: number): Timestamp | null => headLineDate(view, j, ctx) ?? longMetaDate(view, j, ctx);
  // A labelled byline read past the body's first line (under a dek the body kept) has its date
  // next to it: the head runs to two lines under it.
  const end = head.bylineLine >= bodyStart && !head.weakByline ? Math.min(view.lines.length, head.bylineLine + 3) : bodyStart;
  for (let j = head.titleLine + 1; j < end; j++) {
    if (lines[j]!.cls === "blank") continue;
    const tail = j === head.bylineLine && lines[j]!.words > 20 ? bylineTail(lines[j]!.text) : null;
    const stamp = tail !== null ? (bylineDate(view, tail, ctx)?.timestamp ?? null) : dated(j);
    if (!stamp) continue;
    if (!UPDATED.test(lines[j]!.text) && !UPDATED.test(stamp.raw)) {
      head.timestampLine = j;
      head.timestamp = stamp;
      return;
    }
    if (updated < 0) (updated = j), (updatedStamp = stamp);
  }
  if (updated >= 0) {
    head.timestampLine = updated;
    head.timestamp = updatedStamp;
    return;
  }
  // The body's first line may be the head's meta line the body kept for its length
  // (`Posted on November 25, 2024 in Health, Nutrition, Research …`): a stamp opening it, on a
  // line that is no sentence, dates the story (the line stays where the body put it).
  // So may the byline's line the body kept (`ByJane DoeMar 5, 2025 | 6 comments`).
  for (const j of [bodyStart, head.bylineLine]) {
    const l = lines[j];
    if (j < bodyStart || l === undefined || l.cls !== "text" || endsSentence(l.text) || UPDATED.test(l.text)) continue;
    // A long one (its category list runs on) is read over its opening words.
    const stamp = l.words > HEAD_DATE_WORDS ? longMetaDate(view, j, ctx) : headLineDate(view, j, ctx);
    if (stamp && l.text.indexOf(stamp.raw) <= OPENING_STAMP_AT) {
      head.stampAbove = stamp;
      return;
    }
  }
  for (let j = head.titleLine - 1, seen = 0; j >= 0 && seen < ABOVE_REACH; j--) {
    if (lines[j]!.cls === "blank") continue;
    seen++;
    const stamp = view.inBlock[j] ? null : dated(j);
    if (stamp) {
      head.stampAbove = stamp;
      return;
    }
  }
}

/** How far above the body the wider byline and date search reaches. */
export const WIDE_HEAD_LOOKBACK = 40;
// Where a name run by WIDE_BYLINE ends: a date-ish word or a comma before one, or a "Published:"
// label glued to the name (the space between two elements lost in innerText).
const NAME_END = / (?:on|[Uu]pdated|[Pp]ublished|[Ll]ast|at|in) |,? (?=\d)|(?=(?:PUBLISHED|UPDATED|Published|Updated)[: ])/u;
/** How many lines under the body an author box is looked for in. */
const AUTHOR_BOX_REACH = 80;
// An author box's label, the name on the next line: "Written by", "About the author", "Author",
// "Author(s)", "Meet the author", and the byline labels of {@link BYLINE_LABEL} ("Article by", "Autor").
const BOX_LABEL = /^(?:about the authors?|meet the authors?|authors?\s?\(s\)|the authors?)\s?[:：]?$/iu;
// "Written by Jane Doe" under the story (a plain "By Jane Doe" there is more often a teaser's).
const BOX_WRITTEN = /^(?:[Ww]ritten|WRITTEN) (?:[Bb]y|BY):? ?(\p{Lu}[^|•·]{1,80})$/u;
// A bio opening with the name: "Jane Doe is a reporter …", "Jane Doe writes about …".
const BOX_BIO = /^(\p{Lu}[\p{L}.'’-]{0,30}(?: \p{Lu}[\p{L}.'’-]{0,30}){1,3}) (?:is|was|has been|writes|covers|joined)\b/u;
// A credit sentence: "This post was written by Jane Doe, …", "This article was contributed by …".
export const CREDIT_SENTENCE = /^(?:This|The) (?:post|article|story|piece|guide|blog post|blog|column|essay|review) (?:was|is|has been) (?:written|authored|contributed|penned|prepared|produced) by (\p{Lu}[^|•·]{1,80})$/u;
/** How many of the body's first lines a credit sentence is looked for in. */
const CREDIT_OPENING = 3;
// A bio in the first person under a bare name: "I'm a reporter …", "Hi, I'm Jane …".
const FIRST_PERSON_BIO = /^(?:(?:[Hh]i|[Hh]ello|[Hh]ey)[,!]? )?(?:I['’]m|I am) (?:an? |the |\p{Lu})/u;
// What follows the given name in a bio: `Jane is`, `Jane has covered`, `Jane's work`.
const BIO_VERB = /^(?:['’]s|\s(?:is|was|has|had|writes|wrote|covers|joined|holds|leads|specializes|specialises|works|worked|lives|loves|brings|began|started|teaches|studied|graduated|helps)\b)/u;
// Honorifics a card prints before a name (`Dr Jane Doe`), skipped when the bio is searched for the given name.
const HONORIFIC = /^(?:dr|prof|mr|mrs|ms|mx|sir|dame)\.?$/iu;
/** How many lines at the body's end may be an author card the body took in (a name over its bio). */
const BOX_BODY_TAIL = 8;
/** How many name lines in a row an author box label introduces (`Author(s)` / three names). */
const BOX_NAMES = 4;

/** Whether a line is a name in an author box: a person's name, or (after a label) a name of two to five capitalised words. */
function boxName(view: PageView, text: string, labelled: boolean): boolean {
  const t = text.trim();
  if (t.length < 4 || t.length > 80 || endsSentence(t)) return false;
  if (isPersonName(view, t)) return true;
  const words = t.split(" ").length;
  return labelled && words >= 2 && words <= 5 && labelledName(view, t);
}

/**
 * The next non-blank line after `j` (within `reach` lines), or -1.
 */
function nextLine(view: PageView, j: number, reach = 3): number {
  for (let k = j + 1; k < view.lines.length && k <= j + reach; k++) if (view.lines[k]!.cls !== "blank") return k;
  return -1;
}

/**
 * An author card: a bare name line followed (a role line, a blank between) by a bio sentence that
 * names the person by the given name or the whole name (`Jane Doe` / `Jane has covered health
 * since 2015 …`, `Jane Doe is …`) or speaks in the first person (`I'm a reporter …`).
 */
function cardWithBio(view: PageView, j: number): boolean {
  const name = view.lines[j]!.text.trim();
  const words = name.split(" ").filter((w) => !HONORIFIC.test(w));
  const given = words[0];
  if (given === undefined) return false;
  for (let k = nextLine(view, j), seen = 0; k >= 0 && seen < 2; k = nextLine(view, k), seen++) {
    const l = view.lines[k]!;
    // The role line may be one the rules removed (`Senior Editor`); the bio is the page's text.
    if (l.cls === "boilerplate" && isRoleLine({ ...l, cls: "text" })) continue;
    if (l.cls !== "text") return false;
    if (l.words >= 8) {
      const bio = l.text;
      if (FIRST_PERSON_BIO.test(bio)) return true;
      // The bio opening with the whole name: `Jane Doe is the Head of …`.
      if (bio.startsWith(name) && BIO_VERB.test(bio.slice(name.length))) return true;
      for (let at = bio.indexOf(given); at >= 0; at = bio.indexOf(given, at + 1)) {
        if ((at === 0 || !isWordChar(bio, at - 1)) && BIO_VERB.test(bio.slice(at + given.length))) return true;
      }
      return false;
    }
    if (!isRoleLine(l)) return false;
  }
  return false;
}

/**
 * The person a credit sentence names ({@link CREDIT_SENTENCE}): the name before a comma or the
 * sentence's end (`This post was written by Jane Doe, Head of Marketing.` gives `Jane Doe`), or null.
 */
export function creditName(view: PageView, text: string): string | null {
  const m = CREDIT_SENTENCE.exec(text.trim());
  if (!m) return null;
  const name = m[1]!.split(/[,;(]| - | – /u)[0]!.replace(/[.!]$/u, "").split(NAME_END)[0]!.trim();
  return isPersonName(view, name) || labelledName(view, name) ? name : null;
}

/**
 * A credit sentence ({@link CREDIT_SENTENCE}) among the body's first {@link CREDIT_OPENING}
 * non-blank lines (`This post was written by Jane Doe, MD.` opening the story).
 * @returns the name and its line, or null
 */
export function creditAtOpening(view: PageView, bodyStart: number): { line: number; name: string } | null {
  const { lines } = view;
  for (let j = bodyStart, seen = 0; j < lines.length && seen < CREDIT_OPENING; j++) {
    const l = lines[j]!;
    if (l.cls === "blank") continue;
    seen++;
    const name = l.cls === "text" && l.words <= 30 ? creditName(view, l.text) : null;
    if (name !== null) return { line: j, name };
  }
  return null;
}

/**
 * When the head gave no byline: the author box under the story (`Written by Jane Doe`, a label
 * and the name on the next line, a bio opening with the name, a bare name over a bio that names
 * the person or speaks in the first person), outside any other story block. A labelled name or a
 * card may sit in the body's last {@link BOX_BODY_TAIL} lines (the body took the card in as
 * paragraphs); a bio opening with the name is read only under the body (a story's last paragraph
 * may open with a person's name).
 * @returns the name (several, comma-joined, when a label heads a list of names) and its line, or null
 */
export function authorBox(view: PageView, bodyEnd: number, bodyStart = bodyEnd): { line: number; name: string } | null {
  const { lines, inBlock } = view;
  for (let j = Math.max(bodyStart + 1, bodyEnd - BOX_BODY_TAIL); j < lines.length && j <= bodyEnd + AUTHOR_BOX_REACH; j++) {
    const l = lines[j]!;
    if (l.cls === "blank" || (inBlock[j] && j > bodyEnd) || l.words > 80) continue;
    const credit = l.words <= 30 ? creditName(view, l.text) : null;
    if (credit !== null) return { line: j, name: credit };
    const written = l.words <= 14 ? BOX_WRITTEN.exec(l.text) : null;
    if (written) {
      const name = written[1]!.split(NAME_END)[0]!.trim();
      if (WIDE_NAME.test(name) && name.split(" ").length <= 5) return { line: j, name };
      continue;
    }
    if (l.words <= 4 && (BOX_LABEL.test(l.text) || BYLINE_LABEL.test(l.text))) {
      const names: string[] = [];
      let first = -1;
      for (let k = nextLine(view, j); k >= 0 && names.length < BOX_NAMES; k = nextLine(view, k, 1)) {
        const next = lines[k]!;
        if (next.cls !== "text" || next.words > 6 || !WIDE_NAME.test(next.text) || !boxName(view, next.text, true)) break;
        if (first < 0) first = k;
        names.push(next.text.trim());
      }
      if (first >= 0) {
        return { line: first, name: names.join(", ") };
      }
      continue;
    }
    const bio = l.words >= 6 && j > bodyEnd ? BOX_BIO.exec(l.text) : null;
    if (bio && isPersonName(view, bio[1]!)) return { line: j, name: bio[1]! };
    if (l.cls === "text" && l.words <= 5 && NAME_LINE.test(l.text.trim()) && boxName(view, l.text, false) && cardWithBio(view, j)) return { line: j, name: l.text.trim() };
  }
  return null;
}

// A label alone on its line, the name on the next: "By" / "Written by" / "Author", in the
// languages of the time locales too ("Autor", "Auteur", "Autore", "Penulis", "Автор", "作者", "記者").
const BYLINE_LABEL = /^(?:(?:written|posted|article|story|words|text) by|by|authors?|autor(?:in|ka|es|as)?|auteur|autrice|autore|auteurs|penulis|yazar|автор|作者|著者|记者|記者|筆者|撰文|執筆)\s?[:：]?$/iu;
// A byline labelled in another language than English, the name (capitalised) after the label:
// "Autor: Jan Kowalski", "Auteur : Jeanne Dupont", "Escrito por Ana Ruiz", "Scritto da Anna
// Rossi", "Geschrieben von Max Muster", "Door Jan Jansen", "Ditulis oleh Budi Santoso", "Автор:
// Иван Петров". (`Par`, `Von`, `Por`, `Di`, `Oleh` alone are BYLINE_START's.)
const INTL_LABEL =
  /^(?:(?:autor(?:in|ka|es|as)?|auteur|autrice|autore|auteurs|penulis|yazar|tekst|texto|texte|text|автор|текст)\s?:|(?:escrito|publicado|redactado|écrit|rédigé|publié|geschrieben|verfasst|veröffentlicht|ditulis|diterbitkan|scritto|pubblicato|geschreven|gepubliceerd|napisane|napisał|napisała|opublikował|opublikowała) (?:por|par|von|oleh|da|door|przez):?|door|a cura di) /iu;
// What such a label introduces, when it is a name: capitalised (the label is read case-blind).
const INTL_NAME = /^\p{Lu}[^|•·–—]{1,100}$/u;
// A byline in Chinese or Japanese: a label, then a name of two to four Han characters (a Japanese
// name may print a space between family and given name): `记者 王小明`, `（记者：王小明）`,
// `作者：李华`, `文／王小明`, `著者：山田 太郎`, `文・山田太郎`. The name ends where the line does,
// or at a space, a punctuation mark or the word for "reports"/"photo"; the label is followed by a
// space or a mark, except before "reports" (`记者王小明报道`), so `记者会` (press conference) is none.
const CJK_BYLINE =
  /^[（(【［\[]?(?:(?:记者|記者|作者|著者|筆者|撰文|执笔|執筆|采写|(?:取材・)?文)(?:\s?[:：/／・|｜]\s?|\s)(\p{Script=Han}{2,4}?(?:[ 　]\p{Script=Han}{1,3})?)(?=$|[\s\p{P}]|报道|報道|摄|撮)|(?:记者|記者)(\p{Script=Han}{2,4}?)(?=报道|報道))/u;
// A name in Han characters alone on a line: `王小明`, `山田 太郎`.
const CJK_NAME = /^\p{Script=Han}{2,4}(?:[ 　]\p{Script=Han}{1,3})?$/u;
// A name of one to five words, each capitalised (initials and particles allowed).
const WIDE_NAME = /^\p{Lu}[\p{L}.'’-]{0,30}(?: (?:\p{Lu}[\p{L}.'’-]{0,30}|de|da|van|von|der|del|la|le|bin|al)){0,4}(?:,.*)?$/u;
// An update stamp is not the publication date when another date is printed. The label opens the
// line or the stamp, in the languages of the time locales: `Last updated`, `Aktualisiert am`,
// `Stand:`, `Mis à jour le`, `Actualizado el`, `Atualizado em`, `Aggiornato il`, `Aktualizacja:`,
// `Bijgewerkt op`, `Diperbarui`, `Güncelleme`, `Обновлено`, `更新时间：`, `最終更新日：`.
export const UPDATED =
  /^(?:(?:last )?(?:updated|modified)|(?:zuletzt )?(?:aktualisiert|geändert)|stand:|mis à jour|modifié|actualisé|(?:última )?actualiza(?:do|da|ción)|modificad[oa]|atualizad[oa]|(?:última )?atualização|(?:ultimo )?aggiorna(?:to|mento)|modificato|aktualizacja|zaktualizowan[oy]|(?:laatst )?bijgewerkt|gewijzigd|diperbarui|güncelle(?:me|ndi)|обновлено|обновлён|(?:最終|最后|最後|最近)?更新)/iu;

/** The name of a labelled byline line ({@link WIDE_BYLINE}), or null. */
function labelledByline(view: PageView, i: number, ctx: ParseContext): string | null {
  const l = view.lines[i]!;
  if (l.cls === "blank") return null;
  // A dek with the byline glued to its end: the byline is read alone.
  const tail = l.words > 20 && l.cls === "text" ? bylineTail(l.text) : null;
  if (l.words > 20 && tail === null) return null;
  // "BY JANE DOEPUBLISHED: JAN 29, 2025": the stamp line's source is the byline.
  const text = tail ?? (l.cls === "source-timestamp" ? l.source : l.cls === "text" || l.rule?.kind === "byline" ? l.text : null);
  if (text === null || endsSentence(text)) return null;
  let m: RegExpExecArray | [string, string] | null = WIDE_BYLINE.exec(text);
  let door = false;
  if (!m) {
    const label = INTL_LABEL.exec(text);
    const rest = label ? text.slice(label[0].length).trim() : "";
    if (label && INTL_NAME.test(rest)) (m = [text, rest]), (door = label[0].trim().toLowerCase() === "door");
  }
  if (!m) {
    const cjk = CJK_BYLINE.exec(text);
    return cjk ? (cjk[1] ?? cjk[2]!) : null;
  }
  const found = stampIn(view, m[1]!, ctx);
  // "Posted by Jane Doe on August 21, 2019": the "on" left before the date is not the name's.
  const name = cutJoin((found && found.before !== "" ? found.before : m[1]!).split(NAME_END)[0]!, true);
  // Dutch `Door` is an English word too: what it introduces must read as a person's name.
  if (name.length < 2 || (door && !isPersonName(view, name))) return null;
  // A longer line (`By Jane Doe, CFP – Updated Mar 5, 2026 at 4:28 PM EST | Fact-checked by
  // John Roe`) is a byline when what its label introduces is a name.
  return (tail === null && l.words <= 12) || labelledName(view, name.split(",")[0]!.trim()) ? name : null;
}

// A sentence's end, then a byline label: where a dek's glued byline starts (`… and Canada. By Jane Doe on Dec. 19, 2025`).
const TAIL_BY = /[.!?…]["”’)]? (?=(?:[Bb]y|BY|[Ww]ritten [Bb]y|[Pp]osted [Bb]y) \p{Lu})/gu;

/**
 * The byline glued to the end of a dek (`The chain plans 150 more shops next year. By Jane Doe
 * on Dec. 19, 2025`): the text after the last sentence end when it opens with a byline label and
 * has at most 20 words, or null.
 */
export function bylineTail(text: string): string | null {
  let at = -1;
  TAIL_BY.lastIndex = 0;
  for (let m = TAIL_BY.exec(text); m; m = TAIL_BY.exec(text)) at = m.index + m[0].length;
  if (at < 0) return null;
  const tail = text.slice(at);
  return tail.length <= 160 && tail.split(" ").length <= 20 && !endsSentence(tail) ? tail : null;
}

/**
 * A labelled byline on line `j`: `By Jane Doe` and the other forms of {@link WIDE_BYLINE}, or a
 * label alone on its line ({@link BYLINE_LABEL}) with the name on the next line before `limit`.
 */
export function labelledAt(view: PageView, j: number, limit: number, ctx: ParseContext): { line: number; name: string } | null {
  const name = labelledByline(view, j, ctx);
  if (name !== null) return { line: j, name };
  const { lines } = view;
  if (lines[j]!.cls === "blank" || !BYLINE_LABEL.test(lines[j]!.text)) return null;
  let k = j + 1;
  while (k < limit && lines[k]!.cls === "blank") k++;
  const next = lines[k];
  return next && k < limit && next.cls === "text" && next.words <= 8 && (WIDE_NAME.test(next.text) || CJK_NAME.test(next.text)) ? { line: k, name: next.text } : null;
}

/** How many non-blank lines past the body's first a labelled byline is looked for ({@link labelledUnder}). */
const LABEL_PAST_BODY = 4;

/**
 * A labelled byline under the headline ({@link labelledAt}): on a line down to the body's first
 * (which may be the byline's line the body kept), then past it while the body opens with the
 * head's own lines (`Headline` / dek / `Headline` printed again / `Written by Jane Doe` / date /
 * story), a photo's caption and credit among them: up to {@link LABEL_PAST_BODY} non-blank lines,
 * outside story blocks, stopping at a paragraph (more than 24 words) after the body's first line.
 */
export function labelledUnder(view: PageView, titleLine: number, bodyStart: number, ctx: ParseContext): { line: number; name: string } | null {
  const { lines, inBlock } = view;
  for (let j = titleLine + 1; j <= bodyStart && j < lines.length; j++) {
    const named = labelledAt(view, j, bodyStart, ctx);
    if (named !== null) return named;
  }
  for (let j = bodyStart + 1, seen = 0; j < lines.length && seen < LABEL_PAST_BODY; j++) {
    const l = lines[j]!;
    if (l.cls === "blank") continue;
    seen++;
    if (inBlock[j] || (l.cls === "text" && l.words > 24)) return null;
    const named = labelledAt(view, j, j + 3, ctx);
    if (named !== null) return named;
  }
  return null;
}

/**
 * When the head above the body gave no byline or no date (the body was found below a table of
 * contents, a share bar or a summary box, out of the narrow head's reach), reads the lines above
 * the body again, nearest first, for the byline forms of {@link WIDE_BYLINE} and {@link BYLINE_LABEL}
 * and for a dated line (a publication date preferred to an update).
 */
export function readWideHead(view: PageView, bodyStart: number, head: Head, ctx: ParseContext): void {
  const { lines, inBlock } = view;
  const needByline = head.bylineLine < 0;
  const needDate = head.timestampLine < 0;
  let updated = -1;
  let updatedStamp: Timestamp | null = null;
  for (let i = bodyStart - 1; i >= 0 && i >= bodyStart - WIDE_HEAD_LOOKBACK; i--) {
    if (inBlock[i]) break;
    const l = lines[i]!;
    if (l.cls === "blank" || l.words > 20) continue;
    if (needByline && head.bylineLine < 0 && (l.cls === "text" || l.rule?.kind === "byline")) {
      const name = labelledByline(view, i, ctx);
      if (name !== null) {
        head.bylineLine = i;
        head.byline = name;
      } else if (BYLINE_LABEL.test(l.text)) {
        let j = i + 1;
        while (j < bodyStart && lines[j]!.cls === "blank") j++;
        const name = lines[j];
        if (name && j < bodyStart && name.cls === "text" && name.words <= 8 && WIDE_NAME.test(name.text) && !isInterfaceLabel(name.text)) {
          head.bylineLine = j;
          head.byline = name.text;
        }
      }
    }
    if (needDate && head.timestampLine < 0) {
      const found = l.cls === "timestamp" || l.cls === "source-timestamp" ? l.timestamp : l.words <= 16 && l.cls === "text" ? (stampIn(view, l.text, ctx)?.timestamp ?? null) : null;
      const stamp = found && publicationStamp(view, l.text, found, ctx);
      if (stamp && stamp.kind === "absolute" && stamp.precision !== "year" && stamp.precision !== "month") {
        if (UPDATED.test(l.text)) {
          if (updated < 0) {
            updated = i;
            updatedStamp = stamp;
          }
        } else {
          head.timestampLine = i;
          head.timestamp = stamp;
        }
      }
    }
  }
  if (needDate && head.timestampLine < 0 && updated >= 0) {
    head.timestampLine = updated;
    head.timestamp = updatedStamp;
  }
}

// The labels of a byline {@link soleByline} reads: `By`, and `Written by`, `Posted by`, `Text by`,
// `Words by`, `Story by`, `Reported by`.
const SOLE_LABEL = /^(?:[Bb]y|BY|(?:[Ww]ritten|[Pp]osted|[Tt]ext|[Ww]ords|[Ss]tory|[Rr]eported) [Bb]y|WRITTEN BY|POSTED BY)[\s:]/u;
/** The most words of a meta line {@link soleByline} reads by its segments (a plain byline line has up to 12). */
const SOLE_META_WORDS = 30;
// A commenter's placeholder name (`by Anonymous Coward`, `Anonyme`, `Anónimo`), not an author.
const ANONYMOUS = /^(?:anonymous|anonyme|anónimo|anonimo|anonym|anonim)(?=$|\s)/iu;

/**
 * The page's one labelled byline, when the main story's head and boxes name nobody: the name of
 * the only `By Jane Doe` / `Written by Jane Doe` / `Text by Jane Doe` line ({@link SOLE_LABEL}) from the page's top
 * to {@link AUTHOR_BOX_REACH} lines under the body (a comment thread further down has its own
 * `by` lines) that names a person ({@link isPersonName}); null when there is none, when one sits
 * in another story block, or when several people are named (a list of teasers, each with its byline).
 */
export function soleByline(view: PageView, bodyEnd: number, ctx: ParseContext): string | null {
  const { lines, inBlock } = view;
  let found: string | null = null;
  for (let j = 0; j < lines.length && j <= bodyEnd + AUTHOR_BOX_REACH; j++) {
    const l = lines[j]!;
    if (l.cls === "blank" || l.words > SOLE_META_WORDS || !(l.cls === "text" || l.rule?.kind === "byline")) continue;
    if (!SOLE_LABEL.test(l.text.trim())) continue;
    // `by Jane Doe | Mar 11, 2023 | Section, Section | 0 comments`: a longer meta line is read
    // by its segments, the byline its first.
    const name = l.words > 12 ? metaSegmentName(view, l.text, ctx) : labelledByline(view, j, ctx);
    if (name === null) continue;
    const person = name.split(",")[0]!.trim();
    if (ANONYMOUS.test(person) || !isPersonName(view, person)) continue;
    if (inBlock[j]) return null;
    if (found !== null && found !== person) return null;
    found = person;
  }
  return found;
}
