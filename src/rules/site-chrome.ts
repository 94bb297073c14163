import { chromePhrases } from "../locales/chrome.js";
import { escapeRegExp, type Rule } from "./rule.js";

/**
 * Aggregator interface strings: the chrome an aggregator prints around the stories it republishes
 * (seen on Daily8-style pages in English, French and Arabic; FORMATS.md section 1). They are the
 * labels of widgets, not content, and several of them close the main story. The phrases are data,
 * one file per language in `src/locales/chrome-*.ts`; this file only says how each family is matched.
 */

// What a placeholder may stand for. Bounded classes keep the patterns linear.
const PLACEHOLDERS: Readonly<Record<string, string>> = {
  brand: "[\\p{L}\\p{N} .&'’-]{1,40}",
  tag: "[\\p{L}\\p{N}_]{1,60}",
};

/** A phrase with `{brand}`/`{tag}` placeholders as an anchored pattern; trailing `:`/`.`/`…` optional. */
function phrasePattern(phrase: string): string {
  let core = phrase.trim();
  while (core !== "" && ":.…".includes(core.at(-1)!)) core = core.slice(0, -1).trimEnd();
  const parts = core.split(/(\{[a-z]+\})/u).map((part) => {
    const name = /^\{([a-z]+)\}$/u.exec(part)?.[1];
    if (name !== undefined) return PLACEHOLDERS[name] ?? "\\S{1,40}";
    return escapeRegExp(part).replace(/ +/gu, " ");
  });
  return `^${parts.join("")}\\s?[:.…]{0,3}$`;
}

/**
 * The longest literal piece of a phrase between its placeholders, lower-cased, spaces collapsed
 * and trimmed (`latest news with #` for `Latest news with #{tag}`). A line the phrase's pattern
 * matches contains it, so it gates the pattern; a whole piece is far rarer in text than its
 * longest word (`news`).
 */
function longestPiece(phrase: string): string {
  const pieces = phrase
    .toLowerCase()
    .split(/\{[a-z]+\}/u)
    .map((p) => {
      let piece = p.replace(/ +/gu, " ").trim();
      while (piece !== "" && ":.… ".includes(piece.at(-1)!)) piece = piece.slice(0, -1);
      return piece.trim();
    });
  return pieces.sort((a, b) => b.length - a.length)[0] ?? "";
}

/** Plain phrases go to the phrase table; phrases with placeholders become one alternation. */
function familyRule(id: string, kind: string, phrases: readonly string[], extra: Partial<Rule> = {}): Rule[] {
  const plain = phrases.filter((p) => !p.includes("{"));
  const templated = phrases.filter((p) => p.includes("{"));
  const rules: Rule[] = [];
  if (plain.length > 0) rules.push({ id, kind, phrases: plain, ...extra });
  if (templated.length > 0) {
    rules.push({
      id: plain.length > 0 ? `${id}-pattern` : id,
      kind,
      pattern: templated.map(phrasePattern).join("|"),
      // Gate: the longest literal piece of one of the phrases must occur before the pattern is tried.
      where: { maxLength: 160, anyOf: templated.map(longestPiece) },
      ...extra,
    });
  }
  return rules;
}

/** The id of the rule matching a hashtag listing's header (`Latest news with #Energy`); what follows it are items. */
export const LISTING_HEADER_RULE_ID = "site-chrome/listing-header";

export const siteChromeRules: readonly Rule[] = [
  // The header of the tag list under a story; English on every locale of the site, Arabic has its own.
  ...familyRule("site-chrome/hashtags-header", "site-chrome", chromePhrases("hashtagsHeader"), { signal: "end-of-story" }),
  ...familyRule("site-chrome/ai-features", "site-chrome", chromePhrases("aiFeatures"), { signal: "end-of-story" }),
  // "Explore what <Brand> AI can do for you:" and its translations; the brand varies.
  ...familyRule("site-chrome/explore-ai", "site-chrome", chromePhrases("exploreAi"), { signal: "end-of-story" }),
  // Icon labels that innerText keeps: the site logo, the bare hashtag icon of listing pages, banner alt text.
  ...familyRule("site-chrome/logo", "site-chrome", chromePhrases("iconLabels")),
  ...familyRule(LISTING_HEADER_RULE_ID, "site-chrome", chromePhrases("listingHeader")),
  ...familyRule("site-chrome/copy-story-link", "share", chromePhrases("copyStoryLink")),
  {
    // The same button flattened onto the end of a listing item's one-line body.
    id: "site-chrome/copy-story-link-inline",
    kind: "share",
    phrases: chromePhrases("copyStoryLink"),
    where: { scope: "inline", maxLength: 60, caseSensitive: true },
  },
];
