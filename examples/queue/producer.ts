// The queue recipe of docs/recipes.md ("Scale out with a job queue"), producer side: each page
// becomes one BullMQ job holding its text and scrape time. test/recipes/queue.test.ts runs it.
// recipe:start
import { Queue } from "bullmq";
import { Redis } from "ioredis";

/** One scraped page: its id (a URL, a file name), its text, when it was scraped. */
export interface PageJob {
  id: string;
  text: string;
  /** ISO 8601; relative times on the page ("2 hours ago") resolve against it. */
  scrapedAt: string;
}

export const QUEUE = "news-pages";
/** Redis hash of results: page id → JSON of the page's articles and messages. */
export const RESULTS = "news-pages:results";

/** A Redis connection as BullMQ wants it (blocking commands must not time out). */
export function connect(url = process.env["REDIS_URL"] ?? "redis://127.0.0.1:6379"): Redis {
  return new Redis(url, { maxRetriesPerRequest: null });
}

/**
 * Enqueues pages. The page id is the job id, so a page enqueued twice is one job; a crashed
 * worker's page is retried (`attempts`), with a back-off for passing trouble such as Redis restarts.
 */
export async function enqueue(queue: Queue<PageJob>, pages: Iterable<PageJob>, batch = 200): Promise<void> {
  let jobs: Array<{ name: string; data: PageJob; opts: { jobId: string; attempts: number; backoff: { type: "exponential"; delay: number } } }> = [];
  const flush = async () => {
    await queue.addBulk(jobs);
    jobs = [];
  };
  for (const page of pages) {
    jobs.push({ name: "page", data: page, opts: { jobId: page.id, attempts: 3, backoff: { type: "exponential", delay: 1_000 } } });
    if (jobs.length === batch) await flush();
  }
  if (jobs.length > 0) await flush();
}
// recipe:end
