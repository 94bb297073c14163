/**
 * A worker thread of `--concurrency N`: builds one parser from the setup it is started with, then
 * reads and parses the files it is sent, one message per page. Reading happens here, not in the
 * main thread, so the page text is never copied between threads; only the result travels back.
 */
import { parentPort, workerData } from "node:worker_threads";
import { createArticleParser } from "../parse.js";
import { readFileLimited } from "./node-read.js";
import { byteLimit, readPage } from "./read-page.js";
import { describeParseError, outcomeOf, parseOptionsFor, type PageOutcome, type PageTask, type ParserSetup } from "./page-task.js";

/** A message from a worker: the outcome of one task. */
export interface WorkerReply {
  /** The task's index. */
  index: number;
  /** What became of the page. */
  outcome: PageOutcome;
}

const port = parentPort;
if (port) {
  const setup = workerData as ParserSetup;
  // The main thread already created a parser with the same setup, so this cannot fail on options.
  const parser = createArticleParser(parseOptionsFor(setup));
  port.on("message", (task: PageTask) => {
    void (async () => {
      let outcome: PageOutcome;
      try {
        const page = await readPage(task.file, () => readFileLimited(task.file, { maxBytes: byteLimit(setup) }), setup);
        if (!page.ok) outcome = page;
        else {
          const result = parser.safeParse(page.text, task.referenceTime === undefined ? undefined : { referenceTime: task.referenceTime });
          outcome = outcomeOf(task.file, result, setup.page);
        }
      } catch (error) {
        outcome = { ok: false, message: describeParseError(task.file, error) };
      }
      port.postMessage({ index: task.index, outcome } satisfies WorkerReply);
    })();
  });
}
