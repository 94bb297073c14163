/**
 * The real outside world for the CLI, on Node: files, standard streams, Ctrl-C and worker threads.
 * Only the CLI imports `node:` modules; the library core stays free of them.
 */
import { closeSync, existsSync, openSync, writeSync } from "node:fs";
import { readFile, readdir, stat } from "node:fs/promises";
import { Worker } from "node:worker_threads";
import type { DirEntry, FileInfo } from "./inputs.js";
import type { CliIo, WorkerPool } from "./io.js";
import type { PageOutcome, PageTask, ParserSetup } from "./page-task.js";
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

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * The CLI's io on Node. Writes to standard output go through `process.stdout.write` (synchronous
 * for files and pipes on POSIX), and `--out` through `writeSync`, so a record is on disk when
 * `write` returns and Ctrl-C never leaves half a line.
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
  // A closed pipe (`news-text-parser crawl/ | head`) stops the batch like Ctrl-C, quietly.
  const onStdoutError = (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE") throw error;
    for (const h of interruptHandlers) h();
  };
  return {
    readStdin,
    readFile: (path) => readFile(path, "utf8"),
    stdout: (text) => {
      process.stdout.write(text);
    },
    stderr: (text) => {
      process.stderr.write(text);
    },
    stat: async (path) => {
      const s = await stat(path);
      return { kind: kindOf(s), mtimeMs: s.mtimeMs };
    },
    readDir: async (path) => {
      const entries = await readdir(path, { withFileTypes: true });
      return Promise.all(
        entries.map(async (e): Promise<DirEntry> => {
          if (!e.isSymbolicLink()) return { name: e.name, kind: kindOf(e) };
          try {
            // A link to a folder is listed as "other": following it could loop.
            const s = await stat(`${path}/${e.name}`);
            return { name: e.name, kind: s.isFile() ? "file" : "other" };
          } catch {
            return { name: e.name, kind: "other" };
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
    stderrIsTTY: process.stderr.isTTY === true,
    // 0 when the terminal reports no size (a pseudo-terminal without one): draw for 80 columns.
    stderrColumns: process.stderr.columns || 80,
    now: () => performance.now(),
    onInterrupt: (handler) => {
      if (interruptHandlers.size === 0) {
        process.on("SIGINT", onSigint);
        process.stdout.on("error", onStdoutError);
      }
      interruptHandlers.add(handler);
      return () => {
        interruptHandlers.delete(handler);
        if (interruptHandlers.size === 0) {
          process.off("SIGINT", onSigint);
          process.stdout.off("error", onStdoutError);
        }
      };
    },
    createWorkerPool: (size, setup) => createNodeWorkerPool(size, setup),
  };
}
