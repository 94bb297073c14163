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
    for (const argv of [["--bogus"], ["--now"], ["a.txt", "b.txt"], ["--now", "yesterday-ish"], ["--time-zone", "Nowhere/Land", "p.txt"]]) {
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
