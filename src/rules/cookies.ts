import type { Rule } from "./rule.js";

/**
 * Cookie and consent banners. With stylesheets unloaded their full text (often several long,
 * sentence-like paragraphs) lands in innerText, so they must be named: their prose would
 * otherwise read as a story.
 */
export const cookieRules: readonly Rule[] = [
  {
    id: "cookies/banner-text",
    kind: "cookie",
    pattern:
      "\\b(?:(?:we|this (?:web)?site|our (?:web)?site|our partners) (?:use|uses|store|set) cookies|(?:by (?:continuing|clicking|using)|if you continue)\\b[^\\n]{0,120}\\b(?:cookies|privacy policy)|cookies? (?:policy|settings|preferences|consent|notice|statement)|(?:accept|allow|reject|decline|manage) (?:all )?cookies|consent to (?:the use of )?(?:our )?cookies|necessary cookies|cookies (?:are|that are) (?:used|essential|absolutely|necessary))\\b",
    where: { maxLength: 1200, anyOf: ["cookie"] },
  },
  {
    id: "cookies/buttons",
    kind: "cookie",
    phrases: [
      "Accept",
      "Accept all",
      "Accept All",
      "Reject all",
      "I agree",
      "I accept",
      "Agree",
      "OK, got it",
      "Got it!",
      "Got it",
      "Manage preferences",
      "Manage options",
      "Privacy Overview",
      "Necessary",
      "Necessary Always Enabled",
      "Always Enabled",
      "Non-necessary",
      "Functional",
      "Performance",
      "Analytics",
      "Advertisement cookies",
      "Save & Accept",
      "Save and accept",
      "Cookie settings",
      "Cookie Settings",
      "Do Not Sell My Personal Information",
      "Do Not Sell or Share My Personal Information",
      "Your Privacy Choices",
    ],
  },
];
