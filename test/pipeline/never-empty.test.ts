/**
 * The never-empty guarantee of the main-story stage: a page with any prose has a main story, in
 * any language and script. Pages in scripts written without spaces (Chinese, Japanese, Thai) give
 * a sentence one space-separated "word", and Hindi and Bengali end sentences with a danda (`।`):
 * both used to read as no prose at all and came back as an empty array. The pages are invented.
 */
import { describe, expect, it } from "vitest";
import { parseArticles } from "../../src/index.js";
import { endsSentence, storyWords } from "../../src/pipeline/main-story.js";

const OPTIONS = { referenceTime: "2025-01-01T00:00:00Z" };

/** Invented pages: a menu, a headline, the story's sentences (the last one is asserted), a footer. */
const PAGES: Array<[string, string[], string]> = [
  ["Chinese", ["首页", "新闻", "", "河边新建的图书馆下月开放", ""], "新图书馆位于河边公园北侧，共有三层，可容纳约五百名读者同时阅读。"],
  ["Chinese, no full stop", ["河边新建的图书馆下月开放"], "新图书馆位于河边公园北侧共有三层可容纳约五百名读者同时阅读"],
  ["Japanese", ["ホーム", "ニュース", "", "駅前の広場が来月新しくなる", ""], "駅前広場の改修工事は来月末に終わり、ベンチと花壇が新しく置かれる。"],
  ["Japanese, one short sentence", ["駅前の広場が来月新しくなる"], "駅前広場の改修工事は来月末に終わる予定だ"],
  ["Bengali", ["প্রথম পাতা", "", "নদীর ধারে নতুন পার্ক", ""], "নদীর ধারে নতুন একটি পার্ক আগামী মাসে সবার জন্য খুলে দেওয়া হবে।"],
  ["Hindi", ["होम", "", "नदी किनारे नया पार्क", ""], "नदी के किनारे एक नया पार्क अगले महीने सभी के लिए खोला जाएगा।"],
  ["Thai", ["หน้าแรก", "", "สวนสาธารณะแห่งใหม่ริมแม่น้ำ", ""], "เมืองจะเปิดสวนสาธารณะริมแม่น้ำให้ทุกคนเข้าใช้ในเดือนหน้า ซึ่งมีทางเดินยาวสองกิโลเมตร"],
  ["Polish", ["Strona główna", "Wiadomości", "", "Nowy park nad rzeką", ""], "W przyszłym miesiącu nad rzeką zostanie otwarty nowy park dla mieszkańców."],
  ["German, no full stop", ["Neuer Park am Fluss"], "Im kommenden Monat wird am Fluss ein neuer Park für alle Bewohner eröffnet"],
  ["Korean", ["홈", "", "강변에 새 공원", ""], "시는 다음 달 강변 공원을 모든 시민에게 개방한다고 밝혔다."],
  ["Arabic", ["الرئيسية", "", "حديقة جديدة على ضفة النهر", ""], "تفتح حديقة جديدة على ضفة النهر أبوابها للجميع في الشهر المقبل؟"],
];

describe("a page with prose always has a main story", () => {
  it.each(PAGES)("%s", (_name, head, sentence) => {
    const text = [...head, sentence, "", "Copyright © 2024"].join("\n");
    const main = parseArticles(text, OPTIONS).find((a) => a.role === "main");
    expect(main, "no main story").toBeDefined();
    expect(`${main!.title}\n${main!.body}`).toContain(sentence);
  });

  it("finds the story's sentences among a menu, not the menu", () => {
    const text = ["首页", "新闻", "体育", "财经", "", "河边新建的图书馆下月开放", "", "新图书馆位于河边公园北侧，共有三层。", "馆内设有儿童阅览区和自习室，每天开放十二小时。", "", "关于我们", "联系我们"].join("\n");
    const main = parseArticles(text, OPTIONS).find((a) => a.role === "main")!;
    expect(main.body).toContain("馆内设有儿童阅览区和自习室");
    expect(main.body).not.toContain("关于我们");
  });

  // No line is prose on its own, but together the short sentences are: a story told in short
  // lines, in a space-less script or with short words.
  const SHORT_SENTENCES: Array<[string, string[]]> = [
    ["Chinese", ["新馆明天开放。", "馆内有三层。", "儿童区在一楼。", "每天开到十点。"]],
    ["Japanese", ["工事は来月終わる。", "ベンチが置かれる。", "花壇も新しくなる。"]],
    ["Polish", ["Park otwarto wczoraj.", "Jest duży.", "Ma staw i plac zabaw."]],
    ["Bengali", ["পার্কটি খুলেছে।", "এটি বড়।", "সবার জন্য খোলা।"]],
    ["German", ["Das Bad ist offen.", "Der Eintritt ist frei.", "Kinder sind willkommen."]],
  ];
  it.each(SHORT_SENTENCES)("takes a run of short sentences as the story (%s)", (_name, sentences) => {
    const text = ["Menu", "", ...sentences, "", "Copyright © 2024"].join("\n");
    const main = parseArticles(text, OPTIONS).find((a) => a.role === "main");
    expect(main, "no main story").toBeDefined();
    // With no headline on the page, the first sentence stands in as the title.
    expect(main!.body).toContain(sentences.at(-1));
    for (const s of sentences) expect(`${main!.title}\n${main!.body}`).toContain(s);
  });

  it("invents no story on a page of menu entries", () => {
    const text = ["Home", "News", "Sport", "Weather", "", "About us", "Contact", "Privacy policy"].join("\n");
    expect(parseArticles(text, OPTIONS).find((a) => a.role === "main")).toBeUndefined();
  });
});

describe("languages that share short words with a stop list", () => {
  // Polish, Czech and Turkish share "a", "i", "na", "do", "to" with English or German stop lists
  // and were read as those languages: every long line then lacked the stop words of prose, the
  // story was cut to one or two paragraphs and one of them taken as the headline.
  const PARAGRAPHS: Array<[string, string, string[]]> = [
    [
      "Polish",
      "Nowy most łączy dwie dzielnice miasta",
      [
        "W poniedziałek otwarto nowy most na rzece, który połączy dwie dzielnice miasta i skróci dojazd do centrum.",
        "Budowa trwała dwa lata i kosztowała ponad sto milionów złotych, a prace prowadziła firma z Krakowa.",
        "Mieszkańcy przyszli tłumnie na otwarcie, a burmistrz podziękował wszystkim za cierpliwość podczas długich prac.",
      ],
    ],
    [
      "Czech",
      "Nový most spojil dvě čtvrti",
      [
        "V pondělí byl otevřen nový most přes řeku, který spojí dvě čtvrti města a zkrátí cestu do centra.",
        "Stavba trvala dva roky a stála přes sto milionů korun, práce vedla firma z Brna se stovkou dělníků.",
        "Obyvatelé přišli v hojném počtu a starosta poděkoval všem za trpělivost během dlouhých prací na stavbě.",
      ],
    ],
    [
      "Turkish",
      "Yeni köprü iki mahalleyi birleştirdi",
      [
        "Pazartesi günü nehir üzerindeki yeni köprü trafiğe açıldı ve şehrin iki mahallesini birbirine bağlayacak şekilde tasarlandı.",
        "İnşaat iki yıl sürdü ve yüz milyon liradan fazlaya mal oldu, çalışmaları Ankara merkezli bir şirket yürüttü.",
        "Açılışa çok sayıda vatandaş katıldı ve belediye başkanı uzun çalışmalar boyunca gösterdikleri sabır için herkese teşekkür etti.",
      ],
    ],
  ];
  it.each(PARAGRAPHS)("%s: the headline and every paragraph", (_name, headline, paragraphs) => {
    const text = ["Home", "News", "", headline, "", ...paragraphs, "", "Contact"].join("\n");
    const main = parseArticles(text, OPTIONS).find((a) => a.role === "main")!;
    expect(main.title).toBe(headline);
    expect(main.body).toBe(paragraphs.join("\n\n"));
  });
});

describe("storyWords", () => {
  it("counts a character of a space-less script as half a word, and leaves spaced text alone", () => {
    expect(storyWords("The council met on Monday to vote on the plan.", 10)).toBe(10);
    expect(storyWords("新图书馆位于河边公园北侧，共有三层。", 1)).toBe(1 + 8);
    expect(storyWords("駅前広場の改修工事は来月末に終わる予定だ", 1)).toBe(1 + 10);
    // Korean writes spaces between words: its syllables are not counted again.
    expect(storyWords("시는 다음 달 강변 공원을 모든 시민에게 개방한다고 밝혔다.", 10)).toBe(10);
  });
});

describe("endsSentence", () => {
  it.each(["。", "！", "？", "｡", "।", "॥", "؟", "۔", "።", ".", "!", "?", "…"])("reads %s as a sentence end", (mark) => {
    expect(endsSentence(`a sentence${mark}`)).toBe(true);
    expect(endsSentence(`a sentence${mark}”`)).toBe(true);
  });
  it("reads a colon or a bare word as no sentence end", () => {
    expect(endsSentence("Ingredients:")).toBe(false);
    expect(endsSentence("Read more")).toBe(false);
  });
});
