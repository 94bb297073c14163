import type { Rule } from "./rule.js";

/**
 * Names of icon-font ligatures that innerText keeps as words: an icon font draws `chevron_left`
 * as an arrow, but the text of the page still says `chevron_left`. The common directional, media,
 * device and action icons of the Material set, in their snake_case spelling.
 */
const ICON_LIGATURES = [
  "chevron_left", "chevron_right", "arrow_back", "arrow_forward", "arrow_back_ios", "arrow_forward_ios",
  "arrow_upward", "arrow_downward", "arrow_drop_down", "arrow_drop_up", "arrow_right_alt", "arrow_left", "arrow_right",
  "keyboard_arrow_left", "keyboard_arrow_right", "keyboard_arrow_up", "keyboard_arrow_down",
  "navigate_before", "navigate_next", "expand_more", "expand_less", "first_page", "last_page",
  "more_vert", "more_horiz", "open_in_new", "play_arrow", "play_circle", "play_circle_outline", "pause_circle",
  "volume_up", "volume_off", "phone_iphone", "phone_android", "insert_chart", "insert_photo", "insert_link",
  "account_circle", "shopping_cart", "local_offer", "access_time", "date_range", "calendar_today", "mail_outline",
  "chat_bubble", "chat_bubble_outline", "thumb_up", "thumb_down", "bookmark_border", "favorite_border", "zoom_in", "zoom_out",
];

/** Navigation, breadcrumbs, reading-time labels, skip links and search prompts. */
export const navigationRules: readonly Rule[] = [
  {
    id: "navigation/icon-label",
    kind: "navigation",
    // "chevron_left Browse All Posts", "arrow_forward", "insert_chart Data Solutions": an icon
    // ligature alone or in front of a short link label. Lower case as the fonts spell them.
    pattern: `^(?:${[...ICON_LIGATURES].sort((a, b) => b.length - a.length).join("|")})(?: [\\p{L}\\p{N}&'’.,:-]{1,30}){0,6}$`,
    where: { maxLength: 120, caseSensitive: true, anyOf: ["_"] },
  },
  {
    id: "navigation/reading-time",
    kind: "navigation",
    pattern: "^(?:\\d{1,3} ?(?:min|mins|minutes?)(?: read| de lecture)?|(?:reading time|tempo de leitura|tempo di lettura|lesezeit|waktu baca|время чтения|temps de lecture)\\s?:? ?\\d{1,3} ?(?:min|mins|minutes?|minutos?|minuti|minuten|menit|мин(?:ут[аы]?)?)?\\.?|lecture \\d{1,3} min)$",
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
      "More",
      "You are signed in as",
      "Sign out",
      "Log out",
      "Logout",
      "Edit profile",
      "Manage account",
    ],
  },
];
