import { adRules } from "./ads.js";
import { bioRules } from "./bio.js";
import { bylineRules } from "./bylines.js";
import { captionRules } from "./captions.js";
import { cookieRules, cookieRulesIntl } from "./cookies.js";
import { keyPointRules } from "./key-points.js";
import { tagRules } from "./tags.js";
import { commentRules, commentRulesIntl } from "./comments.js";
import { leakRules } from "./leaks.js";
import { disclaimerRules, legalRules, legalRulesIntl } from "./legal.js";
import { cookieDetailRules, noticeRules } from "./notices.js";
import { navigationRules } from "./navigation.js";
import { newsletterRules, newsletterRulesIntl } from "./newsletter.js";
import { promoRules, promoRulesIntl } from "./promo.js";
import { relatedRules, relatedRulesIntl } from "./related.js";
import { markVettedPatterns, type Rule } from "./rule.js";
import { shareRules } from "./share.js";
import { siteChromeRules } from "./site-chrome.js";
import { stubRules } from "./stub.js";

/**
 * The built-in rules, one family per file. Order matters only among line patterns (the first match
 * wins), so the most specific families come first.
 *
 * @example
 * ```ts
 * import { defaultRules, parseArticles } from "news-text-parser";
 * console.log(defaultRules.some((r) => r.id === "comments/header")); // true
 * // Extend them per call; the defaults themselves are frozen.
 * const articles = parseArticles("Ferry vote\nThe town voted to keep the ferry for another ten years.\nJoin the ferry club", {
 *   rules: (defaults) => [...defaults, { id: "promo/ferry-club", kind: "promo", phrases: ["Join the ferry club"] }],
 * });
 * console.log(Object.isFrozen(defaultRules), articles.length); // true 1
 * ```
 */
export const defaultRules: readonly Rule[] = Object.freeze([
  ...siteChromeRules,
  ...commentRules,
  ...relatedRules,
  ...shareRules,
  ...newsletterRules,
  ...stubRules,
  ...promoRules,
  ...legalRules,
  ...leakRules,
  ...adRules,
  ...navigationRules,
  ...bylineRules,
  ...bioRules,
  ...captionRules,
  ...cookieRules,
  // Form consent lines, disclaimers, a cookie banner's detail, in several languages (notices.ts).
  ...noticeRules,
  ...cookieDetailRules,
  ...tagRules,
  ...keyPointRules,
  // The same families in the other languages news pages are written in (after the English ones, so
  // a line both know keeps its English rule).
  ...commentRulesIntl,
  ...relatedRulesIntl,
  ...newsletterRulesIntl,
  ...promoRulesIntl,
  ...legalRulesIntl,
  ...disclaimerRules,
  ...cookieRulesIntl,
]);

// The default patterns are proven linear-time by test/regex-safety.test.ts (recheck), so they run
// on native RegExp (see markVettedPatterns). Any other pattern runs on the caller's linear-time engine.
markVettedPatterns(defaultRules);
