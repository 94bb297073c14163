/**
 * Scoring of multi-article layouts against hand-checked annotations of real pages
 * (test/layouts/annotations.json): is each annotated article found (an output article with the same
 * title), are its fields right (role, source, stamp, body start), and does any annotated boilerplate
 * string end up in an article body (a leak)?
 *
 * Pure: pages come in as strings and the parser as a function, so the floor test and the
 * `npm run eval -- --layouts` script share it. Nothing here is fitted on the annotations; the
 * site-grouped folds ({@link foldOf}) exist so a fitted layout model can be judged by the same
 * split, and so the spread between folds is visible next to the pooled figures.
 */

import type { Article } from "../model/article.js";

/** The fields scored on a found article. */
export const LAYOUT_FIELDS = ["role", "source", "stamp", "bodyStart"] as const;

/** One of {@link LAYOUT_FIELDS}. */
export type LayoutField = (typeof LAYOUT_FIELDS)[number];

/**
 * One annotated article of a page: facts recorded by hand, not page text.
 *
 * @example
 * ```ts
 * const a: AnnotatedArticle = { role: "related", title: "Bridge reopens", source: null, stamp: "2 hours ago", bodyStart: null };
 * ```
 */
export interface AnnotatedArticle {
  /** `main`, `related` or `item`. */
  role: Article["role"];
  /** The title as the page prints it. */
  title: string;
  /** The source the page names for it (a publisher, a wire service), or `null`. */
  source: string | null;
  /** The stamp as printed beside it, or `null` when none is printed. */
  stamp: string | null;
  /** The first words of its body, or `null` when the body is not scored (title-only entries). */
  bodyStart: string | null;
}

/**
 * The annotations of one page.
 *
 * @example
 * ```ts
 * const page: AnnotatedPage = { site: "example.org", lang: "en", articles: [], boilerplate: ["Share this story"] };
 * ```
 */
export interface AnnotatedPage {
  /** The site (host name), the unit of cross-validation. */
  site: string;
  /** The page's language code. */
  lang: string;
  /** The articles on the page, main story first. */
  articles: AnnotatedArticle[];
  /** Short boilerplate strings that must not appear in any article body. */
  boilerplate: string[];
}

/** The score of one annotated article. */
export interface ArticleScore {
  /** The annotation. */
  annotated: AnnotatedArticle;
  /** Whether an output article with the same title was found. */
  found: boolean;
  /** For a found article, whether each scored field is right (`bodyStart` only when annotated). */
  fields: Partial<Record<LayoutField, boolean>>;
  /** What the parser gave for the fields, for the report (found articles only). */
  got?: { role: string; source: string | null; stamp: string | null; bodyStart: string };
}

/** The score of one page. */
export interface PageLayoutScore {
  /** The page key (`<corpus>/<file>`). */
  id: string;
  /** The page's site. */
  site: string;
  /** The page's language. */
  lang: string;
  /** One score per annotated article. */
  articles: ArticleScore[];
  /** The boilerplate strings found in some article body. */
  leaks: string[];
  /** Output articles that match no annotation. */
  extra: number;
  /** The parser's error message, when it threw. */
  error?: string;
}

/** Totals over a set of pages. */
export interface LayoutTotals {
  /** Pages scored. */
  pages: number;
  /** Sites scored. */
  sites: number;
  /** Annotated articles. */
  articles: number;
  /** Annotated articles found. */
  found: number;
  /** Right / scored per field, over found articles. */
  fields: Record<LayoutField, { right: number; scored: number }>;
  /** Leaked boilerplate strings. */
  leaks: number;
  /** Output articles that match no annotation. */
  extra: number;
}

/**
 * Fold text for comparison: Unicode compatibility form, lower case, one kind of quote and dash,
 * collapsed spaces, no trailing punctuation. Titles differ in just these ways between a page's
 * heading and what the parser cleans it to.
 *
 * @param text - Any text.
 * @returns The folded text.
 * @example
 * ```ts
 * foldForCompare("  ‘Hello’ — World. "); // "'hello' - world"
 * ```
 */
export function foldForCompare(text: string): string {
  const folded = text
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[‘’‚‛`´]/gu, "'")
    .replace(/[“”„‟«»]/gu, '"')
    .replace(/[‐‑‒–—―]/gu, "-")
    .replace(/\s+/gu, " ")
    .trim();
  // Trailing punctuation is cut by a backward walk: an end-anchored pattern would be retried at every position.
  let end = folded.length;
  while (end > 0 && TRAILING.has(folded[end - 1]!)) end--;
  return folded.slice(0, end);
}

const TRAILING = new Set([" ", ".", ":", ";", ",", "!", "?", "…"]);

/**
 * Whether an output title matches an annotated one: equal once folded, or one holds the other and
 * covers at least 60% of it (a kicker glued to the front, a site suffix cut off).
 *
 * @param got - The parser's title.
 * @param want - The annotated title.
 * @returns `true` when they name the same article.
 * @example
 * ```ts
 * titlesMatch("EXCLUSIVE - Bridge reopens after repairs", "Bridge reopens after repairs"); // true
 * ```
 */
export function titlesMatch(got: string, want: string): boolean {
  const a = foldForCompare(got);
  const b = foldForCompare(want);
  if (a.length === 0 || b.length === 0) return false;
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.includes(short) && short.length >= 0.6 * long.length;
}

function sameOrBothNull(got: string | null, want: string | null): boolean {
  if (want === null || got === null) return want === got;
  const a = foldForCompare(got);
  const b = foldForCompare(want);
  return a === b || (b.length > 0 && a.includes(b)) || (a.length > 0 && b.includes(a));
}

/** How far into the body the annotated first words may start (a leftover dateline or kicker is not wrong). */
const BODY_START_WINDOW = 200;

/**
 * Score one page's output against its annotations.
 *
 * @param id - The page key.
 * @param page - Its annotations.
 * @param output - The parser's articles, or an error message when it threw.
 * @returns The page's score.
 * @example
 * ```ts
 * const page = { site: "s", lang: "en", boilerplate: [], articles: [{ role: "main", title: "T", source: null, stamp: null, bodyStart: "The" }] };
 * scoreLayoutPage("p", page, []).articles[0]?.found; // false
 * ```
 */
export function scoreLayoutPage(id: string, page: AnnotatedPage, output: readonly Article[] | { error: string }): PageLayoutScore {
  const base = { id, site: page.site, lang: page.lang };
  if (!Array.isArray(output)) {
    const error = (output as { error: string }).error;
    return { ...base, articles: page.articles.map((annotated) => ({ annotated, found: false, fields: {} })), leaks: [], extra: 0, error };
  }
  const articles = output as readonly Article[];
  const used = new Set<number>();
  const scores: ArticleScore[] = page.articles.map((annotated) => {
    // The main story is found only as the output's main story: a related or listed copy of its
    // title (pages often list their own story) is not the story found. Other articles prefer an
    // unused output article of the same role, then any unused one but the main story, so a
    // related title the parser took for the page's story is not counted as found either.
    const main = annotated.role === "main";
    let index = articles.findIndex((a, i) => !used.has(i) && a.role === annotated.role && titlesMatch(a.title, annotated.title));
    if (index < 0 && !main) index = articles.findIndex((a, i) => !used.has(i) && a.role !== "main" && titlesMatch(a.title, annotated.title));
    if (index < 0) return { annotated, found: false, fields: {} };
    used.add(index);
    const got = articles[index]!;
    const stamp = got.timestamp?.raw ?? null;
    const fields: Partial<Record<LayoutField, boolean>> = {
      role: got.role === annotated.role,
      source: sameOrBothNull(got.source, annotated.source),
      stamp: sameOrBothNull(stamp, annotated.stamp),
    };
    if (annotated.bodyStart !== null) {
      fields.bodyStart = foldForCompare(got.body.slice(0, BODY_START_WINDOW + annotated.bodyStart.length)).includes(foldForCompare(annotated.bodyStart));
    }
    return { annotated, found: true, fields, got: { role: got.role, source: got.source, stamp, bodyStart: got.body.slice(0, 60) } };
  });
  const bodies = articles.map((a) => foldForCompare(a.body));
  const leaks = page.boilerplate.filter((b) => {
    const needle = foldForCompare(b);
    return needle.length > 0 && bodies.some((body) => body.includes(needle));
  });
  return { ...base, articles: scores, leaks, extra: articles.length - used.size };
}

/**
 * Add up page scores.
 *
 * @param pages - Page scores.
 * @returns The totals.
 * @example
 * ```ts
 * totalLayoutScores([]).found; // 0
 * ```
 */
export function totalLayoutScores(pages: readonly PageLayoutScore[]): LayoutTotals {
  const fields = Object.fromEntries(LAYOUT_FIELDS.map((f) => [f, { right: 0, scored: 0 }])) as LayoutTotals["fields"];
  let articles = 0;
  let found = 0;
  let leaks = 0;
  let extra = 0;
  for (const page of pages) {
    leaks += page.leaks.length;
    extra += page.extra;
    for (const a of page.articles) {
      articles++;
      if (!a.found) continue;
      found++;
      for (const f of LAYOUT_FIELDS) {
        const right = a.fields[f];
        if (right === undefined) continue;
        fields[f].scored++;
        if (right) fields[f].right++;
      }
    }
  }
  return { pages: pages.length, sites: new Set(pages.map((p) => p.site)).size, articles, found, fields, leaks, extra };
}

/**
 * The share of field checks that are right, over all fields.
 *
 * @param totals - Totals from {@link totalLayoutScores}.
 * @returns A number in [0, 1] (1 when nothing was scored).
 * @example
 * ```ts
 * fieldsRight(totalLayoutScores([])); // 1
 * ```
 */
export function fieldsRight(totals: LayoutTotals): number {
  let right = 0;
  let scored = 0;
  for (const f of LAYOUT_FIELDS) {
    right += totals.fields[f].right;
    scored += totals.fields[f].scored;
  }
  return scored === 0 ? 1 : right / scored;
}

/**
 * The fold of a site in a k-fold site-grouped split: a stable hash of the site name, so every page
 * of a site lands in the same fold and the split does not depend on the order pages are read in.
 *
 * @param site - The site name.
 * @param folds - The number of folds.
 * @returns A fold index in [0, folds).
 * @example
 * ```ts
 * foldOf("example.org", 5) === foldOf("example.org", 5); // true
 * ```
 */
export function foldOf(site: string, folds: number): number {
  let h = 2166136261;
  for (let i = 0; i < site.length; i++) {
    h ^= site.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) % folds;
}

function pct(n: number, d: number): string {
  return d === 0 ? "  -  " : `${((100 * n) / d).toFixed(1)}%`;
}

function totalsLine(label: string, t: LayoutTotals): string {
  const per = LAYOUT_FIELDS.map((f) => `${f} ${pct(t.fields[f].right, t.fields[f].scored)}`).join("  ");
  return `${label}: found ${pct(t.found, t.articles)} (${t.found}/${t.articles})  fields ${(100 * fieldsRight(t)).toFixed(1)}% [${per}]  leaks ${t.leaks} (${(t.pages === 0 ? 0 : (10 * t.leaks) / t.pages).toFixed(2)} per 10 pages)  extra ${t.extra}  (${t.pages} pages, ${t.sites} sites)`;
}

/**
 * Format a layout evaluation: the worst pages with what went wrong, per-fold totals of a
 * site-grouped split, and the pooled totals on the last line.
 *
 * @param pages - Page scores.
 * @param options - `worst`: how many pages to detail; `folds`: the number of site-grouped folds.
 * @returns The report text; its last line is the pooled summary.
 * @example
 * ```ts
 * formatLayoutReport([]).split("\n").at(-1)?.startsWith("layouts"); // true
 * ```
 */
export function formatLayoutReport(pages: readonly PageLayoutScore[], options: { worst?: number; folds?: number } = {}): string {
  const worst = options.worst ?? 10;
  const folds = options.folds ?? 5;
  const out: string[] = [];
  const misses = (p: PageLayoutScore) =>
    p.articles.filter((a) => !a.found).length + p.articles.reduce((n, a) => n + Object.values(a.fields).filter((v) => v === false).length, 0) + p.leaks.length;
  const ranked = [...pages].sort((a, b) => misses(b) - misses(a) || a.id.localeCompare(b.id));
  if (worst > 0) out.push(`worst ${Math.min(worst, ranked.length)} pages:`);
  for (const p of ranked.slice(0, worst)) {
    if (misses(p) === 0) break;
    out.push(`  ${p.id} (${p.site}, ${p.lang})${p.error ? ` error: ${p.error}` : ""}`);
    for (const a of p.articles) {
      if (!a.found) out.push(`    missed ${a.annotated.role}: ${a.annotated.title.slice(0, 70)}`);
      else {
        const wrong = LAYOUT_FIELDS.filter((f) => a.fields[f] === false);
        if (wrong.length > 0) {
          const detail = wrong.map((f) => (f === "bodyStart" ? `bodyStart got "${a.got?.bodyStart ?? ""}"` : `${f} got ${JSON.stringify(a.got?.[f] ?? null)} want ${JSON.stringify(a.annotated[f])}`));
          out.push(`    ${a.annotated.title.slice(0, 50)}: ${detail.join("; ")}`);
        }
      }
    }
    for (const l of p.leaks) out.push(`    leak: ${l}`);
  }
  const bySite = new Map<string, PageLayoutScore[]>();
  for (const p of pages) bySite.set(p.site, [...(bySite.get(p.site) ?? []), p]);
  const lowSites = [...bySite.entries()]
    .map(([site, ps]) => ({ site, t: totalLayoutScores(ps) }))
    .filter(({ t }) => t.found < t.articles || t.leaks > 0)
    .sort((a, b) => a.t.found / a.t.articles - b.t.found / b.t.articles || a.site.localeCompare(b.site));
  out.push(`sites below 100% found or with leaks: ${lowSites.length} of ${bySite.size}`);
  for (const { site, t } of lowSites.slice(0, worst)) out.push(`  ${site}: found ${t.found}/${t.articles}, fields ${(100 * fieldsRight(t)).toFixed(1)}%, leaks ${t.leaks}`);
  out.push(`site-grouped folds (nothing is fitted on these annotations, so each fold is held out by construction):`);
  for (let k = 0; k < folds; k++) out.push(totalsLine(`  fold ${k + 1}`, totalLayoutScores(pages.filter((p) => foldOf(p.site, folds) === k))));
  const byRole = new Map<string, number[]>();
  for (const p of pages) for (const a of p.articles) {
    const r = byRole.get(a.annotated.role) ?? [0, 0];
    r[1]!++;
    if (a.found) r[0]!++;
    byRole.set(a.annotated.role, r);
  }
  out.push(`found by role: ${[...byRole.entries()].map(([r, [f, n]]) => `${r} ${pct(f!, n!)} (${f}/${n})`).join("  ")}`);
  out.push(totalsLine("layouts", totalLayoutScores(pages)));
  return out.join("\n");
}
