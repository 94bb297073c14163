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
 * Subscription and paywall prompts, and app pushes, in the other languages news pages are written
 * in. Whole lines, or short lines that open with the prompt ("Dieser Artikel ist nur für
 * Abonnenten …", "この記事は有料会員限定です").
 */
export const promoRulesIntl: readonly Rule[] = [
  {
    id: "promo/subscribe-intl",
    kind: "promo",
    phrases: [
      "Jetzt weiterlesen", "Weiterlesen mit Abo", "Bereits Abonnent?", "Schon Abonnent?", "Sie sind bereits Abonnent?", "Jetzt testen", "Jetzt gratis testen",
      "Kup dostęp", "Kup subskrypcję", "Masz już subskrypcję?", "Masz już konto?", "Wykup dostęp", "Czytaj dalej z subskrypcją",
      "¿Ya eres suscriptor?", "¿Ya tienes cuenta?", "Suscríbete para seguir leyendo", "Hazte suscriptor", "Suscríbete ahora", "Contenido exclusivo para suscriptores", "Exclusivo para suscriptores",
      "Já é assinante?", "Já é assinante? Entre", "Assine para continuar lendo", "Conteúdo exclusivo para assinantes", "Exclusivo para assinantes", "Seja assinante",
      "Déjà abonné ?", "Déjà abonné?", "Article réservé aux abonnés", "Réservé aux abonnés", "Abonnez-vous pour lire la suite", "Je m'abonne", "Cet article vous est offert",
      "Sei già abbonato?", "Già abbonato?", "Contenuto riservato agli abbonati", "Articolo riservato agli abbonati", "Abbonati per continuare a leggere",
      "Al abonnee?", "Ben je al abonnee?", "Alleen voor abonnees", "Word abonnee", "Lees verder met een abonnement",
      "Уже подписчик?", "Материал доступен только подписчикам", "Только для подписчиков", "Оформить подписку", "Оформите подписку",
      "Zaten abone misiniz?", "Sadece abonelere özel", "Abonelere özel",
      "Sudah berlangganan?", "Khusus pelanggan", "Konten khusus pelanggan", "Konten Premium",
      "会员专享", "订阅后阅读全文", "开通会员", "付费内容", "会員限定", "有料会員限定", "この記事は有料会員限定です", "会員登録して続きを読む", "유료 회원 전용", "구독자 전용",
      "حصري للمشتركين", "للمشتركين فقط", "প্রিমিয়াম কনটেন্ট",
      // App pushes
      "App herunterladen", "Jetzt die App herunterladen", "Pobierz aplikację", "Descarga la app", "Descarga nuestra app", "Baixe o app", "Baixe nosso app", "Téléchargez l'application", "Téléchargez notre application", "Scarica l'app", "Download de app", "Скачать приложение", "Скачайте приложение", "Uygulamayı indir", "Unduh aplikasi", "下载客户端", "下载APP", "下载App", "アプリをダウンロード", "앱 다운로드", "حمل التطبيق", "অ্যাপ ডাউনলোড করুন",
    ],
  },
  {
    id: "promo/paywall-line-intl",
    kind: "promo",
    pattern:
      "^(?:dieser (?:artikel|beitrag|inhalt) ist (?:nur )?(?:für|exklusiv für) (?:abonnenten|abonnentinnen|\\S{1,20}-abonnenten)|(?:ten|cały) artykuł (?:jest dostępny|przeczytasz) (?:tylko )?(?:dla|w ramach) (?:subskrybentów|prenumeratorów|subskrypcji)|(?:este|esta) (?:artículo|contenido|noticia) es (?:exclusivo|exclusiva|solo) (?:para )?(?:suscriptores|socios)|(?:este|esta) (?:conteúdo|matéria|reportagem) é exclusiv[oa] para assinantes|cet article est réservé aux abonnés|(?:questo|l') ?(?:articolo|contenuto) è riservato agli abbonati|dit (?:artikel|stuk) is (?:alleen )?voor abonnees|(?:этот )?материал доступен (?:только )?(?:по подписке|подписчикам)|bu (?:haber|içerik|makale) (?:sadece )?abonelere özel|artikel ini (?:khusus|hanya untuk) (?:pelanggan|pembaca premium)|(?:本文|此文|该文)(?:为|為)?(?:付费|付費|会员|會員)|この記事は(?:有料)?会員限定|이 기사는 (?:유료 ?)?(?:회원|구독자) 전용)[^\\n]{0,120}$",
    where: { maxLength: 200 },
  },
];
