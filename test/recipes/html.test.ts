import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageText } from "../../examples/html-text.js";
import { parsePage, type PageResult } from "../../src/index.js";
import { ROOT } from "../helpers/fixtures.js";
import { HTML_PAGES } from "./html-pages.js";

// The HTML recipe (docs/recipes.md, examples/html-text.ts) against the real thing: on each invented
// page, the recipe's text parses to the same articles as Chromium's innerText of the page. Debian's
// chromium is driven by playwright-core as in test/browser.test.ts: CI installs it (.ci/run) and
// fails without it; elsewhere the comparison is skipped with a message.

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
const OPTIONS = { referenceTime: "2025-08-14T18:00:00Z", timeZone: "UTC" };

if (!hasChromium && !process.env.CI) {
  console.warn(`recipes/html.test.ts: Chromium comparison skipped: ${CHROMIUM} is missing (apt-get install -y chromium; .ci/run does)`);
}

/** What a page parses to, offsets included. */
const content = (page: PageResult) => JSON.parse(JSON.stringify(page)) as unknown;

describe("recipe: HTML to text", () => {
  it("the recipe in docs/recipes.md is examples/html-text.ts word for word", () => {
    const example = readFileSync(join(ROOT, "examples/html-text.ts"), "utf8");
    const recipe = /\/\/ recipe:start\n([\s\S]*?)\/\/ recipe:end/u.exec(example)![1]!;
    expect(recipe.length).toBeGreaterThan(500);
    expect(readFileSync(join(ROOT, "docs/recipes.md"), "utf8")).toContain(recipe);
  });

  it("prints block elements on their own lines and paragraphs apart, with no link targets, images or bullets", () => {
    const text = pageText('<body><nav><ul><li><a href="/x">Home</a></li><li>News</li></ul></nav><h1>Title</h1><img src="a.jpg" alt="A photo"><p>One <em>two</em>.</p><p>Three.</p></body>');
    expect(text).toBe("Home\nNews\nTitle\n\nOne two.\n\nThree.");
    expect(pageText("<body><h1>A</h1><br><div>B<br>C</div></body>")).toBe("A\n\n\nB\nC");
  });

  describe.skipIf(!hasChromium && !process.env.CI)("against Chromium's innerText", () => {
    let browser: import("playwright-core").Browser | undefined;
    const innerTexts: string[] = [];

    beforeAll(async () => {
      expect(hasChromium, `${CHROMIUM} is required in CI (apt-get install -y chromium)`).toBe(true);
      const { chromium } = await import("playwright-core");
      browser = await chromium.launch({
        executablePath: CHROMIUM,
        args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
      });
      const tab = await browser.newPage();
      for (const { html } of HTML_PAGES) {
        await tab.setContent(html);
        innerTexts.push(await tab.evaluate(() => (globalThis as unknown as { document: { body: { innerText: string } } }).document.body.innerText));
      }
      await tab.close();
    });

    afterAll(async () => {
      await browser?.close();
    });

    it("a dozen pages, each with articles", () => {
      expect(HTML_PAGES.length).toBeGreaterThanOrEqual(12);
      const parsed = innerTexts.map((t) => parsePage(t, OPTIONS));
      // The pages are in shapes the parser knows: every one gives a main story or listing items.
      expect(parsed.map((p, i) => [HTML_PAGES[i]!.name, p.articles.length > 0])).toEqual(HTML_PAGES.map((p) => [p.name, true]));
      // Related blocks and listing items are among them, not only main stories.
      const roles = new Set(parsed.flatMap((p) => p.articles.map((a) => a.role)));
      expect([...roles].sort()).toEqual(expect.arrayContaining(["main", "related"]));
    });

    it.each(HTML_PAGES.map((p, i) => [p.name, i] as const))("%s: the recipe prints innerText's lines", (_, i) => {
      expect(pageText(HTML_PAGES[i]!.html)).toBe(innerTexts[i]!);
    });

    it.each(HTML_PAGES.map((p, i) => [p.name, i] as const))("%s: the recipe's text parses to the same articles as innerText", (_, i) => {
      const fromBrowser = content(parsePage(innerTexts[i]!, OPTIONS));
      const fromRecipe = content(parsePage(pageText(HTML_PAGES[i]!.html), OPTIONS));
      expect(fromRecipe).toEqual(fromBrowser);
    });
  });
});
