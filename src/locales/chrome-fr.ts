import type { SiteChrome } from "./chrome-types.js";

/**
 * French interface strings of Daily8-style aggregator pages (FORMATS.md section 1). The site
 * keeps `Hashtags` and the `time` icon label in English on French pages (see `chrome-en.ts`).
 */
export const chromeFr: SiteChrome = {
  code: "fr",
  hashtagsHeader: [],
  aiFeatures: ["Essayez nos fonctionnalités IA"],
  exploreAi: ["Découvrez ce que {brand} IA peut faire pour vous :", "Découvrez ce que {brand} AI peut faire pour vous :"],
  iconLabels: [],
  copyStoryLink: ["Copier le lien de l'article", "Copier le lien"],
  listingHeader: ["Dernières actualités avec #{tag}", "Dernières nouvelles avec #{tag}"],
  timeLabel: ["heure"],
};
