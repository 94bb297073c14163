import type { Rule } from "./rule.js";

/** Share and copy-link buttons, share counters and leaked share links. */
export const shareRules: readonly Rule[] = [
  {
    id: "share/buttons-line",
    kind: "share",
    // A line that is only a share label, possibly naming the network: "Share", "Share on Facebook", "Tweet".
    pattern: "^(?:share(?: (?:this|the) (?:article|story|post|page))?(?: (?:on|via|to) (?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|email|e-mail|flipboard|messenger|bluesky|threads))?|tweet|pin it|email|e-mail|print|copy link|copy article link|copy url|link copied|partager|partager sur (?:facebook|twitter|x|linkedin|whatsapp)|مشاركة|compartir|compartilhar|partilhar|condividi|teilen|delen|bagikan|поделиться)$",
    where: { maxLength: 60 },
  },
  {
    id: "share/network-names",
    kind: "share",
    // Share bars flattened into one line of network names.
    pattern: "^(?:(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|email|e-mail|messenger|flipboard|copy link|print|sms|tumblr|vk|line|weibo|wechat)(?: |$)){1,10}$|^(?:addthis )?shar(?:e|ing) (?:buttons|to more|this|options)$|^like this (?:story|article)\\? share it with a friend!?$|^share (?:this|the) (?:article|story)(?: via)?:?$|^share (?:close )?(?:all |extra )?sharing options\\b[^\\n]{0,200}$|^(?:show|hide|see|view)(?: more| all| extra)? sharing options$|^(?:share|send|post) (?:this|it)(?: (?:on|via|to|by) [\\p{L}+ ]{1,20})?!?$",
    where: { maxLength: 120 },
  },
  {
    id: "share/click-to-share",
    kind: "share",
    // WordPress-style share buttons, kept inline when a story is flattened onto one line:
    // "Click to share on X/Twitter (Opens in new window)".
    pattern: "click to (?:share|email|print)(?: (?:on|via|a link to a friend)(?: [\\p{L}\\p{N}/.+-]{1,20}){1,3})? \\(opens in new window\\)",
    where: { scope: "inline", maxLength: 120 },
  },
  {
    id: "share/mailto",
    kind: "share",
    pattern: "mailto:\\?[^\\s]{0,2000}",
    where: { scope: "inline", maxLength: 2100 },
  },
  {
    id: "share/counter",
    kind: "share",
    // Share and view counters: "1.2K shares", "356 Views".
    pattern: "^(?:[\\d.,]{1,7}[kKmM]? )?(?:shares?|views?|reads?|letture|visualizzazioni|aufrufe|visualizações|leituras|dibaca|просмотр(?:ов|а)?|조회수?)$",
    where: { maxLength: 30 },
  },
];

