import type { Rule } from "./rule.js";

/**
 * Aggregator interface strings: the chrome an aggregator prints around the stories it republishes
 * (seen on Daily8-style pages in English, French and Arabic; FORMATS.md section 1). They are the
 * labels of widgets, not content, and several of them close the main story.
 */
export const siteChromeRules: readonly Rule[] = [
  {
    id: "site-chrome/hashtags-header",
    kind: "site-chrome",
    // The header of the tag list under a story; English on every locale of the site, Arabic has its own.
    phrases: ["Hashtags", "هاشتاغز", "الهاشتاغات"],
    signal: "end-of-story",
  },
  {
    id: "site-chrome/ai-features",
    kind: "site-chrome",
    phrases: ["Try Our AI Features", "Essayez nos fonctionnalités IA", "جرب ميزات الذكاء الاصطناعي لدينا"],
    signal: "end-of-story",
  },
  {
    id: "site-chrome/explore-ai",
    kind: "site-chrome",
    // "Explore what <Brand> AI can do for you:" and its translations; the brand varies.
    pattern: "^(?:explore what [\\p{L}\\p{N} .&'-]{1,40} ai can do for you|découvrez ce que [\\p{L}\\p{N} .&'-]{1,40} (?:ia|ai) peut faire pour vous|اكتشف ما يمكن أن يفعله [\\p{L}\\p{N} .&'-]{1,40} لك)\\s*:?$",
    where: { maxLength: 120 },
    signal: "end-of-story",
  },
  {
    id: "site-chrome/logo",
    kind: "site-chrome",
    // Icon labels that innerText keeps: the site logo and the bare hashtag icon of listing pages.
    phrases: ["logo", "#", "Orange background"],
  },
  {
    id: "site-chrome/copy-story-link",
    kind: "share",
    phrases: ["Copy the Story Link", "Copier le lien de l'article", "نسخ رابط الخبر"],
  },
];
