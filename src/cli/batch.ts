/**
 * Batch mode: many pages in, one record per page out (NDJSON or a JSON array), in input order
 * whatever the concurrency. Failed pages are reported on standard error and skipped; Ctrl-C stops
 * after the record being written, so the output is always whole lines (and a closed JSON array).
 */
import { parseMany } from "../batch.js";
import type { ArticleParser } from "../parse.js";
import type { NowSetting, OutputFormat } from "./args.js";
import type { InputProblem, PageFile } from "./inputs.js";
import type { CliIo, WorkerPool } from "./io.js";
import { byteLimit, readPage } from "./read-page.js";
import { renderMarkdown, renderText, type ViewPage } from "./view.js";
import { describeParseError, recordOf, type PageOutcome, type ParserSetup } from "./page-task.js";
import { ProgressBar, formatDuration } from "./progress.js";

/**
 * Ctrl-C for the whole run: set up before anything else (so a Ctrl-C while folders are still being
 * walked is handled too), and watched by every stage.
 */
export class StopSignal {
  /** `true` once Ctrl-C was pressed. */
  interrupted = false;
  private readonly listeners = new Set<() => void>();

  /** Marks the run interrupted and tells every listener, once. */
  trigger(): void {
    if (this.interrupted) return;
    this.interrupted = true;
    for (const l of this.listeners) l();
  }

  /**
   * Calls `listener` on Ctrl-C.
   *
   * @returns a function that stops listening
   */
  listen(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

/** What a batch needs, all checked before the first page. */
export interface BatchSettings {
  /** The pages, in output order. */
  files: readonly PageFile[];
  /** Operands that gave no page (missing path, glob without a match): each counts as a failure. */
  problems: readonly InputProblem[];
  /** `--now`, or `undefined` for each file's modification time. */
  now: NowSetting | undefined;
  /** Parser settings, for worker threads. */
  setup: ParserSetup;
  /** The parser, already created (so bad options were reported before any output). */
  parser: ArticleParser;
  /** The output format. */
  format: OutputFormat;
  /** Where records go; throws when the output cannot take them (closed pipe, full disk). */
  write: (text: string) => void;
  /** `--concurrency`. */
  concurrency: number;
  /** `--quiet`: no progress bar and no summary line (page errors are still reported). */
  quiet: boolean;
  /** Ctrl-C. */
  stop: StopSignal;
}

/** How a batch ended. */
export interface BatchSummary {
  /** Records written. */
  written: number;
  /** Pages and operands that failed. */
  failed: number;
  /** `true` when Ctrl-C stopped the run. */
  interrupted: boolean;
  /** The error that stopped the output, if writing failed. */
  outputError: unknown;
}

/**
 * Records written ahead of the oldest unfinished page at most this many times the concurrency:
 * bounds the memory held for in-order output when one page is much slower than the rest.
 */
const WINDOW_PER_WORKER = 4;

/** The reference time for one file: `--now`, else its modification time, else none. */
export function referenceTimeFor(file: PageFile, now: NowSetting | undefined): string | undefined {
  if (now?.kind === "instant") return now.iso;
  if (now?.kind === "none") return undefined;
  return file.mtimeMs !== undefined && Number.isFinite(file.mtimeMs) ? new Date(file.mtimeMs).toISOString() : undefined;
}

/** Runs a batch and writes its records; never throws for a bad page. */
export async function runBatch(settings: BatchSettings, io: CliIo): Promise<BatchSummary> {
  const { files, problems, format } = settings;
  const clock = io.now ?? (() => performance.now());
  const progress = new ProgressBar(io.stderr, clock, io.stderrIsTTY === true && files.length > 0 && !settings.quiet, io.stderrColumns ?? 80);
  let outputError: unknown;
  // The first failed write stops the batch; nothing more is written (a closed pipe or a full disk
  // will not take the closing "]" either).
  const write = (text: string) => {
    if (outputError !== undefined) return;
    try {
      settings.write(text);
    } catch (error) {
      outputError = error ?? new Error("write failed");
      stopped = true;
      wake();
      void pool?.close();
    }
  };
  let written = 0;
  let done = 0;
  let failed = 0;
  let nextToWrite = 0;
  let stopped = false;
  let interrupted = false;
  let pool: WorkerPool | undefined;
  const pending = new Map<number, PageOutcome>();
  let wakers: Array<() => void> = [];
  const wake = () => {
    const w = wakers;
    wakers = [];
    for (const f of w) f();
  };

  for (const p of problems) {
    failed++;
    progress.log(`news-text-parser: ${p.message}`);
  }
  if (format === "json") write("[");

  const emit = (outcome: PageOutcome) => {
    done++;
    if (outcome.ok) {
      // One write per record: a record is never split, so an interrupted run leaves whole lines.
      if (format === "json") write(`${written === 0 ? "\n" : ",\n"}${outcome.json}`);
      else if (format === "ndjson") write(`${outcome.json}\n`);
      else {
        const page = JSON.parse(outcome.json) as ViewPage;
        write(`${written === 0 ? "" : "\n"}${format === "markdown" ? renderMarkdown(page) : renderText(page)}`);
      }
      if (outputError === undefined) written++;
    } else {
      failed++;
      progress.log(`news-text-parser: ${outcome.message}`);
    }
  };
  const deliver = (index: number, outcome: PageOutcome) => {
    if (interrupted) return;
    pending.set(index, outcome);
    while (pending.has(nextToWrite)) {
      const o = pending.get(nextToWrite)!;
      pending.delete(nextToWrite);
      emit(o);
      nextToWrite++;
    }
    progress.update({ done, total: files.length, failed });
    wake();
  };
  const unsubscribe = settings.stop.listen(() => {
    interrupted = true;
    stopped = true;
    wake();
    void pool?.close();
  });

  if (settings.stop.interrupted) {
    interrupted = true;
    stopped = true;
  }
  progress.update({ done, total: files.length, failed }, true);
  try {
    if (settings.concurrency > 1 && io.createWorkerPool && files.length > 1) {
      pool = io.createWorkerPool(Math.min(settings.concurrency, files.length), settings.setup);
      const window = settings.concurrency * WINDOW_PER_WORKER;
      let next = 0;
      const lane = async () => {
        while (!stopped && next < files.length) {
          const index = next++;
          while (!stopped && index >= nextToWrite + window) await new Promise<void>((resolve) => wakers.push(resolve));
          if (stopped) return;
          const f = files[index]!;
          deliver(index, await pool!.run({ index, file: f.file, referenceTime: referenceTimeFor(f, settings.now) }));
        }
      };
      await Promise.all(Array.from({ length: settings.concurrency }, lane));
    } else {
      // In-process: parseMany reads pages lazily from this generator, so memory holds one page.
      // A file that cannot be read is reported here, in order, and never reaches the parser.
      async function* pages() {
        for (let index = 0; index < files.length && !stopped; index++) {
          const f = files[index]!;
          const page = await readPage(f.file, () => io.readFile(f.file, { maxBytes: byteLimit(settings.setup) }), settings.setup);
          if (!page.ok) {
            deliver(index, page);
            continue;
          }
          if (stopped) return;
          const referenceTime = referenceTimeFor(f, settings.now);
          yield referenceTime === undefined ? { id: index, text: page.text } : { id: index, text: page.text, referenceTime };
        }
      }
      for await (const result of parseMany(pages(), { parser: settings.parser })) {
        const index = result.id as number;
        const file = files[index]!.file;
        deliver(
          index,
          result.ok ? { ok: true, json: JSON.stringify(recordOf(file, result, settings.setup.page)) } : { ok: false, message: describeParseError(file, result.error) },
        );
        if (stopped) break;
      }
    }
  } finally {
    unsubscribe();
    await pool?.close();
    if (format === "json") write(written === 0 ? "]\n" : "\n]\n");
    progress.clear();
  }

  const seconds = progress.elapsed() / 1000;
  if (outputError !== undefined) {
    // Said by the caller, which knows where the output went.
  } else if (interrupted) {
    io.stderr(`news-text-parser: interrupted: ${written} of ${files.length} pages written, the output is complete up to there\n`);
  } else {
    if (failed > 0 && !settings.quiet) io.stderr(`news-text-parser: ${failed} failed, ${written} of ${files.length} pages written\n`);
    else if (io.stderrIsTTY === true && !settings.quiet) {
      io.stderr(`${written} pages in ${formatDuration(seconds)} (${(seconds > 0 ? written / seconds : 0).toFixed(1)} pages/s)\n`);
    }
  }
  return { written, failed, interrupted, outputError };
}
