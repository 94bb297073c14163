import type { Rule } from "./rule.js";

const SENTENCE_END = "(?<!\\b\\p{Lu})[.!?][\"”’)]?(?=\\s|$)";

/** Syndication, disclosure and legal lines. */
export const legalRules: readonly Rule[] = [
  {
    id: "legal/third-party-disclosure",
    kind: "disclosure",
    // "This content is contributed or sourced from third parties but has been subject to <X> editorial review."
    pattern: `this (?:content|article|story|post|piece) (?:is|was|has been) (?:contributed|sourced|provided|supplied|produced|paid for|sponsored)\\b[^!?\\n]{0,200}?${SENTENCE_END}`,
    where: { scope: "inline", maxLength: 260 },
  },
  {
    id: "legal/syndication",
    kind: "syndication",
    pattern: `this (?:article|story|post) (?:originally |first )?(?:appeared|was (?:originally |first )?published) (?:on|in|at)\\b[^!?\\n]{0,200}?${SENTENCE_END}`,
    where: { scope: "inline", maxLength: 260 },
  },
  {
    id: "legal/copyright",
    kind: "legal",
    // A copyright line needs the sign or a year: "© 2025 …", "Copyright 2024 …", "(c) Harbour Press".
    pattern: "^(?:copyright ?)?(?:©|\\(c\\))[^\\n]{0,160}$|^copyright \\d{4}\\b[^\\n]{0,160}$|^all rights reserved\\.?$",
    where: { maxLength: 200 },
    signal: "end-of-story",
  },
  {
    id: "legal/affiliate",
    kind: "disclosure",
    // Affiliate-link disclosures: "If you buy something through this post, <Site> may get a share of the sale."
    pattern: `(?:if you (?:buy|purchase|click) (?:something|anything|a product)?\\s?(?:through|via|from) (?:this|our|links?)|we may (?:earn|receive|get) (?:a )?(?:small )?(?:commission|share|fee)|this (?:post|article|page) (?:contains|may contain) affiliate links)\\b[^!?\\n]{0,200}?${SENTENCE_END}(?:[^!?\\n]{0,60}?${SENTENCE_END})?`,
    where: { scope: "inline", maxLength: 320 },
  },
];

/**
 * "All rights reserved" and reprint notices in the other languages news pages are written in, on
 * a short line of their own ("© 2025 … Alle Rechte vorbehalten." is `legal/copyright` already;
 * these catch the lines that start with the notice or carry no sign). Like the English line, they
 * close the story.
 */
export const legalRulesIntl: readonly Rule[] = [
  {
    id: "legal/copyright-intl",
    kind: "legal",
    pattern:
      "^[^\\n]{0,120}(?:alle rechte vorbehalten|(?:todos los )?derechos reservados|todos os direitos reservados|tous droits réservés|tutti i diritti riservati|alle rechten voorbehouden|wszelkie prawa zastrzeżone|все права защищены|tüm hakları saklıdır|hak cipta dilindungi|reservados todos los derechos|版权所有|版權所有|無断(?:転載|複製)|(?:未经(?:授权|许可)(?:不得|禁止|严禁)|禁止|谢绝|严禁)转载|转载请注明|(?:未經(?:授權|許可)(?:不得|禁止|嚴禁)|禁止|謝絕|嚴禁)轉載|저작권자 ?[ⓒ©(]|무단 ?전재 ?(?:및|[-·ㆍ,]) ?재배포|재배포 ?금지|جميع الحقوق محفوظة|সর্বস্বত্ব সংরক্ষিত|স্বত্ব সংরক্ষিত)[^\\n]{0,120}$",
    where: {
      maxLength: 200,
      anyOf: ["rechte vorbehalten", "derechos reservados", "direitos reservados", "droits réservés", "diritti riservati", "rechten voorbehouden", "prawa zastrzeżone", "права защищены", "hakları saklıdır", "hak cipta", "reservados todos", "版权所有", "版權所有", "無断", "转载", "轉載", "저작권자", "재배포", "الحقوق محفوظة", "সংরক্ষিত"],
    },
    signal: "end-of-story",
  },
];
