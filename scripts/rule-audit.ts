/**
 * Audit what the body keeps and drops at its edges, by family (rule id, exclusion, line shape).
 *
 *     npx tsx scripts/rule-audit.ts [corpus-dir ...] [--samples N] [--json out.json]
 *
 * Every page is parsed with the shipped model and the recorder on (the main-story stage hands over
 * each line's text and features). Each line is labelled story or not against the truth body, as
 * `scripts/train.ts` labels its training rows. Then:
 *
 * 1. **Removals inside the story region.** The region is the main article's span. Every non-blank
 *    line in it that is not body is given the reason it was left out: the boilerplate rule that
 *    recorded it (`rule:<id>`), a caption, a key point, the headline / byline / date (head), a text
 *    printed twice (`duplicate`), a line under the body threshold (`low-p`), or one of the
 *    structural exclusions of `selectBody` (`other`: shouting promo, menu flattened onto one line,
 *    a link under a related header). Per reason: lines, tokens, tokens that are truth, and sites.
 *    A reason whose removals are mostly truth, on several sites, is wrong for its family.
 * 2. **Leaks.** Body lines that are not truth, grouped by shape: token bucket, ending, position in
 *    the body (top / bottom / middle), and the nearest rule id recorded within three lines.
 * 3. **Cut at the edges.** Truth lines just outside the body (within 15 lines above or below it), by
 *    the reason the line was not taken (rule id, `outside` the decoded span).
 *
 * Corpus text is printed only with `--samples` (to read, never to commit).
 */

import path from "node:path";
import { parseArgs } from "node:util";
import { writeFileSync } from "node:fs";
import { parseArticles } from "../src/index.js";
import { EVAL_REFERENCE_TIME, type CorpusPage } from "../src/eval/report.js";
import { shingles, tokenize } from "../src/eval/metric.js";
import { domainOf } from "../src/eval/folds.js";
import { STORY_FEATURES } from "../src/pipeline/main-story.js";
import { lineProbabilities, SHIPPED_MODEL, withStoryModel, type StoryRecord } from "../src/pipeline/story-model.js";
import { corpusDirs, DEFAULT_CORPORA, readCorpus } from "./eval.js";
import { invokedDirectly } from "./invoked.js";

/** Token count and truth label of every line (the rule of scripts/train.ts). */
function labels(texts: readonly string[], truth: string): { lab: Uint8Array; tok: Int32Array } {
  const truthTokens = tokenize(truth);
  const joined = ` ${truthTokens.join(" ")} `;
  const truthShingles = shingles(truth);
  const lab = new Uint8Array(texts.length);
  const tok = new Int32Array(texts.length);
  texts.forEach((text, i) => {
    const t = tokenize(text);
    tok[i] = t.length;
    if (t.length === 0) return;
    if (t.length < 8) {
      lab[i] = joined.includes(` ${t.join(" ")} `) ? 1 : 0;
      return;
    }
    let hit = 0;
    for (let k = 0; k + 4 <= t.length; k++) if (truthShingles.has(t.slice(k, k + 4).join(" "))) hit++;
    lab[i] = hit >= 0.5 * (t.length - 3) ? 1 : 0;
  });
  return { lab, tok };
}

/** A tally of lines and tokens for one reason or shape. */
interface Tally {
  lines: number;
  tokens: number;
  truthTokens: number;
  /** Truth tokens of lines of 8 tokens or more (a shorter line is truth when its words occur anywhere in the truth: a loose label). */
  longTruth: number;
  sites: Set<string>;
  truthSites: Set<string>;
  samples: string[];
}

function bump(map: Map<string, Tally>, key: string, tokens: number, truth: boolean, site: string, sample: string, keep: number, lossOnly = true): void {
  let t = map.get(key);
  if (!t) map.set(key, (t = { lines: 0, tokens: 0, truthTokens: 0, longTruth: 0, sites: new Set(), truthSites: new Set(), samples: [] }));
  t.lines++;
  t.tokens += tokens;
  if (truth) t.truthTokens += tokens;
  if (truth && tokens >= 8) t.longTruth += tokens;
  t.sites.add(site);
  if (truth) t.truthSites.add(site);
  // Removals show truth lines (what was lost); leaks are never truth.
  if (t.samples.length < keep && (truth === !lossOnly || !lossOnly || process.env["AUDIT_KEPT"] === "1")) t.samples.push(`${truth ? "T" : "-"} ${sample}`);
}

const SENTENCE_END = /[.!?…。！？｡।॥؟۔።]["'”’»)\]]*$/u;

function ending(text: string): string {
  if (SENTENCE_END.test(text)) return "sentence";
  if (/[:：]$/u.test(text)) return "colon";
  if (/[,;]$/u.test(text)) return "comma";
  return "none";
}

function sizeBucket(tokens: number): string {
  return tokens < 4 ? "<4" : tokens < 8 ? "4-7" : tokens < 16 ? "8-15" : tokens < 40 ? "16-39" : "40+";
}

/** The audit of one page, folded into the corpus tallies. */
interface Audit {
  removed: Map<string, Tally>;
  leaks: Map<string, Tally>;
  cut: Map<string, Tally>;
}

function auditPage(page: CorpusPage, audit: Audit, keep: number): void {
  let rec: StoryRecord | null = null;
  let articles: ReturnType<typeof parseArticles> = [];
  withStoryModel(
    SHIPPED_MODEL,
    () => {
      try {
        articles = parseArticles(page.text, { referenceTime: EVAL_REFERENCE_TIME });
      } catch {
        articles = [];
      }
    },
    (r) => {
      if (!r.title) rec = r;
    },
  );
  const main = articles.find((a) => a.role === "main");
  const r = rec as StoryRecord | null;
  if (!main || !r) return;
  const site = domainOf(page.url);
  const texts = r.texts;
  const n = texts.length;
  const F = STORY_FEATURES.length;
  const p = lineProbabilities(SHIPPED_MODEL, r.x, n, new Float64Array(n));
  const at = (name: (typeof STORY_FEATURES)[number], i: number) => r.x[i * F + STORY_FEATURES.indexOf(name)]!;
  const { lab, tok } = labels(texts, page.truth);

  // Where each line sits in the input (lines are in page order; a line not found keeps -1).
  const start = new Int32Array(n).fill(-1);
  let cursor = 0;
  for (let i = 0; i < n; i++) {
    if (texts[i]!.length === 0) continue;
    const at = page.text.indexOf(texts[i]!, cursor);
    if (at >= 0) {
      start[i] = at;
      cursor = at + texts[i]!.length;
    }
  }
  // A body line may have lost a piece to the inline rules: it is body when the body holds it as
  // the truth would (the same labelling, against the predicted body).
  const inBody = labels(texts, main.body).lab;
  const ruleOf = new Map<string, string>();
  for (const piece of [...(main.removed ?? []), ...((articles as unknown as { removed?: typeof main.removed }).removed ?? [])]) {
    // The generic record of a line left out of the body says no more than "not body": the audit
    // tells those apart itself (see reason).
    if (piece.ruleId && piece.ruleId !== "structure/inside-story") ruleOf.set(piece.text.trim(), piece.ruleId);
  }
  const captions = new Set((main.captions ?? []).flatMap((c) => [c.text, c.credit ?? ""]));
  const keyPoints = new Set(main.keyPoints ?? []);
  const head = new Set([main.title, main.byline ?? "", main.kicker ?? ""]);
  let first = -1;
  let last = -1;
  for (let i = 0; i < n; i++) {
    if (inBody[i] && tok[i]! > 0) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0) return;
  let firstTruth = n;
  let lastTruth = -1;
  for (let i = 0; i < n; i++) {
    if (inBody[i] && lab[i] && tok[i]! >= 8) {
      if (firstTruth === n) firstTruth = i;
      lastTruth = i;
    }
  }
  const spanFrom = main.span.start;
  const spanTo = main.span.end;
  const reason = (i: number): string => {
    const t = texts[i]!.trim();
    const rule = ruleOf.get(t);
    if (rule) return `rule:${rule}`;
    if (captions.has(t)) return `caption ${at("paragraph", i) > 0 ? "paragraph" : "short"} ${SENTENCE_END.test(t) ? "sentence" : "none"}`;
    if (keyPoints.has(t)) return "key-point";
    if (head.has(t)) return "head";
    if (at("duplicate", i) > 0) return `duplicate ${at("paragraph", i) > 0 ? "paragraph" : tok[i]! >= 8 ? "long" : "short"}`;
    if (p[i]! < SHIPPED_MODEL.body) return "low-p";
    // selectBody's structural exclusions, told apart by the features they read.
    if (at("shouting", i) > 0) return "other shouting";
    if (at("long-not-prose", i) > 0) return "other menu-line";
    if (at("under-related", i) > 0) return "other under-related";
    return "other (between segments or above the body)";
  };
  const nearestRule = (i: number): string => {
    for (let d = 1; d <= 3; d++) {
      for (const j of [i - d, i + d]) {
        if (j < 0 || j >= n) continue;
        const rule = ruleOf.get(texts[j]!.trim());
        if (rule) return rule;
      }
    }
    return "-";
  };
  for (let i = 0; i < n; i++) {
    if (tok[i] === 0) continue;
    const sample = `${page.id} ${texts[i]!.slice(0, 110)}`;
    const inRegion = start[i]! >= spanFrom && start[i]! < spanTo;
    if (inBody[i]) {
      if (lab[i]) continue;
      // Where the leak sits against the story the body did get right: above its first truth
      // line (head furniture), below its last (tail furniture: author boxes, calls to action,
      // company boilerplate), or between (a promo box, a caption).
      const pos = i < firstTruth ? "above" : i > lastTruth ? "below" : "inside";
      const key = `${sizeBucket(tok[i]!)} ${ending(texts[i]!.trim())} ${pos} near:${nearestRule(i)}`;
      bump(audit.leaks, key, tok[i]!, false, site, sample, keep, false);
      continue;
    }
    if (inRegion) bump(audit.removed, reason(i), tok[i]!, lab[i] === 1, site, sample, keep);
    else if (lab[i] && ((i < first && first - i <= 15) || (i > last && i - last <= 15))) {
      const why = reason(i);
      bump(audit.cut, `${i < first ? "above" : "below"} ${why.startsWith("rule:") ? why : `outside ${why}`}`, tok[i]!, true, site, sample, keep);
    }
  }
}

function table(title: string, map: Map<string, Tally>, sortBy: (t: Tally) => number, top: number, showSamples: boolean): string {
  const rows = [...map.entries()].sort((a, b) => sortBy(b[1]) - sortBy(a[1])).slice(0, top);
  const out = [`## ${title}`, "lines  tokens  truth-tokens  long-truth  share  sites  truth-sites  key"];
  for (const [key, t] of rows) {
    out.push(
      `${String(t.lines).padStart(5)}  ${String(t.tokens).padStart(6)}  ${String(t.truthTokens).padStart(12)}  ${String(t.longTruth).padStart(10)}  ${(t.tokens ? t.truthTokens / t.tokens : 0).toFixed(2).padStart(5)}  ${String(t.sites.size).padStart(5)}  ${String(t.truthSites.size).padStart(11)}  ${key}`,
    );
    if (showSamples) for (const s of t.samples) out.push(`        | ${s}`);
  }
  return out.join("\n");
}

function main(argv: string[]): number {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { samples: { type: "string" }, json: { type: "string" }, top: { type: "string" } },
  });
  const keep = Number(values.samples ?? 0);
  const top = Number(values.top ?? 25);
  const dirs = positionals.length > 0 ? positionals : corpusDirs(DEFAULT_CORPORA);
  const json: Record<string, unknown> = {};
  for (const dir of dirs) {
    const audit: Audit = { removed: new Map(), leaks: new Map(), cut: new Map() };
    for (const page of readCorpus(dir)) auditPage(page, audit, keep);
    const name = path.basename(dir);
    console.log(`# ${name}`);
    console.log(table("removed inside the story region, by reason (most truth tokens first)", audit.removed, (t) => t.truthTokens, top, keep > 0));
    console.log(table("leaks: body lines not in the truth, by shape (most tokens first)", audit.leaks, (t) => t.tokens, top, keep > 0));
    console.log(table("truth cut at the edges (15 lines above/below the body), by reason", audit.cut, (t) => t.truthTokens, top, keep > 0));
    const plain = (m: Map<string, Tally>) =>
      Object.fromEntries([...m].map(([k, t]) => [k, { lines: t.lines, tokens: t.tokens, truthTokens: t.truthTokens, longTruth: t.longTruth, sites: t.sites.size, truthSites: t.truthSites.size }]));
    json[name] = { removed: plain(audit.removed), leaks: plain(audit.leaks), cut: plain(audit.cut) };
  }
  if (values.json) writeFileSync(values.json, JSON.stringify(json, null, 1));
  return 0;
}

if (invokedDirectly(import.meta.url)) process.exitCode = main(process.argv.slice(2));
