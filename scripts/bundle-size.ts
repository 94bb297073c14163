// Browser bundle sizes of one-line consumers of the built package (dist/), as an app bundler
// would produce them: esbuild, --bundle --minify, platform browser, ESM, UTF-8 output (esbuild's
// default escapes every non-ASCII character as \uXXXX, which inflates the locales' word lists).
// Used by test/bundle-size.test.ts (the budgets) and by `npm run size` (the README table).
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import type { Metafile } from "esbuild";

export const ROOT = resolve(import.meta.dirname, "..");

export interface Consumer {
  /** What the consumer imports, as a user would write it. */
  label: string;
  /** The one-line program. */
  code: string;
  /** Budget in bytes, minified; undefined for a figure that is only reported. */
  maxBytes?: number;
  /** Budget in bytes, minified then gzipped (level 9). */
  maxGzip?: number;
  /** Packages that must not be in this bundle. */
  mustNotContain: string[];
}

export const CONSUMERS: Consumer[] = [
  {
    label: 'parseArticles from "news-text-parser"',
    code: 'import { parseArticles } from "news-text-parser";\nconsole.log(parseArticles(document.body.innerText));\n',
    // Measured 264.8 KB / 92.4 KB after the learned main-story and title scorers, the metadata
    // stage, more layouts and four timestamp locales landed; 292.1 KB / 102.6 KB after round four.
    // Then 254.4 KB / 93.2 KB: bundlers for the web take the browser build (`browser` condition),
    // which validates with zod's interpreted parser, not its 35 KB schema compiler, and the
    // stop-word lists are stored as space-separated strings. Issue 13 asks for 150 KB / 50 KB,
    // not met: the library's own code is about 221 KB of it (data: about 60 KB), zod/mini 27 KB.
    // Round five's accuracy work then added 14.8 KB / 5.8 KB (furniture rules in 14 more
    // languages about 6 KB, the title ranker's and head reader's new features the rest): 269.2 KB /
    // 99.0 KB. The budget (about 3% over) stops it growing unnoticed.
    // Round seven's timestamp locales (pl, nl, tr, id) cost 7.7 KB / 2.4 KB: 271.4 KB / 100.3 KB
    // before, 279.1 KB / 102.7 KB after; with the Chinese, Japanese and Korean time forms (2.9 KB /
    // 1.2 KB) 281.9 KB / 103.8 KB. The budget: that plus about 1 KB.
    // Round eight's head reading (byline labels, job-title and update words in the time locales'
    // languages, CJK bylines) adds 4.9 KB / 2.1 KB (r8-meta); its twelve timestamp locales and
    // CJK forms 26 KB / 8.5 KB (r8-time); the not-advice disclaimer rule in six languages 0.5 KB
    // (r8-rules); merged: 315.9 KB / 115.7 KB, the budget about 1 KB over.
    // Round nine: Slovak and Croatian/Serbian time words and stamp shapes (r9-stamps), bigram title
    // overlap for space-less scripts (r9-title): merged 321.2 KB / 117.6 KB, the budget 1 KB over.
    // The site-name cut of the main story's title (t-title, src/pipeline/layouts/site-affix.ts):
    // 322.7 KB / 118.2 KB measured. With the main-sized block that is no wall (t-body): 323.2 KB.
    // Round ten's byline reading (t-meta: author cards, credit sentences, the page's one labelled
    // byline, name forms) adds 3.5 KB / 1.3 KB.
    // Issue 14's footer families (t-rules: reprint bans and comment-form notes in several
    // languages, the bio family and `where.tail`, 59 first-character tables) add 7.2 KB / 2.7 KB.
    // Thai and Hebrew locales, Persian Solar Hijri dates, CJK weekdays and bracketed zones
    // (t-stamps) add 5.6 KB / 2.0 KB. Merged round ten: 341.0 KB / 125.0 KB, the budget 0.4 KB over.
    // Issue 14's meta lines and interface labels in the head (u-title: `isMetaLine`,
    // `isInterfaceLabel` and their word lists in seven languages) add 2.6 KB / 1.2 KB: 343.6 KB /
    // 126.2 KB measured. Bio boxes of several paragraphs (u-body: the forward look of `where.tail`,
    // the box header, executive posts in bio lines) add 1.0 KB. Merged: 344.6 KB / 126.6 KB, the
    // budget 0.4 KB over.
    // A personal site's owner read from the footer's copyright line (b-meta: `siteOwner` and its
    // organisation words in several languages) adds 1.4 KB / 0.8 KB; a team's credit in the head
    // (b-meta: `isTeamName`) 0.8 KB / 0.3 KB; a name in a hidden header slot (`hiddenSlotName`)
    // 0.6 KB / 0.1 KB; `Jane Doe in Section` and long meta lines as the page's one byline 0.3 KB
    // / 0.1 KB; the owner in a personal site's header and names in addresses 0.4 KB / 0.2 KB:
    // 348.1 KB / 128.1 KB; the cuts of `parseAuthors` 0.3 KB / 0.1 KB: 348.4 KB / 128.2 KB
    // measured, the budget 0.3 KB over.
    // Round eleven's timestamp families (b-stamps: wire clocks, ISO basic format and short offsets,
    // more zones, Minguo and Japanese era years, Hijri lunar dates in Arabic and Persian, published
    // and updated on one line, Hijri months in Latin letters) add 4.9 KB / 1.6 KB: 349.4 KB / 128.2 KB,
    // the budget 0.3 KB over.
    // The title ranker's word filters and per-candidate word arrays (b-speed)
    // add 0.5 KB: 345.1 KB / 126.8 KB measured, the budget 0.3 KB over.
    // Issue 14's notices that read as prose (b-precision, src/rules/notices.ts: form consent lines,
    // not-advice disclaimers and a cookie banner's detail in eight languages, with specific gate
    // words) add 9.0 KB / 3.4 KB: 353.6 KB / 130.0 KB measured, the budget 0.3 KB over.
    // Main-story recall (b-recall: key points inside a story, labels a guide repeats per section,
    // credit lines, bullet lists after the story, digest bullets) adds 1.2 KB / 0.4 KB: 345.8 KB /
    // 127.0 KB measured, the budget 0.3 KB over.
    // b-stamps' month abbreviations of three more languages: 5.2 KB / 1.8 KB in all, 349.7 KB /
    // 128.4 KB.
    // Issue 14's wrong block (c-dup: `legal/company-notice`, a company's footer read as no story
    // by the decoder) adds 1.2 KB / 1.0 KB: 365.4 KB / 135.2 KB measured, the budget 0.3 KB over.
    // The author card
    // read between two copies of the headline (c-card) adds 0.8 KB: 365.0 KB / 134.5 KB measured;
    // a team's credit glued to its date (c-card) 0.5 KB more: 365.5 KB / 134.6 KB measured, the
    // budget 0.3 KB over.
    // Round eleven merged (b-meta, b-stamps, b-speed, b-recall, b-precision, c-dup and c-card, the
    // last two adding a company-notice rule 1.2 KB and author cards between headline copies 1.3 KB):
    // 367.4 KB / 135.8 KB measured, the budget 0.3 KB over. Issue 13's 150 KB is further away; the
    // accuracy on unseen pages was put first (see CHANGELOG).
    // Round twelve's stamp families (d-stamps: Indic and Hebrew month abbreviations, Minguo numeric
    // dates, Chinese date labels, accounts' bylines after a date, zones named in words, `18-May-24`,
    // Hindi and Bengali parts of the day before a clock) add 3.7 KB / 1.2 KB: 371.1 KB / 137.0 KB;
    // with a labelled date under the story (`stampJustBelow`) 371.5 KB / 137.2 KB measured, the
    // budget 0.3 KB over.
    // Round twelve's checkpoint merge (d-block, d-stamps, d-speed, d-cut, d-title): 373.8 KB /
    // 138.0 KB measured, the budget 0.3 KB over.
    // Round twelve's recall rules (d-cut: the story's opening above a box of cards, section labels
    // over lists, short weak runs between body lines) add 1.2 KB / 0.6 KB: 368.6 KB / 136.4 KB
    // measured, the budget 0.3 KB over.
    // Round twelve (d-block): the related-box walls, the comments widget that closes the page and
    // the `Comments on “…”` rule add 0.5 KB: 367.9 KB / 136.1 KB measured; the comment moderation
    // notes in six languages 0.9 KB more: 368.8 KB / 136.4 KB measured, the budget 0.3 KB over.
    // e-layouts (navigation, credit and repeated section labels are no item source): 374.7 KB /
    // 138.6 KB measured, the budget 0.3 KB over.
    // Round twelve merged (d-block comment rules and related-box walls, d-cut, d-title, d-stamps,
    // e-layouts' source labels): 376.3 KB / 139.2 KB measured, the budget 0.3 KB over.
    // A guide's numbered step labels hidden from the roundup and digest layouts (f-steps,
    // src/pipeline/layouts/step-label.ts) add 0.5 KB / 0.2 KB: 376.8 KB / 139.4 KB measured, the
    // budget 0.3 KB over.
    // Round thirteen merged, 386.9 KB / 143.2 KB measured (+10.1 KB / +3.8 KB), the budget 0.3 KB
    // over: rule patterns' twins without the `u` flag (g-speed) 0.6 KB; stamp families (asctime's
    // year, year-first dates with a month's name, clock words, reading times beside a stamp,
    // abbreviated units and weekdays in more languages; g-stamps) 2.2 KB; the title ranker's
    // `glued` and `link-lead` features (g-title) 0.8 KB; swallowed headlines, breadcrumb titles,
    // clock times opening list titles, most-read headers (g-layouts) 2.5 KB; copyright credits and
    // tables in the story (g-recall) 1.6 KB; disclaimer and bio families, never-empty short-sentence
    // pages (g-precision) 2.0 KB; the refitted weights the rest. The title refit shipped with its
    // two new features weighed (h-titlefit): 387.7 KB measured (+0.5 KB: the run of blocks above
    // the story opened to it, the owner's name line kept from the title candidates, the weights).
    // Gzip 143.5 KB measured, the budget 0.3 KB over.
    // Round fourteen's nine timestamp locales and Serbian Cyrillic (i-stamps: fi, ca, bg, sl, lt, lv,
    // et, ur, ta; Cyrillic, Arabic and Tamil script at two or three bytes a letter, about 2 KB a
    // locale) add 20.6 KB / 6.0 KB: 408.3 KB / 149.5 KB measured, the budget raised by exactly that.
    // Round fourteen (i-title): dates cut off the headline's line (layouts/title-stamp.ts, the
    // candidates' titles read after the cut, a date after a slash no photo credit) add 1.9 KB /
    // 0.6 KB: 389.6 KB / 144.1 KB measured, the budget 0.3 KB over.
    // Merged (with i-layouts' repeated items and author-post lists, 2.3 KB, i-speed's page
    // buffers, 0.2 KB, and both refits): 413.0 KB / 151.2 KB measured, the budget 0.3 KB over.
    // Round fifteen (layouts): the link list's new furniture, tag rows, glued menus, caps labels
    // and legal links (layouts/link-list.ts) add 1.9 KB / 0.8 KB: 414.9 KB / 152.0 KB measured,
    // the budget 0.3 KB over. Merged with s-rules' gate words by their rarest three code units and
    // a bit per timestamp locale, and s-story's shared line texts and loops for page-sized lists:
    // 416.0 KB / 152.5 KB measured, the budget 0.3 KB over.
    maxBytes: 416_300,
    maxGzip: 152_800,
    // The linear-time engine for user patterns lives behind its own entry point; zod's schema
    // compiler stays in the Node build.
    mustNotContain: ["re2js", "zod/v4/classic", "zod/v4/locales", "zod/v4/core/compile"],
  },
  {
    label: 'isArticleParseError from "news-text-parser/errors"',
    code: 'import { isArticleParseError } from "news-text-parser/errors";\nconsole.log(isArticleParseError(globalThis.lastError));\n',
    maxBytes: 1_000,
    maxGzip: 600,
    mustNotContain: ["zod", "date-fns", "re2js"],
  },
  {
    label: 'parseTimestamp from "news-text-parser/timestamps"',
    code: 'import { parseTimestamp } from "news-text-parser/timestamps";\nconsole.log(parseTimestamp("11 minutes ago", { referenceTime: new Date() }));\n',
    // Measured 62.3 KB / 21.3 KB with seven locales (en, fr, ar, de, es, pt, it); 65.8 KB / 22.5 KB
    // with ru. Round seven's four locales (pl, nl, tr, id) cost 7.7 KB / 2.6 KB and the Chinese,
    // Japanese and Korean forms 2.9 KB / 1.2 KB: 76.3 KB / 26.2 KB, so the budget rises by that plus
    // about 1 KB. Round eight's twelve locales (sv, da, nb, cs, ro, hu, el, uk, vi, hi, bn, fa: about
    // 20 KB of words, Greek, Cyrillic, Arabic and Indic script at two or three bytes a letter) and the
    // CJK, dotted and bracketed forms: 102.7 KB / 34.7 KB, the budget that plus about 1 KB.
    // Round nine's sk and hr (with Serbian and Bosnian Latin months) and stamp shapes: 108.7 KB / 36.8 KB.
    // Round ten's Thai and Hebrew locales, Persian Solar Hijri dates, CJK weekdays and bracketed
    // zones: 114.8 KB / 39.0 KB, the budget 0.3 KB over. Round eleven's families (see above; the
    // published-and-updated reader and its update labels in every language live in this entry
    // only): 122.0 KB / 41.9 KB, the budget 0.3 KB over. Round twelve's (d-stamps, see above):
    // 126.2 KB / 43.2 KB measured, the budget 0.3 KB over. Round thirteen's (g-stamps: the grammar's
    // families above, and reading times, comment counts and CJK source labels beside a stamp, read in
    // this entry only): 130.6 KB / 44.9 KB measured, the budget 0.3 KB over.
    // Round fourteen's nine locales and Serbian Cyrillic (i-stamps: fi, ca, bg, sl, lt, lv, et, ur,
    // ta, about 2 KB each in their scripts) add 20.6 KB / 6.0 KB: 151.2 KB / 50.9 KB measured, the
    // budget raised by exactly that. Round fifteen (s-rules): a bit per locale in two 32-bit slots,
    // the shared 32nd bit gone: 151.5 KB / 51.1 KB measured, the budget 0.3 KB over.
    maxBytes: 151_800,
    maxGzip: 51_400,
    mustNotContain: ["zod", "re2js"],
  },
  {
    label: 'isArticleParseError from "news-text-parser"',
    code: 'import { isArticleParseError } from "news-text-parser";\nconsole.log(isArticleParseError(globalThis.lastError));\n',
    // The browser build is one module per source file, so the root entry costs what the subpath
    // entry does (it was 112.9 KB / 41.6 KB as one flat bundle, which keeps every top-level statement).
    maxBytes: 1_000,
    maxGzip: 600,
    mustNotContain: ["zod", "date-fns", "re2js"],
  },
  {
    label: 'parseTimestamp from "news-text-parser"',
    code: 'import { parseTimestamp } from "news-text-parser";\nconsole.log(parseTimestamp("11 minutes ago", { referenceTime: new Date() }));\n',
    // As the subpath entry (it was 136.9 KB / 49.8 KB as one flat bundle), budget included.
    maxBytes: 151_800,
    maxGzip: 51_400,
    mustNotContain: ["zod", "re2js"],
  },
];

export interface Measured {
  consumer: Consumer;
  bytes: number;
  gzip: number;
  /** Bytes in the output per input group: a package name (`zod`, `date-fns`) or `news-text-parser`. */
  byPackage: Record<string, number>;
  /** Every input path of the bundle. */
  inputs: string[];
}

/** Groups esbuild's metafile inputs: `node_modules/<pkg>/...` by package, the library's own files together. */
function groupInputs(metafile: Metafile): Record<string, number> {
  const out = Object.values(metafile.outputs)[0]!;
  const groups: Record<string, number> = {};
  for (const [path, { bytesInOutput }] of Object.entries(out.inputs)) {
    const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//u.exec(path);
    const key = m && !path.startsWith(ROOT + "/dist") ? m[1]! : "news-text-parser";
    groups[key] = (groups[key] ?? 0) + bytesInOutput;
  }
  return groups;
}

/**
 * Bundles each consumer against dist/ (build first) in a scratch folder where `news-text-parser`
 * resolves to this repository, as an installed package would.
 */
export async function measure(consumers: Consumer[] = CONSUMERS): Promise<Measured[]> {
  const esbuild = await import("esbuild");
  const work = mkdtempSync(join(tmpdir(), "ntp-size-"));
  try {
    mkdirSync(join(work, "node_modules"));
    symlinkSync(ROOT, join(work, "node_modules/news-text-parser"), "dir");
    const results: Measured[] = [];
    for (const [i, consumer] of consumers.entries()) {
      const entry = join(work, `consumer-${i}.js`);
      writeFileSync(entry, consumer.code);
      const result = await esbuild.build({
        entryPoints: [entry],
        bundle: true,
        minify: true,
        charset: "utf8",
        format: "esm",
        platform: "browser",
        target: "es2022",
        write: false,
        metafile: true,
        logLevel: "silent",
        // Resolve the package's own dependencies from the repository, as npm would install them.
        nodePaths: [join(ROOT, "node_modules")],
      });
      const code = result.outputFiles[0]!.contents;
      results.push({
        consumer,
        bytes: code.byteLength,
        gzip: gzipSync(code, { level: 9 }).byteLength,
        byPackage: groupInputs(result.metafile),
        inputs: Object.keys(Object.values(result.metafile.outputs)[0]!.inputs),
      });
    }
    return results;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const kb = (n: number) => `${(n / 1000).toFixed(1)} KB`;

/** The README table. */
export function table(measured: Measured[]): string {
  const rows = measured.map((m) => {
    const budget = m.consumer.maxBytes === undefined ? "" : `${kb(m.consumer.maxBytes)} / ${kb(m.consumer.maxGzip!)}`;
    const parts = Object.entries(m.byPackage)
      .filter(([, n]) => n >= 500)
      .sort((a, b) => b[1] - a[1])
      .map(([p, n]) => `${p} ${kb(n)}`)
      .join(", ");
    return `| \`${m.consumer.label.replace(/"/gu, "")}\` | ${kb(m.bytes)} | ${kb(m.gzip)} | ${budget} | ${parts} |`;
  });
  return ["| import | minified | gzip | budget (min / gzip) | of which |", "| --- | ---: | ---: | --- | --- |", ...rows].join("\n");
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const version = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
  console.log(`news-text-parser ${version}: esbuild --bundle --minify --charset=utf8 --platform=browser\n`);
  console.log(table(await measure()));
}
