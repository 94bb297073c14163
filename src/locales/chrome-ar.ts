import type { SiteChrome } from "./chrome-types.js";

/**
 * Arabic interface strings of Daily8-style aggregator pages (FORMATS.md section 1): the
 * hashtags header is transliterated (`هاشتاغز`), the other widgets are translated.
 */
export const chromeAr: SiteChrome = {
  code: "ar",
  hashtagsHeader: ["هاشتاغز", "الهاشتاغات"],
  aiFeatures: ["جرب ميزات الذكاء الاصطناعي لدينا"],
  exploreAi: ["اكتشف ما يمكن أن يفعله {brand} لك:", "اكتشف ما يمكن ل{brand} أن يفعله لك:"],
  iconLabels: [],
  copyStoryLink: ["نسخ رابط الخبر", "انسخ رابط الخبر"],
  listingHeader: ["آخر الأخبار مع #{tag}", "أحدث الأخبار مع #{tag}"],
  timeLabel: ["الوقت"],
};
