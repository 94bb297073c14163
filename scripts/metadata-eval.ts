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
 * With `--families`, the author misses of the pages that print their author are classified by
 * family (where the name is printed relative to the main story, and the shape of its line), with
 * page ids per family (`--show FAMILY` prints those pages' name lines, to the terminal only).
 *
 * Pure reading of files; the corpus texts never leave this process.
 */
import { existsSync, readdirSync, readFileSync, realpathSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { scorePage } from "../src/eval/metric.js";
import { EVAL_REFERENCE_TIME } from "../src/eval/report.js";
import { DETECT_SAMPLE, LanguageTally } from "../src/features/stopwords/index.js";
import { authorFound, authorNames, authorPrinted } from "../src/eval/metadata.js";
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


/** Where and how a missed author is printed (one family per page). */
export interface AuthorMiss {
  id: string;
  family: string;
  /** The lines that print a true name, with their offset from the main story's title, body start or end. */
  lines: string[];
}

// Labels a byline line may open with, in the languages of the time locales.
const MISS_LABEL = /^(?:(?:written|posted|published|words|story|text|article|reported|compiled|edited|reviewed|fact[- ]checked|medically reviewed) by|by|par|por|von|di|door|av|oleh|author|authors|autor|auteur|autore|escrito por|scritto da|geschrieben von|contributor|reporter|columnist|guest author)\b\s*[:：]?/iu;

/** The family of an author miss on a page that prints the author. */
function missFamily(text: string, truth: string, main: PageResult["articles"][number] | undefined): AuthorMiss["family"] extends string ? { family: string; lines: string[] } : never {
  const lines = text.split("\n");
  const names = authorNames(truth).map((n) => n.toLowerCase());
  const at: number[] = [];
  lines.forEach((l, i) => {
    const low = l.replace(/\s+/gu, " ").toLowerCase();
    if (names.some((n) => low.includes(n))) at.push(i);
  });
  if (!main) return { family: "no main story", lines: [] };
  const lineOf = (offset: number): number => text.slice(0, offset).split("\n").length - 1;
  const titleLine = lineOf(main.span.start);
  const first = (main.paragraphs[0] ?? "").slice(0, 30);
  const lastPara = main.paragraphs[main.paragraphs.length - 1] ?? "";
  const firstAt = first ? text.indexOf(first, main.span.start) : -1;
  const bodyStart = firstAt >= 0 ? lineOf(firstAt) : titleLine + 1;
  const lastAt = lastPara ? text.lastIndexOf(lastPara.slice(-30), main.span.end) : -1;
  const bodyEnd = lastAt >= 0 ? lineOf(lastAt) : lineOf(main.span.end);
  const where = (i: number): string =>
    i < titleLine - 3 ? (i >= bodyStart - 40 ? "above, within 40" : "far above") : i < titleLine ? "just above title" : i === titleLine ? "title line" : i < bodyStart ? "head" : i <= bodyEnd ? (i <= bodyStart + 4 ? "body opening" : "inside body") : i <= bodyEnd + 80 ? "after body" : "far after body";
  const show = at.slice(0, 6).map((i) => {
    const rel = i <= titleLine ? `t${i - titleLine}` : i < bodyStart ? `t+${i - titleLine}` : i <= bodyEnd ? `b+${i - bodyStart}` : `e+${i - bodyEnd}`;
    return `${rel.padStart(6)} ${lines[i]!.slice(0, 160)}`;
  });
  const given = main.byline !== null ? "wrong byline" : "no byline";
  // The nearest printing to the head first.
  const order = [...at].sort((a, b) => Math.abs(a - bodyStart) - Math.abs(b - bodyStart));
  const best = order.find((i) => i >= titleLine - 3 && i <= bodyStart + 4) ?? order.find((i) => i > bodyEnd && i <= bodyEnd + 80) ?? order[0];
  if (best === undefined) return { family: `${given}: name not on one line`, lines: show };
  const line = lines[best]!.trim();
  const low = line.toLowerCase();
  const name = names.find((n) => low.includes(n))!;
  const prev = lines.slice(0, best).reverse().find((l) => l.trim() !== "")?.trim() ?? "";
  const next = lines.slice(best + 1).find((l) => l.trim() !== "")?.trim() ?? "";
  let shape: string;
  if (low === name) {
    shape = MISS_LABEL.test(prev) && prev.length < 30 ? "label line, name next" : next.split(" ").length >= 8 ? "bare name, bio next" : "bare name";
  } else if (MISS_LABEL.test(line)) {
    const label = MISS_LABEL.exec(line)![0].trim().toLowerCase().replace(/[:：]$/u, "").trim();
    shape = `label "${label}"`;
  } else if (low.startsWith(name)) {
    const rest = line.slice(name.length).trim();
    shape = /^[|•·,–—-]/u.test(rest) ? `name then "${rest[0]}"` : /^\d|^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/iu.test(rest) ? "name then date" : line.split(" ").length > 14 ? "name opens a sentence" : "name then words";
  } else if (line.split(" ").length > 14) shape = "inside a sentence";
  else shape = "inside a short line";
  return { family: `${given}: ${where(best)}: ${shape}`, lines: show };
}

/** The author misses of the wcxb-dev pages that print their author, by family. */
export function authorMisses(root: string): AuthorMiss[] {
  const dir = path.join(root, "wcxb-dev");
  const out: AuthorMiss[] = [];
  for (const { id, text, truth } of readPages(dir)) {
    if (!truth.author || !authorPrinted(truth.author, text)) continue;
    const main = parse(text)?.articles.find((a) => a.role === "main");
    if (authorFound(truth.author, main?.byline ?? null)) continue;
    out.push({ id, ...missFamily(text, truth.author, main) });
  }
  return out;
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
  const args = process.argv.slice(2);
  const root = path.resolve(args.find((a) => !a.startsWith("--") && args[args.indexOf(a) - 1] !== "--show") ?? path.join(path.dirname(fileURLToPath(import.meta.url)), "../../shared/corpus"));
  if (args.includes("--families")) {
    const misses = authorMisses(root);
    const show = args.includes("--show") ? args[args.indexOf("--show") + 1] : undefined;
    const byFamily = new Map<string, AuthorMiss[]>();
    for (const m of misses) byFamily.set(m.family, [...(byFamily.get(m.family) ?? []), m]);
    console.log(`author misses on pages that print the author: ${misses.length}`);
    for (const [family, ms] of [...byFamily].sort((a, b) => b[1].length - a[1].length)) {
      console.log(`  ${String(ms.length).padStart(3)}  ${family}  [${ms.map((m) => m.id).join(" ")}]`);
      if (show !== undefined && family.includes(show)) for (const m of ms) console.log(`         ${m.id}\n${m.lines.map((l) => `           ${l}`).join("\n")}`);
    }
  } else console.log(formatMetadataReport(evaluateMetadata(root)));
}
