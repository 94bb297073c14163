import { describe, expect, it } from "vitest";
import { parsePage } from "../../src/index.js";
import { defaultRules } from "../../src/rules/index.js";
import { compileRules, matchLine } from "../../src/rules/rule.js";

const compiled = compileRules(defaultRules);

// For each language: furniture lines with the rule that must remove them, and story sentences
// (invented, in the same words) that no rule may touch. The furniture is written in the phrasing
// sites in each language use; no line is taken from a real page.
const cases: Record<string, { match: Array<[string, string]>; miss: string[] }> = {
  German: {
    match: [
      ["Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Mit der Nutzung unserer Seite stimmen Sie zu.", "cookies/banner-text-intl"],
      ["Lesen Sie auch:", "related/header-intl"],
      ["Lesen Sie auch: Fährhafen bekommt neues Terminal", "related/inline-link-intl"],
      ["© 2025 Hafenblatt. Alle Rechte vorbehalten.", "legal/copyright"],
      ["Hafenblatt GmbH – Alle Rechte vorbehalten", "legal/copyright-intl"],
      ["Dieser Artikel ist nur für Abonnenten verfügbar.", "promo/paywall-line-intl"],
      ["Haftungsausschluss", "legal/disclaimer-intl"],
      ["Haftungsausschluss: Die Inhalte dieser Seite dienen nur der allgemeinen Information.", "legal/disclaimer-intl"],
    ],
    miss: [
      "Lesen Sie auch, was der Stadtrat am Montag über die Fähre beschlossen hat, sagte der Sprecher.",
      "Die Bäckerei verkauft im Winter mehr Kekse als je zuvor, sagte die Inhaberin.",
      "Kommentare des Bürgermeisters sorgten am Dienstag für Kritik im Hafenausschuss.",
      "Alle Rechte an dem Gelände liegen seit 1921 bei der Stadt, sagte die Verwaltung.",
    ],
  },
  Polish: {
    match: [
      ["Używamy plików cookie, aby zapewnić najlepszą jakość korzystania z serwisu.", "cookies/banner-text-intl"],
      ["Ta strona używa plików cookie. Dowiedz się więcej o celu ich używania.", "cookies/banner-text-intl"],
      ["Czytaj też:", "related/header-intl"],
      ["Czytaj także: Nowy prom wypłynie w maju", "related/inline-link-intl"],
      ["Komentarze (12)", "comments/header-intl"],
      ["Brak komentarzy", "comments/empty-intl"],
      ["Wszelkie prawa zastrzeżone", "legal/copyright-intl"],
    ],
    miss: [
      "Czytaj też uważnie regulamin portu, radzi kapitan, bo zmienił się w tym roku.",
      "Komentarze radnych po głosowaniu były podzielone, powiedział rzecznik.",
      "Strona główna dworca zostanie otwarta w maju po dwóch latach remontu.",
    ],
  },
  Spanish: {
    match: [
      ["Utilizamos cookies propias y de terceros para mejorar nuestros servicios.", "cookies/banner-text-intl"],
      ["Te puede interesar", "related/header"],
      ["Lee también: El puerto amplía su horario", "related/inline-link-intl"],
      ["Sé el primero en comentar", "comments/empty-intl"],
      ["Todos los derechos reservados", "legal/copyright-intl"],
    ],
    miss: [
      "Utilizamos el puerto desde hace siglos, dijo el alcalde durante el acto.",
      "Las galletas de la panadería se agotaron antes del mediodía.",
    ],
  },
  Portuguese: {
    match: [
      ["Este site utiliza cookies para melhorar a sua experiência de navegação.", "cookies/banner-text-intl"],
      ["Leia também", "related/header"],
      ["Leia também: Porto ganha novo terminal", "related/inline-link"],
      ["Todos os direitos reservados.", "legal/copyright-intl"],
    ],
    miss: ["O site do porto foi atualizado na segunda-feira, disse a autoridade portuária."],
  },
  French: {
    match: [
      ["Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site.", "cookies/banner-text-intl"],
      ["Les plus lus", "related/header-intl"],
      ["Soyez le premier à commenter", "comments/empty-intl"],
      ["Tous droits réservés", "legal/copyright-intl"],
    ],
    miss: ["Nous utilisons le ferry tous les jours, ont dit les habitants de l'île au conseil."],
  },
  Italian: {
    match: [
      ["Questo sito utilizza cookie tecnici e di profilazione. Continuando la navigazione accetti.", "cookies/banner-text-intl"],
      ["Potrebbe interessarti", "related/header-intl"],
      ["Leggi anche: Il porto cambia orari", "related/inline-link"],
      ["Tutti i diritti riservati", "legal/copyright-intl"],
    ],
    miss: ["Il commento del sindaco è arrivato lunedì, dopo il voto del consiglio comunale."],
  },
  Dutch: {
    match: [
      ["Wij gebruiken cookies om je een betere ervaring te geven.", "cookies/banner-text-intl"],
      ["Lees ook", "related/header-intl"],
      ["Alle rechten voorbehouden", "legal/copyright-intl"],
    ],
    miss: ["Lees ook de brief van de haven, zei de wethouder maandag in de raad."],
  },
  Russian: {
    match: [
      ["Мы используем файлы cookie, чтобы сайт работал лучше.", "cookies/banner-text-intl"],
      ["Читайте также:", "related/header-intl"],
      ["Материалы по теме", "related/header-intl"],
      ["Комментариев пока нет", "comments/empty-intl"],
      ["Все права защищены", "legal/copyright-start-intl"],
      ["Подпишитесь на нашу рассылку по e-mail", "newsletter/prompt-intl"],
    ],
    miss: ["Читайте также внимательно новые правила порта, советует капитан, они изменились."],
  },
  Turkish: {
    match: [
      ["Sitemizde çerezler kullanılmaktadır. Detaylı bilgi için çerez politikası sayfasını inceleyin.", "cookies/banner-text-intl"],
      ["İlgili Haberler", "related/header-intl"],
      ["Tüm hakları saklıdır.", "legal/copyright-intl"],
    ],
    miss: ["Belediye başkanı limanın yeni yolcu terminalini pazartesi günü açtı.", "Çerez yasası meclisten geçti, dedi bakan."],
  },
  Indonesian: {
    match: [
      ["Kami menggunakan cookie untuk meningkatkan pengalaman Anda.", "cookies/banner-text-intl"],
      ["Baca juga:", "related/header-intl"],
      ["Baca juga: Pelabuhan baru dibuka bulan depan", "related/inline-link"],
      ["Berita Terkait", "related/header"],
      ["Hak Cipta Dilindungi Undang-Undang", "legal/copyright-intl"],
    ],
    miss: ["Baca juga buku panduan pelabuhan sebelum berangkat, kata petugas kepada penumpang."],
  },
  Chinese: {
    match: [
      ["本网站使用Cookie以改善您的浏览体验。继续浏览即表示您同意。", "cookies/banner-text-intl"],
      ["相关阅读：", "related/header-intl"],
      ["相关阅读：港口新码头下月启用", "related/inline-link-intl"],
      ["暂无评论", "comments/empty-intl"],
      ["版权所有 © 2025 海港日报", "legal/copyright-start-intl"],
      ["未经授权不得转载", "legal/copyright-start-intl"],
      ["免责声明：本文仅代表作者个人观点，与本网站无关。", "legal/disclaimer-start-intl"],
    ],
    miss: ["市议会周一表示，新码头将于下月启用，渡轮班次也会增加。", "相关部门表示，港口的新规定将于明年起实施。"],
  },
  Japanese: {
    match: [
      ["当サイトではCookieを使用しています。詳しくはプライバシーポリシーをご覧ください。", "cookies/banner-text-intl"],
      ["関連記事", "related/header-intl"],
      ["コメントはまだありません", "comments/empty-intl"],
      ["記事・写真の無断転載を禁じます", "legal/copyright-start-intl"],
      ["この記事は有料会員限定です。続きは会員登録でお読みいただけます。", "promo/paywall-start-intl"],
    ],
    miss: ["市議会は月曜日、新しいフェリー乗り場を来月開くと発表した。", "著作権の問題について、専門家は慎重な議論が必要だと話した。"],
  },
  Korean: {
    match: [
      ["이 웹사이트는 쿠키를 사용합니다.", "cookies/banner-start-intl"],
      ["관련기사", "related/header-intl"],
      ["많이 본 뉴스", "related/header-intl"],
      ["<저작권자 ⓒ 항구일보, 무단 전재 및 재배포 금지>", "legal/copyright-start-intl"],
    ],
    miss: ["저작권자들은 새 법안이 창작자를 보호한다고 말했다.", "쿠키 판매가 지난달 두 배로 늘었다고 제과점 주인이 말했다.", "시의회는 월요일 새 여객선 터미널을 다음 달 연다고 밝혔다."],
  },
  Arabic: {
    match: [
      ["نستخدم ملفات تعريف الارتباط لتحسين تجربتك على موقعنا.", "cookies/banner-start-intl"],
      ["اقرأ أيضاً", "related/header-intl"],
      ["الأكثر قراءة", "related/header-intl"],
      ["جميع الحقوق محفوظة", "legal/copyright-start-intl"],
    ],
    miss: ["قال رئيس البلدية إن الميناء الجديد سيفتح الشهر المقبل."],
  },
  Bengali: {
    match: [
      ["আরও পড়ুন", "related/header-intl"],
      ["সম্পর্কিত খবর", "related/header-intl"],
      ["সর্বস্বত্ব সংরক্ষিত", "legal/copyright-start-intl"],
    ],
    miss: ["নতুন ফেরি ঘাট আগামী মাসে চালু হবে বলে জানিয়েছে পৌরসভা।"],
  },
};

describe("boilerplate families in other languages", () => {
  for (const [language, { match, miss }] of Object.entries(cases)) {
    describe(language, () => {
      it.each(match)("removes %j (%s)", (line, id) => {
        expect(matchLine(compiled, line)?.rule.id).toBe(id);
      });
      it.each(miss)("leaves the story sentence %j alone", (line) => {
        expect(matchLine(compiled, line)).toBeNull();
      });
    });
  }

  it("leaves an English disclaimer section alone (benchmark bodies keep it)", () => {
    expect(matchLine(compiled, "Disclaimer")).toBeNull();
    expect(matchLine(compiled, "Disclaimer: The views expressed here are the author's own.")).toBeNull();
  });

  it("reads a phrase with the colon some sites add, in either width", () => {
    for (const line of ["Lesen Sie auch", "Lesen Sie auch:", "Lesen Sie auch :", "相关阅读", "相关阅读："]) {
      expect(matchLine(compiled, line)?.rule.id, line).toBe("related/header-intl");
    }
  });

  it("never lets a long line through a whole-line phrase, nor a story line through a line-start pattern", () => {
    const long = `Lesen Sie auch: ${"Der Stadtrat hat am Montag beschlossen, die Fähre zu behalten. ".repeat(5)}`;
    expect(long.length).toBeGreaterThan(240);
    expect(matchLine(compiled, long)).toBeNull();
    expect(matchLine(compiled, `Folgen Sie uns ${"auf dem Weg durch den Hafen und die Altstadt ".repeat(4)}`)).toBeNull();
  });
});

// Whole invented pages: furniture around a short story, in one language each. The story's
// paragraphs must all be in the body, and no furniture line may be.
const pages: Array<{ language: string; story: string[]; furniture: string[]; named: string[]; text: string }> = [
  (() => {
    const story = [
      "Der Stadtrat hat am Montag beschlossen, die Fähre zum Inselhafen für weitere zehn Jahre zu betreiben.",
      "Die Entscheidung fiel mit großer Mehrheit, nachdem Anwohner mehr als viertausend Unterschriften gesammelt hatten.",
      "Der Betreiber will im Frühjahr ein zweites Schiff einsetzen und den Fahrplan am Wochenende verdichten.",
    ];
    const head = ["Startseite", "Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten. Wenn Sie die Seite weiter nutzen, stimmen Sie der Verwendung zu.", "Alle akzeptieren", "Fähre bleibt zehn weitere Jahre in Betrieb"];
    const tail = ["Artikel teilen", "Lesen Sie auch:", "Neue Hafenmauer soll bis Herbst fertig sein", "Kommentare anzeigen", "Schreiben Sie den ersten Kommentar", "Hafenblatt GmbH – Alle Rechte vorbehalten"];
    return { language: "German", story, furniture: [...head.filter((l) => !l.startsWith("Fähre")), ...tail], named: [head[1]!, tail[1]!, tail.at(-1)!], text: [...head, ...story, ...tail].join("\n") };
  })(),
  (() => {
    const story = [
      "Rada miasta zdecydowała w poniedziałek, że prom na wyspę będzie kursował przez kolejne dziesięć lat.",
      "Mieszkańcy zebrali ponad cztery tysiące podpisów pod petycją w sprawie utrzymania połączenia z portem.",
      "Przewoźnik zapowiada, że wiosną na trasę wypłynie drugi statek, a rozkład na weekendy zostanie zagęszczony.",
    ];
    const head = ["Strona główna", "Używamy plików cookie, aby zapewnić najlepszą jakość korzystania z serwisu. Korzystając z serwisu, zgadzasz się na ich użycie.", "Akceptuję", "Prom zostaje na kolejne dziesięć lat"];
    const tail = ["Udostępnij", "Czytaj też:", "Nowe nabrzeże gotowe jesienią", "Komentarze (0)", "Brak komentarzy", "Wszelkie prawa zastrzeżone"];
    return { language: "Polish", story, furniture: [...head.filter((l) => !l.startsWith("Prom")), ...tail], named: [head[1]!, tail[1]!, tail.at(-1)!], text: [...head, ...story, ...tail].join("\n") };
  })(),
  (() => {
    const story = [
      "市议会周一决定，通往海岛的渡轮将再运营十年，此前居民为保留航线收集了四千多个签名。",
      "运营方表示，明年春天将增加第二艘船，并在周末加密班次，以满足游客和通勤者的需求。",
      "市长在会后对记者说，这条航线是岛上居民与城市之间最重要的联系，必须保留下去。",
    ];
    const head = ["首页", "本网站使用Cookie以改善您的浏览体验。继续浏览即表示您同意我们使用Cookie。", "接受全部", "海岛渡轮将再运营十年"];
    const tail = ["分享到：", "相关阅读：", "港口新码头下月启用", "发表评论", "暂无评论", "版权所有 © 2025 海港日报 未经授权不得转载"];
    return { language: "Chinese", story, furniture: [...head.filter((l) => !l.startsWith("海岛")), ...tail], named: [head[1]!, tail[1]!, tail.at(-1)!], text: [...head, ...story, ...tail].join("\n") };
  })(),
  (() => {
    const story = [
      "市議会は月曜日、島へ向かうフェリーの運航をさらに十年続けることを決めた。住民は存続を求めて四千人以上の署名を集めていた。",
      "運航会社は来春に二隻目の船を投入し、週末の便を増やす方針だ。観光客と通勤客の両方に対応するという。",
      "市長は会見で、この航路は島の暮らしと街を結ぶ最も大切なつながりだと述べた。",
    ];
    const head = ["ホーム", "当サイトではCookieを使用しています。サイトを利用することで、Cookieの使用に同意したものとみなされます。", "すべて受け入れる", "島へのフェリー、十年の運航継続が決定"];
    const tail = ["シェアする", "関連記事", "新しい岸壁、秋に完成へ", "コメントはまだありません", "記事・写真の無断転載を禁じます"];
    return { language: "Japanese", story, furniture: [...head.filter((l) => !l.startsWith("島へ")), ...tail], named: [head[1]!, tail[1]!, tail.at(-1)!], text: [...head, ...story, ...tail].join("\n") };
  })(),
];

describe("invented pages in other languages", () => {
  it.each(pages)("keeps the $language story and drops its furniture", ({ story, furniture, named, text }) => {
    const page = parsePage(text, { referenceTime: "2025-08-14T18:00:00Z" });
    const main = page.articles.find((a) => a.role === "main");
    expect(main).toBeDefined();
    // Kept means in the body or, for the space-less scripts, where the title ranking (not a rule)
    // may still promote the first paragraph, in the title.
    const kept = `${main!.title ?? ""}\n${main!.body}`;
    for (const paragraph of story) expect(kept).toContain(paragraph);
    for (const line of furniture) expect(kept.includes(line), line).toBe(false);
    // The banner, the related header and the copyright line are removed by name, not only by
    // falling outside the story (short button lines are left to structure).
    const byName = page.removed.filter((r) => r.ruleId.endsWith("-intl")).map((r) => r.text);
    expect(byName).toEqual(expect.arrayContaining(named));
  });
});
