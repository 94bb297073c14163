/**
 * Stories a page prints twice (or more) as list entries.
 *
 * A related or listing entry is often printed twice: the picture's link text and the heading's
 * (`Ferry fares to rise` / `Ferry fares to rise` / snippet), or a whole list printed twice (a
 * mobile and a desktop rail, a "More stories" list read once as a dated digest and once as a link
 * list). Each printing would become an article of its own. Entries with the same title (case and
 * spacing aside) are one story when they do not contradict each other: at most one distinct stamp
 * and at most one distinct non-empty body; a stamp printed beside one
 * printing only (a dated rail and an undated related list) keeps them apart. The fullest printing is kept (body, then stamp, then
 * source); the others' lines are recorded as removed (`repeated-title`,
 * `structure/repeated-item`). Entries with the same title and different dates or different
 * snippets (a daily column with one name, `Morning Briefing` on each day) stay apart. The main
 * story is never merged into an entry, nor an entry into it: a page that lists its own story in a
 * rail keeps both, as before.
 */

import type { ArticleDraft } from "../draft.js";

/** The key two printings of one story share: the title, case folded and spacing collapsed. */
function titleKey(title: string): string {
  return title.replace(/\s+/gu, " ").trim().toLocaleLowerCase();
}

/** How full a printing is: a body first, then a stamp, then a source. */
function fullness(a: ArticleDraft): number {
  const body = a.paragraphs.reduce((n, p) => n + p.length, 0);
  return body * 4 + (a.timestamp ? 2 : 0) + (a.source ? 1 : 0);
}

/**
 * Whether the printings of a group can be one story: one stamp (or none) on all, at most one
 * distinct non-empty body, at most one distinct source. One pass (a page of thousands of entries
 * with one title costs a linear pass, not a quadratic one).
 */
function agree(group: readonly ArticleDraft[]): boolean {
  const stamp = group[0]!.timestamp?.raw ?? null;
  let body: string | null = null;
  let source: string | null = null;
  for (const a of group) {
    // A stamp printed beside one printing only belongs to that list (a dated rail and an undated
    // related list naming the same story): they stay apart.
    if ((a.timestamp?.raw ?? null) !== stamp) return false;
    const text = a.paragraphs.join("\n");
    if (text !== "") {
      if (body !== null && body !== text) return false;
      body = text;
    }
    if (a.source) {
      if (source !== null && source !== a.source) return false;
      source = a.source;
    }
  }
  return true;
}

/**
 * Which entries are other printings of an earlier-kept one.
 *
 * @param articles - The page's articles in page order (the main story, when there is one, first).
 * @param from - The first index that may be merged (1 when article 0 is the main story, else 0).
 * @returns For each article, the index of the article it is a printing of (its own index when it
 *   is kept). Within a group the fullest printing is kept; ties keep the first.
 * @example
 * ```ts
 * // [main, "Ferry fares" (no body), "Ferry fares" (snippet)] -> [0, 2, 2]
 * ```
 */
export function repeatedItems(articles: readonly ArticleDraft[], from: number): number[] {
  const keep = articles.map((_, i) => i);
  const groups = new Map<string, number[]>();
  for (let i = from; i < articles.length; i++) {
    const title = articles[i]!.title;
    if (title.trim() === "") continue;
    const key = titleKey(title);
    const group = groups.get(key);
    if (group) group.push(i);
    else groups.set(key, [i]);
  }
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    if (!agree(group.map((i) => articles[i]!))) continue;
    let best = group[0]!;
    for (const i of group) if (fullness(articles[i]!) > fullness(articles[best]!)) best = i;
    for (const i of group) keep[i] = best;
  }
  return keep;
}
