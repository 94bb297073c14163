/**
 * Finding the pages of a batch: files as given, folders walked recursively, and glob patterns
 * (Node 20 has no `fs.glob`, and a quoted pattern reaches us unexpanded). Glob syntax is read by
 * maintained libraries: `brace-expansion` for `{a,b}`, `picomatch` for everything within one folder
 * name, run on `re2js` (linear time, so no name can make a pattern backtrack). `**` is followed by
 * the walk itself, one folder level at a time, so its cost is one step per entry and pattern part.
 * A bad entry met on the way (a folder that cannot be listed, a name that is not UTF-8, a broken
 * link) is reported by its exact path and skipped; the rest of the walk goes on.
 */
import { expand as expandBraces } from "brace-expansion";
import picomatch from "picomatch";
import { RE2JS } from "re2js";

/** What the CLI needs to know about a path. */
export interface FileInfo {
  /** What the path is. */
  kind: "file" | "directory" | "other";
  /** Modification time, in milliseconds since the epoch. */
  mtimeMs: number;
}

/** One entry of a folder. */
export interface DirEntry {
  /**
   * The entry's name (no path). For `bad-name`, the name with each byte that is not UTF-8 written
   * as `\xNN`: a display form, not a name that can be opened.
   */
  name: string;
  /**
   * What it is: symbolic links are reported as what they point to (`other` for a link to a
   * folder, which is not followed: it could loop), or `broken-link`; `bad-name` is a name that is
   * not valid UTF-8.
   */
  kind: "file" | "directory" | "other" | "broken-link" | "bad-name";
}

/** File-system access needed to expand folders and globs. */
export interface FileSystem {
  /** Describes a path (following links). */
  stat(path: string): Promise<FileInfo>;
  /** Lists a folder. */
  readDir(path: string): Promise<DirEntry[]>;
}

/** One page of the batch. */
export interface PageFile {
  /** The path, as shown in the output (`crawl/2025/page.txt`). */
  file: string;
  /** Its modification time, when known. */
  mtimeMs: number | undefined;
}

/** A problem with one operand or one entry below it: reported, counted as a failure, and the run goes on. */
export interface InputProblem {
  /** The operand. */
  input: string;
  /** One sentence, naming the exact path. */
  message: string;
}

/** Most patterns one operand's braces may expand to (`{a,b}{c,d}` is 4). */
export const MAX_BRACE_EXPANSIONS = 1000;

/** `true` when the operand holds glob syntax (`*`, `?`, `[...]`, `{a,b}`, extglobs), as picomatch reads it. */
export function isGlob(input: string): boolean {
  return picomatch.scan(input).isGlob;
}

/**
 * A path made safe for one line of a message: control characters (a newline in a file name) are
 * written as escapes, so every error stays one line that names the file exactly.
 *
 * @param path - a path
 * @returns the path with `\n`, `\r`, `\t` and other control characters escaped
 */
export function displayPath(path: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this escapes
  return path.replace(/[\u0000-\u001f\u007f]/gu, (c) => {
    if (c === "\n") return "\\n";
    if (c === "\r") return "\\r";
    if (c === "\t") return "\\t";
    return `\\x${c.charCodeAt(0).toString(16).padStart(2, "0")}`;
  });
}

/** One line for a file that cannot be read: `cannot read x.txt: no such file`. */
export function describeReadError(path: string, error: unknown): string {
  const e = error as { code?: string; message?: string; size?: number; maxBytes?: number; what?: string } | null;
  const shown = displayPath(path);
  const code = e?.code;
  if (code === "ENOENT") return `cannot read ${shown}: no such file`;
  if (code === "EISDIR") return `cannot read ${shown}: is a directory`;
  if (code === "EACCES" || code === "EPERM") return `cannot read ${shown}: permission denied`;
  if (code === "ENOTDIR") return `cannot read ${shown}: a parent is not a folder`;
  if (code === "ELOOP") return `cannot read ${shown}: too many levels of symbolic links`;
  if (code === "ENOSPC") return `cannot write ${shown}: no space left on device`;
  if (code === "NTP_NOT_REGULAR") {
    return `cannot read ${shown}: not a regular file (${e?.what ?? "a special file"}); to read a pipe, send it to standard input: news-text-parser - < ${shown}`;
  }
  if (code === "NTP_TOO_LARGE") {
    const limit = Math.floor((e?.maxBytes ?? 0) / 3);
    const size = e?.size === undefined ? `more than ${e?.maxBytes} bytes` : `${e.size} bytes`;
    return `cannot read ${shown}: input too large: ${size} cannot fit the limit of ${limit} characters (raise it with --max-input-length)`;
  }
  return `cannot read ${shown}: ${e?.message ?? String(error)}`;
}

/** Folders never entered by a walk or by `*` / `**`: hidden ones (`.git`) and installed packages. */
function skipFolder(name: string): boolean {
  return name.startsWith(".") || name === "node_modules";
}

/** `crawl//` → `crawl`; `/` stays `/`. (A loop, not `/\/+$/`: that regex rescans runs of slashes.) */
function trimTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 1 && path[end - 1] === "/") end--;
  return path.slice(0, end);
}

function join(dir: string, name: string): string {
  if (dir === "" || dir === ".") return name;
  return dir.endsWith("/") ? `${dir}${name}` : `${dir}/${name}`;
}

/** Names sorted by UTF-16 code unit, so output order does not depend on the locale. */
const byName = (a: DirEntry, b: DirEntry) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);

/** One step of a glob: `**`, or a matcher for one folder or file name. */
type Segment = { globstar: true } | { globstar: false; test: (name: string) => boolean; dot: boolean };

/** picomatch's guards against the names "", "." and "..", which no folder listing holds. */
const NAME_GUARDS = ["(?!\\.{1,2}(?:\\/|$))", "(?!\\.{0,1}(?:\\/|$))", "(?=.)"];

/** A pattern that cannot be run on the linear-time engine (extglob lookarounds such as `!(x)`). */
class UnsupportedGlob extends Error {}

/** Compiles one name pattern: picomatch reads the syntax, RE2 runs it. */
function compileSegment(pattern: string): Segment {
  if (pattern === "**") return { globstar: true };
  const dot = pattern.startsWith(".");
  if (!picomatch.scan(pattern).isGlob) {
    const literal = pattern.replace(/\\(.)/gu, "$1");
    return { globstar: false, dot, test: (name) => name === literal };
  }
  // picomatch guards names against being "", "." or ".." with lookaheads (in its leading token, and
  // after a leading dot). A folder listing never holds those names, so the guards are dropped;
  // everything else of picomatch's output runs on RE2 unchanged, and anything RE2 cannot run
  // (extglob lookarounds) is refused rather than run on a backtracking engine.
  // (@types/picomatch lists only maxLength for parse(); it takes every picomatch option.)
  const parse = picomatch.parse as (pattern: string, options: picomatch.PicomatchOptions) => { tokens: Array<{ output?: string; value: string }>; output: string };
  const state = parse(pattern, { dot: true, posix: true });
  const body = state.tokens
    .slice(1)
    .map((t) => NAME_GUARDS.reduce((out, guard) => out.split(guard).join(""), t.output ?? t.value))
    .join("");
  let re: RE2JS;
  try {
    re = RE2JS.compile(`^(?:${body})$`);
  } catch {
    throw new UnsupportedGlob(pattern);
  }
  return { globstar: false, dot, test: (name) => re.matches(name) };
}

/** Splits a pattern into the folder it starts from and its segments (runs of `**` folded into one). */
function compileGlob(pattern: string): { base: string; segments: Segment[] } {
  const parts = pattern.split("/");
  const firstMagic = parts.findIndex((p) => picomatch.scan(p).isGlob);
  const baseParts = parts.slice(0, firstMagic);
  const base = baseParts.length === 0 ? "." : baseParts.join("/") || "/";
  const rest = parts.slice(firstMagic).filter((p, i, all) => p !== "" && !(p === "**" && all[i - 1] === "**"));
  return { base, segments: rest.map(compileSegment) };
}

/** The states reachable without reading a name: a `**` may match no folder at all. */
function closure(states: Iterable<number>, segments: readonly Segment[]): Set<number> {
  const out = new Set<number>();
  for (const s of states) {
    let i = s;
    out.add(i);
    while (i < segments.length && segments[i]!.globstar) out.add(++i);
  }
  return out;
}

/** What a walk meets: a file to take, or a bad entry to report. */
type Found = { path: string; kind: "file" } | { path: string; kind: "problem"; message: string };

/**
 * Walks `dir` in name order, depth first, with the set of glob positions reached so far (an NFA over
 * the segments, so `**` never backtracks). For a plain folder walk, `segments` is `[**, *]`-like:
 * see {@link expandInputs}.
 */
async function* walkGlob(fs: FileSystem, dir: string, segments: readonly Segment[], states: Set<number>, wantsFile: (name: string) => boolean): AsyncGenerator<Found> {
  let entries: DirEntry[];
  try {
    entries = (await fs.readDir(dir)).sort(byName);
  } catch (error) {
    yield { path: dir, kind: "problem", message: describeReadError(dir, error) };
    return;
  }
  const here = closure(states, segments);
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const next = new Set<number>();
    const hidden = entry.name.startsWith(".");
    for (const s of here) {
      const seg = segments[s];
      if (seg === undefined) continue;
      if (seg.globstar) {
        if (entry.kind === "directory" ? !skipFolder(entry.name) : !hidden) next.add(s);
      } else if ((!hidden || seg.dot) && seg.test(entry.name)) next.add(s + 1);
    }
    if (next.size === 0) continue;
    const done = closure(next, segments).has(segments.length);
    if (entry.kind === "bad-name") {
      // Not knowing what it is, report it whenever the walk would have taken it or gone into it.
      yield { path, kind: "problem", message: `cannot read ${displayPath(path)}: the name is not valid UTF-8; skipped` };
    } else if (entry.kind === "directory") {
      // A folder is entered only while some segment is still to be matched below it.
      if ([...next].some((s) => s < segments.length)) yield* walkGlob(fs, path, segments, next, wantsFile);
    } else if (done && wantsFile(entry.name)) {
      if (entry.kind === "file") yield { path, kind: "file" };
      else if (entry.kind === "broken-link") yield { path, kind: "problem", message: `cannot read ${displayPath(path)}: broken symbolic link` };
      else yield { path, kind: "problem", message: `cannot read ${displayPath(path)}: not a regular file` };
    }
  }
}

/** Compares paths as the walk orders them: folder by folder, each level by name. */
function walkOrder(a: string, b: string): number {
  const x = a.split("/");
  const y = b.split("/");
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  return x.length - y.length;
}

/**
 * Expands operands into page files, in order, without duplicates: a path that exists is taken as
 * what it is, whatever characters its name holds (a file with any extension; a folder walked for
 * files whose extension is in `extensions`, hidden folders and `node_modules` skipped); a path that
 * does not exist but holds glob syntax is a glob, and gives every file it matches. Problems (a
 * missing path, a glob that matches nothing, an entry that cannot be read) are collected, not
 * thrown, so the rest of the batch still runs.
 *
 * @param inputs - the operands
 * @param fs - file-system access
 * @param extensions - extensions taken from folders, with their dot
 * @param stopped - polled between entries: `true` ends the expansion early (Ctrl-C)
 * @returns the page files and the problems met
 */
export async function expandInputs(
  inputs: readonly string[],
  fs: FileSystem,
  extensions: readonly string[],
  stopped: () => boolean = () => false,
): Promise<{ files: PageFile[]; problems: InputProblem[] }> {
  const files: PageFile[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  const hasExtension = (name: string) => extensions.some((e) => name.toLowerCase().endsWith(e));
  /** Takes every file a walk finds, reporting bad entries; returns how many files matched. */
  const take = async (input: string, found: AsyncIterable<Found>, order: boolean): Promise<number> => {
    const paths: string[] = [];
    for await (const f of found) {
      if (stopped()) break;
      if (f.kind === "problem") problems.push({ input, message: f.message });
      else paths.push(f.path);
    }
    if (order) paths.sort(walkOrder);
    let matched = 0;
    for (const path of paths) {
      if (stopped()) break;
      let info: FileInfo;
      try {
        info = await fs.stat(path);
      } catch (error) {
        problems.push({ input, message: describeReadError(path, error) });
        continue;
      }
      if (info.kind !== "file") continue;
      matched++;
      if (seen.has(path)) continue;
      seen.add(path);
      files.push({ file: path, mtimeMs: info.mtimeMs });
    }
    return matched;
  };
  for (const input of inputs) {
    if (stopped()) break;
    let info: FileInfo | undefined;
    try {
      info = await fs.stat(input);
    } catch (error) {
      const code = (error as { code?: string } | null)?.code;
      if (!(code === "ENOENT" && isGlob(input))) {
        problems.push({ input, message: describeReadError(input, error) });
        continue;
      }
    }
    if (info === undefined) {
      await expandGlob(input);
      continue;
    }
    if (info.kind === "directory") {
      const root = trimTrailingSlashes(input);
      const everything: Segment[] = [{ globstar: true }, { globstar: false, dot: true, test: () => true }];
      const matched = await take(input, walkGlob(fs, root, everything, new Set([0]), hasExtension), false);
      if (matched === 0) problems.push({ input, message: `no ${extensions.map((e) => `*${e}`).join(", ")} files in ${displayPath(input)}` });
    } else if (info.kind === "file") {
      if (!seen.has(input)) {
        seen.add(input);
        files.push({ file: input, mtimeMs: info.mtimeMs });
      }
    } else problems.push({ input, message: `cannot read ${displayPath(input)}: not a regular file or folder` });
  }
  return { files, problems };

  async function expandGlob(input: string): Promise<void> {
    let patterns: string[];
    try {
      patterns = expandBraces(input, { max: MAX_BRACE_EXPANSIONS + 1 });
    } catch (error) {
      problems.push({ input, message: `bad glob ${displayPath(input)}: ${(error as Error).message}` });
      return;
    }
    if (patterns.length > MAX_BRACE_EXPANSIONS) {
      problems.push({ input, message: `bad glob ${displayPath(input)}: its braces expand to more than ${MAX_BRACE_EXPANSIONS} patterns` });
      return;
    }
    // Patterns that start from the same folder share one walk, so `{a,b}/*.txt` lists `.` once.
    const byBase = new Map<string, Segment[][]>();
    for (const pattern of patterns) {
      let compiled: { base: string; segments: Segment[] };
      try {
        compiled = compileGlob(pattern);
      } catch (error) {
        if (!(error instanceof UnsupportedGlob)) throw error;
        problems.push({ input, message: `bad glob ${displayPath(input)}: ${displayPath(error.message)} cannot be matched in linear time (extglob lookarounds are not supported)` });
        return;
      }
      byBase.set(compiled.base, [...(byBase.get(compiled.base) ?? []), compiled.segments]);
    }
    const found: Found[] = [];
    let anyBase = false;
    for (const [base, segmentLists] of byBase) {
      const baseInfo = await fs.stat(base).catch(() => undefined);
      if (baseInfo?.kind !== "directory") continue;
      anyBase = true;
      for (const segments of segmentLists) {
        for await (const f of walkGlob(fs, base, segments, new Set([0]), () => true)) {
          if (stopped()) return;
          found.push(base === "." && f.path.startsWith("./") ? { ...f, path: f.path.slice(2) } : f);
        }
      }
    }
    const unique = new Map(found.map((f) => [`${f.kind}\0${f.path}`, f]));
    const matched = await take(input, (async function* () {
      yield* unique.values();
    })(), true);
    if (matched === 0) {
      const bases = [...byBase.keys()];
      problems.push({ input, message: anyBase ? `no files match ${displayPath(input)}` : `no files match ${displayPath(input)} (no folder ${displayPath(bases[0] ?? ".")})` });
    }
  }
}
