import { parsePage } from "../index.js";
import { isArticleParseError } from "../diagnostics/messages.js";
import type { ParseOptions } from "../options.js";
import pkg from "../../package.json" with { type: "json" };

/** What the CLI needs from the outside world, so tests can run it in-process. */
export interface CliIo {
  /** Reads all of standard input. */
  readStdin(): Promise<string>;
  /** Reads a file as UTF-8; rejects with a Node-style error (`code: "ENOENT"` ...). */
  readFile(path: string): Promise<string>;
  /** Writes to standard output. */
  stdout(text: string): void;
  /** Writes to standard error. */
  stderr(text: string): void;
}

/** Exit codes. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

export const HELP = `Usage: news-text-parser [file | -] [options]

Parse the text of a scraped news page into articles and print them as JSON.
Reads standard input when the file is "-" or absent.

Options:
  --now <ISO>          the moment the page was scraped; relative times ("11 minutes ago")
                       resolve against it. Without it they keep publishedAt: null.
  --time-zone <IANA>   zone for dates printed without one (default UTC)
  --page               print { articles, removed, messages } instead of the articles only
  -h, --help           show this help
  -v, --version        print the version

Exit codes: 0 success, 1 the input could not be read or parsed, 2 usage error.

Examples:
  news-text-parser page.txt --now 2025-08-14T18:00:00Z
  cat page.txt | news-text-parser --page --time-zone Europe/London
`;

interface Args {
  file: string | null;
  now: string | undefined;
  timeZone: string | undefined;
  page: boolean;
  help: boolean;
  version: boolean;
}

class UsageError extends Error {}

function parseArgs(argv: readonly string[]): Args {
  const args: Args = { file: null, now: undefined, timeZone: undefined, page: false, help: false, version: false };
  const value = (i: number, flag: string): string => {
    const v = argv[i + 1];
    if (v === undefined || v.startsWith("--")) throw new UsageError(`${flag} needs a value`);
    return v;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const [flag, inline] = a.startsWith("--") && a.includes("=") ? [a.slice(0, a.indexOf("=")), a.slice(a.indexOf("=") + 1)] : [a, undefined];
    switch (flag) {
      case "-h":
      case "--help":
        args.help = true;
        break;
      case "-v":
      case "--version":
        args.version = true;
        break;
      case "--page":
        args.page = true;
        break;
      case "--now":
        args.now = inline ?? value(i++, "--now");
        break;
      case "--time-zone":
        args.timeZone = inline ?? value(i++, "--time-zone");
        break;
      default:
        if (a !== "-" && a.startsWith("-")) throw new UsageError(`unknown option ${a}`);
        if (args.file !== null) throw new UsageError(`only one input file may be given (got ${args.file} and ${a})`);
        args.file = a;
    }
  }
  return args;
}

function describeReadError(path: string, error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  if (code === "ENOENT") return `cannot read ${path}: no such file`;
  if (code === "EISDIR") return `cannot read ${path}: is a directory`;
  if (code === "EACCES") return `cannot read ${path}: permission denied`;
  return `cannot read ${path}: ${(error as Error)?.message ?? String(error)}`;
}

/**
 * Runs the CLI: parses `argv` (without `node` and the script), reads the input, prints JSON.
 * @returns the exit code
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    io.stderr(`news-text-parser: ${(error as Error).message}\nRun news-text-parser --help for usage.\n`);
    return EXIT.usage;
  }
  if (args.help) {
    io.stdout(HELP);
    return EXIT.ok;
  }
  if (args.version) {
    io.stdout(`${pkg.version}\n`);
    return EXIT.ok;
  }
  if (args.now !== undefined && Number.isNaN(Date.parse(args.now))) {
    io.stderr(`news-text-parser: --now: not an ISO 8601 date: ${args.now}\n`);
    return EXIT.usage;
  }
  let text: string;
  const path = args.file ?? "-";
  try {
    text = path === "-" ? await io.readStdin() : await io.readFile(path);
  } catch (error) {
    io.stderr(`news-text-parser: ${describeReadError(path, error)}\n`);
    return EXIT.failure;
  }
  const options: ParseOptions = { referenceTime: args.now, timeZone: args.timeZone };
  try {
    const page = parsePage(text, options);
    for (const m of page.messages) if (m.severity !== "info") io.stderr(`news-text-parser: ${m.severity}: ${m.code}: ${m.message}\n`);
    io.stdout(`${JSON.stringify(args.page ? page : page.articles, null, 2)}\n`);
    return EXIT.ok;
  } catch (error) {
    if (isArticleParseError(error)) {
      const message =
        error.code === "empty_input" ? "input is empty" : error.code === "input_too_large" ? `input too large (${error.message})` : error.message;
      io.stderr(`news-text-parser: ${message}\n`);
      return error.code === "invalid_options" ? EXIT.usage : EXIT.failure;
    }
    io.stderr(`news-text-parser: internal error: ${(error as Error)?.message ?? String(error)}\n`);
    return EXIT.failure;
  }
}
