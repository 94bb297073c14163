/**
 * Bylines labelled in the languages the time locales read, and in Chinese and Japanese, and a
 * labelled byline printed below a dek the body kept. The pages are invented.
 */
import { describe, expect, it } from "vitest";
import { parsePage } from "../../src/index.js";
import { BODY, MENU, REF } from "../helpers/head-page.js";

const HEADLINE = "How three harbour towns learned to share one ferry";

function story(lines: string[]) {
  const page = parsePage(lines.join("\n"), REF);
  return page.articles.find((a) => a.role === "main")!;
}

describe("labelled bylines in several languages", () => {
  it.each([
    ["Autor: Jan Kowalski", "Jan Kowalski"],
    ["Autorin: Anna Becker", "Anna Becker"],
    ["Auteur : Jeanne Dupont", "Jeanne Dupont"],
    ["Escrito por Ana Ruiz", "Ana Ruiz"],
    ["Scritto da Anna Rossi", "Anna Rossi"],
    ["Geschrieben von Max Berger", "Max Berger"],
    ["Ditulis oleh Budi Santoso", "Budi Santoso"],
    ["Door Pieter Vos", "Pieter Vos"],
  ])("reads %s under the headline", (line, name) => {
    const s = story([...MENU, HEADLINE, line, "Mar 3, 2025", "", ...BODY]);
    expect(s.title).toBe(HEADLINE);
    expect(s.byline).toBe(name);
    expect(s.publishedAt?.slice(0, 10)).toBe("2025-03-03");
  });

  it("reads a label alone on its line with the name on the next", () => {
    const s = story([...MENU, HEADLINE, "Autor", "Jan Kowalski", "Mar 3, 2025", "", ...BODY]);
    expect(s.byline).toBe("Jan Kowalski");
  });

  it("does not read a label that introduces no name", () => {
    const s = story([...MENU, HEADLINE, "Door prizes for every ferry rider", "Mar 3, 2025", "", ...BODY]);
    expect(s.byline).toBeNull();
  });
});

describe("labelled bylines in Chinese and Japanese", () => {
  const zh = {
    menu: ["首页", "新闻", "财经", "体育"],
    headline: "河边新建的图书馆下月正式开放",
    body: [
      "新图书馆位于河边公园北侧，共有三层，可容纳约五百名读者同时阅读，馆内还设有儿童阅览区。",
      "",
      "市文化局负责人表示，图书馆将每天开放十二小时，周末还会举办读书会和讲座，欢迎市民参加。",
      "",
      "附近居民对新馆的开放表示期待，不少人说以后周末终于有了一个安静的去处，可以带孩子来看书。",
    ],
  };
  it.each([
    ["记者 王小明", "王小明"],
    ["（记者：王小明）", "王小明"],
    ["作者：李华", "李华"],
    ["文／王小明", "王小明"],
    ["记者王小明报道", "王小明"],
  ])("reads %s", (line, name) => {
    const s = story([...zh.menu, zh.headline, line, "2025年5月20日 10:30", "", ...zh.body]);
    expect(s.title).toBe(zh.headline);
    expect(s.byline).toBe(name);
  });

  it("does not read a press conference (记者会) as a reporter's name", () => {
    const s = story([...zh.menu, zh.headline, "记者会", "2025年5月20日 10:30", "", ...zh.body]);
    expect(s.byline).toBeNull();
  });

  it("reads a Japanese name with a space between family and given name", () => {
    const body = [
      "駅前の広場は来月から歩行者専用となり、ベンチや木陰が増えて休日には市場も開かれる予定です。",
      "",
      "市の担当者によると、工事は予定通り進んでおり、開業式には地元の学生による演奏も行われます。",
      "",
      "近くの商店街では、広場の完成に合わせて新しい店が三軒開店する予定で、住民の期待が高まっています。",
    ];
    const s = story(["ホーム", "ニュース", "経済", "駅前の広場が来月新しく生まれ変わる", "著者：山田 太郎", "2025年5月20日", "", ...body]);
    expect(s.byline).toBe("山田 太郎");
  });
});

describe("a labelled byline below the dek the body kept", () => {
  it("reads `Written by` under a dek and the headline printed again", () => {
    const dek =
      "The three towns will share one boat from April, after ten years of arguments about timetables, fares and which harbour should keep the larger pier for the winter months";
    const s = story([...MENU, HEADLINE, dek, HEADLINE, "Written by Maria Lopez", "Friday, March 7, 2025", "", ...BODY]);
    expect(s.byline).toBe("Maria Lopez");
    expect(s.publishedAt?.slice(0, 10)).toBe("2025-03-07");
  });
});

describe("an author card under the headline: the name over its job title", () => {
  it.each([
    [["Maria Lopez", "Marketing Director", "Mar 3, 2025"]],
    [["Insights from", "Maria Lopez", "Marketing Director", "Mar 3, 2025"]],
    [["Mar 3, 2025", "", "5 min read", "Maria Lopez", "Senior Ferry Correspondent"]],
    [["Mar 3, 2025", "Maria Lopez", "", "Rédactrice en chef"]],
  ])("reads the name, not the role, from %j", (head) => {
    const s = story([...MENU, HEADLINE, ...head, "", ...BODY]);
    expect(s.title).toBe(HEADLINE);
    expect(s.byline).toBe("Maria Lopez");
    expect(s.publishedAt?.slice(0, 10)).toBe("2025-03-03");
  });

  it("does not take the line over a role line for a name when the page uses its words in lower case", () => {
    const s = story([...MENU, HEADLINE, "Mar 3, 2025", "", "Harbour Council", "Marketing Director", "", ...BODY]);
    expect(s.byline).toBeNull();
  });
});

describe("a publication date preferred to an update in several languages", () => {
  it.each([
    [["Aktualisiert am 4. März 2025, 10:00 Uhr", "Veröffentlicht am 3. März 2025"]],
    [["Mis à jour le 4 mars 2025", "Publié le 3 mars 2025"]],
    [["Actualizado el 4 de marzo de 2025", "Publicado el 3 de marzo de 2025"]],
    [["Aggiornato il 4 marzo 2025", "Pubblicato il 3 marzo 2025"]],
    [["Bijgewerkt op 4 maart 2025", "Gepubliceerd op 3 maart 2025"]],
    [["更新时间：2025-03-04", "发布时间：2025-03-03 10:00"]],
  ])("reads the publication date from %j", (head) => {
    const s = story([...MENU, HEADLINE, ...head, "", ...BODY]);
    expect(s.title).toBe(HEADLINE);
    expect(s.publishedAt?.slice(0, 10)).toBe("2025-03-03");
  });
});

describe("a labelled byline under a dek and a photo credit the body kept", () => {
  it("reads the byline and the date next to it", () => {
    const dek =
      "The three towns will share one boat from April, after ten years of arguments about timetables, fares and which harbour should keep the larger pier for the winter months";
    const s = story([...MENU, HEADLINE, "", dek, "", "The ferry leaves the north pier at dawn.", "Tom Hart, Harbour Photo Agency", "ByMaria Lopez", "Published March 9, 2025", "", ...BODY]);
    expect(s.title).toBe(HEADLINE);
    expect(s.byline).toBe("Maria Lopez");
    expect(s.publishedAt?.slice(0, 10)).toBe("2025-03-09");
  });
});

describe("meta lines as blogs glue them", () => {
  it("reads `Posted by` after the date on one line", () => {
    const s = story([...MENU, HEADLINE, "Posted on March 5, 2025 Posted by Maria Lopez 59 Comments", "", ...BODY]);
    expect(s.byline).toBe("Maria Lopez");
    expect(s.publishedAt?.slice(0, 10)).toBe("2025-03-05");
  });

  it("reads a name under the date past lines holding only an icon font's glyph", () => {
    const s = story([...MENU, HEADLINE, "\ue023", "March 4, 2025", "\ue08a", "Maria Lopez", "", ...BODY]);
    expect(s.byline).toBe("Maria Lopez");
    expect(s.publishedAt?.slice(0, 10)).toBe("2025-03-04");
  });
});

describe("a headline the body opened with", () => {
  it("keeps the date printed right above it", () => {
    const s = story([
      ...MENU,
      "Ferry Fare Calculator",
      "I want to...",
      "Find a pier",
      "Buy a ticket",
      "All articles",
      "Ferry news",
      "March 2, 2025",
      "Seven harbour ferries, reviewed and ready for summer!",
      "",
      "Share this post",
      "",
      ...BODY,
    ]);
    expect(s.title).toBe("Seven harbour ferries, reviewed and ready for summer!");
    expect(s.publishedAt?.slice(0, 10)).toBe("2025-03-02");
  });
});

describe("long head lines", () => {
  it("reads the byline and date glued to the end of a dek", () => {
    const dek = "The harbour towns will share a single boat from April after a decade of arguments over the timetable and the fares. By Maria Lopez on Dec. 19, 2024";
    const s = story([...MENU, HEADLINE, dek, "", ...BODY]);
    expect(s.byline).toBe("Maria Lopez");
    expect(s.publishedAt?.slice(0, 10)).toBe("2024-12-19");
  });

  it("reads the date opening a meta line whose category list runs long", () => {
    const meta =
      "Posted on November 25, 2024December 3, 2024 in Harbour News, Ferries, Timetables, Council Meetings, North Pier, South Pier, Winter Services, Summer Services, Fares and Tickets, Community, Local Government, Transport, Tourism, Coastal Towns, Boats";
    const s = story([...MENU, HEADLINE, meta, "", ...BODY]);
    expect(s.publishedAt?.slice(0, 10)).toBe("2024-11-25");
  });

  it("does not read a sentence in the middle of a paragraph as a byline", () => {
    const para = "The harbour towns will share a single boat from April after a decade of arguments. By March the council had agreed on the timetable, and the fares were set.";
    const s = story([...MENU, HEADLINE, "Mar 3, 2025", "", para, "", ...BODY]);
    expect(s.byline).toBeNull();
  });
});

describe("a byline and its date on one line, in several languages", () => {
  it.each([
    ["Par Jeanne Dupont le 3 mars 2025", "Jeanne Dupont"],
    ["Von Max Berger am 3. März 2025", "Max Berger"],
    ["Por Ana Ruiz el 3 de marzo de 2025", "Ana Ruiz"],
    ["Di Anna Rossi il 3 marzo 2025", "Anna Rossi"],
    ["Door Pieter Vos op 3 maart 2025", "Pieter Vos"],
    ["Oleh Budi Santoso pada 3 Maret 2025", "Budi Santoso"],
  ])("reads %s without the label or the joining word", (line, name) => {
    const s = story([...MENU, HEADLINE, line, "", ...BODY]);
    expect(s.byline).toBe(name);
    expect(s.publishedAt?.slice(0, 10)).toBe("2025-03-03");
  });
});

describe("bare names with initials, particles and brackets (round 10)", () => {
  const dek = "A short look at how the three towns agreed on fares and timetables.";
  it.each([
    ["Tom J. Hart CFA, PSP", "Tom J. Hart CFA, PSP", ["Tom J. Hart"]],
    ["J.R. Hart", "J.R. Hart", ["J.R. Hart"]],
    ["Anne Marie van der Berg", "Anne Marie van der Berg", ["Anne Marie van der Berg"]],
    ["María José García-López", "María José García-López", ["María José García-López"]],
    ["Lena (Roe) Hart", "Lena (Roe) Hart", ["Lena (Roe) Hart"]],
  ])("reads %s under a dek, over its date", (line, byline, authors) => {
    const s = story([...MENU, HEADLINE, dek, line, "Mar 3, 2025", "", ...BODY]);
    expect(s.title).toBe(HEADLINE);
    expect(s.byline).toBe(byline);
    expect(s.authors).toEqual(authors);
  });

  it("reads the name of a dated By segment before a long role after a comma", () => {
    const s = story([...MENU, HEADLINE, "03/01/2025 by Maria Lopez, Member Representative to the Coastal Towns Liaison Committee", "", ...BODY]);
    expect(s.byline).toBe("Maria Lopez");
    expect(s.authors).toEqual(["Maria Lopez"]);
  });

  it("takes no run of five or more capitalised words for a name", () => {
    expect(story([...MENU, HEADLINE, dek, "Maria Lopez Tom Hart Ann Poe", "Mar 3, 2025", "", ...BODY]).byline).toBeNull();
  });
});
