import { describe, expect, it } from "vitest";
import { parseArticles } from "../../src/index.js";
import { wireSource } from "../../src/pipeline/layouts/wire-source.js";

describe("wire datelines name the source", () => {
  it("reads the bracketed name before the dash, with or without a place", () => {
    expect(wireSource("HARBOURTOWN, Maine (AP) — The ferry sailed at dawn.")).toBe("AP");
    expect(wireSource("NEW YORK (Reuters) - Ferry operators said on Tuesday.")).toBe("Reuters");
    expect(wireSource("(AFP) - Le conseil a voté mardi.")).toBe("AFP");
    expect(wireSource("PORT LOUIS (Harbour Wire Service) – The board met.")).toBe("Harbour Wire Service");
  });
  it("ignores brackets that are not a dateline", () => {
    expect(wireSource("The ferry (pictured) sailed at dawn.")).toBeNull();
    expect(wireSource("The board (AP) said nothing - again.")).toBeNull();
    expect(wireSource("")).toBeNull();
    expect(wireSource(undefined)).toBeNull();
  });
  it("gives a story with no other source the wire service, and keeps the dateline in the body", () => {
    const text = [
      "Ferry operators agree on winter timetable",
      "HARBOURTOWN, Maine (AP) — Ferry operators on the coast agreed on Tuesday to share a winter timetable, ending a year of disputes over the early crossings.",
      "The agreement still needs the approval of the state transport board, which meets next month to review the new fares as well.",
    ].join("\n");
    const [main] = parseArticles(text, { referenceTime: "2025-03-05T12:00:00Z" });
    expect(main?.source).toBe("AP");
    expect(main?.body.startsWith("HARBOURTOWN, Maine (AP) —")).toBe(true);
  });
});
