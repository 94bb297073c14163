import type { Rule } from "./rule.js";

/** Newsletter, sign-up, subscribe and follow-us prompts, in lines of their own or inside flattened stories. */
export const newsletterRules: readonly Rule[] = [
  {
    id: "newsletter/sign-up-line",
    kind: "newsletter",
    pattern: "^(?:sign up|subscribe)(?: (?:now|today|for free|here))?(?: (?:to|for) (?:our|the|a)?\\s?[\\p{L}\\p{N}'’&. -]{0,50}(?:newsletters?|bulletin|briefing|alerts?|digest|emails?|updates))?[.!]?$|^(?:get|receive) (?:our|the) [\\p{L}\\p{N}'’&. -]{0,40}newsletter[\\p{L} .,!-]{0,60}$|^(?:enter your email(?: address)?|your email address|email address|subscribe|unsubscribe|sign up|s'abonner|s'inscrire|abonnez-vous|inscrivez-vous)[.:!]?$|^subscribe (?:to|for) [\\p{L}\\p{N}'’&. -]{1,40}? and (?:stay|get|never|keep|support|enjoy|read)\\b[^\\n]{0,120}$",
    where: { maxLength: 160 },
  },
  {
    id: "newsletter/sign-up-inline",
    kind: "newsletter",
    // "Sign up for <Paper> newsletter Sign up": the prompt and its button label flattened into a story.
    pattern: "sign up (?:for|to) (?:the |our )?[\\p{L}\\p{N}'’&. -]{1,60}? newsletters?(?: (?:sign up|subscribe)\\b)?",
    where: { scope: "inline", maxLength: 140 },
  },
  {
    id: "newsletter/follow-us",
    kind: "follow",
    // "Like us on Facebook at X and follow us on X at @Y", "Follow us on Instagram", channel prompts.
    pattern: "(?:like|follow|join) us on (?:facebook|twitter|x|instagram|tiktok|youtube|linkedin|threads|whatsapp|telegram|google news|bluesky)\\b[^.!?\\n]{0,200}(?:[.!?]|$)",
    where: { scope: "inline", maxLength: 260 },
  },
  {
    id: "newsletter/follow-line",
    kind: "follow",
    pattern: "^(?:follow|join|like) (?:us|our [\\p{L} ]{1,30}) (?:on|at|in) [\\p{L}\\p{N} @.,&-]{1,60}[.!]?$|^follow(?: us)?$",
    where: { maxLength: 100 },
  },
  {
    id: "newsletter/box",
    kind: "newsletter",
    // The furniture of a newsletter box: its name, its "stay up to date" heading, consent line and
    // confirmation messages.
    pattern: "^(?:[\\p{L}\\p{N}'’&+. -]{1,40} )?newsletters?$|^(?:see|view|browse|manage) (?:all )?(?:our )?newsletters$|^i (?:agree|consent) (?:that|to) [^\\n]{0,160}(?:newsletter|e-?mails?|marketing)[^\\n]{0,80}$|^please check the (?:opt-in )?box\\b[^\\n]{0,120}$|^thanks? (?:you )?for (?:signing up|subscribing)[.!]?$|^keep an eye on your inbox\\b[^\\n]{0,100}$|^(?:want|get) (?:more|the latest) [^\\n]{0,60}\\? (?:join|sign up for|subscribe to) [^\\n]{0,80}newsletter[.!]?$|^(?:join|subscribe to) (?:the|our) [^\\n]{0,60}newsletter[^\\n]{0,80}$|^(?:you(?:'|’)re|you are) (?:now )?(?:signed up|subscribed)[^\\n]{0,80}$|^(?:[\\p{L}'’ ]{1,30} )?(?:news )?(?:e-?mails|alerts)$|^get (?:[\\p{L}'’ ]{1,40} )?(?:alerts|newsletters?|e-?mails|updates) (?:and|&|delivered|sent|in your|right in your|straight to your)\\b[^\\n]{0,160}$|^by (?:signing up|subscribing|clicking)[^\\n]{0,200}(?:privacy|terms)[^\\n]{0,120}$|^(?:stay|keep) (?:up to date|updated|informed|in the loop)(?: with [\\p{L}\\p{N}&.'’ -]{1,40})?[.!]?(?: (?:subscribe|sign up)\\b[^\\n]{0,80})?$|^(?:an? )?(?:e-?mail|message|link) (?:with [^\\n]{1,40} )?(?:has (?:just )?been|was) sent to your (?:e-?mail|inbox)[^\\n]{0,160}$",
    where: {
      maxLength: 300,
      anyOf: ["newsletter", "sign", "subscri", "inbox", "mail", "alert", "agree", "consent", "opt-in", "thank", "update", "up to date", "informed", "in the loop", "sent to your"],
    },
  },
];

/**
 * Newsletter and channel prompts in the other languages news pages are written in: short lines
 * that start with the prompt's verb and name the newsletter or the channel.
 */
export const newsletterRulesIntl: readonly Rule[] = [
  {
    id: "newsletter/prompt-intl",
    kind: "newsletter",
    pattern:
      "^(?:abonnieren sie|melden sie sich|zapisz się|suscríbete|assine|inscreva-se|abonnez-vous|inscrivez-vous|iscriviti|meld je aan|подпишитесь|abone ol|berlangganan|订阅|訂閱|구독)[^\\n]{0,80}(?:newsletter|boletín|nieuwsbrief|telegram|whatsapp|e-?mail)[^\\n]{0,80}$",
    // Gated by the ASCII words of the end of the prompt, so most lines never meet the pattern.
    where: { maxLength: 200, anyOf: ["newsletter", "bolet", "nieuwsbrief", "telegram", "whatsapp", "mail"] },
  },
];
