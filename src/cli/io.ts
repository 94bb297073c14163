/**
 * Everything the CLI needs from the outside world, as one object, so `run()` is tested in-process
 * with fakes, and `bin.ts` wires the real thing (`node-io.ts`).
 */
import type { DirEntry, FileInfo } from "./inputs.js";
import type { PageOutcome, PageTask, ParserSetup } from "./page-task.js";

/** A file being written (`--out`). Writes are complete when `write` returns. */
export interface OutputSink {
  /** Appends text. */
  write(text: string): void;
  /** Flushes and closes. */
  close(): Promise<void>;
}

/** Parses pages on worker threads. */
export interface WorkerPool {
  /** Reads and parses one page on a free worker; never rejects (failures are outcomes). */
  run(task: PageTask): Promise<PageOutcome>;
  /** Stops every worker; pages still running resolve as failed. */
  close(): Promise<void>;
}

/**
 * What the CLI needs from the outside world. The first four are required; the rest are optional
 * so a test can give only what it exercises. Without `stat` and `readDir`, operands are read as
 * plain files (no folders, no globs, no modification times).
 */
export interface CliIo {
  /** Reads all of standard input. */
  readStdin(): Promise<string>;
  /** Reads a file as UTF-8; rejects with a Node-style error (`code: "ENOENT"` ...). */
  readFile(path: string): Promise<string>;
  /** Writes to standard output. */
  stdout(text: string): void;
  /** Writes to standard error. */
  stderr(text: string): void;
  /** Describes a path (follows symbolic links); rejects like `readFile`. */
  stat?(path: string): Promise<FileInfo>;
  /** Lists a folder; rejects like `readFile`. */
  readDir?(path: string): Promise<DirEntry[]>;
  /** Creates (or truncates) an output file. */
  openOutput?(path: string): Promise<OutputSink>;
  /** `true` when standard error is a terminal: the progress bar is shown only then. */
  stderrIsTTY?: boolean;
  /** Terminal width, for the progress bar. */
  stderrColumns?: number;
  /** A millisecond clock for the progress bar's rate. */
  now?(): number;
  /** Calls `handler` on Ctrl-C (SIGINT); returns a function that stops listening. */
  onInterrupt?(handler: () => void): () => void;
  /** Starts `size` worker threads that parse with `setup`. Without it, `--concurrency` runs in-process. */
  createWorkerPool?(size: number, setup: ParserSetup): WorkerPool;
}
