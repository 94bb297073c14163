import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/fixtures.js";

// Release hygiene: what `npm pack` ships, and the version said in three places.

const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  version: string;
  engines: { node: string };
  bin: Record<string, string>;
  exports: Record<string, unknown>;
};

describe("package contents and version", () => {
  it("npm pack ships only dist (code and types, no source maps), README, LICENSE, CHANGELOG and package.json", () => {
    const out = execFileSync("npm", ["pack", "--dry-run", "--ignore-scripts", "--json"], { cwd: ROOT, encoding: "utf8" });
    const files = (JSON.parse(out) as Array<{ files: Array<{ path: string }> }>)[0]!.files.map((f) => f.path).sort();
    const allowed = [/^package\.json$/u, /^README\.md$/u, /^LICENSE$/u, /^CHANGELOG\.md$/u, /^dist\/(?:index|re2)\.(?:js|cjs|d\.ts|d\.cts)$/u, /^dist\/rule-[\w-]+\.d\.c?ts$/u, /^dist\/cli\/(?:bin|worker|chunk-[\w-]+)\.js$/u];
    expect(files.filter((f) => !allowed.some((a) => a.test(f)))).toEqual([]);
    for (const needed of ["package.json", "README.md", "LICENSE", "CHANGELOG.md", "dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/index.d.cts", "dist/re2.js", "dist/re2.cjs", "dist/cli/bin.js", "dist/cli/worker.js"]) {
      expect(files).toContain(needed);
    }
    // Everything package.json points at is in the package.
    expect(files).toContain(Object.values(pkg.bin)[0]!.replace(/^\.\//u, ""));
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
