import type { Rule } from "./rule.js";

const SENTENCE_END = "(?<!\\b\\p{Lu})[.!?][\"”’)]?(?=\\s|$)";

/** Syndication, disclosure and legal lines. */
export const legalRules: readonly Rule[] = [
  {
    id: "legal/third-party-disclosure",
    kind: "disclosure",
    // "This content is contributed or sourced from third parties but has been subject to <X> editorial review."
    pattern: `this (?:content|article|story|post|piece) (?:is|was|has been) (?:contributed|sourced|provided|supplied|produced|paid for|sponsored)\\b[^!?\\n]{0,200}?${SENTENCE_END}`,
    where: { scope: "inline", maxLength: 260 },
  },
  {
    id: "legal/syndication",
    kind: "syndication",
    pattern: `this (?:article|story|post) (?:originally |first )?(?:appeared|was (?:originally |first )?published) (?:on|in|at)\\b[^!?\\n]{0,200}?${SENTENCE_END}`,
    where: { scope: "inline", maxLength: 260 },
  },
  {
    id: "legal/copyright",
    kind: "legal",
    // A copyright line needs the sign or a year: "© 2025 …", "Copyright 2024 …", "(c) Harbour Press".
    pattern: "^(?:copyright ?)?(?:©|\\(c\\))[^\\n]{0,160}$|^copyright \\d{4}\\b[^\\n]{0,160}$|^all rights reserved\\.?$",
    where: { maxLength: 200 },
    signal: "end-of-story",
  },
  {
    id: "legal/affiliate",
    kind: "disclosure",
    // Affiliate-link disclosures: "If you buy something through this post, <Site> may get a share of the sale."
    pattern: `(?:if you (?:buy|purchase|click) (?:something|anything|a product)?\\s?(?:through|via|from) (?:this|our|links?)|we may (?:earn|receive|get) (?:a )?(?:small )?(?:commission|share|fee)|this (?:post|article|page) (?:contains|may contain) affiliate links)\\b[^!?\\n]{0,200}?${SENTENCE_END}(?:[^!?\\n]{0,60}?${SENTENCE_END})?`,
    where: { scope: "inline", maxLength: 320 },
  },
];
