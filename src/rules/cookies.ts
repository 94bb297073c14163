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

/**
 * The same banners in the other languages news pages are written in: the sentence that says the
 * site uses cookies ("Wir verwenden Cookies …", "Używamy plików cookie …", "本网站使用cookie …").
 * Short button lines are left to structure: the bundle budget is better spent on the sentences,
 * which can otherwise win the page as its story.
 */
export const cookieRulesIntl: readonly Rule[] = [
  {
    id: "cookies/banner-text-intl",
    kind: "cookie",
    pattern:
      "(?:wir (?:verwenden|nutzen|setzen)|diese (?:webseite|website|seite) (?:verwendet|nutzt)|utilizamos|usamos|este (?:sitio(?: web)?|site) (?:utiliza|usa)|nous utilisons des|ce site utilise des|utilizziamo(?: i)?|questo sito utilizza(?: i)?|(?:wij|we) gebruiken|deze (?:web)?site gebruikt|(?:używamy|wykorzystujemy|stosujemy)(?: plików)?|(?:ta )?strona (?:używa|wykorzystuje)(?: plików)?|мы используем(?: файлы)?|сайт использует(?: файлы)?|(?:kami|situs ini) menggunakan|(?:本网站|本站|我们|本網站|我們)使用) ?cookies?|cookies? ?を(?:使用|利用)|çerez(?:ler)?(?:i|e)? kullan|(?:política|politique|polityka) (?:de |des |plików )?cookies?",
    // ASCII gate words only: a gate of other words makes every line be lower-cased for the gate
    // scan (see gates.ts). "erez" is the ASCII inside the Turkish "çerez".
    where: { maxLength: 1200, anyOf: ["cookie", "erez"] },
  },
  {
    id: "cookies/banner-start-intl",
    kind: "cookie",
    // Scripts whose word for cookie holds no ASCII, read from the start of the line:
    // "이 웹사이트는 쿠키를 사용합니다", "当サイトではクッキーを使用しています", "نستخدم ملفات تعريف الارتباط".
    pattern:
      "^(?:(?:이 )?(?:웹사이트|사이트)(?:는|에서는) 쿠키|(?:当サイト|本サイト)(?:では|は)クッキー|(?:نستخدم|يستخدم (?:هذا )?الموقع) (?:ملفات تعريف الارتباط|الكوكيز)|(?:এই )?ওয়েবসাইট(?:টি)? কুকি)[^\\n]{0,1000}$",
    where: { maxLength: 1200 },
  },
];
