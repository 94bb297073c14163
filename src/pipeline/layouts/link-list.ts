/**
 * Link lists: the related, more-from, latest and most-read lists of an ordinary news page, as
 * `innerText` leaves them. A header, then titles one per line, each sometimes with a stamp on the
 * line before or after it and sometimes a one-line snippet:
 *
 * ```
 * More from the harbour desk          Latest news
 * Ferry fares to rise in spring       2 hours ago
 * 2 hours ago                         Ferry fares to rise in spring
 * Library opens on Sundays            5 hours ago
 * 5 hours ago                         Library opens on Sundays
 * ```
 *
 * Each title becomes an article of its own (a title, the stamp beside it when the page prints
 * one, the snippet as its only paragraph), so the stories a page links to are not lost in its
 * removed chrome. Which side a list prints its stamps on is decided once per list, by the side
 * most titles have one: a stamp between two titles belongs to one of them, never to both.
 */
import type { ClassifiedLine } from "../../model/block.js";
import type { ArticleDraft } from "../draft.js";
import { lineEnd, lineRemoved } from "../lines.js";
import { foldLine } from "../../rules/rule.js";
import type { FoundTimestamp } from "../../time/find-timestamp.js";
import type { Timestamp } from "../../time/types.js";
import { countWords } from "../classify.js";
import { endsSentence, nextNonBlank, TRUNCATED } from "./story.js";
import { CREDIT_LINE, CREDIT_MARK } from "../main-story.js";

/** A link list: its header line and its titles. */
export interface LinkList {
  /** The header line. */
  header: number;
  /** The titles, in page order. */
  items: LinkListItem[];
}

/** One title of a link list, with the lines it owns. */
export interface LinkListItem {
  /** The title line. */
  titleLine: number;
  /** The stamp line beside it, or -1. */
  stampLine: number;
  /** A snippet line after it, or -1. */
  snippetLine: number;
  /** The stamp glued to the title's end, when the title line carries its own. */
  dated?: DatedTitle;
  /**
   * The title's second printing, or -1 (absent: none): lists often print each title twice, as the
   * picture's link and as the heading (a short label between them or not), the snippet under
   * the second. The item owns it and records it as removed (`structure/repeated-title`).
   */
  repeatLine?: number;
}

/**
 * A stamp glued to the end of a title line, and where it starts in the line's text; or a clock
 * time opening the line (`14:34Ferry fares …`, a ticker of the latest news), and where the title
 * after it starts (`titleFrom`).
 */
export interface DatedTitle {
  timestamp: Timestamp;
  start: number;
  titleFrom?: number;
}

/**
 * A clock time opening a list title, glued to it or spaced (`14:34Ferry fares to rise`, `9:05 Ferry
 * fares …`): 0:00 to 23:59, then a capital.
 */
const LEADING_CLOCK = /^((?:[01]?\d|2[0-3]):[0-5]\d) ?(?=\p{Lu})/u;

/**
 * The clock time opening a list title (see {@link LEADING_CLOCK}) as the item's stamp, when a title
 * of {@link MIN_TITLE_WORDS} words or more follows it: a time of day with no date, so without an
 * instant (`iso: null`, as year-less stamps), precise to the minute.
 */
function leadingClock(text: string): DatedTitle | null {
  const m = LEADING_CLOCK.exec(text);
  if (!m || countWords(text.slice(m[0].length)) < MIN_TITLE_WORDS) return null;
  return { timestamp: { raw: m[1]!, kind: "absolute", iso: null, precision: "minute" }, start: 0, titleFrom: m[0].length };
}

/** Whether a text ends in a digit (a year, a day): the cheap test before a stamp is looked for at its end. */
function endsInDigit(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c >= 0x30 && c <= 0x39;
}

/** Titles need this many words: one- and two-word lines under a header are a menu, not stories. */
const MIN_TITLE_WORDS = 3;
/** Longer lines are snippets or paragraphs, not titles. */
const MAX_TITLE_WORDS = 18;
/** A snippet is one line of at most this many words. */
const MAX_SNIPPET_WORDS = 60;
/** A list ends after this many lines in a row that are neither titles, stamps nor snippets. */
const MAX_MISSES = 4;
/**
 * A list is read over at most this many lines after its header: a bound on the work per header,
 * so a page of thousands of header lines in a row costs a linear pass, not a quadratic one.
 */
const MAX_SPAN = 200;
/** Fewer titles than this under a header are not a list (a lone line could be anything). */
const MIN_ITEMS = 2;

/**
 * A line shaped like a linked title: plain text, three to eighteen words, no full stop or colon
 * at the end (a question or exclamation mark is fine), no address or bullet run.
 *
 * @param line - A classified line.
 * @returns Whether it has a linked title's shape.
 * @example
 * ```ts
 * titleShape(line); // true for "Ferry fares to rise in spring", false for "Ferry fares rose."
 * ```
 */
export function titleShape(line: ClassifiedLine): boolean {
  if (line.cls !== "text" || line.words < MIN_TITLE_WORDS || line.words > MAX_TITLE_WORDS || line.text.length > 160) return false;
  const t = line.text;
  const last = t.charCodeAt(t.length - 1);
  // ':' ends a label ("Related topics:"), ',' a line cut mid-sentence.
  if (last === 0x3a || last === 0x2c || (endsSentence(t) && !t.endsWith("?") && !t.endsWith("!"))) return false;
  // Menus and tag rows glued with separators, and links printed as addresses.
  return !(/[•·|>]\s.*[•·|>]\s|https?:\/\/|www\.|@/u.test(t) || /^by\s/iu.test(t));
}

/**
 * A line that reads as a linked title on its own: {@link titleShape}, and not a short run of
 * capitalised words with no small word among them, which is a menu or footer link ("Local
 * Business Directory", "Trail Camp Gear Reviews"); titles of that length have one ("Biscuits and
 * Gravy Recipe", "Can an eBike Replace a Car?"). A capitalised title is still taken when a
 * snippet follows it (see {@link findLinkLists}): menus have no snippets.
 *
 * @param line - A classified line.
 * @returns Whether it reads as a linked title on its own.
 * @example
 * ```ts
 * titleLine(line); // true for "Biscuits and Gravy Recipe", false for "Local Business Directory"
 * ```
 */
export function titleLine(line: ClassifiedLine): boolean {
  return titleShape(line) && (line.words > 5 || /(?:^|\s)\p{Ll}/u.test(line.text)) && !gluedMenu(line.text);
}

/** Words an ALL-CAPS section label may have ({@link capsLabel}). */
const MAX_CAPS_LABEL_WORDS = 4;

/**
 * A section label in capitals over a rail (`POPULAR THIS WEEK`, `LIFE & STYLE`): at most
 * {@link MAX_CAPS_LABEL_WORDS} words and no lower-case letter. Not a title even with a snippet
 * or an author under it (the rail's first item has them); a title in capitals is longer
 * (`HIKING THE HARBOUR CLIFFS AT DAWN`).
 */
function capsLabel(line: ClassifiedLine): boolean {
  return line.words <= MAX_CAPS_LABEL_WORDS && !/\p{Ll}/u.test(line.text) && /\p{Lu}.*\p{Lu}/u.test(line.text);
}

/** Lower-to-upper case joins a line needs to be a glued menu ({@link gluedMenu}). */
const MIN_GLUED_JOINS = 3;

/**
 * A menu whose links `innerText` glued together without spaces (`HomeWeatherTrafficSportsContact`,
 * `Footer linkFooter linkFooter link`): three joins or more of a lower-case letter and a capital
 * inside the line. A title has one at most (`iPhone`, `YouTube`, `McDonald's`).
 */
function gluedMenu(text: string): boolean {
  let joins = 0;
  for (let k = 1; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x41 && c <= 0x5a) {
      const p = text.charCodeAt(k - 1);
      if (p >= 0x61 && p <= 0x7a && ++joins >= MIN_GLUED_JOINS) return true;
    }
  }
  return false;
}

/**
 * Whether the text before a stamp glued to a line's end is a title (`Ferry fares to rise in spring
 * 4 March 2024`, `… - 4 March 2024`): three words or more, a small word among them or a question,
 * not a category (`Food, Health March 2, 2025`), a source or a stamp label (`Last updated on …`).
 * When a separator sets the date off (`Just This Next Step - December 16, 2019`, the rows of a
 * "latest posts" box), a title in title case is one too from four words up (a section label
 * is shorter), and it may run to {@link MAX_DATED_TITLE_WORDS} words.
 */
function titleBeforeStamp(head: string, separated = false): boolean {
  const words = countWords(head);
  if (words < MIN_TITLE_WORDS || words > (separated ? MAX_DATED_TITLE_WORDS : MAX_TITLE_WORDS)) return false;
  if (/^(?:published|updated|posted|last|modified|date|by)\b/iu.test(head) || /[:,]$/u.test(head)) return false;
  return /[?!]$/u.test(head) || /\s\p{Ll}/u.test(head) || (separated && words >= MIN_SEPARATED_CAPS_WORDS);
}

/** Words a title set off from its date by a separator may have (a long title with its date after a dash). */
const MAX_DATED_TITLE_WORDS = 24;
/** Words a title-case title set off from its date needs (`Harbour News - March 2, 2026` is a label). */
const MIN_SEPARATED_CAPS_WORDS = 4;

/** Whether a separator (`-`, `–`, `—`, `|`, `·`, `•`) stands right before a stamp that starts at `at`. */
function separatedStamp(text: string, at: number): boolean {
  return "-–—|·•".includes(text.slice(0, at).trimEnd().at(-1) ?? "x");
}

/** The text of a line before a stamp that starts at `at`, without the separator (`-`, `|`, `·`) between them. */
function textBeforeStamp(text: string, at: number): string {
  const head = text.slice(0, at).trimEnd();
  return "-–—|·•".includes(head.at(-1) ?? "x") ? head.slice(0, -1).trimEnd() : head;
}

/** A one-line snippet: longer than a title, at most {@link MAX_SNIPPET_WORDS} words. */
function snippetLine(line: ClassifiedLine): boolean {
  return line.cls === "text" && line.words <= MAX_SNIPPET_WORDS && line.words > MAX_TITLE_WORDS;
}

/** A share button printed as a line: `Click to share on X (Opens in new window)`, `Share on Facebook`, `Share this:`. */
const SHARE_BUTTON = /\(opens in (?:a )?new (?:window|tab)\)$|^(?:click to )?share(?: this| on [\p{L}/+]+)?:?$/iu;

/**
 * The small print a list repeats beside each title, which neither belongs to a story nor ends the
 * list: a read-more link, a comment counter (alone or after the date: `May 2, 2025 No Comments`),
 * a view-counter placeholder, a reading time (`October 14, 2025 · 5 minute read`).
 */
function listFurniture(line: ClassifiedLine): boolean {
  if (line.cls !== "text" || line.words > 12) return false;
  const t = line.text.trim();
  // Share buttons the classifier left as text (`Click to share on X (Opens in new window)`, `Share this:`).
  if (SHARE_BUTTON.test(t)) return true;
  if (line.words > 8) return false;
  return (
    /^(?:read more|continue reading|read the story|lire la suite|leer más|leia mais|weiterlesen|baca selengkapnya)\b[\s»›→>.…]*$/iu.test(t) ||
    /(?:^|\s)(?:no|\d+) comments?$/iu.test(t) ||
    /^\[[\w-]+\]$/u.test(t) ||
    /\b\d+[ -]?min(?:ute)?s? read$/iu.test(t) ||
    // A date and a reading time with no label (`Mar 13, 2026 9 mins`, glued: `Mar 13, 20262 mins`).
    /(?:^|\s)\d{4} ?\d{1,3} ?mins?$/iu.test(t) ||
    // A gallery's stamp and picture count (`12H ago 34 photos`, `Nov 18 52 photos`).
    /^(?:\d{1,2} ?[hm] ago|\p{Lu}\p{Ll}{2}\.? \d{1,2}(?:, \d{4})?) \d{1,4} (?:photos?|pictures?|images?|slides?|videos?)$/iu.test(t) ||
    // A sponsor's label over a paid item (`Sponsored by Harbour Bank`, `brandpost Sponsored by …`).
    /^(?:\p{Ll}+ )?(?:[Ss]ponsored|[Pp]resented|[Pp]owered|[Bb]rought to you) by \p{Lu}/u.test(t) ||
    // A feedback widget under the list (`Was this page helpful?`, `Thanks for your feedback!`,
    // `Tell us why!`) and an ad-free offer (`Tired of too many ads?`, `Go Ad Free Now`).
    /^(?:was this (?:page|article|post|story) (?:helpful|useful)\??|thanks? (?:you )?for your feedback!?|tell us (?:why|more)!?)$/iu.test(t) ||
    /^(?:tired of (?:too many |seeing )?ads\??|go ad[- ]free(?: now)?)$/iu.test(t) ||
    SUBSCRIBE_PROMPT.test(t) ||
    // The contact box's opening hours (`Monday - Friday 10:00 am - 6:00 pm`, `Saturday: 9:00
    // a.m.-1:00 p.m.`) and a trade licence number (`License # HB-20417`).
    OPENING_HOURS.test(t) ||
    /^licen[cs]e (?:#|no\.?|number) ?[\p{L}\d-]+$/iu.test(t) ||
    // Counters and separators printed as lines of their own (`28,533`, `|`, `9` / `mins`), share counts.
    !/\p{L}/u.test(t) ||
    /^(?:mins?|minutes?)(?: read)?$/iu.test(t) ||
    /^this (?:story|article|post) has been shared [\d,.]+ times\.?$/iu.test(t) ||
    // The buttons of an item's picture and of a reading list (`Open image caption`, `Close
    // caption`, `Remove Save to favorites`), and the picture's credit (`Jane Doe/Harbour Press via AP`).
    /^(?:open|close|show|hide|expand|collapse|toggle) (?:(?:image|photo|picture) )?caption$/iu.test(t) ||
    // A link to the whole section under its teaser (`See all podcasts`, `View all events`).
    /^(?:see|view|show|browse|load)(?: me)? (?:all|more)(?: [\p{L}&'’-]{1,25}){0,3}$/iu.test(t) ||
    /^(?:remove )?(?:save|add) to (?:favou?rites|bookmarks|(?:my |reading )?list)$|^remove from (?:favou?rites|bookmarks)$/iu.test(t) ||
    pictureCredit(line)
  );
}

/** Words a picture's credit in a list may have (see {@link pictureCredit}). */
const MAX_CREDIT_WORDS = 7;

/**
 * A picture's credit printed with a list item (`Jane Doe/Harbour Press via AP`): a credit line
 * (`CREDIT_LINE` and `CREDIT_MARK` of the main-story stage) of at most {@link MAX_CREDIT_WORDS}
 * words and no digit, whose slash joins two capitalised words. A title with a slash
 * (`The Best IT/Tech Events of 2026`, `Alpha w/ Backlight`) is not one.
 */
function pictureCredit(line: ClassifiedLine): boolean {
  const t = line.text;
  return t.includes("/") && line.words <= MAX_CREDIT_WORDS && !/\p{N}/u.test(t) && /(?:^|\s)\p{Lu}[\p{L}.'’-]*\/ ?\p{Lu}/u.test(t) && CREDIT_LINE.test(t) && CREDIT_MARK.test(t);
}

/** A person's name alone on a line (`Mira Okafor`, `Alexis C. Okafor`): two to four capitalised words. */
export const NAME_LINE = /^\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){1,3}$/u;

/**
 * The linked story's author printed under its title (`Mira Okafor`): furniture of the item, not a
 * title. Asked only right after a title, as a menu is also made of short capitalised lines.
 */
function itemByline(line: ClassifiedLine): boolean {
  return line.cls === "text" && line.words <= 3 && NAME_LINE.test(line.text);
}

/** A tag row: four or more comma-separated pieces of a few words each, not a sentence (`ferries, Harbour life, transport, spring`). */
function tagRow(line: ClassifiedLine): boolean {
  if (line.cls !== "text" || line.words < 4 || endsSentence(line.text)) return false;
  const pieces = line.text.split(", ");
  return pieces.length >= 4 && pieces.every((p) => p.length > 0 && p.length <= 40 && countWords(p) <= 4);
}

/**
 * A short tag row, asked only right under an item's byline: two or more comma-separated pieces of
 * a few words each, not a sentence, no colon or question (`Harbour life, ferries`, `Uncategorized,
 * island walks`; `Ferry fares, tides: what changes` is a title).
 */
function shortTagRow(line: ClassifiedLine): boolean {
  if (line.cls !== "text" || endsSentence(line.text) || !line.text.includes(", ") || /[:?!]/u.test(line.text)) return false;
  const pieces = line.text.split(", ");
  return pieces.every((p) => p.length > 0 && p.length <= 40 && countWords(p) <= 4);
}

/**
 * Chrome families that close the list area: after the comments box, the newsletter form, the
 * legal footer or the cookie notice, title-like lines are footer links, not stories. The site menu
 * and follow-us buttons do not close it: pages print them between two lists.
 */
const CLOSING_KINDS = new Set(["comments", "newsletter", "legal", "cookie"]);

/**
 * A link of the legal footer printed as a line of its own: terms of use, service or sale, terms and
 * conditions, a privacy or cookie policy or notice (`Privacy Policy and Important Notices`). No
 * story is listed after it.
 */
const LEGAL_LINK = /^(?:terms (?:of (?:use|service|sale)|(?:and|&) conditions)|(?:privacy|cookie)(?: (?:and|&))? (?:policy|notice|statement|settings)(?: (?:and|&) [\p{L} ]{3,25})?)$/iu;

/**
 * A subscription or follow prompt printed between a list's titles (`Subscribe to the Harbour
 * Weekly`, `Subscribe for unlimited access`, `Follow us on Instagram`, `Follow by Email`): a
 * promo, not a story, and not the end of the list (rails print one between two lists).
 */
const SUBSCRIBE_PROMPT = /^(?:subscribe|sign up|register)(?: now| today)? (?:to|for) \S|^(?:follow|connect with) us\b|^follow by e-?mail$/iu;

/**
 * A line of opening hours: a weekday (or a range of them) and a clock time with am/pm
 * (`Monday - Friday 10:00 am - 6:00 pm`, `Sat 9 a.m. to 1 p.m.`).
 */
const OPENING_HOURS = /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?(?: ?(?:-|–|to|through|&) ?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)?:? \d{1,2}(?::\d{2})? ?[ap]\.?m\b/iu;

/** Boilerplate kinds a list repeats beside each item (share bar, ad label, the linked story's byline). */
const FURNITURE_KINDS = new Set(["share", "ad", "byline"]);

/**
 * More list headers, seen over the link lists of blogs and small news sites, beyond the
 * related-header rules (`rules/related.ts`). They are read here, as whole short lines, and not
 * made boilerplate rules: on blog pages "Recent Posts" sits beside the story as often as after
 * it, and whether it ends the story is for the main-story stage to judge from its own features.
 */
const LIST_HEADERS: ReadonlySet<string> = new Set(
  [
    "Recent Posts",
    "Recent Articles",
    "The Latest",
    "Most Read",
    "Most Popular",
    "Trending",
    "Trending Now",
    "Featured News",
    "Featured Stories",
    "Related Posts",
    "Related Content",
    "Related Stories",
    "Recommended for You",
    "You May Also Like",
    "You Might Also Like",
    "In Brief",
    "Recent Stories",
    "Recent News",
    "Latest",
    "Latest Posts",
    "Latest Articles",
    "Latest Headlines",
    "Latest Updates",
    "Popular Posts",
    "Popular Articles",
    "Popular Stories",
    "Featured Posts",
    "Featured Articles",
    "Related Reading",
    "Related Reads",
    "Further Reading",
    "Recommended Reading",
    "Recommended Articles",
    "Recommended Stories",
    "You May Also Enjoy",
    "You Might Also Enjoy",
    "Keep Reading",
    "More to Read",
    "Up Next",
    "What to Read Next",
    "Read This Next",
    // One-word and short section headers over a sidebar of features.
    "Specials",
    "Features",
    "Highlights",
    "Spotlight",
    "Editor's Picks",
    "Editors' Picks",
    "Don't Miss",
    "Must Read",
    "Top Stories",
    "Derniers articles",
    "À lire également",
    "Les plus lus",
    "Artículos recientes",
    "Últimas noticias",
    "Posts recentes",
    "Últimas notícias",
    "Articoli recenti",
    "Ultime notizie",
    "Neueste Beiträge",
    "Aktuelle Beiträge",
    "Последние новости",
    "Artikel Terbaru",
    "Berita Terbaru",
    "آخر الأخبار",
    "الأكثر قراءة",
  ].map(foldLine),
);

/**
 * The length of the shortest header: of {@link LIST_HEADERS}, of `more …` (`more on`, seven code
 * units) and of {@link SITE_HEADER} (`latest on x`, ten at least).
 */
const HEADER_MIN_LENGTH = Math.min(...[...LIST_HEADERS].map((h) => h.length), "more on".length);

/** The lower-case ASCII first letters of the headers ({@link LIST_HEADERS}, `more …` and {@link SITE_HEADER}'s). */
const HEADER_FIRST: ReadonlySet<number> = new Set([...[...LIST_HEADERS].map((h) => h.charCodeAt(0)), 0x6d, 0x70, 0x74, 0x6c].filter((c) => c < 0x80));

/**
 * Whether a text opening with the code unit `c` (0x80 or above) may fold to a header: `false`
 * when the lower case of `c` opens none of {@link LIST_HEADERS} (the other headers open with
 * ASCII letters). A surrogate, or a character that `foldLine` may trim or fold as spacing
 * (`\s`), is never ruled out. Read from {@link WIDE_FIRST}, filled as code units are met.
 */
function mayOpenHeader(c: number): boolean {
  let k = WIDE_FIRST[c]!;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    const lower = ch.toLowerCase().charCodeAt(0);
    k = (c >= 0xd800 && c <= 0xdfff) || /\s/u.test(ch) || HEADER_FIRST.has(lower) || HEADER_FIRST_WIDE.has(lower) ? 2 : 1;
    WIDE_FIRST[c] = k;
  }
  return k === 2;
}
/** The first code units of the headers beyond ASCII (already lower case: the list is folded). */
const HEADER_FIRST_WIDE: ReadonlySet<number> = new Set([...LIST_HEADERS].map((h) => h.charCodeAt(0)).filter((c) => c >= 0x80));
/** Per code unit of 0x80 or above: 2 when {@link mayOpenHeader}, 1 when not, 0 for not yet read. */
const WIDE_FIRST = new Uint8Array(0x10000);

/**
 * A list header: a related-header rule's line, one of {@link LIST_HEADERS} standing alone, `More …`
 * ({@link MORE_HEADER}) or a header naming the site or section ({@link SITE_HEADER}).
 *
 * @param line - A classified line.
 * @returns Whether it heads a link list.
 * @example
 * ```ts
 * isListHeader(line); // true for "Recent Posts", "Trending on Harbour Gazette"
 * ```
 */
export function isListHeader(line: ClassifiedLine): boolean {
  // An author box's "Latest posts by …" line is a bio rule's, and heads the author's posts.
  if (line.cls === "boilerplate") return line.rule?.signal === "related-header" || (line.rule?.kind === "bio" && line.words <= MAX_HEADER_WORDS && AUTHOR_HEADER.test(foldLine(line.text)));
  if (line.cls !== "text" || line.words > MAX_HEADER_WORDS) return false;
  // Asked of every line of a page: the first letter (ASCII ones folded to lower case) settles
  // most lines without folding the text. Other first characters go on to the full check.
  const c = line.text.charCodeAt(0);
  if (c < 0x80 ? c > 0x20 && !HEADER_FIRST.has(c | 0x20) : !mayOpenHeader(c)) return false;
  // Shorter than every header (folding only shortens a text, but for the one letter, `İ`, whose
  // lower case is two code units): `a`, `Share`, `1` on a page of millions of such lines.
  if (line.text.length < HEADER_MIN_LENGTH && line.text.indexOf("\u0130") < 0) return false;
  // A header may end in a colon ("Related Posts:", "More on:").
  const folded = foldLine(line.text).replace(/:$/u, "");
  if (line.words > 6) return AUTHOR_HEADER.test(folded);
  if (line.words > 4) return SITE_HEADER.test(folded) || AUTHOR_HEADER.test(folded);
  return LIST_HEADERS.has(folded) || MORE_HEADER.test(folded) || SITE_HEADER.test(folded) || AUTHOR_HEADER.test(folded);
}

/** Words a list header may have: {@link AUTHOR_HEADER}'s (`Latest posts by Jane A. Doe (see all)`). */
const MAX_HEADER_WORDS = 9;

/**
 * An author box's list of the author's other posts: `Latest posts by Jane Doe (see all)`, `Recent
 * posts by …`, `More articles by …`, `More stories from …`. Its rows often carry their date after
 * a dash (`Title - March 2, 2026`).
 */
const AUTHOR_HEADER = /^(?:latest|recent|more) (?:posts|articles|stories) (?:by|from) \p{L}[^.!?:]{0,40}?(?: \(see all\))?$/u;

/**
 * "More" and a plural or a topic: `More Stories`, `More Workflows`, `More from the desk`, `More on`.
 * Only a header: its list still needs two titles under it.
 */
const MORE_HEADER = /^more (?:\p{L}{2,}s|(?:from|on|in)(?: .*)?)$/u;

/**
 * A list header naming the site: `Trending on Harbour Gazette`, `Most read on the site`,
 * `Popular in Sport`, `Latest from the desk`, and the same with the words glued
 * (`TRENDING NOWON HARBOUR.COM`). Up to six words; its list still needs two titles under it.
 */
const SITE_HEADER = /^(?:trending|most read|most popular|most viewed|popular|latest)(?: now| stories| news)? ?(?:on|in|from|at) \S.{0,40}$/u;

/**
 * Whether a page may hold a list header ({@link isListHeader}), from classify's tally: a line
 * with the related-header signal, or a text line long enough to be one once folded (folding at
 * most doubles a text's length, for `İ`; it does not lengthen one otherwise). Without a header
 * there is no link list, and {@link findLinkLists}' pass over the lines is not needed.
 */
export function mayHoldListHeader(relatedHeaders: number, maxTextLength: number): boolean {
  return relatedHeaders > 0 || 2 * maxTextLength >= HEADER_MIN_LENGTH;
}

/**
 * Find the link lists of a page: under each related-list header, the titles that follow, among
 * lines no other article owns.
 *
 * @param lines - The page's classified lines.
 * @param state - Whether line `i` is `free`, held by another `story` of the list's kind (a dated
 *   block another layout read: the list goes on past it, and it counts as one of its items), or
 *   held by the main story (`stop`).
 * @returns The lists, in page order.
 * @example
 * ```ts
 * findLinkLists(lines, (i) => (owner[i] < 0 ? "free" : "stop")).flatMap((l) => l.items).length; // titles found
 * ```
 */
export function findLinkLists(
  lines: readonly ClassifiedLine[],
  state: (i: number) => "free" | "story" | "stop",
  stampAtEnd?: (text: string) => FoundTimestamp | null,
): LinkList[] {
  const lists: LinkList[] = [];
  for (let h = 0; h < lines.length; h++) {
    if (!isListHeader(lines[h]!) || state(h) !== "free") continue;
    // Titles and stamps in page order; a snippet is kept with the title just above it.
    const titles: number[] = [];
    const stamps = new Set<number>();
    // Titles with their own stamp glued on: never another title's stamp.
    const dated = new Map<number, DatedTitle>();
    const snippets = new Map<number, number>();
    // Second printings of a title (see LinkListItem.repeatLine), by the first printing's line.
    const repeats = new Map<number, number>();
    let misses = 0;
    let others = 0;
    let afterByline = false;
    let j = h + 1;
    let lastKind: "title" | "stamp" | "snippet" | "story" | "none" = "none";
    for (const end = Math.min(lines.length, h + 1 + MAX_SPAN); j < end; j++) {
      const l = lines[j]!;
      if (l.cls === "blank") continue;
      const st = state(j);
      // Whether the line before this one was an item's byline (read at the end of this step).
      const wasByline = afterByline;
      afterByline = false;
      if (st === "stop") break;
      // A header inside a list ("Read more" under each title, a second list right after the
      // first) neither ends it nor counts against it: both lists' titles are related stories.
      if (isListHeader(l)) continue;
      // (A cookie banner's one- or two-word button, `Analytics`, is also a list's category label: not an end.)
      if (l.cls === "boilerplate" && CLOSING_KINDS.has(l.rule?.kind ?? "") && !(l.rule?.kind === "cookie" && l.words <= 2)) break;
      // The legal footer's links, left as text (`Terms of Use`, `Privacy Policy`): the list area is over.
      if (l.cls === "text" && l.words <= 6 && LEGAL_LINK.test(l.text)) break;
      // Share buttons, ad labels and bylines a list prints with each item: furniture, not misses.
      if (l.cls === "boilerplate" && FURNITURE_KINDS.has(l.rule?.kind ?? "")) {
        afterByline = l.rule?.kind === "byline" && (lastKind === "title" || lastKind === "snippet");
        continue;
      }
      if (st === "story") {
        // Another layout's story inside the list: step over it (once per story, not per line).
        if (lastKind !== "story") others++;
        lastKind = "story";
        misses = 0;
        continue;
      }
      if (l.cls === "source-timestamp" && l.tsStart > 0 && l.timestamp && titleBeforeStamp(textBeforeStamp(l.text, l.tsStart), separatedStamp(l.text, l.tsStart))) {
        // A title with its date glued on (`Ferry fares to rise in spring 4 March 2024`): its own stamp.
        titles.push(j);
        dated.set(j, { timestamp: l.timestamp, start: l.tsStart });
        lastKind = "title";
        misses = 0;
      } else if (l.cls === "timestamp" || l.cls === "source-timestamp") {
        // A stamp alone, or a category or source glued to it (`Transport March 2, 2025`): the
        // stamp line of the title beside it (the category is list furniture, not a source).
        if (l.cls === "source-timestamp" || l.timestamp?.raw === l.text) stamps.add(j);
        lastKind = "stamp";
        misses = 0;
      } else if (listFurniture(l) || tagRow(l) || (wasByline && shortTagRow(l))) {
        // (A short tag row counts only right under an item's byline, where no title stands:
        // `Harbour life, ferries`.)
        // Neither a title nor a miss; a snippet after it still belongs to the title above.
        continue;
      } else if (secondPrinting(lines, titles, snippets, repeats, j)) {
        // The title above printed again (the picture's link, then the heading): the same item,
        // and a snippet under it is that item's.
        repeats.set(titles[titles.length - 1]!, j);
        lastKind = "title";
        misses = 0;
      } else if (titleLine(l) || (titleShape(l) && !gluedMenu(l.text) && !capsLabel(l) && (snippetFollows(lines, j + 1, end) || bylineFollows(lines, j + 1, end))) || longDatedTitle(l, stampAtEnd)) {
        titles.push(j);
        // The classifier leaves a long title with a date at its end as text: read the date here.
        const found = stampAtEnd && endsInDigit(l.text) ? stampAtEnd(l.text) : null;
        if (found && found.after === "" && titleBeforeStamp(textBeforeStamp(l.text, found.start), separatedStamp(l.text, found.start))) dated.set(j, { timestamp: found.timestamp, start: found.start });
        else if (l.text.charCodeAt(1) === 0x3a || l.text.charCodeAt(2) === 0x3a) {
          // A clock time opening the title (`14:34Ferry fares …`): its stamp.
          const clock = leadingClock(l.text);
          if (clock) dated.set(j, clock);
        }
        lastKind = "title";
        misses = 0;
      } else if ((lastKind === "title" || lastKind === "snippet") && itemByline(l)) {
        // The linked story's author or tags: furniture of the item above (a capitalised title
        // with a snippet under it was taken just above).
        afterByline = true;
        continue;

      } else if (lastKind === "title" && snippetLine(l)) {
        snippets.set(titles[titles.length - 1]!, j);
        lastKind = "snippet";
        misses = 0;
      } else {
        lastKind = "none";
        if (l.cls === "text" && l.words > MAX_SNIPPET_WORDS) break; // a paragraph: the list is over
        if (++misses >= MAX_MISSES) break;
      }
    }
    if (titles.length === 0 || titles.length + others < MIN_ITEMS) continue;
    const items = withStamps(lines, titles, stamps, snippets, dated);
    for (const item of items) {
      const again = repeats.get(item.titleLine);
      if (again !== undefined) item.repeatLine = again;
    }
    lists.push({ header: h, items });
    h = Math.max(h, titles[titles.length - 1]!);
  }
  return lists;
}

/** Lines a title's second printing may follow it by (a section label between the two, blanks aside). */
const REPEAT_REACH = 4;

/**
 * Whether line `j` prints the last title again (same text, spacing aside) within
 * {@link REPEAT_REACH} lines, before that title has a snippet or a second printing of its own.
 */
function secondPrinting(lines: readonly ClassifiedLine[], titles: readonly number[], snippets: ReadonlyMap<number, number>, repeats: ReadonlyMap<number, number>, j: number): boolean {
  const t = titles[titles.length - 1];
  if (t === undefined || j - t > REPEAT_REACH || snippets.has(t) || repeats.has(t)) return false;
  const a = lines[t]!.text;
  const b = lines[j]!.text;
  if (a.length === 0 || Math.abs(a.length - b.length) > 4) return false;
  return a.replace(/\s+/gu, " ").trim() === b.replace(/\s+/gu, " ").trim();
}

/**
 * A title longer than {@link MAX_TITLE_WORDS} words that a separator and a date close (`What to
 * pack for a week on the islands: a complete guide for first-timers (and everyone else) - December
 * 8, 2025`): a row of a "latest posts" box, not a snippet (a snippet does not end in a date).
 */
function longDatedTitle(l: ClassifiedLine, stampAtEnd: ((text: string) => FoundTimestamp | null) | undefined): boolean {
  if (stampAtEnd === undefined || l.cls !== "text" || l.words <= MAX_TITLE_WORDS || l.words > MAX_DATED_TITLE_WORDS + 4 || !endsInDigit(l.text)) return false;
  const found = stampAtEnd(l.text);
  return found !== null && found.after === "" && separatedStamp(l.text, found.start) && titleBeforeStamp(textBeforeStamp(l.text, found.start), true);
}

/** Whether the next line from `from` that is not blank, a stamp or {@link listFurniture} is a snippet. */
function snippetFollows(lines: readonly ClassifiedLine[], from: number, end: number): boolean {
  for (let k = from; k < end && k < from + 4; k++) {
    const l = lines[k]!;
    if (l.cls === "blank" || l.cls === "timestamp" || listFurniture(l)) continue;
    return snippetLine(l);
  }
  return false;
}

/**
 * Whether an author's name follows the line at `from` (blanks skipped), and what follows the name
 * is not another name: a capitalised title over its author (`Spring Planting Notes` / `Jane Doe`)
 * is a list item, while a list of names is a staff box.
 */
function bylineFollows(lines: readonly ClassifiedLine[], from: number, end: number): boolean {
  const k = nextNonBlank(lines as ClassifiedLine[], from);
  if (k >= end || !itemByline(lines[k]!)) return false;
  const after = nextNonBlank(lines as ClassifiedLine[], k + 1);
  return after >= end || !itemByline(lines[after]!);
}

/** Attach each title's stamp from the side (before or after) most titles of the list have one. */
function withStamps(lines: readonly ClassifiedLine[], titles: number[], stamps: Set<number>, snippets: Map<number, number>, dated: Map<number, DatedTitle>): LinkListItem[] {
  const after = (t: number) => {
    const k = nextNonBlank(lines as ClassifiedLine[], (snippets.get(t) ?? t) + 1);
    return stamps.has(k) ? k : -1;
  };
  const before = (t: number) => {
    let k = t - 1;
    while (k >= 0 && lines[k]!.cls === "blank") k--;
    return stamps.has(k) ? k : -1;
  };
  const nAfter = titles.filter((t) => after(t) >= 0).length;
  const nBefore = titles.filter((t) => before(t) >= 0).length;
  const side = nAfter >= nBefore ? after : before;
  const used = new Set<number>();
  return titles.map((t) => {
    const own = dated.get(t);
    if (own) return { titleLine: t, stampLine: -1, snippetLine: snippets.get(t) ?? -1, dated: own };
    let stampLine = nAfter + nBefore > 0 ? side(t) : -1;
    if (used.has(stampLine)) stampLine = -1;
    if (stampLine >= 0) used.add(stampLine);
    return { titleLine: t, stampLine, snippetLine: snippets.get(t) ?? -1 };
  });
}

/**
 * The article of one link-list item: its title, the stamp beside it, the snippet as its one
 * paragraph (none when the page prints only the title).
 *
 * @param lines - The page's classified lines.
 * @param item - The item.
 * @param role - `related` under a page's main story, `item` on a page without one.
 * @param header - The list's header line, when this item records it (the first item of a list
 *   whose header no rule removed), or -1.
 * @param input - The page's input, for the header's removed record.
 * @returns The draft.
 * @example
 * ```ts
 * linkListDraft(lines, { titleLine: 4, stampLine: 5, snippetLine: -1 }, "related", 3, input).removed[0]?.ruleId; // "structure/list-header"
 * ```
 */
export function linkListDraft(lines: readonly ClassifiedLine[], item: LinkListItem, role: "related" | "item", header = -1, input = ""): ArticleDraft {
  const title = lines[item.titleLine]!;
  // A dated title is its own stamp line: the title is the text before the stamp (after a leading clock).
  const titleText = item.dated ? (item.dated.titleFrom !== undefined ? title.text.slice(item.dated.titleFrom) : textBeforeStamp(title.text, item.dated.start)) : title.text;
  const stampLine = item.stampLine >= 0 ? lines[item.stampLine]! : null;
  // A category glued to the stamp line under the title (`Transport March 2, 2025`) is kept as one.
  const category = stampLine && stampLine.cls === "source-timestamp" && stampLine.tsStart > 0 ? stampLine.text.slice(0, stampLine.tsStart).trim() : "";
  const repeat = item.repeatLine ?? -1;
  const owned = [header, item.titleLine, item.stampLine, item.snippetLine, repeat].filter((i) => i >= 0);
  const first = Math.min(...owned);
  const last = Math.max(...owned);
  return {
    role,
    title: titleText,
    truncated: TRUNCATED.test(titleText),
    source: null,
    timestamp: item.dated ? item.dated.timestamp : stampLine ? stampLine.timestamp : null,
    kicker: null,
    paragraphs: item.snippetLine >= 0 ? [lines[item.snippetLine]!.text] : [],
    captions: [],
    hashtags: [],
    categories: category !== "" ? [category] : [],
    removed: [
      ...(header >= 0 ? [lineRemoved(lines[header]!, input, "related", "structure/list-header")] : []),
      ...(repeat >= 0 ? [lineRemoved(lines[repeat]!, input, "repeated-title", "structure/repeated-title")] : []),
    ],
    start: lines[first]!.textStart,
    end: lineEnd(lines[last]!),
  };
}
