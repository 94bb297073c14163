import { isArticleParseError } from "../diagnostics/messages.js";
import { createArticleParser, type ArticleParser } from "../parse.js";
import type { Rule } from "../rules/rule.js";
import pkg from "../../package.json" with { type: "json" };
import { parseArgs, UsageError, type Args } from "./args.js";
import { runBatch, referenceTimeFor } from "./batch.js";
import { describeReadError, expandInputs, isGlob, type InputProblem, type PageFile } from "./inputs.js";
import type { CliIo, OutputSink } from "./io.js";
import { describeParseError, parseOptionsFor, type ParserSetup } from "./page-task.js";

export type { CliIo, OutputSink, WorkerPool } from "./io.js";

/** Exit codes. 130 is the shell's convention for a run stopped by Ctrl-C (128 + SIGINT). */
export const EXIT = { ok: 0, failure: 1, usage: 2, interrupted: 130 } as const;

export const HELP = `Usage: news-text-parser [file | -] [options]
       news-text-parser <file | folder | glob>... [options]

Parse the text of scraped news pages into articles.

One file (or standard input, when the file is "-" or absent) prints its articles as
indented JSON. Several files, a folder or a glob is batch mode: one record per page,
{ "file", "articles", "messages" }, as NDJSON (one line each) or a JSON array.
Folders are walked recursively for *.txt files (hidden folders and node_modules are
skipped); quote globs so the shell passes them through: "crawl/**/*.txt".

Options:
  --now <ISO|mtime|none>
                       the moment the page was scraped; relative times ("11 minutes ago")
                       resolve against it. Default: each file's modification time (mtime),
                       in batch mode and for a single file alike; standard input has none,
                       so its relative times keep publishedAt: null. "none" never resolves
                       them. Copying or cloning files resets their mtime: pass --now then.
  --time-zone <IANA>   zone for dates printed without one (default UTC)
  --rules <file.json>  a JSON array of extra rules, added to the built-in ones
  --page               add the page chrome: print { articles, removed, messages } for one
                       file, and a "removed" field in each batch record
  --format <ndjson|json>
                       batch output: NDJSON (default) or one JSON array
  -o, --out <file>     write to a file instead of standard output
  -j, --concurrency <N>
                       parse on N worker threads (default 1); output order stays the input order
  --ext <list>         extensions taken from folders (default txt; e.g. --ext txt,text)
  -h, --help           show this help
  -v, --version        print the version

A file that cannot be read or parsed is reported on standard error with its path and
skipped; the others are still written. A progress bar (pages/s, ETA) is drawn on
standard error when it is a terminal. Ctrl-C stops cleanly: every record written is
whole and a JSON array is closed.

Exit codes: 0 success; 1 an input could not be read or parsed (in batch mode: at
least one page failed); 2 usage error (bad option, bad --rules file); 130 interrupted.

Examples:
  news-text-parser page.txt --now 2025-08-14T18:00:00Z
  cat page.txt | news-text-parser --page --time-zone Europe/London
  news-text-parser crawl/ --now 2025-08-14T18:00:00Z > articles.ndjson
  news-text-parser "crawl/**/*.txt" --format json --out articles.json -j 4
  news-text-parser crawl/ --rules my-rules.json --time-zone America/New_York
`;

/** One line on standard error, prefixed with the program name. */
function say(io: CliIo, message: string): void {
  io.stderr(`news-text-parser: ${message}\n`);
}

/** Reads and checks `--rules`: a JSON array of rules, compiled once here so mistakes are usage errors. */
async function loadRules(path: string, io: CliIo): Promise<Rule[]> {
  let text: string;
  try {
    text = await io.readFile(path);
  } catch (error) {
    throw new UsageError(`--rules: ${describeReadError(path, error)}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`--rules ${path}: not valid JSON (${(error as Error).message})`);
  }
  if (!Array.isArray(value)) throw new UsageError(`--rules ${path}: must be a JSON array of rules, got ${value === null ? "null" : typeof value}`);
  return value as Rule[];
}

/** Creates the parser for the run; malformed options or rules are usage errors. */
function makeParser(setup: ParserSetup, rulesPath: string | undefined): ArticleParser {
  try {
    return createArticleParser(parseOptionsFor(setup));
  } catch (error) {
    if (isArticleParseError(error) && error.code === "invalid_options") {
      const message = error.message.replace(/^options\.timeZone: /u, "--time-zone: ");
      throw new UsageError(rulesPath !== undefined && message.startsWith("invalid rule") ? `--rules ${rulesPath}: ${message}` : message);
    }
    throw error;
  }
}

/** Batch mode when there are several operands, a folder, a glob, or an explicit `--format`. */
async function isBatch(args: Args, io: CliIo): Promise<boolean> {
  if (args.inputs.length > 1 || args.format !== undefined) return true;
  const only = args.inputs[0];
  if (only === undefined || only === "-") return false;
  if (isGlob(only) && io.readDir) return true;
  if (!io.stat) return false;
  try {
    return (await io.stat(only)).kind === "directory";
  } catch {
    return false; // a missing file is reported by the single-file path, as before
  }
}

/**
 * Runs the CLI: parses `argv` (without `node` and the script), reads the input, writes JSON.
 *
 * @param argv - the arguments after the script path
 * @param io - the outside world (files, standard streams, signals, workers); see {@link CliIo}
 * @returns the exit code: 0 success, 1 an input failed, 2 usage error, 130 interrupted
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let args: Args;
  let parser: ArticleParser;
  let setup: ParserSetup;
  let batch: boolean;
  try {
    args = parseArgs(argv);
    if (args.help) {
      io.stdout(HELP);
      return EXIT.ok;
    }
    if (args.version) {
      io.stdout(`${pkg.version}\n`);
      return EXIT.ok;
    }
    batch = await isBatch(args, io);
    if (batch && args.inputs.includes("-")) throw new UsageError('standard input ("-") cannot be mixed with files');
    setup = { timeZone: args.timeZone, rules: args.rules !== undefined ? await loadRules(args.rules, io) : undefined, page: args.page };
    parser = makeParser(setup, args.rules);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`news-text-parser: ${error.message}\nRun news-text-parser --help for usage.\n`);
    return EXIT.usage;
  }

  let sink: OutputSink | undefined;
  if (args.out !== undefined) {
    if (!io.openOutput) {
      say(io, "--out is not available here");
      return EXIT.usage;
    }
    try {
      sink = await io.openOutput(args.out);
    } catch (error) {
      say(io, describeReadError(args.out, error).replace(/^cannot read /u, "cannot write "));
      return EXIT.failure;
    }
  }
  const write = sink ? (text: string) => sink.write(text) : (text: string) => io.stdout(text);
  try {
    return batch ? await runBatchMode(args, setup, parser, write, io) : await runSingle(args, parser, write, io);
  } finally {
    await sink?.close();
  }
}

async function runBatchMode(args: Args, setup: ParserSetup, parser: ArticleParser, write: (text: string) => void, io: CliIo): Promise<number> {
  let files: PageFile[];
  let problems: InputProblem[];
  if (io.stat && io.readDir) {
    ({ files, problems } = await expandInputs(args.inputs, { stat: io.stat, readDir: io.readDir }, args.extensions));
  } else {
    files = args.inputs.map((file) => ({ file, mtimeMs: undefined }));
    problems = [];
  }
  const summary = await runBatch(
    { files, problems, now: args.now, setup, parser, format: args.format ?? "ndjson", write, concurrency: args.concurrency },
    io,
  );
  if (summary.interrupted) return EXIT.interrupted;
  return summary.failed > 0 || files.length === 0 ? EXIT.failure : EXIT.ok;
}

async function runSingle(args: Args, parser: ArticleParser, write: (text: string) => void, io: CliIo): Promise<number> {
  const path = args.inputs[0] ?? "-";
  let text: string;
  let mtimeMs: number | undefined;
  try {
    if (path === "-") text = await io.readStdin();
    else {
      text = await io.readFile(path);
      if (io.stat && (args.now === undefined || args.now.kind === "mtime")) mtimeMs = (await io.stat(path)).mtimeMs;
    }
  } catch (error) {
    say(io, describeReadError(path, error));
    return EXIT.failure;
  }
  const referenceTime = referenceTimeFor({ file: path, mtimeMs }, args.now);
  const result = parser.safeParse(text, referenceTime === undefined ? undefined : { referenceTime });
  if (!result.success) {
    // The single-file form keeps its historical sentences: "input is empty", "input too large (…)".
    say(io, describeParseError(path, result.error).slice(path.length + 2));
    return EXIT.failure;
  }
  for (const m of result.messages) if (m.severity !== "info") say(io, `${m.severity}: ${m.code}: ${m.message}`);
  const page = { articles: result.data, removed: result.removed, messages: result.messages };
  write(`${JSON.stringify(args.page ? page : page.articles, null, 2)}\n`);
  return EXIT.ok;
}
