import { describe, expect, it } from "vitest";
import { parsePage } from "../src/index.js";
import { loadFixtures } from "./helpers/fixtures.js";

// Each fixture's expected.json is the whole parsePage() result, reviewed field by field against
// the input when it was written (scripts/update-fixtures.ts writes it; review the diff by eye).
describe("golden fixtures", () => {
  for (const f of loadFixtures()) {
    it(`${f.name} parses exactly as expected.json`, () => {
      expect(f.expected, `${f.expectedPath} is missing: run npx tsx scripts/update-fixtures.ts and review it`).toBeDefined();
      const page = parsePage(f.input, f.options);
      expect(JSON.parse(JSON.stringify(page))).toEqual(f.expected);
    });
  }
});
