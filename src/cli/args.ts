/**
 * Command-line arguments, read with Node's own `util.parseArgs` (no hand-written tokenizer); this
 * module only turns its errors into one clear sentence each (exit code 2) and checks the values.
 */
import { parseArgs as parseArgv } from "node:util";

/**
 * Output formats: `json` and `ndjson` for programs, `text` and `markdown` for people.
 */
export type OutputFormat = "ndjson" | "json" | "text" | "markdown";

/** The formats `--format` accepts, in the order the help lists them. */
export const OUTPUT_FORMATS: readonly OutputFormat[] = ["text", "markdown", "json", "ndjson"];

/**
 * What `--now` asks for: an instant, each file's modification time, or no reference at all
 * (relative times stay unresolved).
 */
export type NowSetting = { kind: "instant"; iso: string } | { kind: "mtime" } | { kind: "none" };

/** The parsed command line. */
export interface Args {
  /** Input operands as given: files, folders, globs, or `-` for standard input. */
  inputs: string[];
  /** `--now`; `undefined` when absent (each file's mtime; nothing for standard input). */
  now: NowSetting | undefined;
  /** `--time-zone`. */
  timeZone: string | undefined;
  /** `--page`: include page-level `removed`. */
  page: boolean;
  /** `--format`; `undefined` when absent (text on a terminal, else JSON / NDJSON). */
  format: OutputFormat | undefined;
  /** `--out`. */
  out: string | undefined;
  /** `--concurrency`. */
  concurrency: number;
  /** `--rules`. */
  rules: string | undefined;
  /** `--ext`: file extensions taken when walking a folder, with their dot. */
  extensions: string[];
  /** `--encoding`: how to decode input that has no byte-order mark; `undefined` means UTF-8, strictly. */
  encoding: string | undefined;
  /** `--max-input-length`: longest page accepted, in characters; `undefined` for the library default. */
  maxInputLength: number | undefined;
  /** `--quiet`: only errors on standard error (no warnings, progress bar, summary or prompt). */
  quiet: boolean;
  /** `--help`. */
  help: boolean;
  /** `--version`. */
  version: boolean;
}

/** A command-line mistake: reported with exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

/** Most worker threads `--concurrency` accepts: more only adds memory on any machine we know. */
export const MAX_CONCURRENCY = 64;

const OPTIONS = {
  now: { type: "string" },
  "time-zone": { type: "string" },
  page: { type: "boolean" },
  format: { type: "string" },
  out: { type: "string", short: "o" },
  concurrency: { type: "string", short: "j" },
  rules: { type: "string" },
  ext: { type: "string" },
  encoding: { type: "string" },
  "max-input-length": { type: "string" },
  quiet: { type: "boolean", short: "q" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
} as const;

/** The flag a `util.parseArgs` error is about, as the user would write it (`--out`, not `-o, --out`). */
function flagIn(message: string): string {
  return /'(?:-\w, )?(--?[\w-]+)/u.exec(message)?.[1] ?? "option";
}

/** Turns a `util.parseArgs` error into our one-sentence usage error. */
function usageErrorOf(error: unknown): UsageError {
  const { code, message } = error as { code?: string; message: string };
  const flag = flagIn(message);
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return new UsageError(`unknown option ${flag}`);
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    return new UsageError(/does not take an argument/u.test(message) ? `${flag} takes no value` : `${flag} needs a value`);
  }
  return new UsageError(message.split("\n")[0]!);
}

/**
 * Parses `argv` (without `node` and the script path). Flags take their value as the next word or
 * after `=` (`--now=2025-08-14T18:00:00Z`); `--` ends the options.
 *
 * @throws UsageError for an unknown flag, a missing or malformed value
 */
export function parseArgs(argv: readonly string[]): Args {
  let parsed: ReturnType<typeof parseArgv<{ args: string[]; options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgv({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw usageErrorOf(error);
  }
  const v = parsed.values;
  const value = (flag: string, x: string | undefined): string | undefined => {
    if (x === "") throw new UsageError(`${flag} needs a value`);
    return x;
  };
  const args: Args = {
    inputs: parsed.positionals,
    now: undefined,
    timeZone: value("--time-zone", v["time-zone"]),
    page: v.page === true,
    format: undefined,
    out: value("--out", v.out),
    concurrency: 1,
    rules: value("--rules", v.rules),
    extensions: [".txt"],
    encoding: value("--encoding", v.encoding),
    maxInputLength: undefined,
    quiet: v.quiet === true,
    help: v.help === true,
    version: v.version === true,
  };
  const now = value("--now", v.now);
  if (now !== undefined) args.now = parseNow(now);
  const format = value("--format", v.format);
  if (format !== undefined) {
    if (!(OUTPUT_FORMATS as readonly string[]).includes(format)) throw new UsageError(`--format must be one of ${OUTPUT_FORMATS.join(", ")}, not ${format}`);
    args.format = format as OutputFormat;
  }
  const concurrency = value("--concurrency", v.concurrency);
  if (concurrency !== undefined) {
    const n = Number(concurrency);
    if (!Number.isInteger(n) || n < 1 || n > MAX_CONCURRENCY) {
      throw new UsageError(`--concurrency must be a whole number from 1 to ${MAX_CONCURRENCY}, not ${concurrency}`);
    }
    args.concurrency = n;
  }
  const maxInputLength = value("--max-input-length", v["max-input-length"]);
  if (maxInputLength !== undefined) {
    // Plain digits only: Number("1e9") or "0x10" would be accepted by Number() but are typos here.
    const n = /^\d{1,15}$/u.test(maxInputLength) ? Number(maxInputLength) : NaN;
    if (!(n >= 1)) throw new UsageError(`--max-input-length must be a whole number of characters (at least 1), not ${maxInputLength}`);
    args.maxInputLength = n;
  }
  const ext = value("--ext", v.ext);
  if (ext !== undefined) {
    args.extensions = ext
      .split(",")
      .map((e) => e.trim())
      .filter((e) => e !== "")
      .map((e) => (e.startsWith(".") ? e : `.${e}`).toLowerCase());
    if (args.extensions.length === 0) throw new UsageError("--ext needs at least one extension");
  }
  if (args.encoding !== undefined) {
    // TextDecoder knows every WHATWG label (latin1, windows-1252, shift_jis, utf-16le ...).
    try {
      new TextDecoder(args.encoding);
    } catch {
      throw new UsageError(`--encoding: unknown encoding ${args.encoding} (try utf-8, latin1, windows-1252, utf-16le)`);
    }
  }
  return args;
}

function parseNow(value: string): NowSetting {
  if (value === "mtime") return { kind: "mtime" };
  if (value === "none") return { kind: "none" };
  // Date.parse accepts ISO 8601 (and, in V8, some looser forms); a zone-less ISO string is read as
  // local time by Date.parse, which would make output depend on the machine: require a zone.
  if (!/^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2}))?$/u.test(value) || Number.isNaN(Date.parse(value))) {
    throw new UsageError(`--now: not an ISO 8601 date with a zone (e.g. 2025-08-14T18:00:00Z), "mtime" or "none": ${value}`);
  }
  return { kind: "instant", iso: new Date(value).toISOString() };
}
