/**
 * Measures the metadata fields on the dev corpora.
 *
 *     npx tsx scripts/metadata-eval.ts [../shared/corpus]
 *
 * - `authors`, on the wcxb-dev pages whose truth names an author: how often the main story has
 *   authors, and how often they are right (every name given appears in the truth's author string,
 *   compared case- and punctuation-blind; the truth lists names as the page prints them, e.g.
 *   `Jane Doe, Ph.D.` or `Jane Doe and John Roe`). The byline itself is found by the main-story
 *   stage; the split is this library's metadata stage, so both are reported: the byline found
 *   (it holds the truth's first name), and the authors right given that byline.
 * - `language`: the corpora have no language truth. The reference is the same stop-word reading
 *   applied to the truth's own article body (clean text), so the figure says how often the page's
 *   boilerplate, or a wrong main story, changes the answer; pages whose URL names a language by
 *   its country domain (`.fr`, `.de`, `.ru` ...) are an independent check, reported apart.
 * - `kind` and `confidence`: every page of both corpora is an article page, so the share read as
 *   `"article"` is the verdict's recall; confidence is compared with the main body's shingle F1.
 *
 * Pure reading of files; the corpus texts never leave this process.
 */
import { existsSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { scorePage } from "../src/eval/metric.js";
import { EVAL_REFERENCE_TIME } from "../src/eval/report.js";
import { DETECT_SAMPLE, LanguageTally } from "../src/features/stopwords/index.js";
import { parsePage, type PageResult } from "../src/index.js";
import { MIN_LANGUAGE_HITS } from "../src/pipeline/metadata.js";

/** The figures the script prints and the corpus test checks. */
export interface MetadataReport {
  wcxb: {
    pages: number;
    /** Pages whose truth names an author. */
    withAuthor: number;
    /** Of those, pages whose main story has a byline holding the truth's first name. */
    bylineFound: number;
    /** Of those, pages given at least one author. */
    authorsGiven: number;
    /** Of those, pages whose authors all appear in the truth's author string. */
    authorsRight: number;
    /** Of the pages with a byline found, those whose authors are right. */
    authorsRightGivenByline: number;
    /** Pages without an author in the truth that are given authors anyway. */
    authorsSpurious: number;
  };
  language: {
    /** Pages (both corpora) where both the reference and the parser give a language. */
    compared: number;
    agree: number;
    /** Pages whose country domain names one of the nine languages. */
    byDomain: number;
    agreeByDomain: number;
    /** Languages given, with counts. */
    counts: Record<string, number>;
  };
  kind: { pages: number; article: number; listing: number; other: number };
  confidence: {
    /** Pages with a main story, split at confidence 0.5: mean main-body F1 of each side. */
    high: number;
    meanF1High: number;
    low: number;
    meanF1Low: number;
    /** Probability that a page with a good main body (F1 ≥ 0.5) has a higher confidence than one without (ROC AUC). */
    auc: number;
  };
}

interface Truth {
  articleBody: string;
  author?: string | null;
  url?: string;
}

const fold = (s: string) =>
  s
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

/** The reference language of a clean text (the parser's own stop-word reading), or null. */
function referenceLanguage(text: string): string | null {
  const tally = new LanguageTally(DETECT_SAMPLE - 1);
  tally.add(text.slice(0, 20_000));
  return tally.hits() >= MIN_LANGUAGE_HITS ? tally.language() : null;
}

/** Country domains whose pages are, with few exceptions, in one of the nine languages. */
const DOMAIN_LANGUAGE: Record<string, string> = { fr: "fr", de: "de", at: "de", it: "it", ru: "ru", kr: "ko", id: "id", br: "pt", pt: "pt", uk: "en", au: "en", sa: "ar", eg: "ar", ae: "ar" };

function domainLanguage(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const tld = new URL(url).hostname.split(".").pop() ?? "";
    return DOMAIN_LANGUAGE[tld] ?? null;
  } catch {
    return null;
  }
}

function readPages(dir: string): Array<{ id: string; text: string; truth: Truth }> {
  const truth = JSON.parse(readFileSync(path.join(dir, "truth.json"), "utf8")) as Record<string, Truth>;
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .flatMap((f) => {
      const id = f.slice(0, -4);
      const t = truth[id];
      return t ? [{ id, text: readFileSync(path.join(dir, f), "utf8"), truth: t }] : [];
    });
}

function parse(text: string): PageResult | null {
  try {
    return parsePage(text, { referenceTime: EVAL_REFERENCE_TIME });
  } catch {
    return null;
  }
}

/** ROC AUC of `scores` separating `positive` from the rest (ties count half). */
function auc(scores: number[], positive: boolean[]): number {
  const pos = scores.filter((_, i) => positive[i]);
  const neg = scores.filter((_, i) => !positive[i]);
  if (pos.length === 0 || neg.length === 0) return NaN;
  let wins = 0;
  for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return wins / (pos.length * neg.length);
}

/** Measures the metadata on `<root>/wcxb-dev` and `<root>/scrapinghub-dev`. */
export function evaluateMetadata(root: string): MetadataReport {
  const wcxb = { pages: 0, withAuthor: 0, bylineFound: 0, authorsGiven: 0, authorsRight: 0, authorsRightGivenByline: 0, authorsSpurious: 0 };
  const language = { compared: 0, agree: 0, byDomain: 0, agreeByDomain: 0, counts: {} as Record<string, number> };
  const kind = { pages: 0, article: 0, listing: 0, other: 0 };
  const conf: number[] = [];
  const f1s: number[] = [];
  for (const corpus of ["wcxb-dev", "scrapinghub-dev"]) {
    const dir = path.join(root, corpus);
    if (!existsSync(path.join(dir, "truth.json"))) continue;
    for (const { text, truth } of readPages(dir)) {
      const page = parse(text);
      kind.pages++;
      if (!page) {
        kind.other++;
        continue;
      }
      kind[page.kind]++;
      const main = page.articles.find((a) => a.role === "main");
      const lang = main?.language ?? page.articles[0]?.language ?? null;
      if (lang) language.counts[lang] = (language.counts[lang] ?? 0) + 1;
      const reference = referenceLanguage(truth.articleBody);
      if (lang && reference) {
        language.compared++;
        if (lang === reference) language.agree++;
      }
      const byDomain = domainLanguage(truth.url);
      if (byDomain && lang) {
        language.byDomain++;
        if (byDomain === lang) language.agreeByDomain++;
      }
      if (main && main.confidence !== null) {
        conf.push(main.confidence);
        f1s.push(scorePage(truth.articleBody, main.body).f1);
      }
      if (corpus !== "wcxb-dev") continue;
      wcxb.pages++;
      const authors = main?.authors ?? [];
      if (!truth.author) {
        if (authors.length > 0) wcxb.authorsSpurious++;
        continue;
      }
      wcxb.withAuthor++;
      const expected = fold(truth.author);
      const firstName = fold(truth.author.split(/,| and | & /u)[0] ?? "");
      const bylineFound = main?.byline != null && firstName !== "" && fold(main.byline).includes(firstName);
      const right = authors.length > 0 && authors.every((a) => fold(a) !== "" && ` ${expected} `.includes(` ${fold(a)} `));
      if (bylineFound) wcxb.bylineFound++;
      if (authors.length > 0) wcxb.authorsGiven++;
      if (right) wcxb.authorsRight++;
      if (bylineFound && right) wcxb.authorsRightGivenByline++;
    }
  }
  const highIdx = conf.map((c, i) => (c >= 0.5 ? i : -1)).filter((i) => i >= 0);
  const lowIdx = conf.map((c, i) => (c < 0.5 ? i : -1)).filter((i) => i >= 0);
  const mean = (idx: number[]) => (idx.length ? idx.reduce((s, i) => s + f1s[i]!, 0) / idx.length : NaN);
  return {
    wcxb,
    language,
    kind,
    confidence: {
      high: highIdx.length,
      meanF1High: mean(highIdx),
      low: lowIdx.length,
      meanF1Low: mean(lowIdx),
      auc: auc(conf, f1s.map((f) => f >= 0.5)),
    },
  };
}

const pct = (a: number, b: number) => `${a}/${b} (${b ? ((100 * a) / b).toFixed(1) : "-"}%)`;

/** The report as text. */
export function formatMetadataReport(r: MetadataReport): string {
  const w = r.wcxb;
  return [
    `authors (wcxb-dev, ${w.withAuthor} of ${w.pages} pages name an author):`,
    `  byline found (holds the first name)  ${pct(w.bylineFound, w.withAuthor)}`,
    `  authors given                        ${pct(w.authorsGiven, w.withAuthor)}`,
    `  authors right (all names in truth)   ${pct(w.authorsRight, w.withAuthor)}; precision ${pct(w.authorsRight, w.authorsGiven)}`,
    `  right when the byline was found      ${pct(w.authorsRightGivenByline, w.bylineFound)}`,
    `  given on pages without an author     ${w.authorsSpurious}`,
    `language (both corpora):`,
    `  agrees with the truth body's reading ${pct(r.language.agree, r.language.compared)}`,
    `  agrees with the country domain       ${pct(r.language.agreeByDomain, r.language.byDomain)}`,
    `  given: ${Object.entries(r.language.counts).sort((a, b) => b[1] - a[1]).map(([l, n]) => `${l} ${n}`).join(", ")}`,
    `kind (all ${r.kind.pages} pages are article pages): article ${pct(r.kind.article, r.kind.pages)}, listing ${r.kind.listing}, other ${r.kind.other}`,
    `confidence vs main-body F1: >= 0.5 on ${r.confidence.high} pages (mean F1 ${r.confidence.meanF1High.toFixed(3)}), < 0.5 on ${r.confidence.low} (mean F1 ${r.confidence.meanF1Low.toFixed(3)}); AUC for F1 >= 0.5: ${r.confidence.auc.toFixed(3)}`,
  ].join("\n");
}

const invoked = process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
if (invoked) {
  const root = path.resolve(process.argv[2] ?? path.join(path.dirname(fileURLToPath(import.meta.url)), "../../shared/corpus"));
  console.log(formatMetadataReport(evaluateMetadata(root)));
}
