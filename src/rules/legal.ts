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
    id: "captions/copyright-credit",
    kind: "credit",
    // The credit of a picture, a chart or a table printed with the sign, inside a story: "© Jane
    // Doe / Harbour Photo Agency", "© Harbour Images – Stockhouse.com", "© Tidewater Data Ltd. —
    // used by permission", "ⓒ Courtesy of the Harbour Museum". A photo or permission word and no
    // year and no "rights reserved" (a footer's notice: `legal/copyright`, which closes the story; a
    // table's credit printed under each table closed it under the first).
    pattern:
      "^(?:©|ⓒ) ?(?![^\\n]{0,140}\\b(?:1[89]\\d\\d|20\\d\\d|rights|reserved)\\b)(?=[^\\n]{0,140}\\b(?:photos?|photograph(?:y|er)?|images?|stock|getty|reuters|ap|afp|epa|pool|shutterstock|alamy|dreamstime|istock(?:photo)?|thinkstock|unsplash|pexels|depositphotos|123rf|wikimedia|courtesy|(?:used|reprinted|reproduced) (?:by|with) (?:kind )?permission)\\b)[^\\n]{2,140}$",
    where: { maxLength: 160 },
  },
  {
    id: "legal/copyright",
    kind: "legal",
    // A copyright line needs the sign or a year: "© 2025 …", "Copyright 2024 …", "(c) Harbour Press",
    // "Copyright ⓒ …" (the circled letter Korean sites print for the sign), "2026 (c) Harbour Press
    // Ltd.", "2019–2025 © …" (the year first), "Copyright (c) 2024 …". Up to 300 characters: a
    // footer notice often goes on with where to learn more.
    pattern: "^(?:\\d{4}(?:[-–]\\d{4})? )?(?:copyright ?)?(?:©|ⓒ|\\(c\\))[^\\n]{0,300}$|^copyright (?:\\(c\\) )?\\d{4}\\b[^\\n]{0,300}$|^all rights reserved\\.?$",
    where: { maxLength: 320 },
    signal: "end-of-story",
  },
  {
    id: "legal/rights-reserved",
    kind: "legal",
    // "All rights reserved" anywhere in a short line, with or without the sign: "Harbour Press Ltd
    // 2026 | © Copyright … all rights reserved.", "This site is © 1998–2025 Jane Doe, all rights
    // reserved, except …". No signal: a photo caption inside a story can say it too ("… Private
    // collection. All rights reserved.").
    pattern: "^[^\\n]{0,240}\\ball rights reserved\\b[^\\n]{0,240}$",
    where: { maxLength: 320, anyOf: ["rights reserved"] },
  },
  {
    id: "legal/reprint",
    kind: "legal",
    // Reprint bans: "This material may not be published, broadcast, rewritten or redistributed.",
    // "No part of this article may be reproduced without …", "Reproduction is prohibited without
    // written permission", "Nachdruck nur mit Genehmigung", "Reproduction interdite", "Prohibida su
    // reproducción total o parcial", "Riproduzione riservata", "Proibida a reprodução",
    // "Kopiowanie … zabronione". A subject of the publishing kind and a ban, or the ban at the line's
    // start: "The records may not be published until 2030" is a story's sentence. No signal: a
    // photo credit may carry the ban ("© Agency – reproduction interdite").
    pattern:
      "^(?:this|the) (?:material|article|content|story|text|work|publication|broadcast|photo|image|video)s?\\b[^\\n]{0,60}? (?:may|must|shall|can) ?not be (?:reproduced|published|republished|broadcast|rewritten|redistributed|distributed|copied|reprinted|transmitted)\\b[^\\n]{0,240}$|^no part of (?:this|the)\\b[^\\n]{0,80}? may be (?:reproduced|republished|redistributed|copied|reprinted|transmitted|stored)\\b[^\\n]{0,240}$|^(?:any )?(?:unauthori[sz]ed )?(?:reproduction|redistribution|republication|copying|reprinting)\\b[^\\n]{0,80}? (?:is |are )?(?:strictly )?(?:prohibited|forbidden|not (?:permitted|allowed))\\b[^\\n]{0,240}$|^[^\\n]{0,120}(?:(?:nachdruck|vervielfältigung)[^\\n]{0,80}?(?:verboten|untersagt|nur mit (?:ausdrücklicher |schriftlicher )?(?:genehmigung|zustimmung)|nicht gestattet)|reproduction (?:même partielle )?interdite|toute reproduction[^\\n]{0,60}?interdite|prohibida (?:su|la) reproducción|queda prohibida la reproducción|proibida a reprodução|reprodução proibida|riproduzione riservata|vietata la riproduzione|kopiowanie[^\\n]{0,60}?zabronione)[^\\n]{0,160}$",
    where: {
      maxLength: 320,
      anyOf: ["not be ", "may be ", "prohibited", "forbidden", "not permitted", "not allowed", "nachdruck", "vervielf", "interdite", "prohibida", "reprodu", "riproduzione", "zabronione"],
    },
  },
  {
    id: "legal/affiliate",
    kind: "disclosure",
    // Affiliate-link disclosures: "If you buy something through this post, <Site> may get a share of the sale."
    pattern: `(?:if you (?:buy|purchase|click) (?:something|anything|a product)?\\s?(?:through|via|from) (?:this|our|links?)|we may (?:earn|receive|get) (?:a )?(?:small )?(?:commission|share|fee)|this (?:post|article|page) (?:contains|may contain) affiliate links)\\b[^!?\\n]{0,200}?${SENTENCE_END}(?:[^!?\\n]{0,60}?${SENTENCE_END})?`,
    where: { scope: "inline", maxLength: 320 },
  },
  {
    id: "legal/not-advice",
    kind: "disclosure",
    // The disclaimer under a finance, health or legal post: "The content … is for general
    // informational purposes only and does not constitute financial advice.", "Dieser Artikel dient
    // ausschließlich Informationszwecken und stellt keine Anlageberatung dar.", "… à titre informatif
    // uniquement …", "… con fines informativos …". A line of its own (up to 400 characters) that
    // says so anywhere, in several languages.
    pattern:
      "(?:for (?:general )?(?:informational|information|educational) purposes only|(?:does|do|shall|should) not constitute (?:[\\p{L}]{1,20} ){0,3}advice|is not (?:intended|meant) (?:to be|as) (?:a substitute for )?(?:professional|financial|legal|medical|investment|tax) advice|dient (?:ausschließlich|nur|lediglich) (?:zu |der )?informationszwecken|stellt? keine [\\p{L}]{0,20}beratung dar|à titre (?:purement )?informatif|ne constitu(?:e|ent) (?:pas|en aucun cas) (?:un )?conseil|con fines (?:meramente |exclusivamente )?informativos|no constituye (?:un )?asesoramiento|a (?:scopo|titolo) (?:puramente )?informativo|non costituisce (?:una )?consulenza|apenas para fins informativos|não constitui (?:uma )?recomendação)",
    where: {
      maxLength: 400,
      anyOf: ["purposes only", "constitute", "advice", "informationszweck", "beratung dar", "informatif", "un conseil", "informativ", "asesoramiento", "consulenza", "fins informativos", "recomenda"],
    },
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
    // Latin-script notices anywhere in a short line ("Hafenblatt GmbH – Alle Rechte vorbehalten").
    // ASCII gate words only (see gates.ts): the ASCII start of the notice where it has an accent.
    pattern:
      "^[^\\n]{0,120}(?:alle rechte vorbehalten|(?:todos los )?derechos reservados|reservados todos los derechos|todos os direitos reservados|tous droits réservés|tutti i diritti riservati|alle rechten voorbehouden|wszelkie prawa zastrzeżone|tüm hakları saklıdır|hak cipta dilindungi)[^\\n]{0,120}$",
    where: {
      maxLength: 200,
      anyOf: ["rechte vorbehalten", "derechos reservados", "reservados todos", "direitos reservados", "droits r", "diritti riservati", "rechten voorbehouden", "prawa zastrze", "haklar", "hak cipta"],
    },
    signal: "end-of-story",
  },
  {
    id: "legal/copyright-start-intl",
    kind: "legal",
    // Notices in other scripts, read from the start of the line: "版权所有 © 2025 …",
    // "未经授权不得转载", "記事・写真の無断転載を禁じます", "<저작권자 ⓒ …>", "Все права защищены".
    pattern:
      "^(?:все права защищены|版权所有|版權所有|未经(?:授权|许可)[^\\n]{0,20}转载|(?:禁止|严禁)转载|(?:(?:記事|写真|画像)[^\\n]{0,12})?無断(?:転載|複製)|<?저작권자 ?[ⓒ©(]|무단 ?전재|جميع الحقوق محفوظة|সর্বস্বত্ব সংরক্ষিত)[^\\n]{0,160}$",
    where: { maxLength: 200 },
    signal: "end-of-story",
  },
];

/**
 * Disclaimer boxes in languages other than English: the label alone ("Haftungsausschluss"), or the label and its
 * text on one line ("免责声明：本文仅代表作者观点"). A story does not open a line with the label.
 */
export const disclaimerRules: readonly Rule[] = [
  {
    id: "legal/disclaimer-intl",
    kind: "disclosure",
    // Not the English label: English benchmark bodies keep a "Disclaimer" section as part of the
    // article (naming it cost wcxb-dev F1 on 9 pages).
    pattern:
      "^(?:haftungsausschluss|aviso legal|avis de non-responsabilité|zastrzeżenie prawne|yasal uyarı)\\s?(?:[:：][^\\n]{0,600})?$",
    // Gated by an ASCII piece of each label, so most lines never meet the pattern; the labels that
    // hold no ASCII are the next rule's, read from their rare first characters.
    where: { maxLength: 640, anyOf: ["haftungsausschluss", "aviso legal", "avis de non", "zastrze", "yasal uyar"] },
  },
  {
    id: "legal/disclaimer-start-intl",
    kind: "disclosure",
    pattern: "^(?:отказ от ответственности|免责声明|免責事項)\\s?(?:[:：][^\\n]{0,600})?$",
    where: { maxLength: 640 },
  },
];
