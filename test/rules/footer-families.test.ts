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
  it.each([
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
  ])("removes %j (%s)", (line, id) => {
    expect(matchLine(compiled, line)?.rule.id).toBe(id);
  });

  it.each([
    "The records may not be published until 2030, the court said.",
    "Copyright law is changing in the EU, lawyers say, and publishers are worried about what it means.",
    "The reproduction of the old harbour map is on show at the library until March.",
    "He said the island's fishing rights were reserved for families who had lived there for generations.",
    // A Creative Commons attribution is left alone: the licence asks that it travel with the text.
    "This article is republished from Harbour Weekly under a Creative Commons license.",
  ])("leaves the near-miss %j alone", (line) => {
    expect(matchLine(compiled, line)).toBeNull();
  });

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
  it.each([
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
  ])("removes %j (%s)", (line, id) => {
    expect(matchLine(compiled, line)?.rule.id).toBe(id);
  });

  it.each([
    "Your email will not be published in the report, the regulator told the ferry company's staff.",
    "Required fields on the harbour permit form were left blank, the inspector said.",
    "Name",
    "Website",
  ])("leaves the near-miss %j alone", (line) => {
    expect(matchLine(compiled, line)).toBeNull();
  });

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
