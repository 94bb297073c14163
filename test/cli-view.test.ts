/**
 * Issue 13 §2: output a person can read. `--format text|markdown|json|ndjson`, the terminal default,
 * `--quiet` and the note when standard input is a terminal.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run, type CliIo } from "../src/cli/run.js";
import { removedSummary, renderMarkdown, renderText } from "../src/cli/view.js";
import { ROOT } from "./helpers/fixtures.js";

const SEED_DIR = join(ROOT, "fixtures/seed-daily8-article");
const SEED = readFileSync(join(SEED_DIR, "input.txt"), "utf8");
type Art = { role: string; title: string; source: string | null; publishedAt: string | null; timestamp: { raw: string } | null; kicker: string | null; byline: string | null; paragraphs: string[]; removed: Array<{ kind: string }> };
const EXPECTED = JSON.parse(readFileSync(join(SEED_DIR, "expected.json"), "utf8")) as { articles: Art[]; removed: Array<{ kind: string }> };
const NOW = "2025-08-14T18:00:00Z";
// Invented page (never copied from the corpus).
const STAMPED = "Harbour Gazette\n11 minutes ago\n- Harbour Gazette\nFerry vote passes\nThe town voted to keep the ferry for another ten years, the council said on Sunday.\n";

function io(files: Record<string, string>, extra: Partial<CliIo> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = {
    readStdin: async () => files["-"] ?? "",
    readFile: async (p) => {
      if (p in files) return files[p]!;
      throw Object.assign(new Error(`ENOENT: ${p}`), { code: "ENOENT" });
    },
    stat: async (p) => {
      if (p in files) return { kind: "file", mtimeMs: Date.parse(NOW) };
      throw Object.assign(new Error(`ENOENT: ${p}`), { code: "ENOENT" });
    },
    readDir: async () => [],
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    ...extra,
  };
  return { io: value, out: () => out.join(""), err: () => err.join("") };
}

/** What a kind-count summary of `removed` must say, counted here from the fixture. */
function counts(removed: Array<{ kind: string }>): Map<string, number> {
  const m = new Map<string, number>();
  for (const r of removed) m.set(r.kind, (m.get(r.kind) ?? 0) + 1);
  return m;
}

describe("--format text", () => {
  it("shows each article's role, title, source, resolved time with its raw stamp, kicker, body and removed kinds, then the page summary", async () => {
    const t = io({ "seed.txt": SEED });
    expect(await run(["seed.txt", "--now", NOW, "--format", "text"], t.io)).toBe(0);
    const out = t.out();
    const blocks = out.split(/^(?=\[\d+\/\d+ )/mu).filter((b) => b !== "");
    expect(blocks).toHaveLength(EXPECTED.articles.length);
    EXPECTED.articles.forEach((a, i) => {
      const b = blocks[i]!;
      expect(b.startsWith(`[${i + 1}/${EXPECTED.articles.length} ${a.role}] ${a.title}\n`)).toBe(true);
      if (a.source) expect(b).toMatch(new RegExp(`^  source: +${a.source}$`, "m"));
      // Labels are padded to the widest one shown, which depends on the fields present.
      if (a.publishedAt) expect(b).toMatch(new RegExp(`^ {2}published: +${a.publishedAt} \\("${a.timestamp!.raw}"\\)$`, "m"));
      else expect(b).toMatch(/^ {2}published: +no time found$/m);
      if (a.kicker) expect(b).toMatch(new RegExp(`^  kicker: +${a.kicker}$`, "m"));
      for (const p of a.paragraphs) expect(b).toContain(`\n  ${p}\n`);
      const line = /^ {2}removed: (.*)$/m.exec(b)![1]!;
      for (const [kind, n] of counts(a.removed)) expect(line).toContain(`${n} ${kind}`);
      if (a.removed.length === 0) expect(line).toBe("nothing");
    });
    const all = [...EXPECTED.removed, ...EXPECTED.articles.flatMap((a) => a.removed)];
    const last = out.trimEnd().split("\n").at(-1)!;
    expect(last).toMatch(new RegExp(`^${EXPECTED.articles.length} articles; removed from the page: .*\\(${all.length} pieces\\)$`));
    for (const [kind, n] of counts(all)) expect(last).toContain(`${n} ${kind}`);
  });

  it("is the default when standard output is a terminal; a pipe keeps JSON; --out keeps JSON", async () => {
    let t = io({ "p.txt": STAMPED }, { stdoutIsTTY: true });
    expect(await run(["p.txt"], t.io)).toBe(0);
    expect(t.out()).toMatch(/^\[1\/1 main\] Ferry vote passes\n/);
    t = io({ "p.txt": STAMPED }, { stdoutIsTTY: false });
    expect(await run(["p.txt"], t.io)).toBe(0);
    expect((JSON.parse(t.out()) as Art[])[0]!.title).toBe("Ferry vote passes");
    const written: Record<string, string> = {};
    t = io({ "p.txt": STAMPED }, { stdoutIsTTY: true, openOutput: async (p) => ((written[p] = ""), { write: (x) => void (written[p] += x), close: async () => {} }) });
    expect(await run(["p.txt", "--out", "o.json"], t.io)).toBe(0);
    expect((JSON.parse(written["o.json"]!) as Art[])[0]!.title).toBe("Ferry vote passes");
  });

  it("in a batch, heads each page with its file; a terminal gets text there too", async () => {
    const files = { "a.txt": STAMPED, "b.txt": SEED };
    let t = io(files, { stdoutIsTTY: true });
    expect(await run(["a.txt", "b.txt", "--now", NOW], t.io)).toBe(0);
    expect(t.out()).toMatch(/^=== a\.txt ===\n\n\[1\/1 main\] Ferry vote passes\n/);
    expect(t.out()).toContain(`\n=== b.txt ===\n\n[1/${EXPECTED.articles.length} main] ${EXPECTED.articles[0]!.title}\n`);
    t = io(files);
    expect(await run(["a.txt", "b.txt", "--format", "markdown", "--now", NOW], t.io)).toBe(0);
    expect(t.out()).toMatch(/^# a\.txt\n\n## Ferry vote passes\n/);
    expect(t.out()).toContain("\n# b.txt\n");
  });

  it("neutralises terminal escapes in page text", () => {
    const out = renderText({ articles: [{ role: "main", title: "Ferry\u001b]0;pwned\u0007 vote", paragraphs: ["Red \u001b[31mtext"], removed: [] }] });
    expect(out).not.toMatch(/\u001b|\u0007/u);
    expect(out).toContain("Ferry\\x1b]0;pwned\\x07 vote");
  });

  it("reads fields defensively: later fields show when present and well-typed, odd or missing ones are skipped", () => {
    const full = renderText({
      articles: [{ role: "main", title: "T", authors: ["Jane Roe", "John Doe"], language: "en", wordCount: 412, confidence: 0.875, paragraphs: ["Body."], removed: [{ kind: "share" }] }],
    });
    expect(full).toMatch(/^ {2}authors: +Jane Roe; John Doe$/m);
    expect(full).toMatch(/^ {2}language: +en$/m);
    expect(full).toMatch(/^ {2}words: +412$/m);
    expect(full).toMatch(/^ {2}confidence: +0\.88$/m);
    const odd = renderText({ articles: [{ title: 42, authors: "Jane", wordCount: "many", body: "One.\nTwo.", removed: null }, null, "x"] });
    expect(odd).toContain("[1/1 article] (untitled)");
    expect(odd).not.toMatch(/authors|words/);
    expect(odd).toContain("\n  One.\n\n  Two.\n");
    expect(renderText({ articles: [] })).toBe("(no articles)\n\n0 articles; removed from the articles: nothing\n");
    expect(removedSummary([{ kind: "b" }, { kind: "a" }, { kind: "b" }, {}])).toBe("2 b, 1 a, 1 unknown (4 pieces)");
  });
});

describe("--format markdown", () => {
  it("gives a heading per article, facts as a list, the body, and the removed kinds", async () => {
    const t = io({ "seed.txt": SEED });
    expect(await run(["seed.txt", "--now", NOW, "--format", "markdown"], t.io)).toBe(0);
    const out = t.out();
    const headings = out.match(/^## .*$/gm)!;
    expect(headings).toHaveLength(EXPECTED.articles.length);
    const related = EXPECTED.articles.find((a) => a.publishedAt && a.source)!;
    expect(out).toContain(`- **Source:** ${related.source}\n`);
    expect(out).toContain(`- **Published:** ${related.publishedAt} ("${related.timestamp!.raw}")\n`);
    expect(out.match(/^\*Removed: .*\.\*$/gm)).toHaveLength(EXPECTED.articles.length);
    expect(out.trimEnd().split("\n").at(-1)).toMatch(/^\*\d+ articles; removed from the page: .*\.\*$/);
  });

  it("escapes what Markdown would read as syntax", () => {
    const out = renderMarkdown({ articles: [{ role: "main", title: "# 5 *bold* [link](x) <b>", paragraphs: ["1. not a list", "- nor this", "a_b"], removed: [] }] });
    expect(out).toContain("## \\# 5 \\*bold\\* \\[link\\](x) \\<b\\>\n");
    expect(out).toContain("\n1\\. not a list\n");
    expect(out).toContain("\n\\- nor this\n");
    expect(out).toContain("\na\\_b\n");
  });
});

describe("--format json and ndjson, --quiet, and the note for a terminal on standard input", () => {
  it("json and ndjson are records for programs, as before", async () => {
    let t = io({ "p.txt": STAMPED });
    expect(await run(["p.txt", "--format", "json", "--now", NOW], t.io)).toBe(0);
    const arr = JSON.parse(t.out()) as Array<{ file: string; articles: Art[] }>;
    expect(arr.map((r) => [r.file, r.articles[0]!.publishedAt])).toEqual([["p.txt", "2025-08-14T17:49:00.000Z"]]);
    t = io({ "p.txt": STAMPED });
    expect(await run(["p.txt", "--format", "ndjson", "--now", NOW], t.io)).toBe(0);
    expect(t.out().split("\n").filter(Boolean).map((l) => (JSON.parse(l) as { file: string }).file)).toEqual(["p.txt"]);
  });

  it("says it is waiting when standard input is a terminal, not when it is a pipe or with --quiet", async () => {
    let t = io({ "-": STAMPED }, { stdinIsTTY: true });
    expect(await run([], t.io)).toBe(0);
    expect(t.err()).toMatch(/^news-text-parser: waiting for the page on standard input \(end it with Ctrl-D; --help for usage\)\n/);
    t = io({ "-": STAMPED }, { stdinIsTTY: false });
    expect(await run([], t.io)).toBe(0);
    expect(t.err()).not.toMatch(/waiting/);
    t = io({ "-": STAMPED }, { stdinIsTTY: true });
    expect(await run(["-q"], t.io)).toBe(0);
    expect(t.err()).toBe("");
  });

  it("--quiet keeps errors but drops warnings, the progress bar and the summary", async () => {
    let t = io({ "p.txt": STAMPED });
    expect(await run(["p.txt", "--now", "none"], t.io)).toBe(0);
    expect(t.err()).toMatch(/warning: unresolved_timestamp/);
    t = io({ "p.txt": STAMPED });
    expect(await run(["p.txt", "--now", "none", "--quiet"], t.io)).toBe(0);
    expect(t.err()).toBe("");
    t = io({ "p.txt": STAMPED, "e.txt": "\n" }, { stderrIsTTY: true, now: () => 0 });
    expect(await run(["p.txt", "e.txt", "--quiet"], t.io)).toBe(1);
    expect(t.err()).toBe("news-text-parser: e.txt: input is empty\n");
  });
});
