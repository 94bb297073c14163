import { describe, expect, it } from "vitest";
import { run, type CliIo } from "../src/cli/run.js";
import pkg from "../package.json" with { type: "json" };

const STORY = "Harbour town votes to keep its ferry\nResidents of the harbour town voted on Sunday to keep the ferry running for another ten years.\n";

function io(files: Record<string, string> = {}, stdin = "") {
  const out: string[] = [];
  const err: string[] = [];
  const value: CliIo = {
    readStdin: async () => stdin,
    readFile: async (path) => {
      if (path in files) return files[path]!;
      throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
    },
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
  };
  return { io: value, out: () => out.join(""), err: () => err.join("") };
}

describe("cli run()", () => {
  it("prints the articles of a file as JSON and exits 0", async () => {
    const t = io({ "page.txt": STORY });
    expect(await run(["page.txt"], t.io)).toBe(0);
    const articles = JSON.parse(t.out()) as Array<{ title: string }>;
    expect(articles[0]!.title).toBe("Harbour town votes to keep its ferry");
  });

  it("reads stdin for - and when no file is given", async () => {
    for (const argv of [["-"], []]) {
      const t = io({}, STORY);
      expect(await run(argv, t.io)).toBe(0);
      expect(JSON.parse(t.out())).toHaveLength(1);
    }
  });

  it("prints the page result with --page", async () => {
    const t = io({ "p.txt": `${STORY}Comments\n` });
    expect(await run(["p.txt", "--page"], t.io)).toBe(0);
    const page = JSON.parse(t.out()) as { articles: unknown[]; removed: Array<{ kind: string }>; messages: unknown[] };
    expect(page.removed[0]!.kind).toBe("comments");
  });

  it("resolves relative times against --now and accepts --time-zone", async () => {
    const text = `Harbour Gazette\n11 minutes ago\n- Harbour Gazette\nFerry vote passes\nThe town voted to keep the ferry for another ten years, the council said on Sunday.\n`;
    const t = io({ "p.txt": text });
    expect(await run(["p.txt", "--now", "2025-08-14T18:00:00Z", "--time-zone=Europe/London"], t.io)).toBe(0);
    const [a] = JSON.parse(t.out()) as Array<{ publishedAt: string }>;
    expect(a!.publishedAt).toBe("2025-08-14T17:49:00.000Z");
  });

  it("exits 1 with one clear line for a missing file, empty input and too large input", async () => {
    let t = io();
    expect(await run(["missing.txt"], t.io)).toBe(1);
    expect(t.err()).toBe("news-text-parser: cannot read missing.txt: no such file\n");
    t = io({ "e.txt": "  \n " });
    expect(await run(["e.txt"], t.io)).toBe(1);
    expect(t.err()).toBe("news-text-parser: input is empty\n");
    t = io({ "big.txt": "x".repeat(5_000_001) });
    expect(await run(["big.txt"], t.io)).toBe(1);
    expect(t.err()).toMatch(/^news-text-parser: input too large/);
  });

  it("exits 2 on usage errors", async () => {
    // ["a.txt", "b.txt"] used to be a usage error; two files are now a batch (see cli-batch.test.ts).
    for (const argv of [["--bogus"], ["--now"], ["a.txt", "-"], ["--now", "yesterday-ish"], ["--time-zone", "Nowhere/Land", "p.txt"]]) {
      const t = io({ "p.txt": STORY });
      expect(await run(argv, t.io), argv.join(" ")).toBe(2);
      expect(t.err()).toMatch(/^news-text-parser: /);
    }
  });

  it("prints help and version", async () => {
    let t = io();
    expect(await run(["--help"], t.io)).toBe(0);
    expect(t.out()).toMatch(/Usage: news-text-parser/);
    expect(t.out()).toMatch(/Examples:/);
    t = io();
    expect(await run(["--version"], t.io)).toBe(0);
    expect(t.out()).toBe(`${pkg.version}\n`);
  });
});

/** An io with the optional parts too: file stats (for mtimes) and an output file. */
function fullIo(files: Record<string, { text: string; mtime?: string }>, stdin = "") {
  const base = io(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, v.text])), stdin);
  const written: Record<string, string> = {};
  const value: CliIo = {
    ...base.io,
    stat: async (path) => {
      const f = files[path];
      if (!f) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
      return { kind: "file", mtimeMs: Date.parse(f.mtime ?? "2025-01-01T00:00:00Z") };
    },
    readDir: async () => [],
    openOutput: async (path) => {
      if (path.startsWith("/nowhere/")) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
      written[path] = "";
      return { write: (t) => void (written[path] += t), close: async () => {} };
    },
  };
  return { ...base, io: value, written };
}

const STAMPED = "Harbour Gazette\n11 minutes ago\n- Harbour Gazette\nFerry vote passes\nThe town voted to keep the ferry for another ten years, the council said on Sunday.\n";

describe("cli run(): single file, --now and its default", () => {
  it("defaults --now to the file's modification time", async () => {
    const t = fullIo({ "p.txt": { text: STAMPED, mtime: "2025-08-14T18:00:00Z" } });
    expect(await run(["p.txt"], t.io)).toBe(0);
    expect((JSON.parse(t.out()) as Array<{ publishedAt: string }>)[0]!.publishedAt).toBe("2025-08-14T17:49:00.000Z");
    expect(t.err()).toBe("");
  });

  it("--now wins over the mtime; --now none and standard input leave relative times unresolved", async () => {
    let t = fullIo({ "p.txt": { text: STAMPED, mtime: "2025-08-14T18:00:00Z" } });
    expect(await run(["p.txt", "--now=2025-08-15T12:00:00+02:00"], t.io)).toBe(0);
    expect((JSON.parse(t.out()) as Array<{ publishedAt: string }>)[0]!.publishedAt).toBe("2025-08-15T09:49:00.000Z");

    t = fullIo({ "p.txt": { text: STAMPED, mtime: "2025-08-14T18:00:00Z" } });
    expect(await run(["p.txt", "--now", "none"], t.io)).toBe(0);
    expect((JSON.parse(t.out()) as Array<{ publishedAt: string | null }>)[0]!.publishedAt).toBeNull();
    expect(t.err()).toMatch(/^news-text-parser: warning: unresolved_timestamp: /);

    t = fullIo({}, STAMPED);
    expect(await run(["-"], t.io)).toBe(0);
    expect((JSON.parse(t.out()) as Array<{ publishedAt: string | null }>)[0]!.publishedAt).toBeNull();
    expect(t.err()).toMatch(/unresolved_timestamp/);
  });

  it("--now mtime is accepted explicitly; --now needs a zone", async () => {
    let t = fullIo({ "p.txt": { text: STAMPED, mtime: "2025-08-14T18:00:00Z" } });
    expect(await run(["p.txt", "--now", "mtime"], t.io)).toBe(0);
    expect((JSON.parse(t.out()) as Array<{ publishedAt: string }>)[0]!.publishedAt).toBe("2025-08-14T17:49:00.000Z");
    t = fullIo({ "p.txt": { text: STAMPED } });
    expect(await run(["p.txt", "--now", "2025-08-14T18:00:00"], t.io)).toBe(2);
    expect(t.err()).toBe(
      'news-text-parser: --now: not an ISO 8601 date with a zone (e.g. 2025-08-14T18:00:00Z), "mtime" or "none": 2025-08-14T18:00:00\nRun news-text-parser --help for usage.\n',
    );
  });
});

describe("cli run(): options", () => {
  it("--out writes the output to a file and nothing to stdout", async () => {
    const t = fullIo({ "p.txt": { text: STORY } });
    expect(await run(["p.txt", "--out", "articles.json"], t.io)).toBe(0);
    expect(t.out()).toBe("");
    expect((JSON.parse(t.written["articles.json"]!) as Array<{ title: string }>)[0]!.title).toBe("Harbour town votes to keep its ferry");
  });

  it("--out to a place that cannot be written exits 1", async () => {
    const t = fullIo({ "p.txt": { text: STORY } });
    expect(await run(["p.txt", "-o", "/nowhere/a.json"], t.io)).toBe(1);
    expect(t.err()).toBe("news-text-parser: cannot write /nowhere/a.json: no such file\n");
  });

  it("--rules adds rules to the defaults", async () => {
    const rules = JSON.stringify([{ id: "promo/harbour-hour", kind: "promo", pattern: "^listen to the harbour hour\\b", where: { maxLength: 80 } }]);
    const text = `${STORY}Listen to the Harbour Hour\n`;
    let t = io({ "p.txt": text, "rules.json": rules });
    expect(await run(["p.txt", "--page", "--rules", "rules.json"], t.io)).toBe(0);
    const page = JSON.parse(t.out()) as { articles: Array<{ removed: Array<{ ruleId: string }> }>; removed: Array<{ ruleId: string }> };
    const ruleIds = [...page.removed, ...page.articles.flatMap((a) => a.removed)].map((r) => r.ruleId);
    expect(ruleIds).toContain("promo/harbour-hour");
    // The defaults are still there: "Comments" is removed by a built-in rule.
    t = io({ "p.txt": `${STORY}Comments\n`, "rules.json": rules });
    expect(await run(["p.txt", "--page", "--rules=rules.json"], t.io)).toBe(0);
    expect((JSON.parse(t.out()) as { removed: Array<{ kind: string }> }).removed.map((r) => r.kind)).toContain("comments");
  });

  it("a bad --rules file is a usage error (exit 2) with one clear line", async () => {
    const cases: Array<[string | undefined, RegExp]> = [
      [undefined, /^news-text-parser: --rules: cannot read rules\.json: no such file$/m],
      ["{ not json", /^news-text-parser: --rules rules\.json: not valid JSON \(/m],
      ['{"id":"x"}', /^news-text-parser: --rules rules\.json: must be a JSON array of rules, got object$/m],
      ['[{"id":"promo/x","kind":"promo","pattern":"(a)\\\\1"}]', /^news-text-parser: --rules rules\.json: invalid rule: rule promo\/x has a pattern the RE2 engine cannot run \(\/\(a\)\\1\/\): back-reference \\1/m],
      ['[{"id":"promo/x","kind":"promo","phrases":[1]}]', /^news-text-parser: --rules rules\.json: invalid rule: rule promo\/x: phrases\.0 must be a non-empty string$/m],
      ['[{"id":"promo/x","kind":"promo"}]', /^news-text-parser: --rules rules\.json: invalid rule: rule promo\/x: needs phrases or a pattern$/m],
      ['[{"id":"promo/x","kind":"promo","pattern":"("}]', /^news-text-parser: --rules rules\.json: invalid rule: rule promo\/x has a pattern the RE2 engine cannot run/m],
    ];
    for (const [rules, message] of cases) {
      const t = io(rules === undefined ? { "p.txt": STORY } : { "p.txt": STORY, "rules.json": rules });
      expect(await run(["p.txt", "--rules", "rules.json"], t.io), String(rules)).toBe(2);
      expect(t.err()).toMatch(message);
      expect(t.out()).toBe("");
    }
  });

  it("reports an unknown --time-zone by its flag name", async () => {
    const t = io({ "p.txt": STORY });
    expect(await run(["p.txt", "--time-zone", "Nowhere/Land"], t.io)).toBe(2);
    expect(t.err()).toBe("news-text-parser: --time-zone: unknown IANA time zone\nRun news-text-parser --help for usage.\n");
  });

  it("every usage error names its cause", async () => {
    const cases: Array<[string[], string]> = [
      [["--bogus"], "unknown option --bogus"],
      [["-x"], "unknown option -x"],
      [["--now"], "--now needs a value"],
      [["--now="], "--now needs a value"],
      [["--format", "xml", "p.txt"], "--format must be one of text, markdown, json, ndjson, not xml"],
      [["--concurrency", "0", "p.txt"], "--concurrency must be a whole number from 1 to 64, not 0"],
      [["-j", "2.5", "p.txt"], "--concurrency must be a whole number from 1 to 64, not 2.5"],
      [["--page=yes", "p.txt"], "--page takes no value"],
      [["--ext", ",", "p.txt"], "--ext needs at least one extension"],
      [["p.txt", "-", "q.txt"], 'standard input ("-") cannot be mixed with files'],
      [["--out", "--page"], "--out needs a value"],
    ];
    for (const [argv, message] of cases) {
      const t = io({ "p.txt": STORY });
      expect(await run(argv, t.io), argv.join(" ")).toBe(2);
      expect(t.err()).toBe(`news-text-parser: ${message}\nRun news-text-parser --help for usage.\n`);
    }
  });

  it("-- ends the options, so a file may start with a dash", async () => {
    const t = io({ "--odd.txt": STORY });
    expect(await run(["--", "--odd.txt"], t.io)).toBe(0);
    expect(JSON.parse(t.out())).toHaveLength(1);
  });

  it("-h and -v are short for --help and --version; help documents every option and the mtime default", async () => {
    let t = io();
    expect(await run(["-h"], t.io)).toBe(0);
    for (const flag of ["--now", "--time-zone", "--rules", "--page", "--format", "--out", "--concurrency", "--ext", "--help", "--version"]) {
      expect(t.out()).toContain(flag);
    }
    expect(t.out()).toMatch(/modification time \(mtime\)/);
    expect(t.out()).toMatch(/news-text-parser crawl\/ --now 2025-08-14T18:00:00Z/);
    t = io();
    expect(await run(["-v"], t.io)).toBe(0);
    expect(t.out()).toBe(`${pkg.version}\n`);
  });

  it("exits 1 for unreadable and internal failures with one line", async () => {
    const t = io();
    t.io.readFile = async () => {
      throw Object.assign(new Error("EACCES"), { code: "EACCES" });
    };
    expect(await run(["secret.txt"], t.io)).toBe(1);
    expect(t.err()).toBe("news-text-parser: cannot read secret.txt: permission denied\n");
  });
});
