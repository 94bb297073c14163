/**
 * Site names printed with the title: `Harbour board backs a new timetable | Coast Post`,
 * `Coast Post – Harbour board backs a new timetable`, `… :: Coast Post`. Many pages print the
 * headline line with the site's name attached by a spaced separator; the name is not part of the
 * story's title. It is cut off the main story's title and recorded as removed (`site-name`,
 * `structure/title-affix`), separator included, so no character is lost.
 *
 * Only a part that reads as a name is cut: at most four words, each opening with a capital or a
 * digit (no lower-case word, so `- and no`, `- a love story` stay), no sentence punctuation, and
 * what is left still a title of three words or more. Scripts without case never show a name
 * this way, so their titles are left as printed. A name before the title needs evidence too, the
 * name printed elsewhere on the page (its logo line, its copyright line): a short capitalised
 * lead is as often the title's own subject (`UK - France talks resume`, `NASA - SpaceX …`).
 */
import type { Removed } from "../../model/article.js";
import type { ClassifiedLine } from "../../model/block.js";
import type { ArticleDraft } from "../draft.js";
import { countWords } from "../classify.js";
import { pieceRemoved } from "./story.js";

/**
 * The separators, each with a space on both sides: `|`, `–`, `—`, `-`, `::`, `·`, `•`, `»`.
 * A hyphen or dash without spaces joins words (`left-hand`, `2–1`); `:` alone opens a
 * headline's second part (`Review: …`) and is not one of them.
 */
const SEPARATOR = / (?:\||–|—|-|::|·|•|») /gu;

/** At most this many words in a site name. */
const MAX_NAME_WORDS = 4;

/** At least this many words left for the title. */
const MIN_TITLE_WORDS = 3;

/**
 * One word of a name: opens with a capital, a digit or `&`/`+`/`@` (never lower-case, never a
 * letter of a script without case), holds no sentence punctuation (`!?,;` and quotes), and ends
 * with none either (`.` or `:` inside, as in a domain `Coast.com`, is allowed).
 */
const NAME_WORD = /^[\p{Lu}\p{Lt}\p{N}&+@][^\s!?,;"“”«]*$/u;

/** Whether a piece of a title reads as a site name (see {@link NAME_WORD}). */
function isSiteName(part: string): boolean {
  const words = part.split(" ");
  if (words.length > MAX_NAME_WORDS) return false;
  let letters = false;
  for (const w of words) {
    if (!NAME_WORD.test(w)) return false;
    const last = w.charCodeAt(w.length - 1);
    // `.` and `:` end sentences and labels (`Review:`); a name's abbreviation dot (`Co.`) is rare.
    if (last === 0x2e || last === 0x3a) return false;
    if (/\p{L}/u.test(w)) letters = true;
  }
  return letters;
}

/**
 * Split a site name off either end of a title: the part after the last spaced separator, or
 * else the part before the first one, when it reads as a site name and the rest is still a title.
 * The part before is cut only when `printedElsewhere` says so.
 *
 * @param title - A title line's text.
 * @param printedElsewhere - Whether the page prints a name elsewhere; without it the part before
 *   the title is never cut.
 * @returns The title proper (`from`, `to`) and the removed piece (`cutFrom`, `cutTo`: the name and
 *   its separator, spaces between them included, outer spaces excluded), as offsets in `title`;
 *   `null` when neither end is a site name.
 * @example
 * ```ts
 * splitSiteAffix("Harbour board backs a new timetable | Coast Post"); // { from: 0, to: 35, cutFrom: 36, cutTo: 48 }
 * splitSiteAffix("Coast Post – Harbour board backs a new timetable", () => true); // { from: 13, to: 48, cutFrom: 0, cutTo: 12 }
 * splitSiteAffix("Mayor says yes - and no"); // null
 * ```
 */
export function splitSiteAffix(title: string, printedElsewhere?: (name: string) => boolean): { from: number; to: number; cutFrom: number; cutTo: number } | null {
  // Cheap test first: this is asked of every title candidate.
  if (title.indexOf(" ", 1) < 0) return null;
  let first: RegExpExecArray | null = null;
  let last: RegExpExecArray | null = null;
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(title); m; m = SEPARATOR.exec(title)) {
    first ??= m;
    last = m;
    // The next separator may share this one's trailing space (`A | B | C` has none shared, but `A - - B` would).
    SEPARATOR.lastIndex = m.index + m[0].length - 1;
  }
  if (!first || !last) return null;
  const tailAt = last.index + last[0].length;
  const tail = title.slice(tailAt).trimEnd();
  const headTitle = title.slice(0, last.index).trimEnd();
  if (isSiteName(tail) && countWords(headTitle) >= MIN_TITLE_WORDS) {
    return { from: 0, to: headTitle.length, cutFrom: last.index + 1, cutTo: tailAt + tail.length };
  }
  const lead = title.slice(0, first.index);
  const restAt = first.index + first[0].length;
  if (printedElsewhere && isSiteName(lead.trimStart()) && countWords(title.slice(restAt)) >= MIN_TITLE_WORDS && printedElsewhere(lead.trimStart())) {
    const leadAt = lead.length - lead.trimStart().length;
    return { from: restAt, to: title.trimEnd().length, cutFrom: leadAt, cutTo: restAt - 1 };
  }
  return null;
}

/** A copyright line: `© 2025 Coast Post`, `Copyright Coast Post Ltd`, `(c) Coast Post`. */
const COPYRIGHT = /^(?:©|\(c\)|copyright\b)/iu;

/**
 * Whether a name is printed on the page on its own: a line of just the name (the logo's text),
 * or a copyright line that holds it. The evidence a name before a title needs (see
 * {@link splitSiteAffix}).
 *
 * @param lines - The page's lines.
 * @param name - The name.
 * @param except - The title's own line, which does not count.
 * @returns Whether another line prints the name.
 * @example
 * ```ts
 * siteNamePrinted(lines, "Coast Post", titleLine); // true when a line reads "Coast Post"
 * ```
 */
export function siteNamePrinted(lines: readonly ClassifiedLine[], name: string, except: number): boolean {
  const folded = name.toLowerCase();
  for (let j = 0; j < lines.length; j++) {
    if (j === except) continue;
    const t = lines[j]!.text;
    if (t.length === name.length ? t.toLowerCase() === folded : t.length > name.length && COPYRIGHT.test(t) && t.toLowerCase().includes(folded)) return true;
  }
  return false;
}

/**
 * The title a line gives once a site name at either end is cut ({@link splitSiteAffix}, a name
 * before the title only when {@link siteNamePrinted}), or the line's text as it is.
 *
 * @param lines - The page's lines.
 * @param i - The title line.
 * @returns The title proper.
 * @example
 * ```ts
 * titleWithoutSite(lines, i); // "Harbour board backs a new timetable" for "Coast Post – Harbour board backs a new timetable" on a page that prints "Coast Post"
 * ```
 */
export function titleWithoutSite(lines: readonly ClassifiedLine[], i: number): string {
  const text = lines[i]!.text;
  const split = splitSiteAffix(text, (name) => siteNamePrinted(lines, name, i));
  return split ? text.slice(split.from, split.to) : text;
}

/**
 * Cut a site name off the main story's title, recording it (with its separator) as removed. Only
 * when the title is still its line's text, the end of it (a kicker label or a section cut from its
 * front first) or its start (a date cut from its end first); otherwise the title is left as it is.
 *
 * @param draft - The main article.
 * @param lines - The page's lines.
 * @param titleLine - The index of the line the title was read from.
 * @param input - The page's input.
 * @returns Nothing; the draft is updated in place.
 * @example
 * ```ts
 * takeSiteAffix(draft, lines, found.titleLine, ctx.input); // draft.title "Ferry vote passes in the end | Coast Post" -> "Ferry vote passes in the end"
 * ```
 */
export function takeSiteAffix(draft: ArticleDraft, lines: readonly ClassifiedLine[], titleLine: number, input: string): void {
  const line = lines[titleLine];
  if (!line) return;
  // The title is the line's end (a kicker or a section cut from its front), or its start (a date
  // cut from its end first, `Title | Coast Post | 12 March 2025`).
  const base = line.text.endsWith(draft.title) ? line.text.length - draft.title.length : line.text.startsWith(draft.title) ? 0 : -1;
  if (base < 0) return;
  const split = splitSiteAffix(draft.title, (name) => siteNamePrinted(lines, name, titleLine));
  if (!split) return;
  const cut: Removed = pieceRemoved(line, input, base + split.cutFrom, base + split.cutTo, "site-name", "structure/title-affix");
  draft.title = draft.title.slice(split.from, split.to);
  draft.removed = [...draft.removed, cut].sort((a, b) => a.start - b.start);
}
