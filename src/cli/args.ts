/**
 * Command-line arguments: a small hand-written parser (no dependency), so every usage error has
 * one clear sentence and exit code 2.
 */

/** Output formats of batch mode. */
export type OutputFormat = "ndjson" | "json";

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
  /** `--format`; `undefined` when absent (single mode prints JSON, batch mode NDJSON). */
  format: OutputFormat | undefined;
  /** `--out`. */
  out: string | undefined;
  /** `--concurrency`. */
  concurrency: number;
  /** `--rules`. */
  rules: string | undefined;
  /** `--ext`: file extensions taken when walking a folder, with their dot. */
  extensions: string[];
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

const FLAGS_WITH_VALUE = new Set(["--now", "--time-zone", "--format", "--out", "--concurrency", "--rules", "--ext", "-o", "-j"]);

/**
 * Parses `argv` (without `node` and the script path). Flags take their value as the next word or
 * after `=` (`--now=2025-08-14T18:00:00Z`); `--` ends the options.
 *
 * @throws UsageError for an unknown flag, a missing or malformed value
 */
export function parseArgs(argv: readonly string[]): Args {
  const args: Args = {
    inputs: [],
    now: undefined,
    timeZone: undefined,
    page: false,
    format: undefined,
    out: undefined,
    concurrency: 1,
    rules: undefined,
    extensions: [".txt"],
    help: false,
    version: false,
  };
  let optionsEnded = false;
  for (let i = 0; i < argv.length; i++) {
    const word = argv[i]!;
    if (optionsEnded || word === "-" || !word.startsWith("-")) {
      args.inputs.push(word);
      continue;
    }
    if (word === "--") {
      optionsEnded = true;
      continue;
    }
    const eq = word.startsWith("--") ? word.indexOf("=") : -1;
    const flag = eq > 0 ? word.slice(0, eq) : word;
    let value: string | undefined;
    if (FLAGS_WITH_VALUE.has(flag)) {
      if (eq > 0) value = word.slice(eq + 1);
      else {
        const next = argv[i + 1];
        if (next === undefined || (next.startsWith("-") && next !== "-")) throw new UsageError(`${flag} needs a value`);
        value = next;
        i++;
      }
      if (value === "") throw new UsageError(`${flag} needs a value`);
    } else if (eq > 0) {
      throw new UsageError(`${flag} takes no value`);
    }
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
        args.now = parseNow(value!);
        break;
      case "--time-zone":
        args.timeZone = value!;
        break;
      case "--format":
        if (value !== "ndjson" && value !== "json") throw new UsageError(`--format must be ndjson or json, not ${value}`);
        args.format = value;
        break;
      case "-o":
      case "--out":
        args.out = value!;
        break;
      case "-j":
      case "--concurrency": {
        const n = Number(value);
        if (!Number.isInteger(n) || n < 1 || n > MAX_CONCURRENCY) {
          throw new UsageError(`--concurrency must be a whole number from 1 to ${MAX_CONCURRENCY}, not ${value}`);
        }
        args.concurrency = n;
        break;
      }
      case "--rules":
        args.rules = value!;
        break;
      case "--ext":
        args.extensions = value!
          .split(",")
          .map((e) => e.trim())
          .filter((e) => e !== "")
          .map((e) => (e.startsWith(".") ? e : `.${e}`).toLowerCase());
        if (args.extensions.length === 0) throw new UsageError("--ext needs at least one extension");
        break;
      default:
        throw new UsageError(`unknown option ${word}`);
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
