/**
 * Issue 12 §5: the CLI over real folders. Bad entries are skipped and named exactly, globs run in
 * linear time, output errors end in one line, Ctrl-C is handled from the start, bytes are decoded
 * without guessing, and sizes are checked before reading. The file system is injected (tests run
 * as root here, and root is not stopped by `chmod 000`); node-io and node-read are tested on disk.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodePage } from "../src/cli/decode.js";
import { displayPath, expandInputs, type FileSystem } from "../src/cli/inputs.js";
import { nodeIo } from "../src/cli/node-io.js";
import { readFileLimited, readStreamLimited } from "../src/cli/node-read.js";
import { run, type CliIo } from "../src/cli/run.js";
import { fakeIo } from "./helpers/fake-io.js";

// Invented pages (never copied from the corpus).
const FERRY = "Harbour town votes to keep its ferry\nResidents of the harbour town voted on Sunday to keep the ferry running for another ten years.\n";
const ORCHARD = "Orchard fair returns to the valley\nThe apple orchard fair returned to the valley on Saturday after a two-year pause, organisers said.\n";

const files = (ndjson: string) =>
  ndjson
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => (JSON.parse(l) as { file: string }).file);

describe("folder walks: a bad entry is skipped and named, the rest is parsed (exit 1)", () => {
  it("an unreadable subfolder (chmod 000) is reported by its own path; files before and after it are parsed", async () => {
    const t = fakeIo({ "crawl/a.txt": FERRY, "crawl/locked": { kind: "locked" }, "crawl/m/b.txt": ORCHARD, "crawl/z.txt": FERRY });
    expect(await run(["crawl"], t.io)).toBe(1);
    expect(files(t.out())).toEqual(["crawl/a.txt", "crawl/m/b.txt", "crawl/z.txt"]);
    expect(t.err()).toMatch(/^news-text-parser: cannot read crawl\/locked: permission denied$/m);
    expect(t.err()).toMatch(/^news-text-parser: 1 failed, 3 of 3 pages written$/m);
  });

  it("a name that is not UTF-8 is named with its bytes and skipped; the files sorted after it are parsed", async () => {
    const t = fakeIo({ "crawl/a.txt": FERRY, "crawl/b\\xE9.txt": { kind: "bad-name" }, "crawl/c.txt": ORCHARD, "crawl/d/e.txt": FERRY });
    expect(await run(["crawl"], t.io)).toBe(1);
    expect(files(t.out())).toEqual(["crawl/a.txt", "crawl/c.txt", "crawl/d/e.txt"]);
    expect(t.err()).toMatch(/^news-text-parser: cannot read crawl\/b\\xE9\.txt: the name is not valid UTF-8; skipped$/m);
  });

  it("a dangling symbolic link and a fifo are reported, not skipped without a word", async () => {
    const t = fakeIo({ "crawl/a.txt": FERRY, "crawl/gone.txt": { kind: "broken-link" }, "crawl/pipe.txt": { kind: "fifo" }, "crawl/gone.md": { kind: "broken-link" } });
    expect(await run(["crawl"], t.io)).toBe(1);
    expect(files(t.out())).toEqual(["crawl/a.txt"]);
    expect(t.err()).toMatch(/^news-text-parser: cannot read crawl\/gone\.txt: broken symbolic link$/m);
    expect(t.err()).toMatch(/^news-text-parser: cannot read crawl\/pipe\.txt: not a regular file$/m);
    // Only entries the walk would have taken are reported: a link named *.md is not a page.
    expect(t.err()).not.toMatch(/gone\.md/);
  });

  it("a lone fifo given by name is refused at once with a way to read it (not opened, so never blocks)", async () => {
    const t = fakeIo({ "pipe.txt": { kind: "fifo" } });
    expect(await run(["pipe.txt"], t.io)).toBe(1);
    expect(t.err()).toBe("news-text-parser: cannot read pipe.txt: not a regular file (a fifo); to read a pipe, send it to standard input: news-text-parser - < pipe.txt\n");
  });

  it("a file name with a newline keeps every error on one line", async () => {
    const t = fakeIo({ "crawl/a.txt": FERRY, "crawl/two\nlines.txt": "\n", "crawl/tab\there.txt": new Uint8Array([0x41, 0, 0x42]) });
    expect(await run(["crawl"], t.io)).toBe(1);
    const lines = t.err().trimEnd().split("\n");
    expect(lines).toEqual([
      "news-text-parser: crawl/tab\\there.txt: binary file, not text (NUL byte at offset 1)",
      "news-text-parser: crawl/two\\nlines.txt: input is empty",
      "news-text-parser: 2 failed, 1 of 3 pages written",
    ]);
    expect(displayPath("a\u001b[31m\r.txt")).toBe("a\\x1b[31m\\r.txt");
  });
});

describe("globs: a maintained matcher, linear work", () => {
  it("a path that exists is a file, whatever characters its name holds", async () => {
    const t = fakeIo({ "Angus Barbieri [...].txt": FERRY, "A.txt": ORCHARD });
    expect(await run(["Angus Barbieri [...].txt", "--format", "ndjson"], t.io)).toBe(0);
    expect(files(t.out())).toEqual(["Angus Barbieri [...].txt"]);
    // As a glob, [...] is a class of one character: "A.txt" is what it matches when no such file exists.
    const g = fakeIo({ "A.txt": ORCHARD });
    expect(await run(["[...A].txt"], g.io)).toBe(0);
    expect(files(g.out())).toEqual(["A.txt"]);
  });

  it("runs of ** on a 25-level tree list each folder once", async () => {
    const deep = Array.from({ length: 25 }, (_, i) => `d${i}`).join("/");
    const t = fakeIo({ [`deepg/${deep}/page.txt`]: FERRY });
    expect(await run([`deepg/${"**/".repeat(10)}*.none`], t.io)).toBe(1);
    expect(t.err()).toMatch(/no files match deepg\/\*\*\//);
    // 26 folders, each listed once: the work grows with the tree, not with the number of **.
    expect(t.readDirCalls).toHaveLength(26);
    expect(new Set(t.readDirCalls).size).toBe(26);
    const found = fakeIo({ [`deepg/${deep}/page.txt`]: FERRY });
    expect(await run([`deepg/${"**/".repeat(10)}*.txt`], found.io)).toBe(0);
    expect(files(found.out())).toEqual([`deepg/${deep}/page.txt`]);
    expect(found.readDirCalls).toHaveLength(26);
  });

  it("stars that would backtrack exponentially (*a*a…*b beside a name of 200 a's) finish", async () => {
    // A backtracking matcher (the hand-written one, and picomatch's own RegExp) takes minutes here;
    // RE2 runs it in one pass over the name.
    const t = fakeIo({ [`odd/${"a".repeat(200)}`]: FERRY, [`odd/${"a".repeat(20)}b`]: ORCHARD });
    expect(await run([`odd/${"*a".repeat(12)}*b`], t.io)).toBe(0);
    expect(files(t.out())).toEqual([`odd/${"a".repeat(20)}b`]);
  });

  it("expands braces (also across folders), classes, ?, * and **; hidden names only for patterns that name them", async () => {
    const tree = { "c/a.txt": FERRY, "c/b.txt": FERRY, "c/.h.txt": FERRY, "c/2025/c.txt": FERRY, "c/.git/x.txt": FERRY, "c/node_modules/y.txt": FERRY };
    const cases: Array<[string, string[]]> = [
      ["c/*.txt", ["c/a.txt", "c/b.txt"]],
      ["c/.*.txt", ["c/.h.txt"]],
      ["c/**/*.txt", ["c/2025/c.txt", "c/a.txt", "c/b.txt"]],
      ["c/[!a].txt", ["c/b.txt"]],
      ["c/{b,2025/c}.txt", ["c/2025/c.txt", "c/b.txt"]],
      ["c/{a..b}.txt", ["c/a.txt", "c/b.txt"]],
    ];
    for (const [glob, expected] of cases) {
      const t = fakeIo(tree);
      expect(await run([glob], t.io), glob).toBe(0);
      expect(files(t.out()), glob).toEqual(expected);
    }
  });

  it("refuses braces that expand past the cap and extglobs it cannot run in linear time, as one line each", async () => {
    const t = fakeIo({ "c/a.txt": FERRY });
    expect(await run(["c/{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}*.txt", "c/!(b).txt", "c/a.txt"], t.io)).toBe(1);
    expect(files(t.out())).toEqual(["c/a.txt"]);
    expect(t.err()).toMatch(/braces expand to more than 1000 patterns$/m);
    expect(t.err()).toMatch(/cannot be matched in linear time \(extglob lookarounds are not supported\)$/m);
  });

  it("expandInputs stops early once stopped() says so", async () => {
    const tree: Record<string, string> = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`c/${i}/p.txt`, FERRY]));
    const t = fakeIo(tree);
    let calls = 0;
    const fs: FileSystem = { stat: t.io.stat!, readDir: async (p) => (calls++, t.io.readDir!(p)) };
    const r = await expandInputs(["c"], fs, [".txt"], () => calls >= 5);
    expect(calls).toBeLessThan(10);
    expect(r.files.length).toBeLessThan(50);
  });
});

describe("output that cannot be written", () => {
  const fail = (code: string) => () => {
    throw Object.assign(new Error(`${code}: write`), { code });
  };

  it("a closed pipe ends quietly with 141, in one-file and batch modes", async () => {
    for (const argv of [["p.txt"], ["c", "--format", "json"], ["c"]]) {
      const t = fakeIo({ "p.txt": FERRY, "c/a.txt": FERRY, "c/b.txt": ORCHARD }, { stdout: fail("EPIPE") });
      expect(await run(argv, t.io), argv.join(" ")).toBe(141);
      expect(t.err(), argv.join(" ")).toBe("");
    }
  });

  it("a full disk is one line and exit 1: standard output, --out, and an error met only when flushing", async () => {
    let t = fakeIo({ "p.txt": FERRY }, { stdout: fail("ENOSPC") });
    expect(await run(["p.txt"], t.io)).toBe(1);
    expect(t.err()).toBe("news-text-parser: cannot write standard output: no space left on device\n");

    t = fakeIo({ "c/a.txt": FERRY, "c/b.txt": ORCHARD });
    t.io.openOutput = async () => ({ write: fail("ENOSPC"), close: async () => {} });
    expect(await run(["c", "--format", "json", "--out", "o.json"], t.io)).toBe(1);
    expect(t.err()).toBe("news-text-parser: cannot write o.json: no space left on device\n");

    // Buffered writes report their error late: flushStdout is asked at the end.
    t = fakeIo({ "p.txt": FERRY }, { flushStdout: async () => Object.assign(new Error("ENOSPC"), { code: "ENOSPC" }) });
    expect(await run(["p.txt"], t.io)).toBe(1);
    expect(t.err()).toBe("news-text-parser: cannot write standard output: no space left on device\n");
  });
});

describe("Ctrl-C is handled from the start", () => {
  it("pressed while the folders are still being walked: a closed JSON array, a message, exit 130", async () => {
    const tree: Record<string, string> = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`c/${String(i).padStart(2, "0")}/p.txt`, FERRY]));
    const t = fakeIo(tree);
    const readDir = t.io.readDir!;
    let n = 0;
    t.io.readDir = async (p) => {
      if (++n === 3) t.interrupt();
      return readDir(p);
    };
    expect(await run(["c", "--format", "json", "--out", "f.json"], t.io)).toBe(130);
    expect(JSON.parse(t.outputs["f.json"]!)).toEqual([]);
    expect(t.err()).toMatch(/^news-text-parser: interrupted: 0 of \d+ pages written/m);
    expect(n).toBeLessThan(10);
  });

  it("pressed while standard input is still being read: exit 130, nothing written", async () => {
    const t = fakeIo({});
    t.io.readStdin = () => {
      setTimeout(() => t.interrupt(), 0);
      return new Promise(() => {});
    };
    expect(await run([], t.io)).toBe(130);
    expect(t.out()).toBe("");
    expect(t.err()).toBe("news-text-parser: interrupted: nothing written\n");
  });
});

describe("bytes to text, never guessed", () => {
  const latin1 = new Uint8Array([...Buffer.from("Caf\xe9 opens on the square\nThe caf\xe9 on the square opened on Monday after a long wait, its owners said.\n", "latin1")]);

  it("refuses a binary file with a clear per-file error", async () => {
    const elf = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0]);
    const t = fakeIo({ "c/ls.txt": elf, "c/a.txt": FERRY });
    expect(await run(["c"], t.io)).toBe(1);
    expect(files(t.out())).toEqual(["c/a.txt"]);
    expect(t.err()).toMatch(/^news-text-parser: c\/ls\.txt: binary file, not text \(NUL byte at offset 7\)$/m);
  });

  it("says that Latin-1 bytes are not UTF-8 and offers --encoding, which then reads them right", async () => {
    let t = fakeIo({ "p.txt": latin1 });
    expect(await run(["p.txt"], t.io)).toBe(1);
    expect(t.err()).toBe("news-text-parser: p.txt: not valid UTF-8 (byte 0xE9 at offset 3); give its encoding with --encoding (e.g. --encoding latin1)\n");
    t = fakeIo({ "p.txt": latin1 });
    expect(await run(["p.txt", "--encoding", "latin1"], t.io)).toBe(0);
    expect((JSON.parse(t.out()) as Array<{ title: string }>)[0]!.title).toBe("Café opens on the square");
    t = fakeIo({ "p.txt": FERRY });
    expect(await run(["p.txt", "--encoding", "klingon"], t.io)).toBe(2);
    expect(t.err()).toMatch(/^news-text-parser: --encoding: unknown encoding klingon/);
  });

  it("decodes UTF-16 (either byte order) and UTF-8 with a byte-order mark", () => {
    const text = "Café opens\n";
    const le = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, "utf16le")]);
    const be = new Uint8Array([0xfe, 0xff, ...Buffer.from(text, "utf16le").swap16()]);
    const u8 = new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from(text)]);
    for (const bytes of [le, be, u8]) expect(decodePage(bytes, undefined)).toEqual({ ok: true, text });
    // A byte-order mark wins over --encoding: the file says what it is.
    expect(decodePage(le, "latin1")).toEqual({ ok: true, text });
    expect(decodePage(new Uint8Array([0x61, 0xe2, 0x82]), undefined)).toEqual({
      ok: false,
      message: "not valid UTF-8 (byte 0xE2 at offset 1); give its encoding with --encoding (e.g. --encoding latin1)",
    });
  });
});

describe("size is checked before reading; --max-input-length", () => {
  it("passes the byte limit to the read (3 bytes per character at most), from --max-input-length", async () => {
    let t = fakeIo({ "p.txt": FERRY });
    expect(await run(["p.txt"], t.io)).toBe(0);
    expect(t.readLimits).toEqual([15_000_000]);
    t = fakeIo({ "c/a.txt": FERRY, "c/b.txt": FERRY });
    expect(await run(["c", "--max-input-length", "20000000"], t.io)).toBe(0);
    expect(t.readLimits).toEqual([60_000_000, 60_000_000]);
  });

  it("a page over the default limit can be parsed with --max-input-length", async () => {
    const big = `${FERRY}${"The ferry runs every hour from the harbour to the island and back again.\n".repeat(70_000)}`;
    expect(big.length).toBeGreaterThan(5_000_000);
    let t = fakeIo({ "big.txt": big });
    expect(await run(["big.txt"], t.io)).toBe(1);
    expect(t.err()).toMatch(/input too large \(.*raise it with --max-input-length\)$/m);
    t = fakeIo({ "big.txt": big });
    expect(await run(["big.txt", "--max-input-length", "6000000"], t.io)).toBe(0);
    expect((JSON.parse(t.out()) as Array<{ title: string }>)[0]!.title).toBe("Harbour town votes to keep its ferry");
    for (const bad of ["0", "-5", "1e9", "ten"]) {
      const u = fakeIo({ "p.txt": FERRY });
      expect(await run(["p.txt", "--max-input-length", bad], u.io), bad).toBe(2);
    }
  });
});

describe("node-io and node-read on a real disk", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "ntp-cli-files-"));
    mkdirSync(join(dir, "crawl"));
    writeFileSync(join(dir, "crawl/a.txt"), FERRY);
    writeFileSync(Buffer.from(join(dir, "crawl/caf\xe9.txt"), "latin1"), FERRY);
    symlinkSync(join(dir, "nowhere"), join(dir, "crawl/gone.txt"));
    execFileSync("mkfifo", [join(dir, "crawl/pipe.txt")]);
    // Sparse: 700 MB long, no disk used.
    writeFileSync(join(dir, "big.txt"), "");
    truncateSync(join(dir, "big.txt"), 700 * 1024 * 1024);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("readDir names a non-UTF-8 name by its bytes and tells a broken link and a fifo apart", async () => {
    const entries = await nodeIo().readDir!(join(dir, "crawl"));
    const byName = Object.fromEntries(entries.map((e) => [e.name, e.kind]));
    expect(byName).toEqual({ "a.txt": "file", "caf\\xE9.txt": "bad-name", "gone.txt": "broken-link", "pipe.txt": "other" });
  });

  it("readFileLimited refuses a 700 MB file from its size, and a fifo without waiting for a writer", async () => {
    await expect(readFileLimited(join(dir, "big.txt"), { maxBytes: 15_000_000 })).rejects.toMatchObject({ code: "NTP_TOO_LARGE", size: 700 * 1024 * 1024 });
    await expect(readFileLimited(join(dir, "crawl/pipe.txt"), { maxBytes: 100 })).rejects.toMatchObject({ code: "NTP_NOT_REGULAR", what: "a fifo" });
    await expect(readFileLimited(join(dir, "crawl"), { maxBytes: 100 })).rejects.toMatchObject({ code: "EISDIR" });
    expect(Buffer.from(await readFileLimited(join(dir, "crawl/a.txt"), { maxBytes: 1000 })).toString()).toBe(FERRY);
  });

  it("readStreamLimited stops once the limit is passed", async () => {
    let pulled = 0;
    async function* endless() {
      for (;;) {
        pulled++;
        yield Buffer.alloc(1000, 0x61);
      }
    }
    await expect(readStreamLimited(endless(), { maxBytes: 10_000 })).rejects.toMatchObject({ code: "NTP_TOO_LARGE" });
    expect(pulled).toBe(11);
  });

  it("the walk over the real folder parses a.txt and reports the three bad entries", async () => {
    const out: string[] = [];
    const err: string[] = [];
    const io: CliIo = { ...nodeIo(), stdout: (t) => out.push(t), stderr: (t) => err.push(t) };
    expect(await run([join(dir, "crawl")], io)).toBe(1);
    expect(files(out.join(""))).toEqual([join(dir, "crawl/a.txt")]);
    const e = err.join("");
    expect(e).toContain(`cannot read ${join(dir, "crawl/caf\\xE9.txt")}: the name is not valid UTF-8; skipped`);
    expect(e).toContain(`cannot read ${join(dir, "crawl/gone.txt")}: broken symbolic link`);
    expect(e).toContain(`cannot read ${join(dir, "crawl/pipe.txt")}: not a regular file`);
  });

  it("worker threads (-j 2) read pages the same way: binary and Latin-1 refused, --encoding honoured, sizes checked first", async () => {
    const w = join(dir, "workers");
    mkdirSync(w);
    writeFileSync(join(w, "a.txt"), FERRY);
    writeFileSync(join(w, "b.txt"), Buffer.from("Caf\xe9 opens on the square\nThe caf\xe9 on the square opened on Monday after a long wait, its owners said.\n", "latin1"));
    writeFileSync(join(w, "c.txt"), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0]));
    writeFileSync(join(w, "d.txt"), ORCHARD);
    const runIo = async (argv: string[]) => {
      const out: string[] = [];
      const err: string[] = [];
      const io: CliIo = { ...nodeIo(), stdout: (t) => out.push(t), stderr: (t) => err.push(t), stderrIsTTY: false };
      return { code: await run(argv, io), out: out.join(""), err: err.join("") };
    };
    const one = await runIo([w, "--now", "2025-08-14T18:00:00Z"]);
    const two = await runIo([w, "--now", "2025-08-14T18:00:00Z", "-j", "2"]);
    expect(two).toEqual(one);
    expect(one.code).toBe(1);
    expect(files(one.out)).toEqual([join(w, "a.txt"), join(w, "d.txt")]);
    expect(one.err).toContain(`${join(w, "b.txt")}: not valid UTF-8 (byte 0xE9 at offset 3)`);
    expect(one.err).toContain(`${join(w, "c.txt")}: binary file, not text (NUL byte at offset 7)`);
    const latin = await runIo([w, "--now", "2025-08-14T18:00:00Z", "-j", "2", "--encoding", "latin1", "--max-input-length", "40"]);
    expect(latin.err).toContain(`cannot read ${join(w, "a.txt")}: input too large: ${Buffer.byteLength(FERRY)} bytes cannot fit the limit of 40 characters`);
    const big = await runIo([w, "--now", "2025-08-14T18:00:00Z", "-j", "2", "--encoding", "latin1"]);
    expect(files(big.out)).toEqual([join(w, "a.txt"), join(w, "b.txt"), join(w, "d.txt")]);
    expect(big.out).toContain("Café opens on the square");
  });
});
