// Rewrites fixtures/<case>/expected.json from the current parser. Review every changed field
// against input.txt before committing, and say in the commit message why it changed.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { parsePage } from "../src/index.js";
import { loadFixtures } from "../test/helpers/fixtures.js";

const only = process.argv.slice(2);
for (const f of loadFixtures()) {
  if (only.length > 0 && !only.includes(f.name)) continue;
  const page = parsePage(f.input, f.options);
  writeFileSync(join(f.dir, "expected.json"), `${JSON.stringify(page, null, 2)}\n`);
  console.log(`wrote ${f.name}/expected.json (${page.articles.length} articles)`);
}
