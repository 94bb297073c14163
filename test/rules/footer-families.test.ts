import { describe, expect, it } from "vitest";
import { parseArticles } from "../../src/index.js";
import { defaultRules } from "../../src/rules/index.js";
import { compileRules, matchLine } from "../../src/rules/rule.js";

// The families that sit under a story and used to stay in its body: legal and reprint notices,
// author bio boxes, comment-form notes. Lines and pages are invented, in the shapes FORMATS.md
// describes.
const compiled = compileRules(defaultRules);

/** The main story's body of an invented page. */
function mainBody(text: string): string {
  const main = parseArticles(text).find((a) => a.role === "main");
  if (!main) throw new Error("no main story");
  return main.body;
}

/** The line cases of one family: each line of `match` is matched by the rule named, no line of `miss` by any rule. */
function lineCases(match: Array<[string, string]>, miss: string[]): void {
  it.each(match)("matches %j (%s)", (line, id) => {
    expect(matchLine(compiled, line)?.rule.id).toBe(id);
  });
  it.each(miss.map((m) => [m]))("leaves the near-miss %j alone", (line) => {
    expect(matchLine(compiled, line)).toBeNull();
  });
}

/** A story of four paragraphs under a head, for the footer cases below. */
const STORY = [
  "Harbour Gazette",
  "Ferry captain retires after forty years",
  "By Sam Lee",
  "Maria Olsen has crossed the bay more than twenty thousand times, and on Friday she steered her last crossing to the island pier.",
  "The town council thanked Olsen at a short ceremony on the pier, where the mayor handed her a brass bell from the old ferry.",
  "Olsen said she would spend her retirement fishing and teaching her grandchildren to sail, but she would miss the early mornings.",
  '"The bay was my office for forty years," she said, smiling at the crowd that had gathered on the quay to see her off.',
];

describe("legal and reprint notices", () => {
  lineCases(
    [
      ["2026 (c) Harbour Press Ltd. All rights reserved.", "legal/copyright"],
      ["2019–2025 © Harbour Press", "legal/copyright"],
      ["Copyright (c) 2024 Harbour Press Ltd", "legal/copyright"],
      ["Harbour Press Ltd 2026 | © Copyright Harbour Group, all rights reserved.", "legal/rights-reserved"],
      ["This site is © 2001-2025 Jane Doe, all rights reserved, except where noted otherwise.", "legal/rights-reserved"],
      ["Quay at dusk, 1961. Oil on board. Private collection. All rights reserved.", "legal/rights-reserved"],
      ["This material may not be published, broadcast, rewritten or redistributed.", "legal/reprint"],
      ["The content of this site may not be reproduced without the written permission of Harbour Press.", "legal/reprint"],
      ["No part of this article may be reproduced or transmitted in any form without permission.", "legal/reprint"],
      ["Reproduction in whole or in part is strictly prohibited without written permission.", "legal/reprint"],
      ["Nachdruck nur mit Genehmigung des Verlags.", "legal/reprint"],
      ["© Hafenblatt – Reproduction interdite", "legal/copyright"],
      ["Toute reproduction, même partielle, est interdite sans autorisation.", "legal/reprint"],
      ["Prohibida su reproducción total o parcial.", "legal/reprint"],
      ["Riproduzione riservata", "legal/reprint"],
      ["É proibida a reprodução deste conteúdo sem autorização.", "legal/reprint"],
    ],
    [
      "The records may not be published until 2030, the court said.",
      "Copyright law is changing in the EU, lawyers say, and publishers are worried about what it means.",
      "The reproduction of the old harbour map is on show at the library until March.",
      "He said the island's fishing rights were reserved for families who had lived there for generations.",
      // A Creative Commons attribution is left alone: the licence asks that it travel with the text.
      "This article is republished from Harbour Weekly under a Creative Commons license.",
    ],
  );

  it("keeps the story and drops the notices under it", () => {
    const page = [...STORY, "This material may not be published, broadcast, rewritten or redistributed.", "Harbour Press Ltd 2026 | © Copyright Harbour Group, all rights reserved.", "Privacy Policy"].join("\n");
    const body = mainBody(page);
    expect(body).toContain("steered her last crossing");
    expect(body).toContain("The bay was my office");
    expect(body).not.toContain("may not be published");
    expect(body).not.toContain("rights reserved");
  });
});

describe("comment-form notes", () => {
  lineCases(
    [
      ["Your email address will not be published. Required fields are marked *", "comments/form-note"],
      ["Your email address will not be published.", "comments/form-note"],
      ["Please do not enter your email address in the name field. Your email address will not be published.", "comments/form-note"],
      ["Votre adresse e-mail ne sera pas publiée. Les champs obligatoires sont indiqués avec *", "comments/form-note"],
      ["Tu dirección de correo electrónico no será publicada. Los campos obligatorios están marcados con *", "comments/form-note"],
      ["O seu endereço de e-mail não será publicado. Campos obrigatórios são marcados com *", "comments/form-note"],
      ["Il tuo indirizzo email non sarà pubblicato. I campi obbligatori sono contrassegnati *", "comments/form-note"],
      ["Deine E-Mail-Adresse wird nicht veröffentlicht. Erforderliche Felder sind mit * markiert", "comments/form-note"],
      ["Je e-mailadres wordt niet gepubliceerd.", "comments/form-note"],
      ["Alamat email Anda tidak akan dipublikasikan.", "comments/form-note"],
      ["Required fields are marked *", "comments/form-field"],
      ["Les champs obligatoires sont indiqués avec *", "comments/form-field"],
      ["Name *", "comments/form-field"],
      ["Email*", "comments/form-field"],
      ["Comment *", "comments/form-field"],
    ],
    [
      "Your email will not be published in the report, the regulator told the ferry company's staff.",
      "Required fields on the harbour permit form were left blank, the inspector said.",
      "Name",
      "Website",
    ],
  );

  it("ends the story at the comment form", () => {
    const page = [
      ...STORY,
      "Your email address will not be published. Required fields are marked *",
      "Name *",
      "Email *",
      "Great to see her honoured at last, she taught my father to sail on that same bay many years ago.",
    ].join("\n");
    const body = mainBody(page);
    expect(body).toContain("The bay was my office");
    expect(body).not.toContain("will not be published");
    expect(body).not.toContain("taught my father");
  });
});

describe("comment moderation notes", () => {
  lineCases(
    [
      ["Note: Comments that are offensive or off topic will not be approved by the moderator.", "comments/moderation-policy"],
      ["A user comment will be deleted if it:", "comments/moderation-policy"],
      ["Any comments containing links will be removed.", "comments/moderation-policy"],
      ["ATENÇÃO: Comentários ofensivos ou sem relação com o tema não serão aprovados.", "comments/moderation-policy"],
      ["Los comentarios ofensivos serán eliminados.", "comments/moderation-policy"],
      ["Les commentaires injurieux ne seront pas publiés.", "comments/moderation-policy"],
      ["Kommentare mit Beleidigungen werden gelöscht.", "comments/moderation-policy"],
      ["I commenti offensivi non saranno pubblicati.", "comments/moderation-policy"],
    ],
    [
      "Comments from residents will be published in the council's report next month.",
      "Comments made at the hearing will be removed from the record, the judge said.",
      "The ferry company said comments would be removed from its page.",
    ],
  );

  it("ends the story at the note, and the columns promoted under it are no story", () => {
    const page = [
      ...STORY,
      "",
      "Note: Comments that are offensive or off topic will not be approved by the moderator.",
      "",
      "Click on the photo above to read the weekly columns our harbour correspondent writes about boats, tides and the people who work on the quay.",
      "Latest column: why the old ferry still runs on time when the new one does not.",
      "Click on the chart above to see how the fishing fleet's catch compares with last season, boat by boat and month by month.",
    ].join("\n");
    const body = mainBody(page);
    expect(body).toContain("The bay was my office");
    expect(body).not.toMatch(/moderator|weekly columns|fishing fleet/);
  });
});

describe("author bio boxes", () => {
  lineCases(
    [
      ["About the Author", "bio/about-author"],
      ["About the author: Sam Lee is a freelance photographer based on the coast.", "bio/about-author"],
      ["About the Contributor", "bio/about-author"],
      ["Sobre el autor", "bio/about-author"],
      ["Über den Autor", "bio/about-author"],
      ["Über die Autorin", "bio/about-author"],
      ["Ana Diaz is a marine biologist and consultant based on the island.", "bio/person-line"],
      ["Dr. Tom M. Hart is an Associate Professor of Marine Biology at Harbour University.", "bio/person-line"],
      ["Sam Lee is the founder and lead instructor at Harbour Sailing School.", "bio/person-line"],
      ["Sam Lee is the head of research at Harbour Analytics, where she studies the ferry trade.", "bio/person-line"],
      ["Tom Hart is a managing director at Harbour Capital and a former editor.", "bio/person-line"],
      ["Jan de Vries is a senior Editor at Harbour Weekly. He lives by the sea.", "bio/person-line"],
      ["Jeanne Martin est journaliste au Courrier du Port depuis 2015.", "bio/person-line-intl"],
      ["Max Muster ist Redakteur bei der Hafenzeitung und schreibt über Schifffahrt.", "bio/person-line-intl"],
      ["Ana Díaz es periodista de La Gaceta del Puerto.", "bio/person-line-intl"],
      ["Marta is an experienced writer who has covered the ferries and the islands for six years.", "bio/person-line"],
      ["Olek is the founder of Harbour Rides and has tested forty scooters on the quay.", "bio/person-line"],
      ["Follow her on Bluesky and Threads", "bio/follow-contact"],
      ["You can reach him at tom@example.com.", "bio/follow-contact"],
      ["Send her a tip at tips@example.com", "bio/follow-contact"],
      ["View all posts by Sam Lee", "bio/author-links"],
      ["See all articles by Sam Lee", "bio/author-links"],
      ["Latest posts by Sam Lee (see all)", "bio/author-links"],
    ],
    [
      "The Harbour Ferry is the oldest ferry still sailing on the bay, and its owner is a former editor.",
      "This Harbour Guide is a list of the best instructors on the bay.",
      "She is the author of six books about the harbour and its ferries.",
      "There is a writer in every family on the island, the mayor joked.",
      "The harbour master is a former reporter who joined the port authority in 2019.",
      "About the harbour: a guide for visitors",
      "Follow the signs to the ferry terminal.",
    ],
  );

  it("keeps a bio-like sentence in a story's first paragraphs, and drops the bio under the story", () => {
    const page = [
      ...STORY.slice(0, 3),
      "Ana Diaz is a freelance photographer who has spent twenty years documenting the ferries of the bay, and on Friday she joined the last crossing.",
      ...STORY.slice(3),
      "Sam Lee is a transport reporter at the Harbour Gazette, covering the ferries and the islands.",
      "Follow her on X @samlee",
      "Related Articles",
      "Island school gets a new roof",
    ].join("\n");
    const body = mainBody(page);
    expect(body).toContain("Ana Diaz is a freelance photographer");
    expect(body).toContain("The bay was my office");
    expect(body).not.toContain("transport reporter");
    expect(body).not.toContain("Follow her");
  });

  // Each box under the story (STORY), and a phrase of its bio line that must not reach the body.
  it.each<[string, string[], string]>([
    [
      "the author's name, then the bio",
      [
        "Sam Lee",
        "Sam Lee is the founder and lead instructor at Harbour Sailing School, and has written about boats for a decade.",
        "View all posts by Sam Lee",
        "Privacy Policy",
      ],
      "lead instructor",
    ],
    [
      "a bio of two paragraphs, the second about the same person",
      [
        "Sam Lee is a transport reporter at the Harbour Gazette, covering the ferries, the islands and the port.",
        "She has written about the bay's boats for a decade, and her work has appeared in several regional papers and magazines.",
        "Privacy Policy",
      ],
      "transport reporter",
    ],
    [
      "a bio whose next paragraph names the person again, then a newsletter's pitch",
      [
        "Sam Lee",
        "Sam Lee is a transport reporter at the Harbour Gazette, covering the ferries, the islands and the port.",
        "Lee has written about the bay's boats for a decade, and now teaches a course on local journalism at the harbour college.",
        "Get the week's harbour news in your inbox every Friday morning, with the timetable changes and the tide tables.",
        "Related Articles",
        "Island school gets a new roof",
      ],
      "transport reporter",
    ],
    [
      "a bio under a tag line, with the box's link under it and a newsletter's pitch below the box",
      [
        "Tagged: ferries, islands, harbour history",
        "Sam Lee is the founding editor of the Harbour Gazette and has written about the bay's boats for twenty years.",
        "View all posts by Sam Lee",
        "Want the harbour news on your phone?",
        "Get the day's need-to-know island news by text message, every morning before the first ferry leaves.",
        "Privacy Policy",
      ],
      "founding editor",
    ],
    [
      "a bio that names the writer by a first name alone",
      [
        "Marta is an experienced writer who has covered the ferries, the islands and the port for six years.",
        "Privacy Policy",
      ],
      "experienced writer",
    ],
  ])("drops a bio box under the story: %s", (_, box, gone) => {
    const body = mainBody([...STORY, ...box].join("\n"));
    expect(body).toContain("The bay was my office");
    expect(body).not.toContain(gone);
  });

  it("keeps a bio-like second paragraph, with a paragraph in the third person after it, when the story goes on", () => {
    const page = [
      ...STORY.slice(0, 4),
      "Jane Doe is a reporter who sailed with Olsen on her last crossing, and she wrote down every word the captain said on the way.",
      "She said the captain hardly looked at the compass, and that the passengers clapped when the ferry touched the island pier.",
      ...STORY.slice(4),
    ].join("\n");
    const body = mainBody(page);
    expect(body).toContain("Jane Doe is a reporter who sailed");
    expect(body).toContain("The bay was my office");
  });

  it("keeps a person's line that opens a list item under its heading", () => {
    const page = [
      "Harbour Gazette",
      "Five sailing courses to try this summer",
      "Sailing is coming back to the bay, and the schools on the quay have more courses than ever before this summer, from dinghies to yachts.",
      "We asked the harbour's instructors which courses they would recommend to beginners, and these five came up again and again.",
      "Dinghy Basics",
      "Sam Lee is an experienced instructor who will take you through the basics of rigging, steering and capsizing safely.",
      "What you will learn:",
      "Rigging a dinghy (1 hour)",
      "Steering and tacking (2 hours)",
      "Every course on this list can be booked at the harbour office, and most of them run until the end of September.",
    ].join("\n");
    expect(mainBody(page)).toContain("Sam Lee is an experienced instructor");
  });
});

describe("where.tail on a rule of one's own", () => {
  const note = { id: "bio/harbour-desk", kind: "bio", phrases: ["Our harbour desk covers the ferries and the islands."], where: { tail: true } };
  const body = (lines: string[]) => parseArticles(lines.join("\n"), { rules: (defaults) => [...defaults, note] }).find((a) => a.role === "main")!.body;

  it("removes the line under the story", () => {
    expect(body([...STORY, "Our harbour desk covers the ferries and the islands.", "Privacy Policy"])).not.toContain("harbour desk");
  });

  it("keeps it where the story goes on below it", () => {
    const lines = [...STORY.slice(0, 4), "Our harbour desk covers the ferries and the islands.", ...STORY.slice(4)];
    expect(body(lines)).toContain("Our harbour desk covers the ferries");
  });
});
