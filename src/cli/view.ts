/**
 * Views for a person: `--format text` (what a terminal shows by default) and `--format markdown`.
 * They read the page as plain JSON-shaped data, field by field, and show only fields that are there
 * with the expected type, so fields added to the model later (authors, language, word count,
 * confidence ...) appear when present and nothing breaks when they are not.
 */

/** The page a view shows: a single-file result or a batch record, already plain data. */
export interface ViewPage {
  /** The file, in batch mode. */
  file?: string | undefined;
  /** The articles, as the model gives them. */
  articles: readonly unknown[];
  /** Page-level removed pieces, when known. */
  removed?: readonly unknown[] | undefined;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);
const str = (o: Obj, key: string): string | undefined => (typeof o[key] === "string" && o[key] !== "" ? o[key] : undefined);
const num = (o: Obj, key: string): number | undefined => (typeof o[key] === "number" && Number.isFinite(o[key]) ? o[key] : undefined);
const strings = (o: Obj, key: string): string[] => (Array.isArray(o[key]) ? (o[key] as unknown[]).filter((x): x is string => typeof x === "string" && x !== "") : []);
const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : []);

/**
 * Scraped text may hold terminal escape sequences; a view must never let a page move the cursor
 * or retitle the window. Control characters other than newline and tab are shown as `\xNN`.
 */
function safe(text: string): string {
  // eslint-disable-next-line no-control-regex -- these are the characters being neutralised
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f\u0080-\u009f]/gu, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`);
}

/** `3 share, 1 newsletter (4 pieces)`: kinds by count, most first, then by name. */
export function removedSummary(removed: readonly unknown[]): string {
  const counts = new Map<string, number>();
  for (const r of list(removed)) {
    const kind = str(r, "kind") ?? "unknown";
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return "nothing";
  const parts = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, n]) => `${n} ${k}`);
  return `${parts.join(", ")} (${total} ${total === 1 ? "piece" : "pieces"})`;
}

/** The facts shown under a title, as label/value pairs, in a fixed order. */
function facts(a: Obj): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const role = str(a, "role");
  if (role) out.push(["role", role]);
  const source = str(a, "source");
  if (source) out.push(["source", source]);
  const ts = isObj(a.timestamp) ? a.timestamp : undefined;
  const raw = ts ? str(ts, "raw") : undefined;
  const at = str(a, "publishedAt");
  // Always shown: "no time on the page" is worth knowing, unlike an absent kicker.
  out.push(["published", at ? (raw ? `${at} ("${raw}")` : at) : raw ? `unresolved ("${raw}")` : "no time found"]);
  const kicker = str(a, "kicker");
  if (kicker) out.push(["kicker", kicker]);
  const byline = str(a, "byline");
  if (byline) out.push(["byline", byline]);
  const authors = strings(a, "authors");
  if (authors.length > 0) out.push(["authors", authors.join("; ")]);
  const language = str(a, "language");
  if (language) out.push(["language", language]);
  const words = num(a, "wordCount");
  if (words !== undefined) out.push(["words", String(words)]);
  const confidence = num(a, "confidence");
  if (confidence !== undefined) out.push(["confidence", confidence.toFixed(2)]);
  const categories = strings(a, "categories");
  if (categories.length > 0) out.push(["categories", categories.join(", ")]);
  return out;
}

function paragraphsOf(a: Obj): string[] {
  const paragraphs = strings(a, "paragraphs");
  if (paragraphs.length > 0) return paragraphs;
  return (str(a, "body") ?? "").split("\n").filter((p) => p.trim() !== "");
}

function captionsOf(a: Obj): string[] {
  return list(a.captions)
    .map((c) => {
      const text = str(c, "text");
      const credit = str(c, "credit");
      return text ? (credit ? `${text} (${credit})` : text) : "";
    })
    .filter((c) => c !== "");
}

/**
 * The text view: per article a header line (`[main] Title`), its facts, key points, body and
 * captions, and one line of what was removed by kind; then, for the page, one summary line.
 *
 * @param page - the page
 * @returns the view, ending with a newline
 */
export function renderText(page: ViewPage): string {
  const out: string[] = [];
  const articles = list(page.articles);
  if (page.file !== undefined) out.push(`=== ${safe(page.file)} ===`, "");
  if (articles.length === 0) out.push("(no articles)", "");
  articles.forEach((a, i) => {
    out.push(`[${i + 1}/${articles.length} ${str(a, "role") ?? "article"}] ${safe(str(a, "title") ?? "(untitled)")}${a.truncated === true ? " …" : ""}`);
    const fs = facts(a).filter(([k]) => k !== "role");
    const width = Math.max(0, ...fs.map(([k]) => k.length));
    for (const [k, v] of fs) out.push(`  ${`${k}:`.padEnd(width + 1)} ${safe(v)}`);
    out.push("");
    const points = strings(a, "keyPoints");
    for (const p of points) out.push(`  • ${safe(p)}`);
    if (points.length > 0) out.push("");
    for (const p of paragraphsOf(a)) out.push(`  ${safe(p)}`, "");
    const captions = captionsOf(a);
    for (const c of captions) out.push(`  [caption] ${safe(c)}`);
    if (captions.length > 0) out.push("");
    out.push(`  removed: ${removedSummary(list(a.removed))}`, "");
  });
  const all = [...list(page.removed), ...articles.flatMap((a) => list(a.removed))];
  const scope = page.removed === undefined ? "from the articles" : "from the page";
  out.push(`${articles.length} ${articles.length === 1 ? "article" : "articles"}; removed ${scope}: ${removedSummary(all)}`);
  return `${out.join("\n")}\n`;
}

/** Escapes what Markdown would read as syntax, so a title or a paragraph shows as written. */
function md(text: string): string {
  return safe(text)
    .replace(/[\\`*_[\]<>|#~]/gu, "\\$&")
    .replace(/^(\s*)([-+=]|\d+[.)])/u, (_, sp: string, mark: string) => `${sp}${mark.replace(/[-+=.)]$/u, "\\$&")}`);
}

/**
 * The Markdown view: per article a `##` heading, its facts as a list, key points, body
 * paragraphs and captions, and an italic line of what was removed; then the page summary.
 *
 * @param page - the page
 * @returns the Markdown, ending with a newline
 */
export function renderMarkdown(page: ViewPage): string {
  const out: string[] = [];
  const articles = list(page.articles);
  if (page.file !== undefined) out.push(`# ${md(page.file)}`, "");
  if (articles.length === 0) out.push("*No articles.*", "");
  for (const a of articles) {
    out.push(`## ${md(str(a, "title") ?? "(untitled)")}`, "");
    for (const [k, v] of facts(a)) out.push(`- **${k[0]!.toUpperCase()}${k.slice(1)}:** ${md(v)}`);
    out.push("");
    const points = strings(a, "keyPoints");
    for (const p of points) out.push(`> - ${md(p)}`);
    if (points.length > 0) out.push("");
    for (const p of paragraphsOf(a)) out.push(md(p), "");
    for (const c of captionsOf(a)) out.push(`*Caption: ${md(c)}*`, "");
    out.push(`*Removed: ${md(removedSummary(list(a.removed)))}.*`, "");
  }
  const all = [...list(page.removed), ...articles.flatMap((a) => list(a.removed))];
  const scope = page.removed === undefined ? "from the articles" : "from the page";
  out.push(`---`, "", `*${articles.length} ${articles.length === 1 ? "article" : "articles"}; removed ${scope}: ${md(removedSummary(all))}.*`);
  return `${out.join("\n")}\n`;
}
