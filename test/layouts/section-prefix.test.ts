/** Section-prefixed titles (src/pipeline/layouts/section-prefix.ts) on invented titles. */
import { describe, expect, it } from "vitest";
import { splitSectionPrefix } from "../../src/pipeline/layouts/section-prefix.js";

describe("section prefixes", () => {
  it("splits one or two sections off the front of a title", () => {
    expect(splitSectionPrefix("Business / Harbour board backs a new timetable")).toEqual({ sections: ["Business"], slashes: [9], rest: 11 });
    expect(splitSectionPrefix("Sport / Rowing / Club wins its first title in years")?.sections).toEqual(["Sport", "Rowing"]);
    expect(splitSectionPrefix("Arts & Culture / Museum reopens after roof repairs")?.sections).toEqual(["Arts & Culture"]);
    expect(splitSectionPrefix("اقتصاد / الميناء يفتح أبوابه من جديد")?.sections).toEqual(["اقتصاد"]);
  });
  it("leaves slashes that are not a section alone", () => {
    for (const title of ["Shops open 24/7 on the quay from May", "AC/DC to play the harbour festival", "Ferry fares / a guide", "why the ferry / bus link failed again", "Business /"]) {
      expect(splitSectionPrefix(title), title).toBeNull();
    }
  });
});
