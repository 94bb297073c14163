import type { Rule } from "./rule.js";

/**
 * Headers of key-point lists printed between a headline and the story ("Key Points",
 * "Highlights", "In brief"). The lines right below one are summary bullets: they go to the
 * article's `keyPoints`, not its body.
 */
export const keyPointRules: readonly Rule[] = [
  {
    id: "key-points/header",
    kind: "key-points",
    phrases: [
      "Key Points",
      "Key points",
      "KEY POINTS",
      "Key takeaways",
      "Key Takeaways",
      "Highlights",
      "Story highlights",
      "In brief",
      "In short",
      "At a glance",
      "The big picture",
      "Points clés",
      "L'essentiel",
      "Das Wichtigste",
      "In sintesi",
      "Destaques",
      "Poin penting",
      "Главное",
      "أبرز النقاط",
    ],
    signal: "key-points",
  },
];
