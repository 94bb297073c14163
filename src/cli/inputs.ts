/**
 * Finding the pages of a batch: files as given, folders walked recursively, and glob patterns
 * matched here (Node 20 has no `fs.glob`, and a quoted pattern reaches us unexpanded).
 */

import { escapeRegExp } from "../rules/rule.js";

/** What the CLI needs to know about a path. */
export interface FileInfo {
  /** What the path is. */
  kind: "file" | "directory" | "other";
  /** Modification time, in milliseconds since the epoch. */
  mtimeMs: number;
}

/** One entry of a folder. */
export interface DirEntry {
  /** The entry's name (no path). */
  name: string;
  /** What it is; symbolic links are reported as what they point to, or `other` when broken. */
  kind: "file" | "directory" | "other";
}

/** File-system access needed to expand folders and globs. */
export interface FileSystem {
  stat(path: string): Promise<FileInfo>;
  readDir(path: string): Promise<DirEntry[]>;
}

/** One page of the batch. */
export interface PageFile {
  /** The path, as shown in the output (`crawl/2025/page.txt`). */
  file: string;
  /** Its modification time, when known. */
  mtimeMs: number | undefined;
}

/** A problem with one operand: reported, counted as a failure, and the run goes on. */
export interface InputProblem {
  /** The operand. */
  input: string;
  /** One sentence. */
  message: string;
}

/** `true` when the operand holds glob syntax (`*`, `?`, `[...]`, `{a,b}`). */
export function isGlob(input: string): boolean {
  return /[*?[{]/u.test(input);
}

/**
 * Compiles a glob to a regular expression over `/`-separated paths: `*` and `?` stay within one
 * segment, `**` spans segments (`a/**\/b` also matches `a/b`), `[abc]`/`[!abc]` are classes and
 * `{x,y}` alternatives (not nested). Everything else is literal.
 */
export function globToRegExp(glob: string): RegExp {
  let re = "";
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === "*") {
      if (glob[i + 1] === "*") {
        const atSegmentStart = i === 0 || glob[i - 1] === "/";
        const next = glob[i + 2];
        if (atSegmentStart && next === "/") {
          re += "(?:[^/]*/)*"; // `**/`: zero or more whole folders
          i += 2;
        } else if (atSegmentStart && next === undefined) {
          re += ".*";
          i += 1;
        } else {
          re += "[^/]*";
          i += 1;
        }
      } else re += "[^/]*";
    } else if (c === "?") re += "[^/]";
    else if (c === "[") {
      const close = glob.indexOf("]", i + 2);
      if (close === -1) re += "\\[";
      else {
        let body = glob.slice(i + 1, close);
        const negate = body.startsWith("!") || body.startsWith("^");
        if (negate) body = body.slice(1);
        re += `[${negate ? "^/" : ""}${body.replace(/[\\\]^]/gu, "\\$&")}]`;
        i = close;
      }
    } else if (c === "{") {
      braces++;
      re += "(?:";
    } else if (c === "}" && braces > 0) {
      braces--;
      re += ")";
    } else if (c === "," && braces > 0) re += "|";
    else re += escapeRegExp(c);
  }
  if (braces > 0) throw new Error(`unclosed { in ${glob}`);
  return new RegExp(`^${re}$`, "u");
}

/** Folders never walked: hidden ones (`.git`) and installed packages. */
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

/** Lists files under `dir`, depth first in name order, down to `maxDepth` levels (Infinity for all). */
async function* walk(fs: FileSystem, dir: string, maxDepth: number, depth = 1): AsyncGenerator<string> {
  const entries = (await fs.readDir(dir)).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.kind === "file") yield path;
    else if (entry.kind === "directory" && depth < maxDepth && !skipFolder(entry.name)) yield* walk(fs, path, maxDepth, depth + 1);
  }
}

/** Splits a glob into the folder it can start from and the pattern below it. */
function globBase(glob: string): { base: string; pattern: string } {
  const segments = glob.split("/");
  const firstMagic = segments.findIndex(isGlob);
  const baseSegments = segments.slice(0, firstMagic);
  const base = baseSegments.join("/") || (glob.startsWith("/") ? "/" : ".");
  return { base, pattern: segments.slice(firstMagic).join("/") };
}

/**
 * Expands operands into page files, in order, without duplicates: a file is taken as given (any
 * extension); a folder gives every file below it whose extension is in `extensions` (hidden folders
 * and `node_modules` skipped); a glob gives every file it matches. Problems (a missing path, a glob
 * that matches nothing) are collected, not thrown, so the rest of the batch still runs.
 */
export async function expandInputs(
  inputs: readonly string[],
  fs: FileSystem,
  extensions: readonly string[],
): Promise<{ files: PageFile[]; problems: InputProblem[] }> {
  const files: PageFile[] = [];
  const problems: InputProblem[] = [];
  const seen = new Set<string>();
  const add = (file: string, mtimeMs: number | undefined) => {
    if (seen.has(file)) return;
    seen.add(file);
    files.push({ file, mtimeMs });
  };
  const hasExtension = (file: string) => extensions.some((e) => file.toLowerCase().endsWith(e));
  for (const input of inputs) {
    try {
      if (isGlob(input)) {
        const { base, pattern } = globBase(input.replace(/\\/gu, "/"));
        const regex = globToRegExp(pattern);
        const depth = pattern.includes("**") ? Infinity : pattern.split("/").length;
        let matched = 0;
        const baseInfo = await fs.stat(base).catch(() => undefined);
        if (baseInfo?.kind !== "directory") {
          problems.push({ input, message: `no files match ${input} (no folder ${base})` });
          continue;
        }
        for await (const path of walk(fs, base, depth)) {
          const relative = base === "." ? path : path.slice(base.length + (base.endsWith("/") ? 0 : 1));
          if (!regex.test(relative)) continue;
          const info = await fs.stat(path);
          if (info.kind !== "file") continue;
          matched++;
          add(path, info.mtimeMs);
        }
        if (matched === 0) problems.push({ input, message: `no files match ${input}` });
        continue;
      }
      const info = await fs.stat(input);
      if (info.kind === "directory") {
        let matched = 0;
        for await (const path of walk(fs, trimTrailingSlashes(input), Infinity)) {
          if (!hasExtension(path)) continue;
          const stat = await fs.stat(path);
          if (stat.kind !== "file") continue;
          matched++;
          add(path, stat.mtimeMs);
        }
        if (matched === 0) problems.push({ input, message: `no ${extensions.map((e) => `*${e}`).join(", ")} files in ${input}` });
      } else if (info.kind === "file") add(input, info.mtimeMs);
      else problems.push({ input, message: `cannot read ${input}: not a file or folder` });
    } catch (error) {
      problems.push({ input, message: describeReadError(input, error) });
    }
  }
  return { files, problems };
}

/** One line for a file that cannot be read: `cannot read x.txt: no such file`. */
export function describeReadError(path: string, error: unknown): string {
  const code = (error as { code?: string } | null)?.code;
  if (code === "ENOENT") return `cannot read ${path}: no such file`;
  if (code === "EISDIR") return `cannot read ${path}: is a directory`;
  if (code === "EACCES" || code === "EPERM") return `cannot read ${path}: permission denied`;
  if (code === "ENOTDIR") return `cannot read ${path}: a parent is not a folder`;
  return `cannot read ${path}: ${(error as Error | null)?.message ?? String(error)}`;
}
