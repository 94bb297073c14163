import { chromeAr } from "./chrome-ar.js";
import { chromeEn } from "./chrome-en.js";
import { chromeFr } from "./chrome-fr.js";
import type { SiteChrome } from "./chrome-types.js";

export type { SiteChrome } from "./chrome-types.js";
export { chromeAr, chromeEn, chromeFr };

/**
 * The interface strings of every built-in language. All are tried on every page: aggregators
 * mix languages (English `Hashtags` on a French page), and a phrase of one language never reads
 * as ordinary text in another. A new language is a new `chrome-<code>.ts` listed here.
 */
export const siteChrome: readonly SiteChrome[] = [chromeEn, chromeFr, chromeAr];

/** Every phrase of one family, over all languages, without duplicates. */
export function chromePhrases(family: Exclude<keyof SiteChrome, "code">, languages: readonly SiteChrome[] = siteChrome): string[] {
  return [...new Set(languages.flatMap((l) => l[family]))];
}
