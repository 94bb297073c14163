import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** Repository root. */
export const ROOT = resolve(import.meta.dirname, "../..");
export const FIXTURES = join(ROOT, "fixtures");

export interface Fixture {
  name: string;
  dir: string;
  input: string;
  options: Record<string, unknown>;
  expectedPath: string;
  expected: unknown | undefined;
}

/** Every fixture case: `fixtures/<case>/input.txt`, `options.json`, `expected.json`. */
export function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(FIXTURES, d.name, "input.txt")))
    .map((d) => {
      const dir = join(FIXTURES, d.name);
      const optionsPath = join(dir, "options.json");
      const expectedPath = join(dir, "expected.json");
      return {
        name: d.name,
        dir,
        input: readFileSync(join(dir, "input.txt"), "utf8"),
        options: existsSync(optionsPath) ? (JSON.parse(readFileSync(optionsPath, "utf8")) as Record<string, unknown>) : {},
        expectedPath,
        expected: existsSync(expectedPath) ? (JSON.parse(readFileSync(expectedPath, "utf8")) as unknown) : undefined,
      };
    });
}
