/**
 * Draft candidate annotations for the real-layout set (test/layouts/annotations.json).
 *
 *     npx tsx scripts/draft-layout-annotations.ts > /tmp/draft.json
 *
 * This only drafts: every entry it prints was then checked by reading the page and corrected by
 * hand before it went into the committed file (see the `method` note there). It never writes into
 * the repository, and what it prints holds facts about a page (a title, a stamp as printed, the
 * first words of a body, short boilerplate strings), never page text beyond that.
 *
 * How a draft is made, per page:
 * - the main story's title is the page line closest to the benchmark's title (WCXB) or to the
 *   words of the URL slug (ScrapingHub, whose truth has no title);
 * - its body start is the first words of the benchmark's article body;
 * - its stamp is the first timestamp (findTimestamp) printed above the body start, preferring one
 *   that resolves to the benchmark's publication date;
 * - related stories are title-like lines after a related/more-from header, with a stamp when the
 *   line beside them is one;
 * - boilerplate strings are WCXB's `without` snippets (at least two words, absent from the body),
 *   and for ScrapingHub, short chrome lines after the body that no body holds.
 */

import { readFileSync } from "node:fs";
import path from "node:path";
import { findTimestamp, scanTimestampLine } from "../src/time/find-timestamp.js";
import { detectLanguage } from "../src/features/stopwords/index.js";
import { wordTokens } from "../src/features/tokens.js";

const ROOT = "../shared/corpus";
const REF = "2026-01-01T00:00:00Z";

interface Truth {
  articleBody: string;
  url: string;
  title?: string | null;
  publishDate?: string | null;
  without?: string[];
}

const RELATED_HEADER =
  /^(?:related(?: (?:articles?|stories|posts|news|content|reading|coverage|links))?|more (?:from|on|in|about|stories|news|like this)\b.{0,40}|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|read (?:more|next|also)|recommended(?: for you| stories| articles)?|latest(?: news| stories| articles| posts)?|most (?:popular|read|viewed)|popular (?:posts|stories|articles|now)|trending(?: now| stories)?|top stories|what to read next|also read|see also|further reading|recent posts|editor'?s? picks|leia também|veja também|mais lidas|читайте также|похожие (?:статьи|новости)|lesen sie auch|mehr zum thema|baca juga|berita terkait|leggi anche|관련 ?기사|多く読まれている記事|à lire aussi|lire aussi)\s*:?$/iu;

const CHROME_LINE =
  /^(?:share(?: this)?(?: on \w+)?|tweet|email|print|sign up|subscribe(?: now)?|follow us(?: on \w+)?|advertisement|comments?|leave a (?:reply|comment)|read more|load more|sign in|log in|newsletter|cookie|accept|privacy policy|terms of (?:use|service)|all rights reserved|copyright)\b.{0,50}$/iu;

function norm(s: string): string {
  return s.normalize("NFKC").replace(/\s+/gu, " ").trim().toLowerCase();
}

function words(s: string): string[] {
  return wordTokens(s.toLowerCase()).filter((w) => w.length > 2);
}

function overlap(a: string[], b: Set<string>): number {
  if (a.length === 0) return 0;
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n / Math.max(a.length, b.size);
}

function firstWords(text: string, n: number): string {
  const para = text.split(/\n/u).find((l) => l.trim().length > 0) ?? "";
  return para.trim().split(/\s+/u).slice(0, n).join(" ");
}

function titleLike(line: string): boolean {
  const w = line.split(/\s+/u).length;
  if (line.length < 20 || line.length > 150 || w < 4 || w > 18) return false;
  if (/[.:…]$|https?:|www\./u.test(line) || CHROME_LINE.test(line)) return false;
  // A stamp line ("Updated on: November 19, 2019 / 10:07 AM") is not a title.
  const f = findTimestamp(line, { referenceTime: REF });
  return !(f && f.before.length < 8) && !scanTimestampLine(line, { referenceTime: REF }).whole;
}

interface Draft {
  role: "main" | "related" | "item";
  title: string;
  source: string | null;
  stamp: string | null;
  bodyStart: string | null;
}

function draftPage(corpus: string, id: string, truth: Truth) {
  const text = readFileSync(path.join(ROOT, corpus, `${id}.txt`), "utf8");
  const lines = text.split("\n").map((l) => l.trim());
  const bodyStart = firstWords(truth.articleBody, 6);
  const bodyLine = lines.findIndex((l) => norm(l).startsWith(norm(bodyStart)));

  // Title: the line closest to the truth title or the URL slug, above the body when the body is found.
  const slug = truth.title ?? decodeURIComponent(new URL(truth.url).pathname).replace(/[-_/.]+/gu, " ");
  const target = new Set(words(slug));
  let best = -1;
  let bestScore = 0;
  const limit = bodyLine >= 0 ? bodyLine : lines.length;
  for (let i = 0; i < limit; i++) {
    const l = lines[i] ?? "";
    if (l.length < 8 || l.length > 250) continue;
    const s = truth.title && norm(l) === norm(truth.title) ? 2 : overlap(words(l), target);
    if (s > bestScore) {
      bestScore = s;
      best = i;
    }
  }
  const title = best >= 0 ? lines[best]! : (truth.title ?? "");

  // Stamp: between the title and the body start (or near the top).
  let stamp: string | null = null;
  const from = Math.max(0, best - 6);
  const to = bodyLine >= 0 ? bodyLine : Math.min(lines.length, best + 20);
  for (let i = from; i < to && stamp === null; i++) {
    const l = lines[i] ?? "";
    if (l.length > 160) continue;
    const f = findTimestamp(l, { referenceTime: REF });
    const whole = f ? null : scanTimestampLine(l, { referenceTime: REF }).whole;
    const ts = f?.timestamp ?? whole;
    if (!ts || ts.kind !== "absolute") continue;
    if (truth.publishDate && ts.iso && !ts.iso.startsWith(truth.publishDate)) continue;
    stamp = ts.raw;
  }

  const source = /^[^.]{0,60}\((AP|Reuters|AFP|CNN|UPI|dpa|Bloomberg)\)/u.exec(truth.articleBody)?.[1] ?? null;
  const articles: Draft[] = [{ role: "main", title, source, stamp, bodyStart }];

  // Related: title-like lines after a related header.
  const bodyNorm = norm(truth.articleBody);
  for (let i = 0; i < lines.length; i++) {
    if (!RELATED_HEADER.test(lines[i] ?? "")) continue;
    let taken = 0;
    for (let j = i + 1; j < lines.length && j < i + 40 && taken < 4; j++) {
      let l = lines[j] ?? "";
      if (RELATED_HEADER.test(l)) break;
      // A clock time glued before a title ("14:48Title") is the item's stamp.
      const glued = /^(\d{1,2}:\d{2})(?=\p{Lu})/u.exec(l);
      if (glued) l = l.slice(glued[1]!.length);
      if (!titleLike(l) || bodyNorm.includes(norm(l)) || norm(l) === norm(title)) continue;
      if (articles.some((a) => norm(a.title) === norm(l))) continue;
      const near = [lines[j - 1], lines[j + 1]].map((x) => (x && x.length < 60 ? scanTimestampLine(x, { referenceTime: REF }).whole : null));
      const ts = near.find((x) => x) ?? null;
      articles.push({ role: "related", title: l, source: null, stamp: glued ? glued[1]! : (ts?.raw ?? null), bodyStart: null });
      taken++;
    }
  }

  const boilerplate = (truth.without ?? [])
    .filter((s) => s.split(/\s+/u).length >= 2 && s.length >= 12 && s.length <= 80)
    .filter((s) => !bodyNorm.includes(norm(s)) && norm(text).includes(norm(s)))
    .slice(0, 5);
  if (corpus === "scrapinghub-dev") {
    for (const l of lines) {
      if (boilerplate.length >= 4) break;
      if (l.length >= 12 && l.length <= 60 && CHROME_LINE.test(l) && !bodyNorm.includes(norm(l)) && !boilerplate.includes(l)) boilerplate.push(l);
    }
  }
  const lang = detectLanguage(wordTokens(truth.articleBody.slice(0, 2000)));
  return { site: new URL(truth.url).hostname.replace(/^www\./u, ""), lang, url: truth.url, articles, boilerplate, bodyLineFound: bodyLine >= 0, titleScore: bestScore };
}

const out: Record<string, unknown> = {};
for (const corpus of ["scrapinghub-dev", "wcxb-dev"]) {
  const truth = JSON.parse(readFileSync(path.join(ROOT, corpus, "truth.json"), "utf8")) as Record<string, Truth>;
  for (const [id, t] of Object.entries(truth)) out[`${corpus}/${id}.txt`] = draftPage(corpus, id, t);
}
console.log(JSON.stringify(out, null, 1));
