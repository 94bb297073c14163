/**
 * The author of a personal site: the person its copyright line names (`© 2025 Jane Doe. All
 * rights reserved.`, `Copyright Jane Doe 2012-2025`, `This site is © 1998-2025 Jane Doe`). A
 * personal blog or notebook prints no byline over its posts, since every post is its owner's;
 * its footer names the owner. Read by the main-story stage only when nothing else names the
 * story's author (the head, the lines over the headline, the author boxes, the page's one
 * labelled byline).
 *
 * @module
 */
import { isInterfaceLabel, type PageView } from "./page-view.js";
import { isPersonName } from "./story-head.js";

/** A copyright mark: `©`, `(c)`, `Copyright`, `Copr.` (any case). */
const COPYRIGHT = /©|\([cC]\)|\b[Cc]opyright\b|\bCOPYRIGHT\b|\bCopr\./u;

/** What may stand between the mark and the holder: more marks, years and year ranges, `by`. */
const HOLDER_LEAD = /^(?:\s|©|\([cC]\)|[Cc]opyright|COPYRIGHT|\d{4}(?:\s*[-–—]\s*\d{4})?|[,.:]|by\b)+/u;

/** Where the holder's name ends: a sentence or list mark, a year, `All rights`, a licence. */
const HOLDER_END = /(?:[.,;|·•/]\s|[.,;|·•]$|\s\d|\s[-–—]\s|\s(?:[Aa]ll|ALL)\s|\s(?:CC|[Ll]icen[cs]ed)\b|\s[Pp]owered\b|\s[Tt]his\b)/u;

/**
 * Words that make a copyright holder an organisation, however its other words read (`Jane Doe
 * LLC`, `Doe & Co`, `East Valley College`, `Doe Dentistry`, `Roe Verlag`): company forms, and the
 * nouns of businesses, schools and institutions in the languages of the time locales. Read on the
 * whole line (`© Jane Roe House, Inc. 2023`).
 */
const ORGANISATION = /\b(?:Inc|LLC|L\.L\.C|Ltd|Limited|GmbH|AG|SA|SAS|SARL|S\.A|B\.?V|N\.?V|Pte|Pty|PLC|Corp|Corporation|Co|Company|Group|Groupe|Gruppo|Grupo|Media|Studios?|Labs?|Press|Publishing|Publications?|Agency|Agents|Partners|Associates|Foundation|Fundación|Stiftung|Institute|Institut|Instituto|University|Universität|Université|Universidad|Università|College|School|Academy|Education|Center|Centre|Clinic|Hospital|Health|Dentistry|Regents|Council|Society|Association|Church|Team|Store|Shop|House|Network|Systems|Solutions|Services|Software|Technologies|Digital|Marketing|Consulting|Realty|Bank|Insurance|Verlag|Editora|Editore|Éditions|Stock|Images|Photos?|Trust|Board|Department|Office|Ministry)\b/u;

/** A year on the copyright line: a footer's notice carries one, a photo credit (`© Jane Roe`) seldom. */
const YEAR = /\b(?:19|20)\d\d\b/u;

/** How many lines from the page's end the footer is read over. */
const FOOTER_LINES = 120;

/** The holder a copyright line names, or null (`© 2025 Jane Doe. All rights reserved.` → `Jane Doe`). */
export function copyrightHolder(text: string): string | null {
  const mark = COPYRIGHT.exec(text);
  if (mark === null) return null;
  let rest = text.slice(mark.index);
  const lead = HOLDER_LEAD.exec(rest);
  if (lead !== null) rest = rest.slice(lead[0].length);
  const end = HOLDER_END.exec(rest);
  const holder = (end === null ? rest : rest.slice(0, end.index)).trim().replace(/[.,;:]$/u, "");
  return holder === "" ? null : holder;
}

/**
 * The person a copyright line of the page's footer names (the last {@link FOOTER_LINES} lines,
 * under the body's first line: the body found may run on into the footer): the first copyright line whose holder passes the name test
 * ({@link isPersonName}), on a line that holds a year and no organisation's word
 * ({@link ORGANISATION}: `Inc`, `LLC`, `College` …), and is no interface label.
 * A copyright line whose holder is a company, a site's brand or a slogan names nobody.
 * @returns the name, or null
 */
export function siteOwner(view: PageView, bodyStart: number): string | null {
  const { lines } = view;
  for (let j = Math.max(bodyStart + 1, lines.length - FOOTER_LINES); j < lines.length; j++) {
    const l = lines[j]!;
    if (l.cls === "blank" || l.words > 24) continue;
    const holder = copyrightHolder(l.text);
    if (holder === null || !YEAR.test(l.text)) continue;
    if (ORGANISATION.test(l.text) || isInterfaceLabel(holder) || !isPersonName(view, holder)) continue;
    return holder;
  }
  return null;
}

/** Words of a site's header that name no person (`Mobile Menu Button`, `Jane Doe Blog`). */
const HEADER_CHROME = /\b(?:Menu|Button|Icon|Mobile|Toggle|Logo|Nav|Navigation|Blog|Blogs|Home)\b/u;

/** How many lines over the headline a personal site's header (its owner's name, a short menu) spans. */
const OWNER_HEADER_LINES = 8;

/**
 * The person a personal site's header names: the page's first line, when it is a person's name
 * ({@link isPersonName}; no organisation's word, no header chrome such as `Menu` or `Blog`, no
 * interface label) within
 * {@link OWNER_HEADER_LINES} lines over the story's headline (`Jane Doe` / `Home Blog` /
 * headline: a blog's header, not a portal's menu).
 * @returns the name, or null
 */
export function headerOwner(view: PageView, titleLine: number): string | null {
  const first = headerOwnerLine(view, titleLine);
  return first < 0 ? null : view.lines[first]!.text.trim();
}

/**
 * The line of a personal site's header that names its owner (see {@link headerOwner}), for a
 * headline at `titleLine` or anything else under the header: the page's first line, when it is a
 * person's name within {@link OWNER_HEADER_LINES} lines over `titleLine`. The title ranker does not
 * weigh it as a headline: it names the site's author, not the story.
 * @returns the line's index, or -1
 */
export function headerOwnerLine(view: PageView, titleLine: number): number {
  const { lines } = view;
  let first = 0;
  while (first < lines.length && lines[first]!.cls === "blank") first++;
  if (first >= titleLine || titleLine - first > OWNER_HEADER_LINES || lines[first]!.cls !== "text") return -1;
  const name = lines[first]!.text.trim();
  if (name.length > 60 || ORGANISATION.test(name) || HEADER_CHROME.test(name) || isInterfaceLabel(name) || !isPersonName(view, name)) return -1;
  return first;
}

