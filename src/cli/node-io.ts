/**
 * The real outside world for the CLI, on Node: files, standard streams, Ctrl-C and worker threads.
 * Only the CLI imports `node:` modules; the library core stays free of them.
 */
import { closeSync, existsSync, openSync, writeSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import { Worker } from "node:worker_threads";
import type { DirEntry, FileInfo } from "./inputs.js";
import type { CliIo, WorkerPool } from "./io.js";
import type { PageOutcome, PageTask, ParserSetup } from "./page-task.js";
import { readFileLimited, readStreamLimited } from "./node-read.js";
import { byteLimit } from "./read-page.js";
import type { WorkerReply } from "./worker.js";

/**
 * Where the worker script is: beside this code once built (`dist/cli/worker.js`, bundled into
 * `bin.js`), or in `dist/` when this module runs from source (tests through vitest).
 */
export function workerScript(): URL {
  const candidates = [new URL("./worker.js", import.meta.url), new URL("../../dist/cli/worker.js", import.meta.url)];
  return candidates.find((u) => existsSync(u)) ?? candidates[0]!;
}

function kindOf(s: { isFile(): boolean; isDirectory(): boolean }): FileInfo["kind"] {
  return s.isFile() ? "file" : s.isDirectory() ? "directory" : "other";
}

/** A pool of `size` workers; each works on one page at a time, the others wait in a queue. */
export function createNodeWorkerPool(size: number, setup: ParserSetup, script: URL = workerScript()): WorkerPool {
  type Job = { task: PageTask; resolve: (o: PageOutcome) => void };
  const queue: Job[] = [];
  const busy = new Map<Worker, Job>();
  const idle: Worker[] = [];
  let closed = false;

  // A worker that dies takes only its page with it and is replaced, within a budget: a worker
  // script that cannot even start would otherwise be respawned forever.
  let respawns = size * 2;
  let broken: string | undefined;
  const fail = (job: Job | undefined, why: string) => job?.resolve({ ok: false, message: `${job.task.file}: internal error in worker: ${why}` });
  const died = (worker: Worker, why: string) => {
    if (!busy.has(worker) && !idle.includes(worker)) return; // already handled (error, then exit)
    const job = busy.get(worker);
    busy.delete(worker);
    const at = idle.indexOf(worker);
    if (at !== -1) idle.splice(at, 1);
    fail(job, why);
    if (closed) return;
    if (respawns-- > 0) release(spawn());
    else if (busy.size === 0 && idle.length === 0) {
      broken = why;
      for (const queued of queue.splice(0)) fail(queued, why);
    }
  };
  const spawn = (): Worker => {
    const worker = new Worker(script, { workerData: setup });
    worker.on("message", (reply: WorkerReply) => {
      const job = busy.get(worker);
      busy.delete(worker);
      job?.resolve(reply.outcome);
      release(worker);
    });
    worker.on("error", (error) => died(worker, error.message));
    worker.on("exit", (code) => died(worker, `exited with code ${code}`));
    return worker;
  };
  const release = (worker: Worker) => {
    if (closed) return;
    const job = queue.shift();
    if (job) {
      busy.set(worker, job);
      worker.postMessage(job.task);
    } else idle.push(worker);
  };
  for (let i = 0; i < size; i++) idle.push(spawn());

  return {
    run(task) {
      return new Promise<PageOutcome>((resolve) => {
        if (closed) return resolve({ ok: false, message: `${task.file}: interrupted` });
        if (broken !== undefined) return resolve({ ok: false, message: `${task.file}: internal error in worker: ${broken}` });
        const job = { task, resolve };
        const worker = idle.pop();
        if (worker) {
          busy.set(worker, job);
          worker.postMessage(task);
        } else queue.push(job);
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      for (const job of [...queue, ...busy.values()]) job.resolve({ ok: false, message: `${job.task.file}: interrupted` });
      queue.length = 0;
      const all = [...idle, ...busy.keys()];
      busy.clear();
      idle.length = 0;
      await Promise.all(all.map((w) => w.terminate()));
    },
  };
}

/** A name that is not valid UTF-8, with each byte that breaks it written as `\xNN`. */
function escapeName(name: Buffer): string {
  let out = "";
  let i = 0;
  const fatal = new TextDecoder("utf-8", { fatal: true });
  while (i < name.length) {
    // Take the longest valid run one byte at a time: names are short (NAME_MAX is 255 bytes).
    let ok = false;
    for (let len = Math.min(4, name.length - i); len >= 1; len--) {
      try {
        out += fatal.decode(name.subarray(i, i + len));
        i += len;
        ok = true;
        break;
      } catch {
        // not a whole character of this length
      }
    }
    if (!ok) out += `\\x${name[i++]!.toString(16).toUpperCase().padStart(2, "0")}`;
  }
  return out;
}

/** The first error standard output reported; one listener for the process, however many ios are made. */
let stdoutError: unknown;
let watchingStdout = false;
function watchStdout(): void {
  if (watchingStdout) return;
  watchingStdout = true;
  process.stdout.on("error", (error) => {
    stdoutError ??= error;
  });
}

/**
 * The CLI's io on Node. Writes to standard output go through `process.stdout.write` (synchronous
 * for files and pipes on POSIX), and `--out` through `writeSync`, so a record is on disk when
 * `write` returns and Ctrl-C never leaves half a line. A write error on standard output (a closed
 * pipe, a full disk) arrives as an event: it is kept, every later write throws it, and
 * `flushStdout` returns it, so the CLI ends with one line instead of a stack trace.
 */
export function nodeIo(): CliIo {
  const interruptHandlers = new Set<() => void>();
  let sigintCount = 0;
  const onSigint = () => {
    sigintCount++;
    // A second Ctrl-C means "now": leave at once, without waiting for the batch to wind down.
    if (sigintCount > 1) process.exit(130);
    for (const h of interruptHandlers) h();
  };
  watchStdout();
  const utf8 = new TextDecoder("utf-8", { fatal: true });
  return {
    readStdin: (limits) => readStreamLimited(process.stdin, limits ?? { maxBytes: byteLimit({ encoding: undefined, maxInputLength: undefined }) }),
    readFile: (path, limits) => readFileLimited(path, limits ?? { maxBytes: byteLimit({ encoding: undefined, maxInputLength: undefined }) }),
    stdout: (text) => {
      if (stdoutError !== undefined) throw stdoutError;
      process.stdout.write(text);
    },
    flushStdout: () =>
      new Promise<unknown>((resolve) => {
        if (stdoutError !== undefined) return resolve(stdoutError);
        process.stdout.write("", (error) => resolve(stdoutError ?? error ?? undefined));
      }),
    stderr: (text) => {
      process.stderr.write(text);
    },
    stat: async (path) => {
      const s = await stat(path);
      return { kind: kindOf(s), mtimeMs: s.mtimeMs };
    },
    readDir: async (path) => {
      // Names as bytes: a name that is not UTF-8 would otherwise be decoded with U+FFFD and then
      // not be found again, which used to end the whole walk.
      const entries = await readdir(path, { withFileTypes: true, encoding: "buffer" });
      return Promise.all(
        entries.map(async (e): Promise<DirEntry> => {
          const raw = e.name as unknown as Buffer;
          let name: string;
          try {
            name = utf8.decode(raw);
          } catch {
            return { name: escapeName(raw), kind: "bad-name" };
          }
          if (!e.isSymbolicLink()) return { name, kind: kindOf(e) };
          try {
            // A link to a folder is listed as "other": following it could loop.
            const s = await stat(`${path}/${name}`);
            return { name, kind: s.isFile() ? "file" : "other" };
          } catch {
            return { name, kind: "broken-link" };
          }
        }),
      );
    },
    openOutput: async (path) => {
      const fd = openSync(path, "w");
      return {
        write: (text) => {
          writeSync(fd, text);
        },
        close: async () => closeSync(fd),
      };
    },
    stdoutIsTTY: process.stdout.isTTY === true,
    stdinIsTTY: process.stdin.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    // 0 when the terminal reports no size (a pseudo-terminal without one): draw for 80 columns.
    stderrColumns: process.stderr.columns || 80,
    now: () => performance.now(),
    onInterrupt: (handler) => {
      if (interruptHandlers.size === 0) process.on("SIGINT", onSigint);
      interruptHandlers.add(handler);
      return () => {
        interruptHandlers.delete(handler);
        if (interruptHandlers.size === 0) process.off("SIGINT", onSigint);
      };
    },
    createWorkerPool: (size, setup) => createNodeWorkerPool(size, setup),
  };
}
