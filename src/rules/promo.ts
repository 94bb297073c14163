import type { Rule } from "./rule.js";

// Where a sentence ends: a full stop not right after a lone capital (so "U.S." and "J. Smith" do not
// end it), a question or exclamation mark, an optional closing quote, then space or the end.
const SENTENCE_END = "(?<!\\b\\p{Lu})[.!?][\"”’)]?(?=\\s|$)";

/** House promos: "keep checking back", app and podcast pushes, "download our app". */
export const promoRules: readonly Rule[] = [
  {
    id: "promo/keep-checking-back",
    kind: "promo",
    // "For the latest news on this story, keep checking back at <Site>, your go-to destination for ..."
    pattern: `for the latest [^!?\\n]{0,80}?keep checking back\\b[^!?\\n]{0,300}?${SENTENCE_END}`,
    where: { scope: "inline", maxLength: 420 },
  },
  {
    id: "promo/app-download",
    kind: "promo",
    pattern: "^(?:download|get) (?:the|our) [\\p{L}\\p{N} &'-]{0,30}app\\b[^\\n]{0,100}$",
    where: { maxLength: 140 },
  },
  {
    id: "promo/podcast",
    kind: "promo",
    pattern: "^(?:listen to|subscribe to) (?:the|our) [\\p{L}\\p{N} &'-]{0,40}podcast\\b[^\\n]{0,100}$",
    where: { maxLength: 160 },
  },
  {
    id: "promo/ai-summary",
    kind: "promo",
    phrases: ["Listen to this article", "Listen to article", "Play audio", "Summarize this article", "Read in app"],
  },
];

/**
 * Paywall prompts in the other languages news pages are written in, on a short line that opens
 * with them ("Dieser Artikel ist nur für Abonnenten …", "この記事は有料会員限定です").
 */
export const promoRulesIntl: readonly Rule[] = [
  {
    id: "promo/paywall-line-intl",
    kind: "promo",
    pattern:
      "^(?:dieser artikel ist (?:nur )?für abonnenten|(?:contenido|conteúdo) exclusivo para (?:suscriptores|assinantes)|article réservé aux abonnés|(?:articolo|contenuto) riservato agli abbonati)[^\\n]{0,120}$",
    // Gated by an ASCII piece of the subscriber word, so most lines never meet the pattern.
    where: { maxLength: 200, anyOf: ["abonnent", "suscriptor", "assinante", "aux abonn", "abbonati"] },
  },
  {
    id: "promo/paywall-start-intl",
    kind: "promo",
    // The same in scripts without ASCII, read from the line start (their first characters are rare).
    pattern: "^(?:материал доступен (?:только )?подписчикам|この記事は(?:有料)?会員限定)[^\\n]{0,120}$",
    where: { maxLength: 200 },
  },
];
