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

/** Share, print and copy-link buttons in the other languages news pages are written in: whole lines. */
export const shareRulesIntl: readonly Rule[] = [
  {
    id: "share/buttons-intl",
    kind: "share",
    phrases: [
      "Artikel teilen", "Beitrag teilen", "Seite teilen", "Per E-Mail teilen", "Per Mail teilen", "Auf Facebook teilen", "Auf X teilen", "Link kopieren", "Drucken", "Artikel drucken", "Teilen auf",
      "Udostępnij", "Udostępnij artykuł", "Podziel się", "Kopiuj link", "Skopiuj link", "Drukuj",
      "Compartir en Facebook", "Compartir en X", "Compartir en Twitter", "Compartir en WhatsApp", "Compartir por email", "Comparte", "Copiar enlace", "Enlace copiado", "Imprimir",
      "Compartilhe", "Compartilhar no Facebook", "Compartilhar no WhatsApp", "Partilhe", "Partilhar no Facebook", "Copiar link", "Link copiado",
      "Partager cet article", "Partager l'article", "Partager par e-mail", "Partager par email", "Copier le lien", "Lien copié", "Imprimer",
      "Condividi su Facebook", "Condividi su X", "Condividi su WhatsApp", "Condividi questo articolo", "Copia link", "Link copiato", "Stampa",
      "Deel", "Deel dit artikel", "Delen via", "Kopieer link", "Link gekopieerd", "Printen",
      "Поделиться в", "Поделиться ссылкой", "Скопировать ссылку", "Ссылка скопирована", "Печать", "Распечатать",
      "Paylaş", "Paylas", "Facebook'ta paylaş", "WhatsApp'ta paylaş", "Haberi paylaş", "Linki kopyala", "Yazdır",
      "Bagikan artikel", "Bagikan ke", "Salin tautan", "Salin link", "Cetak",
      "分享", "分享到", "分享至", "分享到：", "分享至：", "分享本文", "转发", "复制链接", "複製連結", "打印", "列印", "微信扫一扫", "扫一扫分享",
      "シェア", "シェアする", "ツイート", "ポスト", "リンクをコピー", "URLをコピー", "印刷", "記事をシェア",
      "공유", "공유하기", "링크 복사", "URL 복사", "인쇄", "카카오톡 공유", "페이스북 공유",
      "شارك", "شارك المقال", "شارك الخبر", "نسخ الرابط", "طباعة",
      "শেয়ার", "শেয়ার করুন", "শেয়ার করুন", "প্রিন্ট", "লিংক কপি",
    ],
  },
];
