/**
 * Everything the CLI needs from the outside world, as one object, so `run()` is tested in-process
 * with fakes, and `bin.ts` wires the real thing (`node-io.ts`).
 */
import type { DirEntry, FileInfo } from "./inputs.js";
import type { PageOutcome, PageTask, ParserSetup } from "./page-task.js";

/** How much one read may take (checked before the bytes are read, where the io can). */
export interface ReadLimits {
  /** Most bytes accepted; more rejects with `code: "NTP_TOO_LARGE"`. */
  maxBytes: number;
}

/** A file being written (`--out`). Writes are complete when `write` returns. */
export interface OutputSink {
  /** Appends text; throws a Node-style error (`ENOSPC`) when it cannot. */
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
  /**
   * Reads all of standard input, up to `limits`. Bytes are decoded by the CLI (byte-order marks,
   * `--encoding`, binary refused); a string is taken as text already decoded (test fakes).
   */
  readStdin(limits?: ReadLimits): Promise<string | Uint8Array>;
  /**
   * Reads a file, checking its kind and size first (a fifo is refused with `code: "NTP_NOT_REGULAR"`,
   * a file over `limits.maxBytes` with `code: "NTP_TOO_LARGE"`, neither read); rejects with a
   * Node-style error (`code: "ENOENT"` ...). Bytes and strings as for `readStdin`.
   */
  readFile(path: string, limits?: ReadLimits): Promise<string | Uint8Array>;
  /**
   * Writes to standard output. May throw a Node-style error (`EPIPE` when the reader has gone,
   * `ENOSPC` when the disk is full); the CLI then stops writing.
   */
  stdout(text: string): void;
  /** Writes to standard error. */
  stderr(text: string): void;
  /** Describes a path (follows symbolic links); rejects like `readFile`. */
  stat?(path: string): Promise<FileInfo>;
  /** Lists a folder; rejects like `readFile`. */
  readDir?(path: string): Promise<DirEntry[]>;
  /** Creates (or truncates) an output file. */
  openOutput?(path: string): Promise<OutputSink>;
  /**
   * Waits until standard output has taken everything written, and returns the error that writing
   * met, if any (errors of buffered writes arrive late).
   */
  flushStdout?(): Promise<unknown>;
  /** `true` when standard output is a terminal: the text view is then the default format. */
  stdoutIsTTY?: boolean;
  /** `true` when standard input is a terminal: reading it then says that it waits for input. */
  stdinIsTTY?: boolean;
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
