import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileRules, matchInline, matchLine, type CompiledRules, type Rule } from "../../src/rules/rule.js";
import { defaultRules } from "../../src/rules/index.js";

/** The same compiled rules with every pre-screen removed: each regex runs on its own. */
const unscreened = (c: CompiledRules): CompiledRules => ({
  ...c,
  inline: c.inline.map((p) => ({ ...p, screen: -1 })),
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
  "Copy Story Link", "(Photo by Jane Doe)", "| Buy Photo", "3 of 7 |", "%3Cdiv", "mailto:desk@example.com?body=x", "{{ headline }}",
  "Join our WhatsApp channel", "Get our morning newsletter", "Cover image for the story", "The", "ſhare", "K", "İ", " ", " ", ".", "!", "?", ":", "(", ")", "[", "]", "’", "é", "Über", "التعليقات", "\u2028",
];
const line = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(""));
const spaced = fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 8 }).map((parts) => parts.join(" "));

describe("inline pre-screens", () => {
  it("combine the default inline rules, one screen per set of flags", () => {
    expect(compiled.inlineScreens.map((s) => s.flags).sort()).toEqual(["iu", "u"]);
    expect(compiled.inline.every((p) => p.screen >= 0)).toBe(true);
    // Line patterns have none (tried, and slower on the whole pipeline).
    expect(compiled.linePatterns.every((p) => p.screen === -1)).toBe(true);
  });

  it("never reject a text one of their members matches (every default rule, random lines)", () => {
    const members = compiled.inline.filter((p) => p.screen >= 0);
    const hit = new Set<string>();
    fc.assert(
      fc.property(fc.oneof(line, spaced), (text) => {
        for (const p of members) {
          p.regex!.lastIndex = 0;
          if (p.regex!.test(text)) {
            hit.add(p.rule.id);
            expect(compiled.inlineScreens[p.screen]!.test(text), `${p.rule.id}: ${text}`).toBe(true);
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
    const inline = { scope: "inline" } as const;
    const rules: Rule[] = [
      { id: "user/a", kind: "promo", pattern: "Harbour Hour", where: { ...inline, caseSensitive: true } },
      { id: "user/b", kind: "promo", phrases: ["Ferry Club"], where: { ...inline, caseSensitive: true } },
      { id: "user/c", kind: "promo", pattern: "tide tables", where: inline },
      { id: "user/d", kind: "promo", phrases: ["night ferry"], where: inline },
    ];
    const c = compileRules(rules, { trustPatterns: true });
    expect(c.inlineScreens.map((s) => s.flags).sort()).toEqual(["iu", "u"]);
    const ids = (text: string) => matchInline(c, text).map((m) => m.rule.id);
    expect(ids("Listen to harbour hour and the ferry club.")).toEqual([]);
    expect(ids("Listen to Harbour Hour and the Ferry Club.")).toEqual(["user/a", "user/b"]);
    expect(ids("TIDE TABLES for the Night Ferry")).toEqual(["user/c", "user/d"]);
  });

  it("leave out patterns whose meaning depends on their groups", () => {
    const inline = { scope: "inline" } as const;
    const rules: Rule[] = [
      { id: "user/named", kind: "promo", pattern: "(?<w>ferry) club", where: inline },
      { id: "user/named-2", kind: "promo", pattern: "(?<w>tide) tables", where: inline },
      { id: "user/backref", kind: "promo", pattern: "(harbour) hour", where: inline },
      { id: "user/plain", kind: "promo", pattern: "night ferry", where: inline },
    ];
    const c = compileRules(rules, { trustPatterns: true });
    // Two groups named "w" cannot share one regex; the plain ones still get a screen together.
    expect(c.inline.map((p) => p.screen)).toEqual([-1, -1, 0, 0]);
    expect(matchInline(c, "Join the ferry club and read the tide tables on the night ferry.").map((m) => m.rule.id)).toEqual(["user/named", "user/named-2", "user/plain"]);
    expect(matchInline(c, "Harbour Hour").map((m) => m.rule.id)).toEqual(["user/backref"]);
  });
});
