/**
 * The head of a page in a script without spaces or without letter case: the headline line, not the
 * story's first paragraph, is the title, and every paragraph stays in the body. A Chinese or
 * Japanese sentence is one space-separated "word", so the title filters, which counted words by
 * spaces, read a paragraph as a one-word line; case features meant nothing in caseless scripts.
 * The pages are invented.
 */
import { describe, expect, it } from "vitest";
import { parseArticles } from "../../src/index.js";

const OPTIONS = { referenceTime: "2025-06-01T00:00:00Z" };

interface Page {
  menu: string[];
  headline: string;
  meta: string;
  paragraphs: string[];
  footer: string[];
}

const PAGES: Array<[string, Page]> = [
  [
    "Chinese",
    {
      menu: ["首页", "新闻", "财经", "体育"],
      headline: "河边新建的图书馆下月正式开放",
      meta: "2025年5月20日 10:30",
      paragraphs: [
        "新图书馆位于河边公园北侧，共有三层，可容纳约五百名读者同时阅读，馆内还设有儿童阅览区。",
        "市文化局负责人表示，图书馆将每天开放十二小时，周末还会举办读书会和讲座，欢迎市民参加。",
        "附近居民对新馆的开放表示期待，不少人说以后周末终于有了一个安静的去处，可以带孩子来看书。",
      ],
      footer: ["关于我们", "联系我们", "版权所有 © 2025"],
    },
  ],
  [
    "Japanese",
    {
      menu: ["ホーム", "ニュース", "経済", "スポーツ"],
      headline: "駅前の広場が来月新しく生まれ変わる",
      meta: "2025年5月20日 10時30分",
      paragraphs: [
        "駅前広場の改修工事は来月末に終わる予定で、新しいベンチと花壇が置かれ、夜も明るく照らされる。",
        "市の担当者によると、工事費はおよそ二億円で、広場の一部には屋根付きの休憩所も設けられるという。",
        "近くの商店街では、人の流れが増えることを期待する声が多く、記念のイベントも計画されている。",
      ],
      footer: ["会社概要", "お問い合わせ", "Copyright © 2025"],
    },
  ],
  [
    "Korean",
    {
      menu: ["홈", "뉴스", "경제", "스포츠"],
      headline: "강변에 새 공원 다음 달 문 연다",
      meta: "입력 2025.05.20 10:30",
      paragraphs: [
        "시는 다음 달 강변 공원을 모든 시민에게 개방한다고 밝혔다. 공원에는 산책로와 자전거 도로가 새로 생긴다.",
        "공원 조성에는 2년이 걸렸으며 총 사업비는 약 백억 원이 들었다고 시 관계자는 설명했다.",
        "인근 주민들은 주말마다 가족과 함께 산책할 곳이 생겼다며 개장을 반기는 분위기다.",
      ],
      footer: ["회사소개", "고객센터", "Copyright © 2025"],
    },
  ],
  [
    "Thai",
    {
      menu: ["หน้าแรก", "ข่าว", "กีฬา"],
      headline: "สวนสาธารณะแห่งใหม่ริมแม่น้ำเปิดเดือนหน้า",
      meta: "20 พ.ค. 2568 10:30 น.",
      paragraphs: [
        "เมืองจะเปิดสวนสาธารณะริมแม่น้ำให้ทุกคนเข้าใช้ในเดือนหน้า ซึ่งมีทางเดินยาวสองกิโลเมตรและลานกีฬาสำหรับเด็ก",
        "เจ้าหน้าที่กล่าวว่าการก่อสร้างใช้เวลาสองปี และใช้งบประมาณราวหนึ่งร้อยล้านบาทจากงบของเทศบาล",
        "ชาวบ้านในละแวกนั้นต่างดีใจที่จะมีที่พักผ่อนในวันหยุด และหวังว่าจะมีกิจกรรมดนตรีในสวนบ่อยขึ้น",
      ],
      footer: ["เกี่ยวกับเรา", "ติดต่อเรา", "Copyright © 2025"],
    },
  ],
  [
    "Hindi",
    {
      menu: ["होम", "देश", "खेल"],
      headline: "नदी किनारे नया पार्क अगले महीने खुलेगा",
      meta: "20 मई 2025, 10:30",
      paragraphs: [
        "नदी के किनारे एक नया पार्क अगले महीने सभी के लिए खोला जाएगा। पार्क में दो किलोमीटर लंबा रास्ता बनाया गया है।",
        "अधिकारियों ने बताया कि पार्क बनाने में दो साल लगे और इस पर लगभग सौ करोड़ रुपये खर्च हुए।",
        "आसपास के लोग इस बात से खुश हैं कि अब छुट्टी के दिन परिवार के साथ घूमने की एक अच्छी जगह होगी।",
      ],
      footer: ["हमारे बारे में", "संपर्क करें", "Copyright © 2025"],
    },
  ],
  [
    "Arabic",
    {
      menu: ["الرئيسية", "أخبار", "رياضة"],
      headline: "حديقة جديدة على ضفة النهر تفتح الشهر المقبل",
      meta: "بقلم سارة أحمد",
      paragraphs: [
        "تفتح حديقة جديدة على ضفة النهر أبوابها للجميع في الشهر المقبل، وتضم ممرا للمشي بطول كيلومترين.",
        "وقال مسؤولون في البلدية إن أعمال البناء استغرقت عامين وبلغت تكلفتها نحو مئة مليون.",
        "وعبر سكان الحي عن سعادتهم بوجود مكان هادئ يقضون فيه عطلة نهاية الأسبوع مع عائلاتهم.",
      ],
      footer: ["من نحن", "اتصل بنا", "Copyright © 2025"],
    },
  ],
  [
    "Russian",
    {
      menu: ["Главная", "Новости", "Спорт"],
      headline: "Новый парк на берегу реки откроется в июне",
      meta: "20 мая 2025, 10:30",
      paragraphs: [
        "Новый парк на берегу реки откроется для всех жителей в следующем месяце, в нём появится прогулочная дорожка длиной два километра.",
        "По словам чиновников, строительство заняло два года и обошлось городу примерно в сто миллионов рублей.",
        "Жители соседних домов рады, что теперь у них будет тихое место для отдыха с семьёй по выходным.",
      ],
      footer: ["О нас", "Контакты", "Copyright © 2025"],
    },
  ],
];

// The same Chinese story under other heads: a byline, a share bar and related links; a
// breadcrumb and no date; a headline that asks its question with the full-width `？`.
const ZH = PAGES[0]![1];
const VARIANTS: Array<[string, Page]> = [
  ["Chinese, byline and share bar", { ...ZH, meta: "记者 王小明\n2025-05-20 10:30\n分享到：\n微信\n微博", footer: ["相关新闻", "河边公园将举办音乐节", "老城区道路改造完成", "版权所有 © 2025"] }],
  ["Chinese, breadcrumb and no date", { ...ZH, menu: ["首页 > 新闻 > 本地"], meta: "", footer: ["责任编辑：李华"] }],
  ["Chinese, a question headline", { ...ZH, headline: "河边新建的图书馆什么时候开放？" }],
  ["Japanese, byline", { ...PAGES[1]![1], meta: "山田太郎 記者\n2025年5月20日" }],
];

function pageText(p: Page): string {
  return [...p.menu, "", p.headline, p.meta, "", ...p.paragraphs.flatMap((s) => [s, ""]), ...p.footer].join("\n");
}

describe("the headline line is the title, in any script", () => {
  it.each([...PAGES, ...VARIANTS])("%s", (_name, page) => {
    const main = parseArticles(pageText(page), OPTIONS).find((a) => a.role === "main");
    expect(main, "no main story").toBeDefined();
    expect(main!.title).toBe(page.headline);
    for (const p of page.paragraphs) expect(main!.body).toContain(p);
  });
});
