import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT } from "./helpers/fixtures.js";

// Every ```ts block in the README and the guides is a program that must type-check and run, as a
// user would paste it: it imports "news-text-parser" by name (resolved to the built package).
//
// Conventions for authors:
// - `console.log(x); // value` checks the printed value when `value` is JSON (a string in double
//   quotes, a number, true/false/null, an array or object); other comments are prose.
// - A block right after a `<!-- docs-test: skip -->` line is not run (use it for shell-like
//   fragments that cannot stand alone; say why next to it). Prefer runnable examples.
// - Blocks run in a scratch folder, one process each, so they may write files there.
// - The same goes for the `@example` of every export of src/index.ts (the API reference).

interface Block {
  /** `README.md` or `docs/x.md`. */
  doc: string;
  /** Line of the opening fence. */
  line: number;
  /** The code. */
  code: string;
}

const DOCS = ["README.md", ...readdirSync(join(ROOT, "docs")).filter((f) => f.endsWith(".md")).sort().map((f) => `docs/${f}`)];
const LINKED = ["sql.js", "html-to-text", "zod", "@types"];

function extractBlocks(doc: string): Block[] {
  const lines = readFileSync(join(ROOT, doc), "utf8").split("\n");
  const blocks: Block[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ts\s*$/u.test(lines[i]!)) continue;
    const start = i;
    const body: string[] = [];
    for (i++; i < lines.length && !/^```\s*$/u.test(lines[i]!); i++) body.push(lines[i]!);
    const skipped = start > 0 && /<!--\s*docs-test:\s*skip\b/u.test(lines[start - 1]! + (lines[start - 2] ?? ""));
    if (!skipped) blocks.push({ doc, line: start + 1, code: body.join("\n") });
  }
  return blocks;
}

/** Rewrites `console.log(x); // json` into a checked call; returns the code and the number of checks. */
export function instrument(code: string, where: string): { code: string; checks: number } {
  let checks = 0;
  const out = code.split("\n").map((line, i) => {
    const m = /^(\s*)console\.log\((.+)\);\s*\/\/\s*(?:→\s*)?(.+?)\s*$/u.exec(line);
    if (!m) return line;
    const expected = m[3]!;
    try {
      JSON.parse(expected);
    } catch {
      return line; // prose, not a value
    }
    checks++;
    return `${m[1]}__expect((${m[2]}), ${JSON.stringify(expected)}, ${JSON.stringify(`${where}:${i + 1}`)});`;
  });
  return { code: out.join("\n"), checks };
}

const HELPERS_DTS = `declare global {
  /** Logs \`actual\` like console.log and checks it equals the JSON \`expected\`. */
  function __expect(actual: unknown, expected: string, where: string): void;
}
export {};
`;

const HELPERS_JS = `import { isDeepStrictEqual } from "node:util";
globalThis.__expect = (actual, expected, where) => {
  console.log(actual);
  const got = actual === undefined ? undefined : JSON.parse(JSON.stringify(actual));
  const want = JSON.parse(expected);
  if (!isDeepStrictEqual(got, want)) {
    throw new Error(\`\${where}: the comment says \${expected} but the code prints \${JSON.stringify(actual)}\`);
  }
};
`;

/** The exports of src/index.ts, with their symbols resolved through re-exports. */
function publicApi() {
  const program = ts.createProgram([join(ROOT, "src/index.ts")], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    strict: true,
    noEmit: true,
  });
  const checker = program.getTypeChecker();
  const index = program.getSourceFile(join(ROOT, "src/index.ts"))!;
  return checker.getExportsOfModule(checker.getSymbolAtLocation(index)!).map((exported) => {
    const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
    return { name: exported.getName(), symbol, checker };
  });
}

const API = publicApi();

/** The ```ts blocks of the `@example` tags of every export. */
function exampleBlocks(): Block[] {
  const found: Block[] = [];
  for (const { name, symbol } of API) {
    for (const d of symbol.getDeclarations() ?? []) {
      for (const tag of ts.getJSDocTags(d)) {
        if (tag.tagName.text !== "example") continue;
        const text = typeof tag.comment === "string" ? tag.comment : ts.getTextOfJSDocComment(tag.comment) ?? "";
        const m = /```ts\n([\s\S]*?)```/u.exec(text);
        if (!m) continue;
        const file = d.getSourceFile().fileName.slice(ROOT.length + 1);
        const line = d.getSourceFile().getLineAndCharacterOfPosition(tag.getStart()).line + 1;
        found.push({ doc: `${file} (@example of ${name})`, line, code: m[1]!.trimEnd() });
      }
    }
  }
  return found;
}

const blocks = [...DOCS.flatMap(extractBlocks), ...exampleBlocks()];

describe("docs: every ts example in the README and docs/*.md runs", () => {
  let work: string;
  const names = new Map<Block, string>();

  beforeAll(async () => {
    expect(existsSync(join(ROOT, "dist/index.js")), "npm test builds dist/ first").toBe(true);
    work = mkdtempSync(join(tmpdir(), "ntp-docs-"));
    mkdirSync(join(work, "node_modules"));
    symlinkSync(ROOT, join(work, "node_modules/news-text-parser"), "dir");
    for (const dep of LINKED) symlinkSync(join(ROOT, "node_modules", dep), join(work, "node_modules", dep), "dir");
    writeFileSync(join(work, "package.json"), JSON.stringify({ name: "docs-examples", private: true, type: "module" }));
    writeFileSync(join(work, "helpers.d.ts"), HELPERS_DTS);
    writeFileSync(join(work, "helpers.mjs"), HELPERS_JS);
    const esbuild = await import("esbuild");
    for (const [n, block] of blocks.entries()) {
      const name = `${block.doc.replace(/[^\w]+/gu, "-")}-${block.line}`.replace(/^-+|-+$/gu, "");
      names.set(block, name);
      const { code } = instrument(block.code, `${block.doc}:${block.line}`);
      // `export {}` makes each block a module, so blocks never share top-level names.
      writeFileSync(join(work, `${name}.ts`), `${code}\nexport {};\n`);
      const js = await esbuild.transform(code, { loader: "ts", format: "esm", target: "node20" });
      writeFileSync(join(work, `${name}.mjs`), `import "./helpers.mjs";\n${js.code}`);
      void n;
    }
    writeFileSync(
      join(work, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: {
          target: "ES2022",
          lib: ["ES2022"],
          module: "ESNext",
          moduleResolution: "bundler",
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: ["node"],
          esModuleInterop: true,
          verbatimModuleSyntax: true,
        },
        include: ["*.ts"],
      }),
    );
  });

  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it("finds examples in the README and every guide", () => {
    const docsWithBlocks = new Set(blocks.map((b) => b.doc));
    for (const doc of ["README.md", "docs/getting-started.md", "docs/article-model.md", "docs/timestamps.md", "docs/rules.md", "docs/recipes.md"]) {
      expect(docsWithBlocks.has(doc), doc).toBe(true);
    }
  });

  it("every example type-checks (strict, moduleResolution bundler)", () => {
    const r = spawnSync(join(ROOT, "node_modules/.bin/tsc"), ["-p", "tsconfig.json"], { cwd: work, encoding: "utf8" });
    // Map scratch file names back to the document and line.
    let report = `${r.stdout}${r.stderr}`;
    for (const [block, name] of names) report = report.replaceAll(`${name}.ts(`, `${block.doc} (block at line ${block.line}) (`);
    expect(report).toBe("");
    expect(r.status).toBe(0);
  });

  it.each(blocks.map((b) => [`${b.doc}:${b.line}`, b] as const))("%s runs and prints what its comments say", (_, block) => {
    const name = names.get(block)!;
    try {
      execFileSync(process.execPath, [`${name}.mjs`], { cwd: work, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 60_000 });
    } catch (error) {
      const e = error as { stderr?: string; stdout?: string };
      throw new Error(`${block.doc} (block at line ${block.line}) failed:\n${e.stderr ?? ""}${e.stdout ?? ""}`);
    }
  });

  it("the checker has teeth: a wrong printed value is caught", () => {
    const { code, checks } = instrument('console.log(1 + 1); // 3\nconsole.log("x"); // not json, prose', "t");
    expect(checks).toBe(1);
    expect(code).toContain('__expect((1 + 1), "3", "t:1")');
  });
});

describe("docs: the API reference (TSDoc of every export)", () => {
  it("every export of src/index.ts has a summary and an @example; functions document every parameter and what they return", () => {
    const problems: string[] = [];
    for (const { name, symbol, checker } of API) {
      const declarations = symbol.getDeclarations() ?? [];
      const summary = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
      const tags = declarations.flatMap((d) => ts.getJSDocTags(d));
      const has = (tag: string) => tags.some((t) => t.tagName.text === tag);
      if (summary === "") problems.push(`${name}: no summary`);
      if (!has("example")) problems.push(`${name}: no @example`);
      for (const d of declarations) {
        if (!ts.isFunctionDeclaration(d)) continue;
        for (const p of d.parameters) {
          const pname = p.name.getText();
          if (!tags.some((t) => ts.isJSDocParameterTag(t) && t.name.getText() === pname)) problems.push(`${name}: no @param ${pname}`);
        }
        if (!has("returns")) problems.push(`${name}: no @returns`);
        // A function whose body throws must say so.
        if (d.body && /\bthrow\b/u.test(d.body.getText()) && !has("throws")) problems.push(`${name}: throws but has no @throws`);
      }
    }
    expect(API.length).toBeGreaterThan(40);
    expect(problems).toEqual([]);
  });
});
