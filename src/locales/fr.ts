import type { Locale } from "./types.js";

/**
 * French: Daily8's French pages and French publishers (`il y a 5 minutes`, `hier`,
 * `14 août 2025`, `Mis à jour le 14 août 2025 à 10h32`).
 *
 * @example
 * ```ts
 * import { fr } from "./fr.js";
 * fr.time.agoBefore; // ["il y a"]
 * ```
 */
export const fr: Locale = {
  code: "fr",
  time: {
    code: "fr",
    units: {
      s: "second", sec: "second", seconde: "second", secondes: "second",
      min: "minute", mn: "minute", minute: "minute", minutes: "minute",
      h: "hour", heure: "hour", heures: "hour",
      j: "day", jour: "day", jours: "day",
      sem: "week", semaine: "week", semaines: "week",
      mois: "month",
      an: "year", ans: "year", annee: "year", annees: "year",
    },
    countedUnits: {
      "une demi-heure": { count: 30, unit: "minute" }, "demi-heure": { count: 30, unit: "minute" },
      "une demi heure": { count: 30, unit: "minute" }, "un quart d'heure": { count: 15, unit: "minute" },
      "trois quarts d'heure": { count: 45, unit: "minute" }, "une heure et demie": { count: 90, unit: "minute" },
      "une demi-journée": { count: 12, unit: "hour" }, "une minute et demie": { count: 90, unit: "second" },
    },
    agoBefore: ["il y a"],
    agoAfter: [],
    numberWords: {
      un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9,
      dix: 10, onze: 11, douze: 12, quinze: 15, vingt: 20, trente: 30,
      // Vague amounts resolve to 3, as in English.
      quelques: 3, plusieurs: 3,
    },
    qualifiers: ["environ", "plus de", "plus d'", "moins de", "moins d'", "pres de", "presque", "quasiment"],
    and: ["et"],
    now: [
      "à l'instant", "il y a un instant", "il y a quelques instants", "maintenant",
      "il y a moins d'une minute", "a l'instant même",
    ],
    dayWords: {
      "aujourd'hui": 0, hier: 1, "avant-hier": 2, "avant hier": 2, "ce matin": 0, "cet après-midi": 0,
      "ce soir": 0, "cette nuit": 0, "plus tôt aujourd'hui": 0, "hier matin": 1, "hier après-midi": 1,
      "hier soir": 1, "la nuit dernière": 1,
    },
    lastPeriods: {
      "la semaine dernière": "week", "la semaine passée": "week", "le mois dernier": "month",
      "le mois passé": "month", "l'an dernier": "year", "l'année dernière": "year",
      "l'an passé": "year", "l'année passée": "year",
    },
    months: {
      janvier: 1, janv: 1, jan: 1, février: 2, févr: 2, fév: 2, mars: 3, mar: 3, avril: 4,
      avr: 4, mai: 5, juin: 6, juillet: 7, juil: 7, août: 8, septembre: 9, sept: 9, sep: 9,
      octobre: 10, oct: 10, novembre: 11, nov: 11, décembre: 12, déc: 12,
    },
    weekdays: { dimanche: 0, lundi: 1, mardi: 2, mercredi: 3, jeudi: 4, vendredi: 5, samedi: 6 },
    // `mar.` (mardi) is left out: it is also the abbreviation of `mars`.
    weekdayAbbreviations: { dim: 0, lun: 1, mer: 3, jeu: 4, ven: 5, sam: 6 },
    meridiem: { am: [], pm: [] },
    connectors: ["à", "le", "vers"],
    // `lundi soir`, `dimanche matin`, `samedi dernier au soir`.
    // `à midi`, `a mediodía`: a clock in one word (see `LocaleTime.clockWords`).
    clockWords: { midi: 12, minuit: 0 },
    dayParts: ["matin", "midi", "après-midi", "soir", "au soir", "dans la nuit", "en soirée", "en matinée"],
    weekdayBefore: ["le", "ce", "ce dernier"],
    weekdayAfter: ["dernier"],
    spacedClockWords: ["h"],
    gluedWords: true,
    labels: [
      "publié", "publié le", "mis à jour", "mis à jour le", "mise à jour", "mise à jour le",
      "modifié", "modifié le", "actualisé", "actualisé le", "posté le", "créé le",
      "publié à", "mis à jour à", "modifié à", "posté", "posté à", "rédigé le", "écrit le", "édité le",
      "révisé le", "paru le", "mis en ligne", "mis en ligne le", "mise en ligne", "mise en ligne le",
      "en ligne le", "diffusé le", "dernière mise à jour", "dernière mise à jour le",
      "dernière modification", "dernière modification le", "date de publication", "date",
      "première publication", "première publication le",
    ],
    ordinalSuffixes: ["er", "re"],
  },
};
