import type { Rule } from "./rule.js";

/** Ad slot labels that innerText keeps. */
export const adRules: readonly Rule[] = [
  {
    id: "ads/label",
    kind: "ad",
    phrases: [
      "Advertisement",
      "ADVERTISEMENT",
      "Advertisement - scroll to continue",
      "Advertisement – scroll to continue",
      "ADVERT",
      "Advert",
      "Sponsored",
      "Sponsored Content",
      "Paid Content",
      "Publicité",
      "Anzeige",
      "Pubblicità",
      "Publicidade",
      "Iklan",
      "Реклама",
      "광고",
      "إعلان",
      "Story continues below advertisement",
      "Continue reading below",
      "Article continues below",
      "Story continues below",
      "Scroll to continue with content",
    ],
  },
];

