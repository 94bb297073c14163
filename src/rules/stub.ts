import type { Rule } from "./rule.js";

/** Stub and update markers of developing stories. */
export const stubRules: readonly Rule[] = [
  {
    id: "stub/more-to-follow",
    kind: "stub",
    phrases: [
      "More to follow...",
      "More to follow…",
      "More to follow.",
      "This is a developing story...",
      "This is a developing story.",
      "This story is developing.",
      "This story is developing and will be updated.",
      "This story has been updated.",
      "This is a breaking news story and will be updated.",
    ],
    // Case-sensitive: the marker is printed capitalised as its own sentence, while
    // "analysts expect more to follow." is part of a story.
    where: { scope: "inline", maxLength: 80, caseSensitive: true },
  },
  {
    id: "stub/update-label",
    kind: "stub",
    // Labels that are only stub markers when they stand alone on a line.
    phrases: ["Developing story", "Breaking news", "Breaking", "More soon.", "Live", "Live updates"],
  },
];
