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
    // At most five words after the keyword: "Latest news with the council on Monday, officials said" is prose.
    pattern: "^(?:more|latest|related|recommended|popular|trending|top|other|also|editors'?|editor's) (?:from|on|in|stories|news|articles|coverage|videos?|reads?|posts?|picks|headlines)(?: [\\p{L}\\p{N}'’&:-]{1,25}){0,5}$|^(?:you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|don't miss|recommended for you|around the web|from around the web|promoted stories|sponsored stories)\\b[^\\n]{0,30}$|^(?:read|see) (?:more|also|next)\\s?:?$|^(?:more|other) (?:[\\p{L}\\p{N}'’&.-]{1,25} ){1,3}(?:stories|articles|reads|news|headlines)$",
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
    phrases: withColons([
      // German
      "Lesen Sie auch", "Lesen Sie dazu", "Auch interessant", "Das könnte Sie interessieren", "Das könnte Sie auch interessieren", "Weitere Artikel", "Weitere Nachrichten", "Weitere Themen", "Mehr zum Thema", "Mehr aus dem Ressort", "Verwandte Artikel", "Verwandte Themen", "Passend zum Thema", "Empfohlene Artikel", "Meistgelesene Artikel", "Meistgelesen", "Meist gelesen", "Beliebte Artikel", "Neueste Artikel", "Top-Artikel", "Top-Themen", "Aktuelle Nachrichten", "Empfehlungen der Redaktion",
      // Polish
      "Czytaj też", "Czytaj także", "Czytaj również", "Przeczytaj też", "Przeczytaj także", "Przeczytaj również", "Zobacz też", "Zobacz także", "Zobacz również", "Polecamy", "Polecane", "Polecane artykuły", "Podobne artykuły", "Powiązane artykuły", "Powiązane", "Najczęściej czytane", "Najpopularniejsze", "Najnowsze", "Najnowsze artykuły", "Najnowsze wiadomości", "Więcej artykułów", "Inne artykuły", "Warto przeczytać", "To może cię zainteresować", "Może cię zainteresować",
      // Spanish
      "Lee también", "Lea también", "Te recomendamos", "Te puede interesar", "Te podría interesar", "Quizás te interese", "Puede interesarte", "También te puede gustar", "Relacionado", "Relacionados", "Relacionadas", "Contenido relacionado", "Temas relacionados", "Más noticias", "Otras noticias", "Últimas noticias", "Lo último", "Lo más visto", "Más leído", "Más leídos", "Lo más popular", "Recomendados", "Recomendado para ti", "Noticias recomendadas", "Más sobre este tema",
      // Portuguese
      "Leia também", "Veja também", "Mais notícias", "Outras notícias", "Últimas notícias", "Notícias relacionadas", "Matérias relacionadas", "Conteúdo relacionado", "Mais lidas", "Mais lidos", "Mais vistos", "Recomendados", "Recomendadas para você", "Você pode gostar", "Você também pode gostar", "Pode interessar", "Leia a seguir", "Mais sobre o assunto",
      // French
      "À lire également", "A lire aussi", "À lire", "Lire également", "Voir aussi", "À voir aussi", "À découvrir", "À découvrir aussi", "Les plus lus", "Les plus lues", "Les plus populaires", "Dernières actualités", "Dernières infos", "Dernières nouvelles", "Sur le même thème", "Dans la même rubrique", "Vous aimerez aussi", "Vous aimerez peut-être aussi", "Vous pourriez aussi aimer", "Ces articles peuvent vous intéresser", "Articles similaires", "Articles recommandés", "Recommandé pour vous", "Nos articles", "Plus d'actualités", "Toute l'actualité", 
      // Italian
      "Potrebbe interessarti", "Ti potrebbe interessare", "Potrebbero interessarti", "Articoli simili", "Notizie correlate", "Correlati", "Articoli consigliati", "Consigliati per te", "Più letti", "Più lette", "I più letti di oggi", "Ultime notizie", "Ultime news", "Altre notizie", "Da non perdere", "Vedi anche", "Approfondisci", "Potrebbe piacerti anche",
      // Dutch
      "Lees ook", "Bekijk ook", "Ook interessant", "Gerelateerd", "Gerelateerde artikelen", "Gerelateerd nieuws", "Meest gelezen", "Meer nieuws", "Laatste nieuws", "Aanbevolen", "Aanbevolen artikelen", "Meer over dit onderwerp", "Misschien ook interessant",
      // Russian
      "Читайте также", "Читать также", "Смотрите также", "Смотри также", "Похожие новости", "Похожие материалы", "Материалы по теме", "По теме", "Новости по теме", "Ещё по теме", "Еще по теме", "Самое читаемое", "Самое популярное", "Популярные новости", "Последние новости", "Главные новости", "Другие новости", "Рекомендуем", "Рекомендуем прочитать", "Выбор редакции", "Вам может быть интересно", "Вам также может понравиться", "Новости партнеров", "Новости партнёров",
      // Turkish
      "İlgili Haberler", "İlgili haberler", "İLGİLİ HABERLER", "Benzer Haberler", "Benzer haberler", "Diğer Haberler", "Diğer haberler", "Çok Okunanlar", "En Çok Okunanlar", "En çok okunanlar", "Son Haberler", "Öne Çıkanlar", "Editörün Seçtikleri", "İlgili İçerikler", "Bunlar da ilginizi çekebilir", "İlginizi çekebilir", "Bu haberler de ilginizi çekebilir", "Gündemdeki Haberler",
      // Indonesian
      "Baca juga", "Berita Lainnya", "Berita lainnya", "Artikel Lainnya", "Artikel lainnya", "Berita Populer", "Berita Terkini", "Berita Terbaru", "Artikel Terbaru", "Paling Banyak Dibaca", "Terpopuler Hari Ini", "Pilihan Editor", "Rekomendasi", "Rekomendasi Untuk Anda", "Lihat juga", "Topik Terkait", "Berita Pilihan",
      // Arabic
      "اقرأ أيضاً", "اقرأ أيضًا", "إقرأ أيضا", "إقرأ أيضاً", "الأكثر قراءة", "الأكثر مشاهدة", "الأكثر تداولا", "أخبار متعلقة", "أخبار مرتبطة", "مواضيع ذات صلة", "موضوعات ذات صلة", "آخر الأخبار", "أحدث الأخبار", "المزيد من الأخبار", "قد يعجبك أيضا", "قد يهمك أيضا", "قد يهمك", "شاهد أيضا", "شاهد أيضاً", "مقالات مقترحة",
      // Bengali
      "আরও পড়ুন", "আরো পড়ুন", "আরও পড়ুন", "সম্পর্কিত খবর", "সম্পর্কিত সংবাদ", "এ সম্পর্কিত আরও খবর", "এ সম্পর্কিত আরো খবর", "সর্বাধিক পঠিত", "সর্বশেষ খবর", "সর্বশেষ সংবাদ", "আরও খবর", "আরো খবর", "পাঠকপ্রিয়", "জনপ্রিয় সংবাদ", "এই বিভাগের আরো খবর", "এই বিভাগের আরও খবর", "আরও সংবাদ",
      // Chinese (simplified and traditional)
      "相关文章", "相关新闻", "相关阅读", "相关推荐", "相关报道", "相关资讯", "相關文章", "相關新聞", "相關閱讀", "相關報導", "延伸阅读", "延伸閱讀", "推荐阅读", "推薦閱讀", "热门文章", "热门新闻", "热门推荐", "熱門文章", "熱門新聞", "猜你喜欢", "你可能还喜欢", "你可能也喜欢", "更多新闻", "更多文章", "最新文章", "最新新闻", "最新消息", "精彩推荐", "点击排行", "阅读排行", "热点新闻", "编辑推荐", "為你推薦", "为你推荐",
      // Japanese
      "関連記事", "関連ニュース", "関連リンク", "関連する記事", "おすすめ記事", "おすすめの記事", "人気記事", "人気の記事", "人気記事ランキング", "アクセスランキング", "こちらもおすすめ", "あわせて読みたい", "合わせて読みたい", "こちらもオススメ", "最新記事", "新着記事", "最新ニュース", "注目記事", "注目のニュース", "こんな記事も読まれています", "この記事を読んだ人におすすめ", "よく読まれている記事", "編集部のおすすめ",
      // Korean
      "관련기사", "관련 기사", "관련뉴스", "관련 뉴스", "많이 본 뉴스", "많이 본 기사", "가장 많이 본 뉴스", "가장 많이 본 기사", "인기 기사", "인기기사", "추천 기사", "추천기사", "최신 기사", "최신기사", "주요뉴스", "주요 뉴스", "이 시각 주요뉴스", "함께 보면 좋은 기사", "에디터 추천", "오늘의 주요뉴스",
    ]),
    signal: "related-header",
  },
  {
    id: "related/inline-link-intl",
    kind: "related",
    // A teaser link between paragraphs: "Lesen Sie auch: …", "Czytaj też: …", "Baca juga: …", "相关阅读：…".
    pattern:
      "^\\[?(?:lesen sie (?:auch|dazu|mehr)|auch interessant|mehr zum thema|czytaj (?:też|także|również|więcej)|przeczytaj (?:też|także|również)|zobacz (?:też|także|również)|lee (?:también|más)|lea (?:también|más)|te recomendamos|leia (?:também|mais)|veja (?:também|mais)|saiba mais|à lire (?:aussi|également)|a lire aussi|lire (?:aussi|également)|voir aussi|leggi (?:anche|di più)|approfondisci|lees (?:ook|meer)|bekijk ook|читайте (?:также|по теме)|смотрите также|по теме|ilgili haber|(?:ayrıca )?okuyun|baca juga|baca selengkapnya|lihat juga|اقرأ أيضا|اقرأ أيضاً|إقرأ أيضا|আরও পড়ুন|আরো পড়ুন|相关阅读|相关新闻|延伸阅读|延伸閱讀|推荐阅读|関連記事|관련기사|관련 기사)\\s?[:：»>|-]\\s?[^\\n]{1,200}\\]?$",
    where: { maxLength: 240 },
  },
  {
    id: "related/read-on-button-intl",
    kind: "navigation",
    // "Read the rest" buttons under a teaser: the story may go on below, so they signal nothing.
    phrases: [
      "Weiterlesen", "Mehr lesen", "Lesen Sie mehr", "Leia mais", "Veja mais", "Saiba mais", "Lire plus", "Leggi di più", "Lees meer", "Lees verder", "Artikel lesen", "Czytaj więcej", "Czytaj dalej", "Leer más", "Seguir leyendo", "Continuar leyendo", "Continuar lendo", "Continue lendo", "Ler mais",
      "Lire la suite", "Lire l'article", "Continuer la lecture", "Leggi tutto", "Continua a leggere", "Verder lezen", "Читать далее", "Читать полностью", "Подробнее", "Devamını oku", "Devamını Oku", "Haberin devamı", "Devamı",
      "Selengkapnya", "Baca selengkapnya", "Baca Selengkapnya", "Lanjutkan membaca", "阅读全文", "閱讀全文", "查看全文", "展开全文", "阅读更多", "查看更多", "続きを読む", "もっと見る", "記事を読む", "全文を読む", "기사 더보기", "더보기", "전체 보기", "আরও দেখুন", "বিস্তারিত পড়ুন", "اقرأ المزيد", "المزيد",
    ],
  },
];
