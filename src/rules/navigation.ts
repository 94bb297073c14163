import type { Rule } from "./rule.js";

/** Navigation, breadcrumbs, reading-time labels, skip links and search prompts. */
export const navigationRules: readonly Rule[] = [
  {
    id: "navigation/reading-time",
    kind: "navigation",
    pattern: "^(?:\\d{1,3} ?(?:min|mins|minutes?)(?: read| de lecture)?|reading time:? \\d{1,3} ?(?:min|mins|minutes?)|lecture \\d{1,3} min)$",
    where: { maxLength: 40 },
  },
  {
    id: "navigation/skip-links",
    kind: "navigation",
    phrases: [
      "Skip to content",
      "Skip to main content",
      "Skip to navigation",
      "Skip to footer",
      "Menu",
      "Close",
      "Search",
      "Open menu",
      "Close menu",
      "Back to top",
      "Home",
      "Sign in",
      "Log in",
      "Login",
      "Register",
      "My account",
      "Toggle navigation",
      "Main menu",
      "Search for:",
      "Submit",
      "Go",
    ],
  },
];
