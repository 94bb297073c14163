import { spawn, spawnSync } from "node:child_process";
import { chmodSync, closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pkg from "../package.json" with { type: "json" };
import { ROOT } from "./helpers/fixtures.js";

// The built binary, run as a user runs it (`npm test` builds dist/ first).
const BIN = join(ROOT, "dist/cli/bin.js");
const SEED = join(ROOT, "fixtures/seed-daily8-article");

const FERRY = "Harbour town votes to keep its ferry\n11 minutes ago\nResidents of the harbour town voted on Sunday to keep the ferry running for another ten years.\nComments\n";
const ORCHARD = "Orchard fair returns to the valley\nThe apple orchard fair returned to the valley on Saturday after a two-year pause, organisers said.\n";

function cli(args: string[], options: { cwd?: string; input?: string } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? ROOT, input: options.input ?? "", encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe("the built CLI (node dist/cli/bin.js)", () => {
  let dir: string;
  beforeAll(() => {
    expect(existsSync(BIN), "dist/cli/bin.js is built by npm test").toBe(true);
    dir = mkdtempSync(join(tmpdir(), "ntp-e2e-"));
    mkdirSync(join(dir, "crawl/2025-08-14"), { recursive: true });
    writeFileSync(join(dir, "crawl/2025-08-14/ferry.txt"), FERRY);
    writeFileSync(join(dir, "crawl/2025-08-14/orchard.txt"), ORCHARD);
    copyFileSync(join(SEED, "input.txt"), join(dir, "crawl/seed.txt"));
    writeFileSync(join(dir, "crawl/empty.txt"), "\n");
    writeFileSync(join(dir, "crawl/notes.md"), "# not a page\n");
    const scraped = new Date("2025-08-14T18:00:00Z");
    utimesSync(join(dir, "crawl/2025-08-14/ferry.txt"), scraped, scraped);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("parses a folder to NDJSON, reports the bad file on stderr and exits 1", () => {
    const r = cli(["crawl/", "--now", "2025-08-14T18:00:00Z"], { cwd: dir });
    expect(r.code).toBe(1);
    const records = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { file: string; articles: Array<{ title: string }>; messages: unknown[] });
    expect(records.map((x) => x.file)).toEqual(["crawl/2025-08-14/ferry.txt", "crawl/2025-08-14/orchard.txt", "crawl/seed.txt"]);
    expect(records[0]!.articles[0]!.title).toBe("Harbour town votes to keep its ferry");
    expect(r.stderr).toBe("news-text-parser: crawl/empty.txt: input is empty\nnews-text-parser: 1 failed, 3 of 4 pages written\n");
  });

  it("the golden seed in a batch equals its expected.json", () => {
    const r = cli([join(dir, "crawl/seed.txt"), "--format", "json", "--page", "--now", "2025-08-14T18:00:00Z"]);
    expect(r.code).toBe(0);
    const [record] = JSON.parse(r.stdout) as Array<Record<string, unknown>>;
    const expected = JSON.parse(readFileSync(join(SEED, "expected.json"), "utf8")) as Record<string, unknown>;
    // expected.json is the whole parsePage result; the CLI record holds its articles, removed and messages.
    expect({ articles: record!.articles, removed: record!.removed, messages: record!.messages }).toEqual({ articles: expected.articles, removed: expected.removed, messages: expected.messages });
  });

  it("uses each file's mtime without --now, on worker threads, into --out", () => {
    const out = join(dir, "out.json");
    const r = cli(["crawl/**/*.txt", "--format", "json", "--out", out, "--concurrency", "2"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe("");
    const records = JSON.parse(readFileSync(out, "utf8")) as Array<{ file: string; articles: Array<{ publishedAt: string | null }> }>;
    expect(records.find((x) => x.file.endsWith("ferry.txt"))!.articles[0]!.publishedAt).toBe("2025-08-14T17:49:00.000Z");
  });

  it("keeps the single-file form: indented JSON, stdin, exit codes", () => {
    let r = cli(["crawl/2025-08-14/orchard.txt"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout.startsWith("[\n  {\n")).toBe(true);
    r = cli(["-", "--page"], { input: ORCHARD });
    expect(r.code).toBe(0);
    expect(Object.keys(JSON.parse(r.stdout) as object)).toEqual(["articles", "removed", "messages"]);
    r = cli(["missing.txt"], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([1, "news-text-parser: cannot read missing.txt: no such file\n"]);
    r = cli(["--format", "yaml"]);
    expect(r.code).toBe(2);
  });

  it("--version prints the package version", () => {
    const r = cli(["--version"]);
    expect([r.code, r.stdout]).toEqual([0, `${pkg.version}\n`]);
  });

  it("Ctrl-C (SIGINT) stops cleanly: the JSON array is closed, every record whole, exit 130", async () => {
    const big = join(dir, "big");
    mkdirSync(big);
    const seed = readFileSync(join(SEED, "input.txt"), "utf8");
    for (let i = 0; i < 3000; i++) writeFileSync(join(big, `p${String(i).padStart(4, "0")}.txt`), seed);
    const out = join(dir, "big.json");
    const child = spawn(process.execPath, [BIN, big, "--format", "json", "--out", out, "--now", "2025-08-14T18:00:00Z"], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    // Wait until some records are on disk, then press Ctrl-C.
    // At most 1,500 polls 20 ms apart: a bound on polls, not a clock deadline.
    for (let polls = 0; polls < 1_500 && (!existsSync(out) || statSync(out).size < 50_000); polls++) await new Promise((r) => setTimeout(r, 20));
    child.kill("SIGINT");
    const code = await exited;
    const records = JSON.parse(readFileSync(out, "utf8")) as Array<{ file: string }>;
    if (code === 0) {
      // The machine was fast enough to finish first: then the output is simply complete.
      expect(records).toHaveLength(3000);
    } else {
      expect(code).toBe(130);
      expect(records.length).toBeGreaterThan(0);
      expect(records.length).toBeLessThan(3000);
      expect(records.map((x) => x.file)).toEqual(Array.from({ length: records.length }, (_, i) => join(big, `p${String(i).padStart(4, "0")}.txt`)));
      expect(stderr).toMatch(new RegExp(`^news-text-parser: interrupted: ${records.length} of 3000 pages written`, "m"));
    }
  });

  it("npm start shows the seed as the text view", () => {
    const script = pkg.scripts.start;
    const args = script.slice(script.indexOf("dist/cli/bin.js") + "dist/cli/bin.js".length).trim().split(/\s+/u);
    const r = cli(args);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^\[1\/\d+ main\] \S/u);
    expect(r.stdout).toMatch(/^\d+ articles; removed from the page: /mu);
  });

  it("a closed pipe (| head -c 100) ends quietly: no stack trace, exit 141", () => {
    const many = join(dir, "many");
    mkdirSync(many);
    const seed = readFileSync(join(SEED, "input.txt"), "utf8");
    // Far more than a pipe buffer holds, so the writer meets the closed pipe.
    for (let i = 0; i < 60; i++) writeFileSync(join(many, `p${String(i).padStart(2, "0")}.txt`), seed);
    const r = spawnSync("bash", ["-c", `"${process.execPath}" "${BIN}" "${many}" --format json --now 2025-08-14T18:00:00Z | head -c 100 > /dev/null; echo "\${PIPESTATUS[0]}" >&2`], { encoding: "utf8", timeout: 60_000 });
    expect(r.stderr).toBe("141\n");
  });

  it("a full disk is one line and exit 1: > /dev/full and --out /dev/full", () => {
    const full = openSync("/dev/full", "w");
    try {
      const r = spawnSync(process.execPath, [BIN, join(SEED, "input.txt")], { stdio: ["ignore", full, "pipe"], encoding: "utf8", timeout: 60_000 });
      expect(r.status).toBe(1);
      expect(r.stderr).toBe("news-text-parser: cannot write standard output: no space left on device\n");
    } finally {
      closeSync(full);
    }
    const o = cli([join(SEED, "input.txt"), "--out", "/dev/full"]);
    expect(o.code).toBe(1);
    expect(o.stderr).toBe("news-text-parser: cannot write /dev/full: no space left on device\n");
  });

  it("a lone fifo is refused at once, not waited on", () => {
    const fifo = join(dir, "lone.fifo");
    spawnSync("mkfifo", [fifo]);
    const r = cli([fifo]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`news-text-parser: cannot read ${fifo}: not a regular file (a fifo); to read a pipe, send it to standard input: news-text-parser - < ${fifo}\n`);
  });

  it("Ctrl-C as soon as --out is created, while 2,000 files are still being found: a closed JSON array and a message", async () => {
    const crowd = join(dir, "crowd");
    for (let d = 0; d < 40; d++) {
      mkdirSync(join(crowd, `d${String(d).padStart(2, "0")}`), { recursive: true });
      for (let i = 0; i < 50; i++) writeFileSync(join(crowd, `d${String(d).padStart(2, "0")}`, `p${i}.txt`), FERRY);
    }
    const out = join(dir, "crowd.json");
    const child = spawn(process.execPath, [BIN, crowd, "--format", "json", "--out", out, "--now", "2025-08-14T18:00:00Z"], { stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    for (let polls = 0; polls < 30_000 && !existsSync(out); polls++) await new Promise((r) => setTimeout(r, 1));
    child.kill("SIGINT");
    const code = await exited;
    const records = JSON.parse(readFileSync(out, "utf8")) as unknown[];
    if (code === 0) expect(records).toHaveLength(2000);
    else {
      expect(code).toBe(130);
      expect(records.length).toBeLessThan(2000);
      expect(stderr).toMatch(new RegExp(`^news-text-parser: interrupted: ${records.length} of \\d+ pages written`, "m"));
    }
  });

  it("an unreadable subfolder (chmod 000, run as a user it stops) is named; the rest is parsed", (ctx) => {
    const tree = mkdtempSync(join(tmpdir(), "ntp-e2e-locked-"));
    try {
      mkdirSync(join(tree, "crawl/locked"), { recursive: true });
      mkdirSync(join(tree, "crawl/open"));
      writeFileSync(join(tree, "crawl/a.txt"), FERRY);
      writeFileSync(join(tree, "crawl/locked/hidden.txt"), ORCHARD);
      writeFileSync(join(tree, "crawl/open/z.txt"), ORCHARD);
      for (const d of [tree, join(tree, "crawl"), join(tree, "crawl/open")]) chmodSync(d, 0o755);
      for (const f of ["crawl/a.txt", "crawl/open/z.txt"]) chmodSync(join(tree, f), 0o644);
      chmodSync(join(tree, "crawl/locked"), 0o000);
      // chmod 000 does not stop root: as root, run the CLI as "nobody", which it does stop.
      const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
      const probe = spawnSync(process.execPath, [BIN, "--version"], { ...asUser, encoding: "utf8", timeout: 60_000 });
      if (probe.status !== 0) ctx.skip(`user 65534 cannot run ${BIN} here (${probe.stderr.trim().split("\n")[0]}); the injected-fs test in cli-files.test.ts covers this`);
      const r = spawnSync(process.execPath, [BIN, join(tree, "crawl"), "--now", "2025-08-14T18:00:00Z"], { ...asUser, cwd: tree, encoding: "utf8", timeout: 60_000 });
      expect(r.status).toBe(1);
      expect(r.stdout.trim().split("\n").map((l) => (JSON.parse(l) as { file: string }).file)).toEqual([join(tree, "crawl/a.txt"), join(tree, "crawl/open/z.txt")]);
      expect(r.stderr).toBe(`news-text-parser: cannot read ${join(tree, "crawl/locked")}: permission denied\nnews-text-parser: 1 failed, 2 of 2 pages written\n`);
    } finally {
      chmodSync(join(tree, "crawl/locked"), 0o755);
      rmSync(tree, { recursive: true, force: true });
    }
  });
});
