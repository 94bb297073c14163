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

/** Ad slot labels in the other languages news pages are written in. */
export const adRulesIntl: readonly Rule[] = [
  {
    id: "ads/label-intl",
    kind: "ad",
    phrases: [
      "Werbung", "WERBUNG", "Anzeige - Weiterlesen nach der Anzeige", "Weiterlesen nach der Anzeige", "Artikel wird nach der Anzeige fortgesetzt", "Gesponsert",
      "Reklama", "REKLAMA", "Artykuł sponsorowany", "Dalsza część artykułu pod reklamą", "Dalsza część artykułu poniżej",
      "Publicidad", "PUBLICIDAD", "Contenido patrocinado", "Patrocinado", "Continúa leyendo después del anuncio", "Sigue leyendo",
      "PUBLICIDADE", "Conteúdo patrocinado", "Patrocinado por", "Continua após a publicidade", "CONTINUA APÓS A PUBLICIDADE", "Continua depois da publicidade",
      "PUBLICITÉ", "Contenu sponsorisé", "Sponsorisé", "Article sponsorisé", "La suite après cette publicité", "Suite après la publicité",
      "PUBBLICITÀ", "Contenuto sponsorizzato", "Sponsorizzato",
      "Advertentie", "ADVERTENTIE", "Gesponsord",
      "РЕКЛАМА", "Спонсорский материал", "На правах рекламы", "Партнерский материал", "Партнёрский материал",
      "Reklam", "REKLAM", "Sponsorlu", "Sponsorlu içerik", "Haberin devamı reklamdan sonra",
      "IKLAN", "Konten Bersponsor", "Advertorial", "SCROLL TO CONTINUE WITH CONTENT", "Lanjutkan dengan konten",
      "广告", "廣告", "赞助内容", "推广", "広告", "スポンサーリンク", "PR", "광고", "AD", "스폰서", "إعلانات", "محتوى مدعوم", "বিজ্ঞাপন",
    ],
  },
];
