import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileRules, matchInline, matchLine, type CompiledRules, type Rule } from "../../src/rules/rule.js";
import { defaultRules } from "../../src/rules/index.js";

/** The same compiled rules with every pre-screen removed: each regex runs on its own. */
const unscreened = (c: CompiledRules): CompiledRules => ({
  ...c,
  linePatterns: c.linePatterns.map((p) => ({ ...p, screen: -1 })),
  inline: c.inline.map((p) => ({ ...p, screen: -1 })),
  lineScreens: [],
  inlineScreens: [],
});

const compiled = compileRules(defaultRules);
const plain = unscreened(compiled);

/** Words and pieces from the default rules' own vocabulary, so random lines often match one. */
const PIECES = [
  "share", "Share", "comments", "3 comments", "Comments (12)", "related", "Related:", "read more", "Read more:", "facebook", "twitter",
  "email", "print", "12 shares", "1.2k views", "sign up", "Subscribe", "newsletter", "newsletters", "follow us on", "Follow us on Instagram",
  "©", "Copyright", "2025", "all rights reserved", "min read", "5 min read", "By", "by Jane Doe", "Jane", "Doe", "and", "@jdoe", "reporter",
  "staff writer", "Reporting by", "Editing by", "Photo:", "Credit:", "Getty Images", "Reuters", "AFP", "/", "|", "Image 1 of 12", "1 / 12",
  "Tags:", "topics", "cookies", "we use cookies", "click to share on Twitter (Opens in new window)", "mailto:?subject=x", "More to follow.",
  "This story has been updated.", "keep checking back", "for the latest", "this article originally appeared on", "we may earn a commission",
  "Copy Story Link", "ſhare", "K", "İ", " ", " ", ".", "!", "?", ":", "(", ")", "[", "]", "’", "é", "Über", "التعليقات", "\u2028",
];
const line = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(""));
const spaced = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(" "));

describe("pre-screens", () => {
  it("combine most default line patterns and inline rules", () => {
    expect(compiled.lineScreens.length).toBeGreaterThan(0);
    expect(compiled.inlineScreens.length).toBeGreaterThan(0);
    expect(compiled.linePatterns.filter((p) => p.screen >= 0).length).toBeGreaterThan(15);
    expect(compiled.inline.filter((p) => p.screen >= 0).length).toBeGreaterThan(5);
    // Gated line patterns keep their gate as the pre-check; a screen would run their pattern on every line.
    for (const p of compiled.linePatterns) if (p.gate !== null) expect(p.screen, p.rule.id).toBe(-1);
  });

  it("never reject a text one of their members matches (every default rule, random lines)", () => {
    const members = [...compiled.linePatterns, ...compiled.inline].filter((p) => p.screen >= 0);
    const hit = new Set<string>();
    fc.assert(
      fc.property(fc.oneof(line, spaced), (text) => {
        for (const p of members) {
          const screens = p.regex!.global ? compiled.inlineScreens : compiled.lineScreens;
          p.regex!.lastIndex = 0;
          if (p.regex!.test(text)) {
            hit.add(p.rule.id);
            expect(screens[p.screen]!.test(text), `${p.rule.id}: ${text}`).toBe(true);
          }
          p.regex!.lastIndex = 0;
        }
      }),
      { seed: 20251127, numRuns: 3000 },
    );
    // Not vacuous: the random lines match many of the screened rules.
    expect(hit.size).toBeGreaterThan(members.length / 2);
  });

  it("leave matchLine's and matchInline's answers unchanged", () => {
    fc.assert(
      fc.property(fc.oneof(line, spaced), (text) => {
        expect(matchLine(compiled, text)?.rule.id ?? null, text).toBe(matchLine(plain, text)?.rule.id ?? null);
        expect(matchLine(compiled, text.trim(), undefined, true)?.rule.id ?? null, text).toBe(matchLine(plain, text.trim(), undefined, true)?.rule.id ?? null);
        expect(matchInline(compiled, text), text).toEqual(matchInline(plain, text));
      }),
      { seed: 20251127, numRuns: 3000 },
    );
    for (const text of ["Share", "3 Comments", "© 2025 Harbour Gazette", "Reporting by Jane Doe; Editing by John Roe", "The ferry ran late on Sunday.", "Sign up for the Harbour Brief newsletter Sign up"]) {
      expect(matchLine(compiled, text)?.rule.id ?? null, text).toBe(matchLine(plain, text)?.rule.id ?? null);
      expect(matchInline(compiled, text)).toEqual(matchInline(plain, text));
    }
  });

  it("keep each rule's flags: case-sensitive rules share a screen only with each other", () => {
    const rules: Rule[] = [
      { id: "user/a", kind: "promo", pattern: "^Harbour Hour$", where: { caseSensitive: true } },
      { id: "user/b", kind: "promo", pattern: "^Ferry Club$", where: { caseSensitive: true } },
      { id: "user/c", kind: "promo", pattern: "^tide tables$" },
      { id: "user/d", kind: "promo", pattern: "^night ferry$" },
    ];
    const c = compileRules(rules);
    expect(c.lineScreens.map((s) => s.flags).sort()).toEqual(["iu", "u"]);
    expect(matchLine(c, "harbour hour")).toBeNull();
    expect(matchLine(c, "Harbour Hour")?.rule.id).toBe("user/a");
    expect(matchLine(c, "TIDE TABLES")?.rule.id).toBe("user/c");
    expect(matchLine(c, "Night Ferry")?.rule.id).toBe("user/d");
  });

  it("leave out patterns whose meaning depends on their groups, and unanchored line patterns", () => {
    const rules: Rule[] = [
      { id: "user/named", kind: "promo", pattern: "^(?<word>ferry) club$" },
      { id: "user/named-2", kind: "promo", pattern: "^(?<word>tide) tables$" },
      { id: "user/plain", kind: "promo", pattern: "^night ferry$" },
      { id: "user/unanchored", kind: "promo", pattern: "harbour hour" },
      { id: "user/inline-named", kind: "promo", pattern: "(?<w>ferry) club", where: { scope: "inline" } },
      { id: "user/inline-named-2", kind: "promo", pattern: "(?<w>tide) tables", where: { scope: "inline" } },
    ];
    const c = compileRules(rules);
    // Two named groups called "word" cannot share one regex, and one plain pattern makes no group.
    expect(c.lineScreens).toEqual([]);
    expect(c.inlineScreens).toEqual([]);
    expect(matchLine(c, "Ferry club")?.rule.id).toBe("user/named");
    expect(matchLine(c, "Tide tables")?.rule.id).toBe("user/named-2");
    expect(matchLine(c, "Listen to Harbour Hour now")?.rule.id).toBe("user/unanchored");
    expect(matchInline(c, "Join the ferry club and read the tide tables.").map((m) => m.rule.id)).toEqual(["user/inline-named", "user/inline-named-2"]);
  });

  it("keep rule order: the first matching line pattern still wins, screened or not", () => {
    const rules: Rule[] = [
      { id: "user/gated", kind: "promo", pattern: "^ferry", where: { anyOf: ["ferry"] } },
      { id: "user/first", kind: "promo", pattern: "^ferry club$" },
      { id: "user/second", kind: "promo", pattern: "^ferry" },
    ];
    const c = compileRules(rules);
    expect(c.linePatterns.map((p) => p.screen)).toEqual([-1, 0, 0]);
    expect(matchLine(c, "Ferry club")?.rule.id).toBe("user/gated");
    const [, ...ungated] = rules;
    const d = compileRules(ungated);
    expect(matchLine(d, "Ferry club")?.rule.id).toBe("user/first");
    expect(matchLine(d, "Ferry times")?.rule.id).toBe("user/second");
    expect(matchLine(d, "Bus times")).toBeNull();
  });
});
