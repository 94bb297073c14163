import { ar } from "./ar.js";
import { bn } from "./bn.js";
import { cs } from "./cs.js";
import { da } from "./da.js";
import { de } from "./de.js";
import { el } from "./el.js";
import { fa } from "./fa.js";
import { en } from "./en.js";
import { es } from "./es.js";
import { fr } from "./fr.js";
import { he } from "./he.js";
import { hi } from "./hi.js";
import { hr } from "./hr.js";
import { hu } from "./hu.js";
import { id } from "./id.js";
import { it } from "./it.js";
import { nb } from "./nb.js";
import { nl } from "./nl.js";
import { pl } from "./pl.js";
import { pt } from "./pt.js";
import { ro } from "./ro.js";
import { ru } from "./ru.js";
import { sk } from "./sk.js";
import { sv } from "./sv.js";
import { th } from "./th.js";
import { tr } from "./tr.js";
import { uk } from "./uk.js";
import { vi } from "./vi.js";
import { bg } from "./bg.js";
import { ca } from "./ca.js";
import { et } from "./et.js";
import { fi } from "./fi.js";
import { lt } from "./lt.js";
import { lv } from "./lv.js";
import { sl } from "./sl.js";
import { ta } from "./ta.js";
import { ur } from "./ur.js";
import type { Locale } from "./types.js";

export { ar, bg, bn, ca, cs, da, de, el, en, es, et, fa, fi, fr, he, hi, hr, hu, id, it, lt, lv, nb, nl, pl, pt, ro, ru, sk, sl, sv, ta, th, tr, uk, ur, vi };
export type { CountedUnit, Locale, LocaleTime, TimeUnit } from "./types.js";

/**
 * The built-in locales, in the order the timestamp parser tries them when no locale is given.
 * English comes first because Daily8 prints English related-story times even on French pages;
 * German, Spanish, Portuguese, Italian, Russian, then Polish, Dutch, Turkish and Indonesian follow, then
 * Swedish, Danish, Norwegian, Czech, Romanian, Hungarian, Ukrainian, Vietnamese, Hindi, Bengali, Persian,
 * Slovak, Croatian (with Serbian and Bosnian in Latin letters and Serbian in Cyrillic), Finnish,
 * Catalan, Slovenian, Lithuanian, Latvian and Estonian, then the languages written in other scripts
 * than the Latin one: Thai, Hebrew, Greek, Bulgarian, Urdu and Tamil (a stamp in any of them parses on
 * any page; the later ones leave out words that are common words of the earlier ones, like Turkish
 * `on`). The pre-check's bit set holds 31 locales' own bits; the locales from the 32nd on share one,
 * so the locales of other scripts come last, where a run of Latin words seldom sets it.
 *
 * @example
 * ```ts
 * import { locales } from "news-text-parser";
 * locales.map((l) => l.code); // ["en", "fr", "ar", "de", "es", "pt", "it", "ru", "pl", "nl", "tr", "id", "sv", "da", "nb", "cs", "ro", "hu", "uk", "vi", "hi", "bn", "fa", "sk", "hr", "fi", "ca", "sl", "lt", "lv", "et", "th", "he", "el", "bg", "ur", "ta"]
 * ```
 */
export const locales: readonly Locale[] = [en, fr, ar, de, es, pt, it, ru, pl, nl, tr, id, sv, da, nb, cs, ro, hu, uk, vi, hi, bn, fa, sk, hr, fi, ca, sl, lt, lv, et, th, he, el, bg, ur, ta];

/** Language codes that name a built-in locale by another code (Norwegian `no` and Nynorsk `nn` read as Bokmål; Serbian `sr`, Bosnian `bs` and `sh` as Croatian, which holds their Latin forms). */
const ALIASES: Readonly<Record<string, string>> = { no: "nb", nn: "nb", sr: "hr", bs: "hr", sh: "hr" };

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
  const first = code.toLowerCase().split(/[-_]/, 1)[0] ?? "";
  const language = ALIASES[first] ?? first;
  return locales.find((locale) => locale.code === language);
}
