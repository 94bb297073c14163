// The queue recipe of docs/recipes.md ("Scale out with a job queue"), worker side: run it on as
// many machines as you like (`REDIS_URL=redis://queue-host:6379 node --import tsx worker.ts`).
// test/recipes/queue.test.ts runs two of these and kills one mid-run.
// recipe:start
import { hostname } from "node:os";
import { UnrecoverableError, Worker } from "bullmq";
import { createArticleParser, isArticleParseError } from "news-text-parser";
import { connect, QUEUE, RESULTS, type PageJob } from "./producer.js";

const name = process.env["WORKER_NAME"] ?? `${hostname()}:${process.pid}`;
const parser = createArticleParser({ timeZone: "UTC" });
const store = connect();

const worker = new Worker<PageJob>(
  QUEUE,
  async (job) => {
    const { id, text, scrapedAt } = job.data;
    let page;
    try {
      page = parser.parsePage(text, { referenceTime: scrapedAt });
    } catch (error) {
      // Bad input fails the same way every time: no retry; the code is the job's failedReason,
      // so the failed set lists every unparsable page with why.
      if (isArticleParseError(error)) throw new UnrecoverableError(error.code);
      throw error;
    }
    // Keyed by page id: a page retried after a crash overwrites its result, never adds a second.
    await store.hset(RESULTS, id, JSON.stringify({ id, worker: name, attempt: job.attemptsMade + 1, page }));
    return page.articles.length;
  },
  {
    connection: connect(),
    name,
    concurrency: Number(process.env["CONCURRENCY"] ?? 4),
    // A worker that dies holding a job stops renewing its lock; after lockDuration another
    // worker's stalled-job check puts the job back in the queue.
    lockDuration: 5_000,
    stalledInterval: 1_000,
  },
);
worker.on("error", (error) => console.error(`${name}: ${error.message}`));
await worker.waitUntilReady();
console.log(`${name}: ready`);

// A clean stop finishes the pages in hand first.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void worker.close().then(() => store.quit()).then(() => process.exit(0));
  });
}
// recipe:end
