import type { Locale } from "./types.js";

/**
 * Hindi: `5 मिनट पहले`, `3 घंटे पहले`, `आज 17:30`, `14 अगस्त 2025`, `गुरुवार, 14 अगस्त 2025`,
 * `अपडेटेड: 14 अगस्त 2025, 10:32 AM IST`, with Latin or Devanagari digits (`१४ अगस्त २०२५`), and
 * abbreviated months with a full stop (`14 जन. 2025`, `3 अक्टू. 2024`).
 *
 * @example
 * ```ts
 * import { hi } from "./hi.js";
 * hi.time.agoAfter; // ["पहले", "पूर्व"]
 * ```
 */
export const hi: Locale = {
  code: "hi",
  time: {
    code: "hi",
    units: {
      सेकंड: "second", सेकेंड: "second",
      मिनट: "minute", मि: "minute", मिनिट: "minute",
      घंटा: "hour", घं: "hour", घंटे: "hour", घंटों: "hour", घण्टे: "hour",
      दिन: "day", दिनों: "day",
      हफ्ता: "week", हफ्ते: "week", "हफ़्ते": "week", सप्ताह: "week",
      महीना: "month", महीने: "month", महीनों: "month", माह: "month",
      साल: "year", वर्ष: "year", सालों: "year",
    },
    countedUnits: { "आधा घंटा": { count: 30, unit: "minute" }, "आधे घंटे": { count: 30, unit: "minute" } },
    agoBefore: [],
    agoAfter: ["पहले", "पूर्व"],
    numberWords: { एक: 1, दो: 2, तीन: 3, चार: 4, पांच: 5, पाँच: 5, दस: 10, कुछ: 3 },
    qualifiers: ["लगभग", "करीब", "क़रीब"],
    and: ["और"],
    now: ["अभी", "अभी अभी", "अभी-अभी"],
    // `कल` is left out: it means both yesterday and tomorrow.
    dayWords: { आज: 0 },
    lastPeriods: { "पिछले सप्ताह": "week", "पिछले हफ्ते": "week", "पिछले महीने": "month", "पिछले साल": "year", "पिछले वर्ष": "year" },
    months: {
      जनवरी: 1, फरवरी: 2, फ़रवरी: 2, मार्च: 3, अप्रैल: 4, मई: 5, जून: 6, जुलाई: 7, अगस्त: 8, सितंबर: 9, सितम्बर: 9,
      अक्टूबर: 10, अक्तूबर: 10, नवंबर: 11, नवम्बर: 11, दिसंबर: 12, दिसम्बर: 12,
      // Abbreviations, printed with a full stop (`14 जन. 2025`, `5 अक्टू. 2024`): the stop is dropped in lookup.
      जन: 1, फर: 2, फरव: 2, अप्रै: 4, जुला: 7, जुल: 7, अग: 8, अग़: 8, सित: 9, सितं: 9, अक्टू: 10, अक्तू: 10, नव: 11, नवं: 11, दिस: 12, दिसं: 12,
    },
    weekdays: { रविवार: 0, सोमवार: 1, मंगलवार: 2, बुधवार: 3, गुरुवार: 4, बृहस्पतिवार: 4, शुक्रवार: 5, शनिवार: 6 },
    weekdayAbbreviations: {},
    // Hindi pages print the clock's `AM`/`PM` in Latin letters, or a part of the day before it
    // (`सुबह 10:30` morning, `दोपहर 2:30` afternoon, `शाम 5:30` evening). `रात` (night) is left out:
    // `रात 10 बजे` is 10 pm, `रात 2 बजे` 2 am.
    meridiem: { am: ["am", "a.m.", "पूर्वाह्न", "सुबह", "तड़के"], pm: ["pm", "p.m.", "अपराह्न", "दोपहर", "शाम"], before: true },
    connectors: ["को"],
    clockSuffixes: ["बजे"],
    weekdayBefore: ["पिछले"],
    labels: ["प्रकाशित", "प्रकाशित तिथि", "अपडेट", "अपडेटेड", "अंतिम अपडेट", "पब्लिश्ड", "प्रकाशन तिथि"],
    ordinalSuffixes: [],
    digits: ["०१२३४५६७८९"],
  },
};
