/**
 * The title ranker's word-overlap features in scripts written without spaces: a Chinese or
 * Japanese sentence is one space-separated "word", and a Korean word is short and carries its
 * particle, so overlap with the body's opening, the topic share and `topic-best` compare character
 * bigrams there. The heads are invented: a kicker, a
 * section label, the headline and a dek above a story whose words the headline uses.
 */
import { describe, expect, it } from "vitest";
import { parseArticles } from "../../src/index.js";
import { SHIPPED_MODEL, withStoryModel, type StoryRecord } from "../../src/pipeline/story-model.js";
import { TITLE_FEATURES } from "../../src/pipeline/title-rank.js";

const OPTIONS = { referenceTime: "2025-06-01T00:00:00Z" };

interface Head {
  kicker: string;
  section: string;
  headline: string;
  dek: string;
  meta: string;
  paragraphs: string[];
}

const HEADS: Array<[string, Head]> = [
  [
    "Chinese",
    {
      kicker: "独家报道",
      section: "城市生活",
      headline: "河边图书馆下月开放 市民可免费借书",
      dek: "记者走访发现，附近居民期待已久",
      meta: "2025年5月20日 10:30",
      paragraphs: [
        "位于河边公园北侧的新图书馆将于下月正式开放，市民凭身份证即可免费借书，每次最多借五本。",
        "图书馆共有三层，可容纳约五百名读者，馆内设有儿童阅览区和自习室，每天开放十二小时。",
        "市文化局表示，开放后的第一个月还将举办读书会和讲座，免费借书的服务也会推广到各个社区。",
      ],
    },
  ],
  [
    "Japanese",
    {
      kicker: "独自取材",
      section: "地域ニュース",
      headline: "駅前広場が来月に完成 夜も明るい休憩所",
      dek: "商店街の人たちは期待を寄せる",
      meta: "2025年5月20日 10時30分",
      paragraphs: [
        "駅前広場の改修工事は来月に完成する予定で、新しいベンチと花壇が置かれ、夜も明るく照らされる。",
        "広場の一部には屋根付きの休憩所も設けられ、市の担当者によると工事費はおよそ二億円だという。",
        "完成を記念して、駅前広場では来月の週末に音楽のイベントも計画されている。",
      ],
    },
  ],
  [
    "Korean",
    {
      kicker: "단독 취재",
      section: "지역 소식",
      headline: "강변 공원에 산책로 생긴다 다음 달 개장",
      dek: "주민들은 주말 나들이 장소가 생겼다며 반겨",
      meta: "입력 2025.05.20 10:30",
      paragraphs: [
        "시는 다음 달 강변 공원을 시민에게 개장한다고 밝혔다. 공원에는 산책로와 자전거길이 새로 생긴다.",
        "공원 조성에는 2년이 걸렸으며 총 사업비는 약 백억 원이 들었다고 시 관계자는 설명했다.",
        "개장 첫 주말에는 강변 산책로에서 음악회도 열릴 예정이다.",
      ],
    },
  ],
];

function pageText(h: Head): string {
  return ["ホーム", "首页", "", h.kicker, h.section, h.headline, h.dek, h.meta, "", ...h.paragraphs.flatMap((p) => [p, ""]), "Copyright © 2025"].join("\n");
}

function candidates(text: string): NonNullable<StoryRecord["title"]> {
  let cands: StoryRecord["title"] | undefined;
  withStoryModel(
    SHIPPED_MODEL,
    () => parseArticles(text, OPTIONS),
    (r) => {
      if (r.title) cands = r.title;
    },
  );
  expect(cands, "no title candidates recorded").toBeDefined();
  return cands!;
}

const TF = TITLE_FEATURES.length;
const OVERLAP = TITLE_FEATURES.indexOf("body-overlap");
const TOPIC = TITLE_FEATURES.indexOf("body-topic");
const BEST = TITLE_FEATURES.indexOf("topic-best");

describe("overlap and topic features in space-less scripts", () => {
  it.each(HEADS)("%s: the headline shares the story's bigrams, the labels do not", (_name, h) => {
    const c = candidates(pageText(h));
    const at = (text: string): number => {
      const k = c.texts.indexOf(text);
      expect(k, `${text} is no candidate`).toBeGreaterThanOrEqual(0);
      return k * TF;
    };
    const head = at(h.headline);
    expect(c.x[head + OVERLAP]).toBeGreaterThan(0.3);
    expect(c.x[head + TOPIC]).toBeGreaterThan(0.3);
    expect(c.x[head + BEST]).toBe(1);
    for (const label of [h.kicker, h.section]) {
      const k = at(label);
      expect(c.x[k + TOPIC]).toBeLessThan(c.x[head + TOPIC]!);
      expect(c.x[k + BEST]).toBe(0);
    }
  });

  it("reads a Latin headline's words as before, beside a space-less one", () => {
    const h = HEADS[0]![1];
    const c = candidates(pageText({ ...h, kicker: "Exclusive Library Report", paragraphs: [...h.paragraphs, "The library report was published in English too."] }));
    const k = c.texts.indexOf("Exclusive Library Report") * TF;
    // Two of its three long words ("library", "report") are in the story.
    expect(c.x[k + TOPIC]).toBeCloseTo(2 / 3, 5);
  });

  it.each(HEADS)("%s: the headline is the title, not the kicker, the section or the dek", (_name, h) => {
    const main = parseArticles(pageText(h), OPTIONS).find((a) => a.role === "main");
    expect(main?.title).toBe(h.headline);
  });
});
