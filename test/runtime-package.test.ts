import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import semver from "semver";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/fixtures.js";

// Release hygiene: what `npm pack` ships, and the version said in three places.

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  version: string;
  engines: { node: string };
  bin: Record<string, string>;
  exports: Record<string, unknown>;
  files: string[];
  scripts: Record<string, string>;
  repository: { type: string; url: string };
  homepage: string;
  bugs: { url: string };
  author: string;
};

/** The file list of `npm pack --dry-run --json` in `cwd`, sorted. */
function packedFiles(cwd: string, ignoreScripts: boolean): string[] {
  const args = ["pack", "--dry-run", "--json", ...(ignoreScripts ? ["--ignore-scripts"] : [])];
  const out = execFileSync("npm", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  return (JSON.parse(out) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path).sort();
}

/** Every path package.json's exports point at (types and code), without the leading `./`. */
function exportTargets(value: unknown): string[] {
  if (typeof value === "string") return [value.replace(/^\.\//u, "")];
  if (value && typeof value === "object") return Object.values(value).flatMap(exportTargets);
  return [];
}

const GUIDES = readdirSync(join(ROOT, "docs")).filter((f) => f.endsWith(".md")).map((f) => `docs/${f}`);

describe("package contents and version", () => {
  it("npm pack ships only dist (code and types, no source maps), the guides, README, LICENSE, CHANGELOG and package.json", () => {
    const files = packedFiles(ROOT, true);
    const allowed = [
      /^package\.json$/u,
      /^README\.md$/u,
      /^LICENSE$/u,
      /^CHANGELOG\.md$/u,
      /^docs\/[\w-]+\.md$/u,
      /^dist\/(?:index|errors|timestamps|re2|chunk-[\w-]+)\.(?:js|cjs)$/u,
      // the browser build (the `browser` export condition): ESM, one module per source file
      /^dist\/browser\/(?:[\w-]+\/)*[\w.-]+\.js$/u,
      // tsup names shared declaration chunks after a module they hold (article-*.d.ts, rule-*.d.ts ...)
      /^dist\/[\w-]+\.d\.c?ts$/u,
      /^dist\/cli\/(?:bin|worker|chunk-[\w-]+)\.js$/u,
    ];
    expect(files.filter((f) => !allowed.some((a) => a.test(f)))).toEqual([]);
    for (const needed of ["package.json", "README.md", "LICENSE", "CHANGELOG.md", "dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts", "dist/re2.js", "dist/re2.cjs", "dist/cli/bin.js", "dist/cli/worker.js"]) {
      expect(files).toContain(needed);
    }
    // Everything package.json points at is in the package.
    expect(files).toContain(Object.values(pkg.bin)[0]!.replace(/^\.\//u, ""));
    for (const target of exportTargets(pkg.exports)) expect(files, `exports point at ${target}`).toContain(target);
    // The guides the README links to are in the package, so its links work on the registry page.
    expect(GUIDES.length).toBeGreaterThan(3);
    for (const guide of GUIDES) expect(files).toContain(guide);
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    for (const [, link] of readme.matchAll(/\]\((docs\/[\w-]+\.md)(?:#[\w-]*)?\)/gu)) expect(files, `README links to ${link}`).toContain(link);
  });

  it("npm pack on a clean checkout (no dist/) builds first and ships dist/", () => {
    // The tracked files only, as a fresh clone has them; node_modules linked, not installed.
    const work = mkdtempSync(join(tmpdir(), "ntp-pack-"));
    try {
      const tracked = execFileSync("git", ["ls-files", "-z"], { cwd: ROOT, encoding: "utf8" }).split("\0").filter(Boolean);
      for (const file of tracked) {
        if (!existsSync(join(ROOT, file))) continue; // deleted in the work tree, not yet committed
        mkdirSync(dirname(join(work, file)), { recursive: true });
        cpSync(join(ROOT, file), join(work, file));
      }
      symlinkSync(join(ROOT, "node_modules"), join(work, "node_modules"), "dir");
      expect(existsSync(join(work, "dist"))).toBe(false);
      const files = packedFiles(work, false);
      for (const needed of ["dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/errors.js", "dist/timestamps.d.ts", "dist/cli/bin.js", "docs/getting-started.md"]) {
        expect(files).toContain(needed);
      }
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });

  it("package.json says where the project lives, who wrote it and how it builds before packing", () => {
    expect(pkg.repository.type).toBe("git");
    expect(pkg.repository.url).toMatch(/^git\+https:\/\/github\.com\/[\w-]+\/[\w-]+\.git$/u);
    const repo = pkg.repository.url.replace(/^git\+/u, "").replace(/\.git$/u, "");
    expect(pkg.homepage.startsWith(repo)).toBe(true);
    expect(pkg.bugs.url).toBe(`${repo}/issues`);
    expect(pkg.author.length).toBeGreaterThan(0);
    expect(pkg.scripts["prepack"]).toMatch(/\btsup\b/u);
    expect(pkg.files).toContain("docs/*.md");
    expect((pkg as unknown as { sideEffects: boolean }).sideEffects).toBe(false);
  });

  it("a Node 20 install is clean: every locked package admits Node 20 (20.19 for the dev tools), and none compiles at install", () => {
    const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as {
      packages: Record<string, { dev?: boolean; optional?: boolean; engines?: { node?: string }; hasInstallScript?: boolean }>;
    };
    const refusing = (node: string, devToo: boolean) =>
      Object.entries(lock.packages)
        .filter(([path, p]) => path !== "" && (devToo || !p.dev) && p.engines?.node !== undefined && !semver.satisfies(node, p.engines.node))
        .map(([path, p]) => `${path} wants node ${p.engines!.node}`);
    // What users install (the runtime dependencies) runs on every Node in engines.
    expect(refusing("20.0.0", false)).toEqual([]);
    // The repository's tools need 20.19 (README, "Two commands"): npm prints no EBADENGINE there.
    expect(refusing("20.19.0", true)).toEqual([]);
    // Install scripts run only where package.json's allowScripts says so, and none builds native code.
    const allow = (pkg as unknown as { allowScripts: Record<string, boolean> }).allowScripts;
    const withScripts = Object.entries(lock.packages).filter(([, p]) => p.hasInstallScript).map(([path]) => path.replace(/^.*node_modules\//u, ""));
    expect(withScripts.filter((name) => !(name in allow))).toEqual([]);
    expect(Object.keys(lock.packages).filter((path) => /node_modules\/(?:better-sqlite3|node-gyp)$/u.test(path))).toEqual([]);
  });

  it("the version agrees in package.json, the CLI's --version and the CHANGELOG", () => {
    const cli = execFileSync(process.execPath, [join(ROOT, "dist/cli/bin.js"), "--version"], { encoding: "utf8" }).trim();
    expect(cli).toBe(pkg.version);
    const changelog = readFileSync(join(ROOT, "CHANGELOG.md"), "utf8");
    expect(changelog).toMatch(/^## \[Unreleased\]$/mu);
    const released = [...changelog.matchAll(/^## \[(\d+\.\d+\.\d+[^\]]*)\] - \d{4}-\d{2}-\d{2}$/gmu)].map((m) => m[1]);
    if (released.length > 0) {
      // The newest release heading is the version in package.json.
      expect(released[0]).toBe(pkg.version);
    } else {
      // Nothing released yet: the first release will be the version in package.json, and every
      // change is listed under [Unreleased] until then.
      expect(pkg.version).toBe("0.1.0");
      expect(changelog).toMatch(/## \[Unreleased\]\s+### Added/u);
    }
  });

  it("engines states the Node range CI tests, and this Node is in it", () => {
    expect(pkg.engines.node).toBe(">=20");
    expect(Number(process.versions.node.split(".")[0])).toBeGreaterThanOrEqual(20);
  });

  it("has an MIT LICENSE file matching package.json", () => {
    expect(readFileSync(join(ROOT, "LICENSE"), "utf8")).toMatch(/^MIT License/u);
    expect((pkg as unknown as { license: string }).license).toBe("MIT");
  });
});
