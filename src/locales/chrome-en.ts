import type { SiteChrome } from "./chrome-types.js";

/**
 * English interface strings of Daily8-style aggregator pages (FORMATS.md section 1). `Hashtags`
 * and the `time` label stay English on every locale of the site, so English is always tried.
 */
export const chromeEn: SiteChrome = {
  code: "en",
  hashtagsHeader: ["Hashtags"],
  aiFeatures: ["Try Our AI Features"],
  exploreAi: ["Explore what {brand} AI can do for you:"],
  // `Orange background` is the alt text of the spaced footer's banner image.
  iconLabels: ["logo", "#", "Orange background"],
  copyStoryLink: ["Copy the Story Link", "Copy Story Link"],
  listingHeader: ["Latest news with #{tag}", "Latest news with {tag}", "News with #{tag}"],
  timeLabel: ["time"],
};
