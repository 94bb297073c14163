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
 * The same banners in the other languages news pages are written in. The banner sentence names the
 * cookies and the site's use of them ("Wir verwenden Cookies …", "Używamy plików cookie …",
 * "本网站使用cookie …"); its buttons are lines of one or two words. The gate is the word for
 * cookie in each script, so lines without it never meet the pattern.
 */
export const cookieRulesIntl: readonly Rule[] = [
  {
    id: "cookies/banner-text-intl",
    kind: "cookie",
    pattern:
      "wir (?:verwenden|nutzen|setzen) (?:auf (?:unserer|dieser) (?:webseite|website|seite) )?cookies|diese (?:webseite|website|seite) (?:verwendet|nutzt|benutzt) cookies|(?:alle )?cookies (?:akzeptieren|zulassen|ablehnen)|cookie-(?:einstellungen|richtlinie|hinweis|banner)" +
      "|(?:utilizamos|usamos|empleamos) (?:las |os |as )?cookies|(?:este|esta) (?:sitio(?: web)?|web|site|página|portal) (?:utiliza|usa) cookies|(?:aceptar|aceitar|rechazar|rejeitar) (?:todas )?(?:las |os |as )?cookies|(?:política|configuración|configurações|definições|preferencias|preferências) de cookies" +
      "|nous utilisons (?:des )?cookies|ce site (?:web )?utilise (?:des )?cookies|(?:accepter|refuser) (?:tous )?(?:les )?cookies|(?:politique|gestion|paramètres|paramétrage) (?:des|de|relative aux) cookies" +
      "|(?:utilizziamo|usiamo) (?:i )?cookie|questo sito (?:web )?(?:utilizza|usa) (?:i )?cookie|(?:accetta|rifiuta) (?:tutti )?(?:i )?cookie|(?:informativa|impostazioni|preferenze) (?:sui |dei )?cookie" +
      "|(?:wij|we) gebruiken cookies|deze (?:web)?site (?:gebruikt|maakt gebruik van) cookies|(?:alle )?cookies (?:accepteren|weigeren)|cookie(?:beleid|verklaring|-instellingen)" +
      "|(?:używamy|wykorzystujemy|stosujemy|korzystamy z) (?:plików )?cookies?|(?:ta|nasza) (?:strona|witryna|serwis)(?: internetowa)? (?:używa|wykorzystuje|stosuje|korzysta z) (?:plików )?cookies?|polityk[aię] (?:plików )?cookies?" +
      "|(?:мы|сайт|этот сайт) (?:использует|используем|применяем|применяет) (?:файлы )?cookies?|политик[аиу] (?:использования )?(?:файлов )?cookies?" +
      "|çerez(?:ler)?(?:i|e)? kullan|çerez politikası|çerezleri kabul|(?:kami|situs (?:web )?ini|website ini) menggunakan cookie|kebijakan cookie" +
      "|(?:本网站|本站|我们|我們|本網站|網站)(?:会|會)?使用 ?cookies?|cookies? ?(?:政策|设置|設定|设定)|(?:接受|拒绝|拒絕)(?:所有|全部)? ?cookies?" +
      "|cookies? ?を(?:使用|利用)|cookieポリシー|すべての ?cookies? ?を(?:受け入れる|許可)",
    // ASCII gate words only: a gate of other words makes every line be lower-cased for the gate
    // scan (see gates.ts). "erez" is the ASCII inside the Turkish "çerez".
    where: { maxLength: 1200, anyOf: ["cookie", "erez"] },
  },
  {
    id: "cookies/banner-start-intl",
    kind: "cookie",
    // Banners in scripts whose word for cookie holds no ASCII, read from the start of the line:
    // "이 웹사이트는 쿠키를 사용합니다", "当サイトではクッキーを使用しています", "نستخدم ملفات تعريف الارتباط".
    pattern:
      "^(?:(?:이 |본 |당 )?(?:웹사이트|사이트|홈페이지)(?:는|에서는) 쿠키|(?:저희는|당사는|우리는) 쿠키|(?:当サイト|本サイト|このサイト|当ウェブサイト)(?:では|は)(?:クッキー|cookie)|(?:мы используем|этот сайт использует|сайт использует) (?:файлы )?(?:cookie|куки)|(?:نستخدم|يستخدم (?:هذا )?الموقع|هذا الموقع يستخدم) (?:ملفات تعريف الارتباط|الكوكيز)|(?:এই )?(?:ওয়েবসাইট|সাইট)(?:টি)? কুকি|আমরা কুকি)[^\n]{0,1000}$",
    where: { maxLength: 1200 },
  },
  {
    id: "cookies/buttons-intl",
    kind: "cookie",
    // The banner's buttons: accept, reject, settings, in the words consent tools print.
    phrases: [
      "Alle akzeptieren", "Akzeptieren", "Alle ablehnen", "Ablehnen", "Zustimmen", "Alle Cookies akzeptieren", "Nur notwendige Cookies", "Nur essenzielle Cookies akzeptieren", "Einstellungen verwalten", "Cookie-Einstellungen", "Notwendige Cookies", "Einverstanden",
      "Aceptar", "Aceptar todo", "Aceptar todas", "Aceptar cookies", "Aceptar todas las cookies", "Rechazar", "Rechazar todo", "Rechazar todas", "Configurar cookies", "Configuración de cookies", "Estoy de acuerdo", "Acepto",
      "Aceitar", "Aceitar todos", "Aceitar tudo", "Aceitar cookies", "Rejeitar", "Rejeitar todos", "Concordo", "Eu concordo", "Configurações de cookies", "Definições de cookies", "Gerir preferências",
      "Accepter", "Tout accepter", "Accepter tout", "Accepter et fermer", "Tout refuser", "Refuser", "Refuser tout", "Continuer sans accepter", "Paramétrer les cookies", "Gérer les cookies", "Personnaliser", "J'accepte", "Gérer mes choix",
      "Accetta", "Accetta tutti", "Accetta tutto", "Accetto", "Rifiuta", "Rifiuta tutti", "Personalizza", "Gestisci preferenze", "Impostazioni cookie", "Continua senza accettare",
      "Accepteren", "Alles accepteren", "Alle cookies accepteren", "Weigeren", "Akkoord", "Cookie-instellingen", "Instellingen aanpassen",
      "Akceptuję", "Akceptuj", "Akceptuj wszystkie", "Zaakceptuj", "Zaakceptuj wszystkie", "Odrzuć", "Odrzuć wszystkie", "Zgadzam się", "Ustawienia plików cookie", "Przejdź do serwisu",
      "Принять", "Принять все", "Принимаю", "Отклонить", "Отклонить все", "Согласен", "Согласна", "Я согласен", "Настройки cookie", "Настроить",
      "Kabul et", "Kabul ediyorum", "Tümünü kabul et", "Tümünü Kabul Et", "Reddet", "Tümünü reddet", "Çerez ayarları", "Çerez Ayarları",
      "Terima", "Terima semua", "Setuju", "Saya setuju", "Tolak", "Tolak semua", "Pengaturan cookie",
      "接受", "全部接受", "接受全部", "接受所有", "拒绝", "全部拒绝", "同意", "我同意", "Cookie设置", "Cookie 设置",
      "すべて受け入れる", "すべてのCookieを受け入れる", "同意する", "同意します", "拒否", "すべて拒否", "Cookie設定", "Cookieの設定",
      "모두 허용", "모두 동의", "동의", "동의합니다", "거부", "모두 거부", "쿠키 설정",
      "موافق", "قبول", "قبول الكل", "أوافق", "رفض", "رفض الكل", "إعدادات ملفات تعريف الارتباط",
      "সম্মত", "গ্রহণ করুন", "সব গ্রহণ করুন",
    ],
  },
];
