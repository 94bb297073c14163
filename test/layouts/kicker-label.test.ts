import { describe, expect, it } from "vitest";
import { parsePage } from "../../src/index.js";
import { splitKickerLabel } from "../../src/pipeline/layouts/kicker-label.js";

const REF = { referenceTime: "2025-03-05T12:00:00Z" };
const BODY = [
  "Le conseil municipal a voté mardi la réouverture du port, fermé depuis deux ans pour la reconstruction de la digue nord.",
  "Les pêcheurs pourront revenir dès le mois d'avril, selon le maire, qui promet aussi de nouveaux pontons pour les plaisanciers.",
];

describe("section labels as kickers", () => {
  it("split an ALL-CAPS label and a dash off ordinary text", () => {
    expect(splitKickerLabel("REPORTAGE - Le conseil a voté mardi")).toEqual({ label: "REPORTAGE", dash: 10, rest: 12 });
    expect(splitKickerLabel("GRAND FORMAT – Le port rouvre")?.label).toBe("GRAND FORMAT");
    expect(splitKickerLabel("ANALYSIS — Why the ferry costs more")?.label).toBe("ANALYSIS");
  });
  it("leave colons, shouted titles, short words and ordinary dashes alone", () => {
    expect(splitKickerLabel("BREAKING: Lawmakers vote on the ferry")).toBeNull();
    expect(splitKickerLabel("FERRY FARES - THE FULL LIST")).toBeNull();
    expect(splitKickerLabel("UK - France talks resume")).toBeNull();
    // An ALL-CAPS place before a dash is a wire dateline, a name is part of the title.
    expect(splitKickerLabel("MADRID — Rafael Nadal kept Spain alive")).toBeNull();
    expect(splitKickerLabel("NASA - SpaceX launch delayed again")).toBeNull();
    expect(splitKickerLabel("Ferry fares - what changes in May")).toBeNull();
  });
  it("become the main story's kicker when they head its title, the dash recorded as removed", () => {
    const page = parsePage(["EXCLUSIF - Le port de Saint-Aubin rouvre après deux ans de travaux", ...BODY].join("\n"), REF);
    const main = page.articles[0]!;
    expect([main.kicker, main.title]).toEqual(["EXCLUSIF", "Le port de Saint-Aubin rouvre après deux ans de travaux"]);
    expect(main.removed).toContainEqual(expect.objectContaining({ ruleId: "structure/kicker-label", text: "-" }));
  });
  it("become the kicker when they head the first paragraph, which keeps the rest", () => {
    const text = ["Le port de Saint-Aubin rouvre après deux ans de travaux", `REPORTAGE - ${BODY[0]}`, BODY[1]].join("\n");
    const page = parsePage(text, REF);
    const main = page.articles[0]!;
    expect(main.kicker).toBe("REPORTAGE");
    expect(main.paragraphs[0]).toBe(BODY[0]);
    const dash = main.removed.find((r) => r.ruleId === "structure/kicker-label");
    expect(dash && text.slice(dash.start, dash.end)).toBe("-");
  });
});
