import type { Rule } from "./rule.js";

/** Tag and topic lists under a story; they close it. */
export const tagRules: readonly Rule[] = [
  {
    id: "tags/label",
    kind: "tags",
    // "Tags: Minnesota Wild", "Topics: …", "Filed under: …", "Related Topics: …", "Mots-clés : …".
    pattern: "^(?:tags?|topics?|related topics|filed under|categories|category|keywords|mots-clés|schlagworte|tag terkait|temas|argomenti|теги|태그)\\s?:\\s?[^\\n]{0,300}$|^(?:tags?|topics?|related topics|filed under|mots-clés)$",
    where: { maxLength: 320 },
    signal: "end-of-story",
  },
  {
    id: "tags/related-roundup",
    kind: "tags",
    pattern: "^(?:related roundups?|related (?:guide|forum|topic)s?|buyer'?s guide)\\s?:[^\\n]{0,120}$",
    where: { maxLength: 140 },
    signal: "end-of-story",
  },
];

/** Tag and keyword labels under a story in the other languages news pages are written in; they close it. */
export const tagRulesIntl: readonly Rule[] = [
  {
    id: "tags/label-intl",
    kind: "tags",
    // "Schlagwörter: …", "Tagi: …", "Etiquetas: …", "标签：…", "タグ：…", "키워드 …"; or the label alone on its line.
    pattern:
      "^(?:schlagwörter|stichwörter|tagi|etiquetas|étiquettes|tag|trefwoorden|метки|ключевые слова|etiketler|anahtar kelimeler|kata kunci|标签|標籤|关键词|關鍵詞|关键字|タグ|キーワード|관련 ?키워드|키워드|الكلمات المفتاحية|الوسوم|ট্যাগ|ট্যাগস)\\s?[:：]\\s?[^\\n]{0,300}$|^(?:schlagwörter|stichwörter|tagi|etiquetas|étiquettes|trefwoorden|метки|etiketler|kata kunci|标签|標籤|タグ|키워드|الوسوم|ট্যাগ|ট্যাগস)$",
    where: { maxLength: 320 },
    signal: "end-of-story",
  },
];
