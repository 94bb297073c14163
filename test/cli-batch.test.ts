import { mkdtempSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createNodeWorkerPool, nodeIo } from "../src/cli/node-io.js";
import { pathToFileURL } from "node:url";
import { formatDuration, formatProgress, ProgressBar } from "../src/cli/progress.js";
import { run, type CliIo } from "../src/cli/run.js";
import { fakeIo } from "./helpers/fake-io.js";

// Invented pages (never copied from the corpus).
const FERRY = "Harbour town votes to keep its ferry\n11 minutes ago\nResidents of the harbour town voted on Sunday to keep the ferry running for another ten years.\nComments\n";
const ORCHARD = "Orchard fair returns to the valley\nThe apple orchard fair returned to the valley on Saturday after a two-year pause, organisers said.\n";
const BRIDGE = "Old stone bridge reopens\nThe old stone bridge over the river reopened to walkers on Friday after six months of repairs.\n";

type BatchRecord = { file: string; articles: Array<{ title: string; publishedAt: string | null }>; messages: Array<{ code: string }>; removed?: unknown[] };
const lines = (s: string) => s.split("\n").filter((l) => l !== "").map((l) => JSON.parse(l) as BatchRecord);

const CRAWL = {
  "crawl/a.txt": { text: FERRY, mtime: "2025-08-14T18:00:00Z" },
  "crawl/b.txt": ORCHARD,
  "crawl/2025/c.txt": BRIDGE,
  "crawl/notes.json": "{}",
  "crawl/.cache/d.txt": FERRY,
  "crawl/node_modules/e.txt": FERRY,
};

describe("cli batch mode: inputs", () => {
  it("walks a folder for *.txt in name order (folders are entered in order too), skipping hidden folders and node_modules", async () => {
    const t = fakeIo(CRAWL);
    expect(await run(["crawl/"], t.io)).toBe(0);
    const records = lines(t.out());
    expect(records.map((r) => r.file)).toEqual(["crawl/2025/c.txt", "crawl/a.txt", "crawl/b.txt"]);
    expect(records.map((r) => Object.keys(r))).toEqual([
      ["file", "articles", "messages"],
      ["file", "articles", "messages"],
      ["file", "articles", "messages"],
    ]);
    expect(records[1]!.articles[0]!.title).toBe("Harbour town votes to keep its ferry");
    expect(t.err()).toBe("");
  });

  it("takes several files and folders, once each, in the order given", async () => {
    const t = fakeIo(CRAWL);
    expect(await run(["crawl/b.txt", "crawl/2025", "crawl/b.txt", "crawl/notes.json"], t.io)).toBe(0);
    // notes.json is given explicitly, so it is read as a page, whatever its extension.
    expect(lines(t.out()).map((r) => r.file)).toEqual(["crawl/b.txt", "crawl/2025/c.txt", "crawl/notes.json"]);
  });

  it("--ext chooses the extensions taken from folders", async () => {
    const t = fakeIo({ "crawl/a.text": FERRY, "crawl/b.TXT": ORCHARD, "crawl/c.md": BRIDGE });
    expect(await run(["crawl", "--ext", "text,.txt"], t.io)).toBe(0);
    expect(lines(t.out()).map((r) => r.file)).toEqual(["crawl/a.text", "crawl/b.TXT"]);
  });

  it("expands globs: *, **, ?, [..] and {a,b}", async () => {
    const cases: Array<[string, string[]]> = [
      ["crawl/*.txt", ["crawl/a.txt", "crawl/b.txt"]],
      ["crawl/**/*.txt", ["crawl/2025/c.txt", "crawl/a.txt", "crawl/b.txt"]],
      ["crawl/?.txt", ["crawl/a.txt", "crawl/b.txt"]],
      ["crawl/[!a].txt", ["crawl/b.txt"]],
      ["crawl/{a,2025/c}.txt", ["crawl/2025/c.txt", "crawl/a.txt"]],
      ["**/c.txt", ["crawl/2025/c.txt"]],
    ];
    for (const [glob, expected] of cases) {
      const t = fakeIo(CRAWL);
      expect(await run([glob], t.io), glob).toBe(0);
      expect(lines(t.out()).map((r) => r.file), glob).toEqual(expected);
    }
  });

  it("reports operands that give no page, keeps going, and exits 1", async () => {
    const t = fakeIo({ ...CRAWL, "docs/readme.md": "# notes" });
    expect(await run(["missing.txt", "crawl/*.md", "nowhere/*.txt", "crawl/a.txt", "docs/"], t.io)).toBe(1);
    expect(lines(t.out()).map((r) => r.file)).toEqual(["crawl/a.txt"]);
    expect(t.err()).toBe(
      [
        "news-text-parser: cannot read missing.txt: no such file",
        "news-text-parser: no files match crawl/*.md",
        "news-text-parser: no files match nowhere/*.txt (no folder nowhere)",
        "news-text-parser: no *.txt files in docs/",
        "news-text-parser: 4 failed, 1 of 1 pages written",
        "",
      ].join("\n"),
    );
  });
});

describe("cli batch mode: output", () => {
  it("--format json writes one JSON array; an empty batch is []", async () => {
    let t = fakeIo(CRAWL);
    expect(await run(["crawl", "--format", "json"], t.io)).toBe(0);
    const array = JSON.parse(t.out()) as BatchRecord[];
    expect(array.map((r) => r.file)).toEqual(["crawl/2025/c.txt", "crawl/a.txt", "crawl/b.txt"]);
    t = fakeIo({ "crawl/x.md": "" });
    expect(await run(["crawl/*.txt", "--format=json"], t.io)).toBe(1);
    expect(t.out()).toBe("[]\n");
  });

  it("--format ndjson on one file gives one record", async () => {
    const t = fakeIo(CRAWL);
    expect(await run(["crawl/b.txt", "--format", "ndjson"], t.io)).toBe(0);
    expect(lines(t.out())).toHaveLength(1);
    expect(t.out().endsWith("}\n")).toBe(true);
  });

  it("--page adds the page-level removed to each record", async () => {
    const t = fakeIo(CRAWL);
    expect(await run(["crawl/*.txt", "--page"], t.io)).toBe(0);
    const [a] = lines(t.out());
    expect(Object.keys(a!)).toEqual(["file", "articles", "removed", "messages"]);
    expect((a!.removed as Array<{ kind: string }>).map((r) => r.kind)).toContain("comments");
  });

  it("--out writes the records to a file", async () => {
    const t = fakeIo(CRAWL);
    expect(await run(["crawl", "--out", "all.ndjson"], t.io)).toBe(0);
    expect(t.out()).toBe("");
    expect(lines(t.outputs["all.ndjson"]!)).toHaveLength(3);
  });

  it("--now defaults to each file's mtime; --now and --now none override it", async () => {
    const tree = { "crawl/a.txt": { text: FERRY, mtime: "2025-08-14T18:00:00Z" }, "crawl/b.txt": { text: FERRY, mtime: "2025-08-15T06:30:00Z" } };
    let t = fakeIo(tree);
    expect(await run(["crawl"], t.io)).toBe(0);
    expect(lines(t.out()).map((r) => r.articles[0]!.publishedAt)).toEqual(["2025-08-14T17:49:00.000Z", "2025-08-15T06:19:00.000Z"]);
    t = fakeIo(tree);
    expect(await run(["crawl", "--now", "2025-08-20T00:00:00Z"], t.io)).toBe(0);
    expect(lines(t.out()).map((r) => r.articles[0]!.publishedAt)).toEqual(["2025-08-19T23:49:00.000Z", "2025-08-19T23:49:00.000Z"]);
    t = fakeIo(tree);
    expect(await run(["crawl", "--now", "none"], t.io)).toBe(0);
    const records = lines(t.out());
    expect(records.map((r) => r.articles[0]!.publishedAt)).toEqual([null, null]);
    expect(records[0]!.messages.map((m) => m.code)).toEqual(["unresolved_timestamp"]);
    // Messages stay in the records; standard error is for failures only.
    expect(t.err()).toBe("");
  });

  it("--time-zone applies to dates printed without a zone", async () => {
    const page = "Harbour Gazette\n14-08-2025 09:30\n- Harbour Gazette\nFerry vote passes\nThe town voted to keep the ferry for another ten years, the council said on Sunday.\n";
    const t = fakeIo({ "c/a.txt": page });
    expect(await run(["c", "--time-zone", "Europe/Paris"], t.io)).toBe(0);
    expect(lines(t.out())[0]!.articles[0]!.publishedAt).toBe("2025-08-14T07:30:00.000Z");
  });

  it("--rules applies in batch mode too", async () => {
    const rules = JSON.stringify([{ id: "promo/orchard-club", kind: "promo", phrases: ["Join the orchard club"] }]);
    const t = fakeIo({ "c/a.txt": `${ORCHARD}Join the orchard club\n`, "rules.json": rules });
    expect(await run(["c", "--page", "--rules", "rules.json"], t.io)).toBe(0);
    const [r] = lines(t.out());
    expect(JSON.stringify(r)).toContain("promo/orchard-club");
  });
});

describe("cli batch mode: failures, progress and Ctrl-C", () => {
  it("reports a bad file with its path, skips it, writes the rest and exits 1", async () => {
    const t = fakeIo({ "c/1.txt": FERRY, "c/2.txt": "  \n", "c/3.txt": "x".repeat(5_000_001), "c/4.txt": ORCHARD });
    t.io.readFile = async (p) => {
      if (p === "c/5.txt") throw Object.assign(new Error("EACCES"), { code: "EACCES" });
      return (await fakeIo({ "c/1.txt": FERRY, "c/2.txt": "  \n", "c/3.txt": "x".repeat(5_000_001), "c/4.txt": ORCHARD }).io.readFile(p));
    };
    expect(await run(["c/1.txt", "c/2.txt", "c/3.txt", "c/4.txt"], t.io)).toBe(1);
    expect(lines(t.out()).map((r) => r.file)).toEqual(["c/1.txt", "c/4.txt"]);
    const err = t.err().split("\n");
    expect(err[0]).toBe("news-text-parser: c/2.txt: input is empty");
    expect(err[1]).toMatch(/^news-text-parser: c\/3\.txt: input too large \(input too large: 5000001 characters, the limit is 5000000; raise it with --max-input-length\)$/);
    expect(err[2]).toBe("news-text-parser: 2 failed, 2 of 4 pages written");
  });

  it("reports a file that cannot be read, with the reason", async () => {
    const t = fakeIo({ "c/1.txt": FERRY, "c/2.txt": ORCHARD });
    const read = t.io.readFile;
    t.io.readFile = async (p) => {
      if (p === "c/2.txt") throw Object.assign(new Error("EACCES"), { code: "EACCES" });
      return read(p);
    };
    expect(await run(["c"], t.io)).toBe(1);
    expect(t.err()).toBe("news-text-parser: cannot read c/2.txt: permission denied\nnews-text-parser: 1 failed, 1 of 2 pages written\n");
  });

  it("draws a progress bar with pages/s and ETA only when stderr is a terminal", async () => {
    let clock = 0;
    const tree = { "c/1.txt": FERRY, "c/2.txt": ORCHARD, "c/3.txt": BRIDGE };
    const t = fakeIo(tree, { stderrIsTTY: true, stderrColumns: 100, now: () => (clock += 500) });
    expect(await run(["c"], t.io)).toBe(0);
    expect(t.err()).toMatch(/\r\x1b\[2K\[#+-*\] +\d\/3 pages {2}\d+\.\d pages\/s {2}ETA \d:\d\d/);
    expect(t.err()).toMatch(/3 pages in \d:\d\d \(\d+\.\d pages\/s\)\n$/);
    expect(lines(t.out())).toHaveLength(3);

    const quiet = fakeIo(tree, { stderrIsTTY: false, now: () => (clock += 500) });
    expect(await run(["c"], quiet.io)).toBe(0);
    expect(quiet.err()).toBe("");
  });

  it("Ctrl-C stops after the page being written: whole NDJSON lines, exit 130", async () => {
    const tree = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`c/${String(i).padStart(2, "0")}.txt`, FERRY]));
    const t = fakeIo(tree);
    const read = t.io.readFile;
    t.io.readFile = async (p) => {
      if (p === "c/03.txt") t.interrupt();
      return read(p);
    };
    expect(await run(["c"], t.io)).toBe(130);
    expect(t.out().endsWith("\n")).toBe(true);
    expect(lines(t.out()).map((r) => r.file)).toEqual(["c/00.txt", "c/01.txt", "c/02.txt"]);
    expect(t.err()).toBe("news-text-parser: interrupted: 3 of 10 pages written, the output is complete up to there\n");
  });

  it("Ctrl-C with --format json closes the array", async () => {
    const tree = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`c/${i}.txt`, FERRY]));
    const t = fakeIo(tree);
    const read = t.io.readFile;
    t.io.readFile = async (p) => {
      if (p === "c/5.txt") t.interrupt();
      return read(p);
    };
    expect(await run(["c", "--format", "json", "--out", "o.json"], t.io)).toBe(130);
    expect((JSON.parse(t.outputs["o.json"]!) as unknown[]).length).toBe(5);
  });
});

describe("cli batch mode: worker threads (dist/cli/worker.js)", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "ntp-cli-batch-"));
    mkdirSync(join(dir, "crawl/sub"), { recursive: true });
    const pages = [FERRY, ORCHARD, BRIDGE];
    for (let i = 0; i < 24; i++) {
      const file = join(dir, i % 3 === 0 ? "crawl/sub" : "crawl", `p${String(i).padStart(2, "0")}.txt`);
      writeFileSync(file, pages[i % 3]!);
      utimesSync(file, new Date("2025-08-14T18:00:00Z"), new Date("2025-08-14T18:00:00Z"));
    }
    writeFileSync(join(dir, "crawl/broken.txt"), "\n\n");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function realIo() {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = { ...nodeIo(), stdout: (t) => out.push(t), stderr: (t) => err.push(t), stderrIsTTY: false };
    return { io, out: () => out.join(""), err: () => err.join("") };
  }

  it("--concurrency N gives the same output, in the same order, as one thread", async () => {
    const one = realIo();
    expect(await run([join(dir, "crawl"), "--page"], one.io)).toBe(1);
    const four = realIo();
    expect(await run([join(dir, "crawl"), "--page", "--concurrency", "4"], four.io)).toBe(1);
    expect(four.out()).toBe(one.out());
    expect(four.err()).toBe(one.err());
    expect(lines(one.out())).toHaveLength(24);
    expect(one.err()).toBe(`news-text-parser: ${join(dir, "crawl/broken.txt")}: input is empty\nnews-text-parser: 1 failed, 24 of 25 pages written\n`);
    expect(lines(one.out()).find((r) => r.file.endsWith("sub/p00.txt"))!.articles[0]!.publishedAt).toBe("2025-08-14T17:49:00.000Z");
  });

  it("workers apply --rules, --time-zone and --now", async () => {
    writeFileSync(join(dir, "rules.json"), JSON.stringify([{ id: "promo/bridge-walk", kind: "promo", phrases: ["Book a bridge walk"] }]));
    const pageDir = join(dir, "rules-crawl");
    mkdirSync(pageDir, { recursive: true });
    for (let i = 0; i < 4; i++) writeFileSync(join(pageDir, `${i}.txt`), `Harbour Gazette\n14-08-2025 09:30\n- Harbour Gazette\n${BRIDGE}Book a bridge walk\n`);
    const argv = [pageDir, "--rules", join(dir, "rules.json"), "--time-zone", "Europe/Paris", "--now", "none", "--page"];
    const one = realIo();
    expect(await run(argv, one.io)).toBe(0);
    const two = realIo();
    expect(await run([...argv, "-j", "2"], two.io)).toBe(0);
    expect(two.out()).toBe(one.out());
    expect(one.out()).toContain("promo/bridge-walk");
    expect(lines(one.out())[0]!.articles[0]!.publishedAt).toBe("2025-08-14T07:30:00.000Z");
  });

  it("a worker that crashes fails only its page, and a worker script that cannot start fails the pages instead of hanging", async () => {
    const setup = { timeZone: undefined, rules: undefined, page: false, encoding: undefined, maxInputLength: undefined };
    const dying = join(dir, "dying-worker.mjs");
    // Answers the first page, then exits in the middle of the second.
    writeFileSync(
      dying,
      'import { parentPort } from "node:worker_threads";\nlet n = 0;\nparentPort.on("message", (t) => { if (n++ > 0) process.exit(3); parentPort.postMessage({ index: t.index, outcome: { ok: true, json: "{}" } }); });\n',
    );
    let pool = createNodeWorkerPool(1, setup, pathToFileURL(dying));
    expect(await pool.run({ index: 0, file: "a.txt", referenceTime: undefined })).toEqual({ ok: true, json: "{}" });
    expect(await pool.run({ index: 1, file: "b.txt", referenceTime: undefined })).toEqual({ ok: false, message: "b.txt: internal error in worker: exited with code 3" });
    expect(await pool.run({ index: 2, file: "c.txt", referenceTime: undefined })).toEqual({ ok: true, json: "{}" });
    await pool.close();

    const broken = join(dir, "broken-worker.mjs");
    writeFileSync(broken, 'throw new Error("cannot start");\n');
    pool = createNodeWorkerPool(2, setup, pathToFileURL(broken));
    const outcomes = await Promise.all([0, 1, 2].map((index) => pool.run({ index, file: `${index}.txt`, referenceTime: undefined })));
    expect(outcomes.every((o) => !o.ok && o.message.endsWith("internal error in worker: cannot start"))).toBe(true);
    expect(await pool.run({ index: 3, file: "3.txt", referenceTime: undefined })).toEqual({ ok: false, message: "3.txt: internal error in worker: cannot start" });
    await pool.close();
  });

  it("--out through the real file system", async () => {
    const t = realIo();
    const out = join(dir, "out.json");
    expect(await run([join(dir, "crawl/sub"), "--format", "json", "--out", out, "-j", "2"], t.io)).toBe(0);
    expect((JSON.parse(readFileSync(out, "utf8")) as unknown[]).length).toBe(8);
  });
});

describe("cli helpers", () => {
  it("formatProgress and formatDuration", () => {
    expect(formatDuration(5)).toBe("0:05");
    expect(formatDuration(3725)).toBe("1:02:05");
    expect(formatProgress({ done: 0, total: 10, failed: 0, elapsedMs: 0 })).toBe("[------------------------------]   0/10 pages  0.0 pages/s  ETA --:--");
    expect(formatProgress({ done: 5, total: 10, failed: 1, elapsedMs: 2000 })).toBe("[###############---------------]   5/10 pages  2.5 pages/s  ETA 0:02  1 failed");
    expect(formatProgress({ done: 5, total: 10, failed: 0, elapsedMs: 2000 }, 40).length).toBeLessThanOrEqual(39);
  });

  it("ProgressBar is silent when disabled, throttles frames, and keeps log lines clean", () => {
    const written: string[] = [];
    let t = 0;
    const off = new ProgressBar((s) => written.push(s), () => t, false);
    off.update({ done: 1, total: 2, failed: 0 }, true);
    expect(written).toEqual([]);
    const on = new ProgressBar((s) => written.push(s), () => t, true, 80, 100);
    on.update({ done: 0, total: 2, failed: 0 }, true);
    t = 50;
    on.update({ done: 1, total: 2, failed: 0 });
    expect(written).toHaveLength(1);
    on.log("news-text-parser: x.txt: input is empty");
    expect(written.slice(1)).toEqual(["\r\x1b[2K", "news-text-parser: x.txt: input is empty\n"]);
    on.update({ done: 2, total: 2, failed: 1 });
    expect(written).toHaveLength(4);
    on.clear();
    expect(written[4]).toBe("\r\x1b[2K");
    // A terminal that reports 0 columns still gets a readable bar.
    const narrow: string[] = [];
    new ProgressBar((s) => narrow.push(s), () => 0, true, 0).update({ done: 1, total: 4, failed: 0 }, true);
    expect(narrow[0]).toMatch(/1\/4 pages/);
  });
});
