import type { Rule } from "./rule.js";

/** Headers of related, read-more and most-read lists. What follows them is not the main story. */
export const relatedRules: readonly Rule[] = [
  {
    id: "related/header",
    kind: "related",
    phrases: [
      "Related Articles",
      "Related articles",
      "Related Stories",
      "Related News",
      "Related Posts",
      "Related",
      "Related Content",
      "Related Coverage",
      "Related Topics",
      "More Stories",
      "More stories",
      "More News",
      "More from",
      "You may also like",
      "You might also like",
      "Recommended",
      "Recommended for you",
      "Read More",
      "Read more",
      "Read next",
      "Also read",
      "Most Read",
      "Most read",
      "Most Popular",
      "Most popular",
      "Trending",
      "Trending Now",
      "Popular",
      "Top Stories",
      "Latest News",
      "Latest Stories",
      "More on this story",
      "Articles connexes",
      "À lire aussi",
      "Lire aussi",
      "Sur le même sujet",
      "أخبار ذات صلة",
      "مقالات ذات صلة",
      "اقرأ أيضا",
      // The same headers in other languages news pages are written in.
      "Artículos relacionados",
      "Noticias relacionadas",
      "Te puede interesar",
      "También te puede interesar",
      "Lo más leído",
      "Más leídas",
      "Artigos relacionados",
      "Notícias relacionadas",
      "Leia também",
      "Veja também",
      "Mais lidas",
      "Articoli correlati",
      "Leggi anche",
      "Potrebbe interessarti anche",
      "I più letti",
      "Ähnliche Artikel",
      "Das könnte Sie auch interessieren",
      "Mehr zum Thema",
      "Meistgelesen",
      "Похожие статьи",
      "Читайте также",
      "Популярное",
      "Baca Juga",
      "Berita Terkait",
      "Artikel Terkait",
      "Terpopuler",
    ],
    signal: "related-header",
  },
  {
    id: "related/more-from",
    kind: "related",
    // "More From the Los Angeles Times"-style headers: more/latest/related + from/on/in + a name.
    // "Most Popular Stories", "Most Read Articles": a most-read list's header with its noun.
    // "Explore more articles", "Explore other topics & resources.": the prompt over links closing a
    // story, ending in what it links to (a bare "Explore more" is as often a menu's label; with a
    // colon it heads links; "Explore more of the coast on foot." is a sentence).
    // At most five words after the keyword: "Latest news with the council on Monday, officials said" is prose.
    pattern: "^(?:more|latest|related|recommended|popular|trending|top|other|also|editors'?|editor's) (?:from|on|in|stories|news|articles|coverage|videos?|reads?|posts?|picks|headlines)(?: [\\p{L}\\p{N}'’&:-]{1,25}){0,5}$|^(?:you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|don't miss|recommended for you|around the web|from around the web|promoted stories|sponsored stories)\\b[^\\n]{0,30}$|^(?:read|see) (?:more|also|next)\\s?:?$|^(?:more|other) (?:[\\p{L}\\p{N}'’&.-]{1,25} ){1,3}(?:stories|articles|reads|news|headlines)$|^most (?:popular|read|viewed|watched|shared|commented|emailed) (?:stories|articles|news|posts|videos|headlines|reads)$|^explore (?:more|other)(?:(?: [\\p{L}\\p{N}'’&-]{1,25}){0,4} (?:articles|stories|posts|topics|resources|guides|content|products|tools|recipes|news|blogs|videos|insights|reads|categories|features)\\s?[:.]?|\\s?:)$",
    where: { maxLength: 80 },
    signal: "related-header",
  },
  {
    id: "related/inline-link",
    kind: "related",
    // A teaser link dropped between paragraphs: "[Related: …]", "Read more: …", "Also on example.com …", "READ MORE: …".
    pattern: "^\\[?(?:related|read more|more|see also|also read|read also|recommended|lire aussi|leia também|leggi anche|baca juga|читайте также)\\s?:[^\\n]{1,200}\\]?$|^also on [\\p{L}\\p{N}-]{1,40}\\.[a-z]{2,6}\\b[^\\n]{0,200}$",
    where: { maxLength: 240 },
  },
];

/** Each header as printed, and with the colon some sites add ("Lesen Sie auch:", "相关阅读："). */
function withColons(headers: readonly string[]): string[] {
  return headers.flatMap((h) => [h, `${h}:`, `${h} :`, `${h}：`]);
}

/**
 * Headers of related, read-more and most-read lists in the other languages news pages are written
 * in. Whole lines only, so "Lesen Sie auch, was der Rat beschlossen hat" stays a sentence.
 */
export const relatedRulesIntl: readonly Rule[] = [
  {
    id: "related/header-intl",
    kind: "related",
    // One string per language (bundle size), split on "|".
    phrases: withColons(
      [
        "Lesen Sie auch|Auch interessant|Weitere Artikel",
        "Czytaj też|Czytaj także|Zobacz też|Zobacz także|Polecamy|Najczęściej czytane",
        "Lee también|Más noticias|Últimas noticias",
        "Mais notícias|Relacionadas",
        "Voir aussi|Les plus lus|Dernières actualités",
        "Potrebbe interessarti|Ultime notizie|Altre notizie",
        "Lees ook|Meest gelezen|Meer nieuws",
        "Читайте также|Смотрите также|Материалы по теме|По теме|Новости по теме",
        "İlgili Haberler|Benzer Haberler|Diğer Haberler|Çok Okunanlar",
        "Baca juga|Berita Lainnya|Berita Terkini",
        "اقرأ أيضاً|الأكثر قراءة|أخبار متعلقة",
        "আরও পড়ুন|সম্পর্কিত খবর|সর্বাধিক পঠিত",
        "相关文章|相关新闻|相关阅读|相關新聞|延伸阅读|延伸閱讀|推荐阅读|热门文章",
        "関連記事|関連ニュース|おすすめ記事|人気記事",
        "관련기사|관련 기사|많이 본 뉴스",
      ].flatMap((language) => language.split("|")),
    ),
    signal: "related-header",
  },
  {
    id: "related/inline-link-intl",
    kind: "related",
    // A teaser link between paragraphs: "Lesen Sie auch: …", "Czytaj też: …", "相关阅读：…".
    pattern:
      "^\\[?(?:lesen sie auch|czytaj (?:też|także|również)|zobacz (?:też|także)|lee también|leia mais|à lire aussi|voir aussi|lees ook|смотрите также|ilgili haber|相关阅读|延伸阅读|関連記事|관련 ?기사|আরও পড়ুন)\\s?[:：»|-]\\s?[^\\n]{1,200}\\]?$",
    where: { maxLength: 240 },
  },
];
