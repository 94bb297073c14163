import { ar } from "./ar.js";
import { de } from "./de.js";
import { en } from "./en.js";
import { es } from "./es.js";
import { fr } from "./fr.js";
import { id } from "./id.js";
import { it } from "./it.js";
import { nl } from "./nl.js";
import { pl } from "./pl.js";
import { pt } from "./pt.js";
import { ru } from "./ru.js";
import { tr } from "./tr.js";
import type { Locale } from "./types.js";

export { ar, de, en, es, fr, id, it, nl, pl, pt, ru, tr };
export type { CountedUnit, Locale, LocaleTime, TimeUnit } from "./types.js";

/**
 * The built-in locales, in the order the timestamp parser tries them when no locale is given.
 * English comes first because Daily8 prints English related-story times even on French pages;
 * German, Spanish, Portuguese, Italian, Russian, then Polish, Dutch, Turkish and Indonesian follow (a
 * stamp in any of them parses on any page; the later ones leave out words that are common words of
 * the earlier ones, like Turkish `on`).
 *
 * @example
 * ```ts
 * import { locales } from "news-text-parser";
 * locales.map((l) => l.code); // ["en", "fr", "ar", "de", "es", "pt", "it", "ru", "pl", "nl", "tr", "id"]
 * ```
 */
export const locales: readonly Locale[] = [en, fr, ar, de, es, pt, it, ru, pl, nl, tr, id];

/**
 * Finds a built-in locale by its code.
 *
 * @param code - A BCP 47 code; only the language part is used (`"fr-CA"` finds `fr`), case-insensitive.
 * @returns The locale, or `undefined` when there is none for that language.
 * @example
 * ```ts
 * import { getLocale } from "news-text-parser";
 * getLocale("fr")?.time.agoBefore; // ["il y a"]
 * getLocale("xx"); // undefined
 * ```
 */
export function getLocale(code: string): Locale | undefined {
  const language = code.toLowerCase().split(/[-_]/, 1)[0];
  return locales.find((locale) => locale.code === language);
}
