/**
 * Section-prefixed titles: `Business / Harbour board backs a new timetable`, `Sport / Rowing /
 * Club wins its first title`. The aggregator prints the section a story was filed under before its
 * title, with a spaced slash; the section is the story's category, not part of its title.
 */
import type { Removed } from "../../model/article.js";
import type { ArticleDraft } from "../draft.js";

/**
 * One section name and its spaced slash: one to three words, each opening with a capital (or in a
 * script without case), at most 30 characters. `24/7` or `AC/DC` have no spaces around the slash.
 */
const SECTION = /^((?:\p{Lu}|\p{Lo})[\p{L}\p{M}'’.-]*(?: (?:&|(?:\p{Lu}|\p{Lo})[\p{L}\p{M}'’.-]*)){0,2}) \/ /u;

/** At most this many sections before a title (`News / World / …`). */
const MAX_SECTIONS = 2;

/**
 * Split the section names off the front of a title.
 *
 * @param title - A title.
 * @returns The sections, the offsets of their slashes in the title, and where the title proper
 *   starts; `null` when the title opens with no section, or what is left is not a title (fewer
 *   than three words).
 * @example
 * ```ts
 * splitSectionPrefix("Business / Harbour board backs a new timetable"); // { sections: ["Business"], slashes: [9], rest: 11 }
 * ```
 */
export function splitSectionPrefix(title: string): { sections: string[]; slashes: number[]; rest: number } | null {
  const sections: string[] = [];
  const slashes: number[] = [];
  let at = 0;
  while (sections.length < MAX_SECTIONS) {
    const m = SECTION.exec(title.slice(at));
    if (!m || m[1]!.length > 30) break;
    sections.push(m[1]!);
    slashes.push(at + m[1]!.length + 1);
    at += m[0].length;
  }
  if (sections.length === 0) return null;
  const rest = title.slice(at);
  if (rest.split(" ").filter((w) => w.length > 0).length < 3) return null;
  return { sections, slashes, rest: at };
}

/**
 * Move the sections before a draft's title to its categories, recording each slash as removed.
 * The title is found in the input inside the draft's span; when the input spells it differently
 * the title is left as it is.
 *
 * @param draft - The article.
 * @param input - The page's input.
 * @returns Nothing; the draft is updated in place.
 * @example
 * ```ts
 * takeSectionPrefix(draft, ctx.input); // draft.title "Sport / Club wins" -> "Club wins", categories ["Sport"]
 * ```
 */
export function takeSectionPrefix(draft: ArticleDraft, input: string): void {
  // Cheap test first: this is asked of every article.
  if (!draft.title.includes(" / ")) return;
  const split = splitSectionPrefix(draft.title);
  if (!split) return;
  const found = input.indexOf(draft.title, draft.start);
  if (found < 0 || (draft.end > 0 && found >= draft.end)) return;
  const removed: Removed[] = split.slashes.map((s) => ({ kind: "section-separator", ruleId: "structure/section-prefix", start: found + s, end: found + s + 1, text: "/" }));
  draft.categories = [...split.sections, ...draft.categories.filter((c) => !split.sections.includes(c))];
  draft.title = draft.title.slice(split.rest);
  draft.removed = [...draft.removed, ...removed].sort((a, b) => a.start - b.start);
}
