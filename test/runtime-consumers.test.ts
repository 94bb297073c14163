import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isArticleParseError, parseArticles, parseTimestamp, safeParseArticles } from "../src/index.js";
import { ROOT } from "./helpers/fixtures.js";

// Consumers install the package as users get it: `npm pack`, then the tarball extracted into each
// project's node_modules. Its dependencies are linked from this repository's node_modules (the
// tests run offline). See test/consumers/README.md.

const TSC = join(ROOT, "node_modules/.bin/tsc");
const LINKED = ["zod", "date-fns", "@date-fns/tz", "@types/node", "undici-types"];

const TEXT = [
  "Harbour town votes to keep its ferry",
  "11 minutes ago",
  "Residents of the harbour town voted on Sunday to keep the ferry running for another ten years.",
  "Comments",
].join("\n");

function expected() {
  const first = parseArticles(TEXT, { referenceTime: "2025-08-14T18:00:00Z" })[0];
  const failure = safeParseArticles(42);
  return {
    title: first?.title,
    publishedAt: first?.publishedAt,
    valid: true,
    errorCode: failure.success ? null : failure.error.code,
    isError: !failure.success && isArticleParseError(failure.error),
    thrown: "empty_input",
    stamp: parseTimestamp("11 minutes ago", { referenceTime: "2025-08-14T18:00:00Z" })?.iso ?? null,
  };
}

function sh(file: string, args: string[], cwd: string): string {
  try {
    return execFileSync(file, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 120_000 });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    throw new Error(`${file} ${args.join(" ")} failed in ${cwd}:\n${e.stdout ?? ""}${e.stderr ?? ""}${e.message}`);
  }
}

describe("runtime: consumer projects install the packed package", () => {
  let work: string;
  let tarball: string;
  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), "ntp-consumers-"));
    const packed = JSON.parse(sh("npm", ["pack", "--ignore-scripts", "--json", "--pack-destination", work], ROOT)) as Array<{ filename: string }>;
    tarball = join(work, packed[0]!.filename);
    const files = (packed[0] as unknown as { files: Array<{ path: string }> }).files.map((f) => f.path);
    for (const needed of ["dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts"]) {
      if (!files.includes(needed)) throw new Error(`the packed package lacks ${needed}: was dist/ rebuilt while packing?`);
    }
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  function install(name: string, as = name): string {
    const dir = join(work, as);
    cpSync(join(ROOT, "test/consumers", name), dir, { recursive: true });
    const target = join(dir, "node_modules/news-text-parser");
    mkdirSync(target, { recursive: true });
    sh("tar", ["-xzf", tarball, "-C", target, "--strip-components=1"], dir);
    for (const dep of LINKED) {
      const link = join(dir, "node_modules", dep);
      mkdirSync(join(link, ".."), { recursive: true });
      symlinkSync(join(ROOT, "node_modules", dep), link, "dir");
    }
    return dir;
  }

  it("cjs: require() from CommonJS, type-checked with moduleResolution node16", () => {
    const dir = install("cjs");
    sh(TSC, ["-p", "tsconfig.json"], dir);
    expect(JSON.parse(sh(process.execPath, ["index.cjs"], dir))).toEqual(expected());
  });

  it("esm-node16: import from ESM on Node, type-checked with moduleResolution node16", () => {
    const dir = install("esm-node16");
    sh(TSC, ["-p", "tsconfig.json"], dir);
    expect(JSON.parse(sh(process.execPath, ["index.mjs"], dir))).toEqual({ ...expected(), crossCopy: true });
  });

  it("esm-bundler: type-checked with moduleResolution bundler, bundled by esbuild", async () => {
    const dir = install("esm-bundler");
    sh(TSC, ["-p", "tsconfig.json"], dir);
    const esbuild = await import("esbuild");
    await esbuild.build({ entryPoints: [join(dir, "index.js")], bundle: true, format: "esm", platform: "neutral", outfile: join(dir, "bundle.mjs"), logLevel: "silent" });
    expect(readFileSync(join(dir, "bundle.mjs"), "utf8")).not.toMatch(/["']node:/u);
    expect(JSON.parse(sh(process.execPath, ["bundle.mjs"], dir))).toEqual(expected());
  });

  it("a consumer whose types go wrong fails tsc (the check has teeth)", () => {
    const dir = install("esm-bundler", "broken-types");
    writeFileSync(join(dir, "index.js"), '// @ts-check\nimport { parseArticles } from "news-text-parser";\n/** @type {number} */\nconst n = parseArticles("x")[0]?.title;\n');
    expect(() => sh(TSC, ["-p", "tsconfig.json"], dir)).toThrow(/TS2322/u);
  });
});
