import { isArticleParseError } from "../diagnostics/messages.js";
import { createArticleParser, type ArticleParser } from "../parse.js";
import type { Rule } from "../rules/rule.js";
import pkg from "../../package.json" with { type: "json" };
import { parseArgs, UsageError, type Args, type OutputFormat } from "./args.js";
import { runBatch, referenceTimeFor, StopSignal } from "./batch.js";
import { decodePage } from "./decode.js";
import { describeReadError, displayPath, expandInputs, isGlob, type InputProblem, type PageFile } from "./inputs.js";
import type { CliIo, OutputSink } from "./io.js";
import { describeParseError, parseOptionsFor, type ParserSetup } from "./page-task.js";
import { byteLimit, readPage } from "./read-page.js";
import { renderMarkdown, renderText } from "./view.js";

export type { CliIo, OutputSink, WorkerPool } from "./io.js";

/** Exit codes. 130 and 141 are the shell's codes for a program stopped by Ctrl-C (128 + SIGINT) and by a closed pipe (128 + SIGPIPE). */
export const EXIT = { ok: 0, failure: 1, usage: 2, interrupted: 130, closedPipe: 141 } as const;

export const HELP = `Usage: news-text-parser [file | -] [options]
       news-text-parser <file | folder | glob>... [options]

Parse the text of scraped news pages into articles.

One file (or standard input, when the file is "-" or absent) prints its articles: as a
readable view when standard output is a terminal, as indented JSON when it is a pipe or a
file. Several files, a folder or a glob is batch mode: one record per page,
{ "file", "articles", "messages" }, as NDJSON (one line each) or a JSON array.
Folders are walked recursively for *.txt files (hidden folders and node_modules are
skipped); quote globs so the shell passes them through: "crawl/**/*.txt". A path that
exists is read as a file even if its name holds glob characters.

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
  --format <text|markdown|json|ndjson>
                       text and markdown: a view for people (role, title, source, time,
                       kicker, byline, body, what was removed); json and ndjson: records
                       for programs. Default: text on a terminal, else indented JSON for
                       one file and NDJSON for a batch. json and ndjson make even one file
                       a one-record batch.
  -o, --out <file>     write to a file instead of standard output
  -j, --concurrency <N>
                       parse on N worker threads (default 1); output order stays the input order
  --ext <list>         extensions taken from folders (default txt; e.g. --ext txt,text)
  --encoding <label>   decode files without a byte-order mark with this encoding (latin1,
                       windows-1252, shift_jis ...). Default: UTF-8, strictly: a file that is
                       not valid UTF-8 is reported, never guessed. UTF-8 and UTF-16 files
                       with a byte-order mark are always read right; binary files are refused.
  --max-input-length <N>
                       longest page, in characters (default 5000000); larger files are
                       refused before they are read
  -q, --quiet          only errors on standard error: no warnings, progress bar, summary
                       or "waiting for input" note
  -h, --help           show this help
  -v, --version        print the version

A file that cannot be read or parsed (missing, unreadable, binary, not UTF-8, too large, a
fifo) is reported on standard error with its path and skipped; the others are still
written. So is each entry of a folder that cannot be read (a folder without permission, a
name that is not UTF-8, a broken symbolic link). A progress bar (pages/s, ETA) is drawn on
standard error when it is a terminal. Ctrl-C stops cleanly: every record written is whole
and a JSON array is closed. A closed pipe (| head) ends quietly; a full disk is one line.

Exit codes: 0 success; 1 an input could not be read or parsed (in batch mode: at
least one page failed), or the output could not be written; 2 usage error (bad option,
bad --rules file); 130 interrupted; 141 standard output was closed (| head).

Examples:
  news-text-parser page.txt --now 2025-08-14T18:00:00Z
  news-text-parser page.txt --format markdown > page.md
  cat page.txt | news-text-parser --page --time-zone Europe/London
  news-text-parser crawl/ --now 2025-08-14T18:00:00Z > articles.ndjson
  news-text-parser "crawl/**/*.txt" --format json --out articles.json -j 4
  news-text-parser crawl/ --rules my-rules.json --time-zone America/New_York
  news-text-parser old-crawl/ --encoding windows-1252
`;

/** One line on standard error, prefixed with the program name. */
function say(io: CliIo, message: string): void {
  io.stderr(`news-text-parser: ${message}\n`);
}

/** Reads and checks `--rules`: a JSON array of rules, compiled once here so mistakes are usage errors. */
async function loadRules(path: string, io: CliIo): Promise<Rule[]> {
  let text: string;
  try {
    const raw = await io.readFile(path);
    if (typeof raw === "string") text = raw;
    else {
      const decoded = decodePage(raw, undefined);
      if (!decoded.ok) throw new UsageError(`--rules ${displayPath(path)}: ${decoded.message}`);
      text = decoded.text;
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
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

/** Batch mode when there are several operands, a folder, a glob, or `--format json|ndjson`. */
async function isBatch(args: Args, io: CliIo): Promise<boolean> {
  if (args.inputs.length > 1 || args.format === "json" || args.format === "ndjson") return true;
  const only = args.inputs[0];
  if (only === undefined || only === "-") return false;
  if (!io.stat) return false;
  try {
    return (await io.stat(only)).kind === "directory";
  } catch {
    // A path that does not exist is a glob when it looks like one; else the single-file path
    // reports it as missing, as before.
    return isGlob(only) && io.readDir !== undefined;
  }
}

/** One line for output that could not be written, or `undefined` for a closed pipe (said by exit code 141 only). */
function describeWriteError(where: string, error: unknown): string | undefined {
  const code = (error as { code?: string } | null)?.code;
  if (code === "EPIPE") return undefined;
  if (code === "ENOSPC") return `cannot write ${where}: no space left on device`;
  if (code === "EDQUOT") return `cannot write ${where}: disk quota exceeded`;
  if (code === "EFBIG") return `cannot write ${where}: file too large`;
  if (code === "EIO") return `cannot write ${where}: input/output error`;
  return `cannot write ${where}: ${(error as Error | null)?.message ?? String(error)}`;
}

/**
 * Runs the CLI: parses `argv` (without `node` and the script), reads the input, writes the output.
 * Ctrl-C is listened for from the first line, so it is handled whatever stage the run is in.
 *
 * @param argv - the arguments after the script path
 * @param io - the outside world (files, standard streams, signals, workers); see {@link CliIo}
 * @returns the exit code: 0 success, 1 an input failed or the output could not be written, 2 usage
 *   error, 130 interrupted, 141 standard output closed
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const stop = new StopSignal();
  const unlisten = io.onInterrupt?.(() => stop.trigger());
  try {
    return await runWith(argv, io, stop);
  } finally {
    unlisten?.();
  }
}

async function runWith(argv: readonly string[], io: CliIo, stop: StopSignal): Promise<number> {
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
    setup = {
      timeZone: args.timeZone,
      rules: args.rules !== undefined ? await loadRules(args.rules, io) : undefined,
      page: args.page,
      encoding: args.encoding,
      maxInputLength: args.maxInputLength,
    };
    parser = makeParser(setup, args.rules);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`news-text-parser: ${error.message}\nRun news-text-parser --help for usage.\n`);
    return EXIT.usage;
  }
  // A person at a terminal gets the readable view; a pipe or a file keeps the JSON it always had.
  const format: OutputFormat | undefined = args.format ?? (args.out === undefined && io.stdoutIsTTY === true ? "text" : undefined);

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
  const where = args.out === undefined ? "standard output" : displayPath(args.out);
  const write = sink ? (text: string) => sink.write(text) : (text: string) => io.stdout(text);
  let code: number;
  let outputError: unknown;
  try {
    if (batch) {
      const r = await runBatchMode(args, format, setup, parser, write, io, stop);
      code = r.code;
      outputError = r.outputError;
    } else {
      const r = await runSingle(args, format, parser, write, io, stop);
      code = r.code;
      outputError = r.outputError;
    }
  } finally {
    try {
      await sink?.close();
    } catch (error) {
      outputError ??= error;
    }
  }
  if (outputError === undefined && sink === undefined) outputError = await io.flushStdout?.();
  if (outputError !== undefined) {
    const line = describeWriteError(where, outputError);
    if (line === undefined) return EXIT.closedPipe;
    say(io, line);
    return EXIT.failure;
  }
  return code;
}

async function runBatchMode(
  args: Args,
  format: OutputFormat | undefined,
  setup: ParserSetup,
  parser: ArticleParser,
  write: (text: string) => void,
  io: CliIo,
  stop: StopSignal,
): Promise<{ code: number; outputError: unknown }> {
  let files: PageFile[];
  let problems: InputProblem[];
  if (io.stat && io.readDir) {
    ({ files, problems } = await expandInputs(args.inputs, { stat: io.stat, readDir: io.readDir }, args.extensions, () => stop.interrupted));
  } else {
    files = args.inputs.map((file) => ({ file, mtimeMs: undefined }));
    problems = [];
  }
  const summary = await runBatch(
    { files, problems, now: args.now, setup, parser, format: format ?? "ndjson", write, concurrency: args.concurrency, quiet: args.quiet, stop },
    io,
  );
  const code = summary.interrupted ? EXIT.interrupted : summary.failed > 0 || files.length === 0 ? EXIT.failure : EXIT.ok;
  return { code, outputError: summary.outputError };
}

/** Resolves when Ctrl-C is pressed (never otherwise). */
function stopped(stop: StopSignal): Promise<"interrupted"> {
  return new Promise((resolve) => {
    if (stop.interrupted) resolve("interrupted");
    else stop.listen(() => resolve("interrupted"));
  });
}

async function runSingle(
  args: Args,
  format: OutputFormat | undefined,
  parser: ArticleParser,
  write: (text: string) => void,
  io: CliIo,
  stop: StopSignal,
): Promise<{ code: number; outputError: unknown }> {
  const path = args.inputs[0] ?? "-";
  const limits = { maxBytes: byteLimit(args) };
  const settings = { encoding: args.encoding, maxInputLength: args.maxInputLength };
  if (path === "-" && io.stdinIsTTY === true && !args.quiet) {
    say(io, "waiting for the page on standard input (end it with Ctrl-D; --help for usage)");
  }
  const reading = (async () => {
    const page = await readPage(path, () => (path === "-" ? io.readStdin(limits) : io.readFile(path, limits)), settings);
    let mtimeMs: number | undefined;
    if (page.ok && path !== "-" && io.stat && (args.now === undefined || args.now.kind === "mtime")) {
      mtimeMs = await io.stat(path).then(
        (s) => s.mtimeMs,
        () => undefined,
      );
    }
    return { page, mtimeMs };
  })();
  const read = await Promise.race([reading, stopped(stop)]);
  if (read === "interrupted") {
    say(io, "interrupted: nothing written");
    return { code: EXIT.interrupted, outputError: undefined };
  }
  const { page, mtimeMs } = read;
  if (!page.ok) {
    say(io, page.message);
    return { code: EXIT.failure, outputError: undefined };
  }
  const referenceTime = referenceTimeFor({ file: path, mtimeMs }, args.now);
  const result = parser.safeParse(page.text, referenceTime === undefined ? undefined : { referenceTime });
  if (!result.success) {
    // The single-file form keeps its historical sentences: "input is empty", "input too large (…)".
    say(io, describeParseError(path, result.error).slice(displayPath(path).length + 2));
    return { code: EXIT.failure, outputError: undefined };
  }
  if (!args.quiet) for (const m of result.messages) if (m.severity !== "info") say(io, `${m.severity}: ${m.code}: ${m.message}`);
  const data = { articles: result.data, removed: result.removed, messages: result.messages };
  let text: string;
  if (format === "text") text = renderText(data);
  else if (format === "markdown") text = renderMarkdown(data);
  else text = `${JSON.stringify(args.page ? data : data.articles, null, 2)}\n`;
  try {
    write(text);
  } catch (error) {
    return { code: EXIT.failure, outputError: error };
  }
  return { code: EXIT.ok, outputError: undefined };
}
