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
