import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./helpers/fixtures.js";

// The browser build (dist/browser: what app bundlers pick through the `browser` export
// condition), bundled as an app would bundle it, parses the golden seed in
// headless Chromium (Debian's `chromium`, driven by playwright-core) exactly as Node does.
// CI installs chromium (.ci/run); on a developer machine without it the test is skipped with a
// message, never silently passed. Under CI it fails instead.

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
const SEED = join(ROOT, "fixtures/seed-daily8-article");

if (!hasChromium && !process.env.CI) {
  console.warn(`browser.test.ts: skipped: ${CHROMIUM} is missing (install it with: apt-get install -y chromium; .ci/run does)`);
}

describe.skipIf(!hasChromium && !process.env.CI)("runtime: the ESM build in headless Chromium", () => {
  let browser: import("playwright-core").Browser | undefined;
  let bundle = "";

  beforeAll(async () => {
    expect(hasChromium, `${CHROMIUM} is required in CI (apt-get install -y chromium)`).toBe(true);
    const esbuild = await import("esbuild");
    // platform "browser": a `node:` import anywhere in the graph would fail to resolve here.
    const result = await esbuild.build({
      entryPoints: [join(ROOT, "dist/browser/index.js")],
      bundle: true,
      platform: "browser",
      format: "iife",
      globalName: "NewsTextParser",
      target: "es2022",
      write: false,
      logLevel: "silent",
    });
    bundle = result.outputFiles[0]!.text;
    const { chromium } = await import("playwright-core");
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("the bundle has no Node built-ins", () => {
    expect(bundle).not.toMatch(/["']node:/u);
    expect(bundle.length).toBeGreaterThan(10_000);
  });

  it("parses the golden seed to exactly what Node gives (and its expected.json)", async () => {
    const input = readFileSync(join(SEED, "input.txt"), "utf8");
    const options = JSON.parse(readFileSync(join(SEED, "options.json"), "utf8")) as Record<string, unknown>;
    const page = await browser!.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.setContent("<!doctype html><html><head><meta charset=utf-8><title>news-text-parser</title></head><body></body></html>");
    await page.addScriptTag({ content: bundle });
    const inBrowser = await page.evaluate(
      ([text, opts]) => {
        const lib = (globalThis as unknown as { NewsTextParser: typeof import("../src/index.js") }).NewsTextParser;
        const result = lib.parsePage(text, opts);
        const failure = lib.safeParseArticles(42);
        return {
          page: JSON.parse(JSON.stringify(result)) as unknown,
          userAgent: (globalThis as unknown as { navigator: { userAgent: string } }).navigator.userAgent,
          hasProcess: typeof (globalThis as { process?: unknown }).process !== "undefined",
          failureCode: failure.success ? null : failure.error.code,
          stamp: lib.parseTimestamp("11 minutes ago", { referenceTime: "2025-08-14T18:00:00Z" }),
        };
      },
      [input, options] as const,
    );
    await page.close();
    expect(errors).toEqual([]);
    expect(inBrowser.userAgent).toMatch(/HeadlessChrome|Chrome/u);
    expect(inBrowser.hasProcess).toBe(false);

    const node = (await import(pathToFileURL(join(ROOT, "dist/index.js")).href)) as typeof import("../src/index.js");
    expect(inBrowser.page).toEqual(JSON.parse(JSON.stringify(node.parsePage(input, options))));
    expect(inBrowser.page).toEqual(JSON.parse(readFileSync(join(SEED, "expected.json"), "utf8")));
    expect(inBrowser.failureCode).toBe("invalid_input");
    expect(inBrowser.stamp).toEqual(node.parseTimestamp("11 minutes ago", { referenceTime: "2025-08-14T18:00:00Z" }));
  });
});
