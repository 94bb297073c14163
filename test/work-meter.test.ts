import { describe, expect, it } from "vitest";
import { measureWork } from "./helpers/work-meter.js";

// The growth checks of the adversarial suites count work with this meter: it must count a scan as
// a scan and a comparison at one place as that comparison, or a linear stage reads as quadratic.
describe("work meter", () => {
  const text = "a".repeat(100_000);

  it("counts a search by the distance it covers", () => {
    expect(measureWork(() => text.indexOf("b", 10)).units).toBeGreaterThanOrEqual(99_990);
    expect(measureWork(() => text.includes("b")).units).toBeGreaterThanOrEqual(100_000);
  });

  it("counts startsWith and endsWith at a position by the length compared, not the text left", () => {
    expect(measureWork(() => text.startsWith("aaa", 10)).units).toBe(3);
    expect(measureWork(() => text.endsWith("ab", 50_000)).units).toBe(2);
  });

  it("sums a comparison per line of a page to the page's length, not its square", () => {
    const page = "Share\n".repeat(20_000);
    const { units } = measureWork(() => {
      let equal = 0;
      for (let at = 0; at < page.length; at += 6) if (page.startsWith("Share", at)) equal++;
      return equal;
    });
    expect(units).toBe(5 * 20_000);
  });
});
