/**
 * An in-memory file system behind the CLI's injected `CliIo`, for the CLI tests (they run as root
 * here, and root is not stopped by `chmod 000`, so unreadable folders must be simulated). Keys are
 * paths; folders are implied by the paths. Special entries: a folder that cannot be listed
 * (`locked`), a name that is not UTF-8 (`bad-name`), a broken link and a fifo, as node-io reports
 * them; `{ text, mtime }` gives a file its modification time (default 2025-08-14T18:00:00Z).
 */
import type { DirEntry } from "../../src/cli/inputs.js";
import type { CliIo } from "../../src/cli/run.js";

export type FakeEntry =
  | string
  | Uint8Array
  | { text: string; mtime?: string }
  | { kind: "locked" }
  | { kind: "bad-name" }
  | { kind: "broken-link" }
  | { kind: "fifo" };

const DEFAULT_MTIME = "2025-08-14T18:00:00Z";

/** The file's content and time, or null for a special entry. */
function asFile(v: FakeEntry | undefined): { content: string | Uint8Array; mtime: string } | null {
  if (typeof v === "string" || v instanceof Uint8Array) return { content: v, mtime: DEFAULT_MTIME };
  if (v !== undefined && "text" in v) return { content: v.text, mtime: v.mtime ?? DEFAULT_MTIME };
  return null;
}

const kindOf = (v: FakeEntry | undefined): string | undefined => (v !== undefined && typeof v === "object" && "kind" in v ? v.kind : undefined);

/** Builds the fake IO and the recorders the tests read (stdout, stderr, written outputs, calls). */
export function fakeIo(tree: Record<string, FakeEntry>, extra: Partial<CliIo> = {}) {
  const entries = new Map(Object.entries(tree));
  const isDir = (p: string) => p === "." || [...entries.keys()].some((f) => f.startsWith(`${p.replace(/\/$/, "")}/`)) || kindOf(entries.get(p)) === "locked";
  const err = (code: string, p: string) => Object.assign(new Error(`${code}: ${p}`), { code });
  const out: string[] = [];
  const errs: string[] = [];
  const outputs: Record<string, string> = {};
  const readDirCalls: string[] = [];
  const readLimits: Array<number | undefined> = [];
  let interrupt: (() => void) | undefined;
  const io: CliIo = {
    readStdin: async () => "",
    readFile: async (p, limits) => {
      readLimits.push(limits?.maxBytes);
      const v = entries.get(p);
      if (v === undefined) throw isDir(p) ? err("EISDIR", p) : err("ENOENT", p);
      const file = asFile(v);
      if (file !== null) return file.content;
      if (kindOf(v) === "fifo") throw Object.assign(err("NTP_NOT_REGULAR", p), { what: "a fifo" });
      throw err("ENOENT", p);
    },
    stdout: (t) => out.push(t),
    stderr: (t) => errs.push(t),
    stat: async (p) => {
      const v = entries.get(p);
      const file = asFile(v);
      if (file !== null) return { kind: "file", mtimeMs: Date.parse(file.mtime) };
      if (isDir(p)) return { kind: "directory", mtimeMs: 0 };
      if (kindOf(v) === "fifo") return { kind: "other", mtimeMs: 0 };
      throw err("ENOENT", p);
    },
    readDir: async (p) => {
      readDirCalls.push(p);
      if (kindOf(entries.get(p)) === "locked") throw err("EACCES", p);
      if (!isDir(p)) throw err("ENOENT", p);
      const prefix = p === "." ? "" : `${p.replace(/\/$/, "")}/`;
      const names = new Map<string, DirEntry["kind"]>();
      for (const [f, v] of entries) {
        if (!f.startsWith(prefix)) continue;
        const rest = f.slice(prefix.length);
        const slash = rest.indexOf("/");
        const special = kindOf(v);
        const kind: DirEntry["kind"] =
          slash !== -1 || special === "locked" ? "directory" : special === undefined ? "file" : special === "fifo" ? "other" : (special as DirEntry["kind"]);
        names.set(slash === -1 ? rest : rest.slice(0, slash), kind);
      }
      return [...names].map(([name, kind]) => ({ name, kind }));
    },
    openOutput: async (p) => {
      outputs[p] = "";
      return { write: (t) => void (outputs[p] += t), close: async () => {} };
    },
    onInterrupt: (h) => {
      interrupt = h;
      return () => {
        interrupt = undefined;
      };
    },
    ...extra,
  };
  return { io, out: () => out.join(""), err: () => errs.join(""), outputs, readDirCalls, readLimits, interrupt: () => interrupt?.() };
}
