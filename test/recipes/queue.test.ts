import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { Queue } from "bullmq";
import type { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createArticleParser, isArticleParseError } from "../../src/index.js";
import { ROOT } from "../helpers/fixtures.js";
import type { PageJob } from "../../examples/queue/producer.js";

// The queue recipe (docs/recipes.md, examples/queue/) on a real Redis: 500 pages enqueued, two
// worker processes, one killed while it holds pages; every page must end parsed once, with the
// output a single process gives, and every bad page in the failed set with its error code.
// CI installs redis-server (.ci/run) and this test fails there without it; elsewhere it is
// skipped with a message.

const REDIS_SERVER = spawnSync("sh", ["-c", "command -v redis-server"], { encoding: "utf8" }).stdout.trim();
const hasRedis = REDIS_SERVER !== "" && existsSync(REDIS_SERVER);
if (!hasRedis && !process.env.CI) {
  console.warn("recipes/queue.test.ts: skipped: redis-server is not installed (apt-get install -y redis-server; .ci/run does)");
}

const PLACES = ["harbour town", "valley", "river port", "hill village", "coast road", "market square", "old mill", "north pier", "lighthouse", "orchard"];
const THINGS = ["ferry", "bridge", "library", "bus route", "swimming pool", "school roof", "footpath", "museum", "bakery", "clock tower"];
const SOURCES = ["Harbour Gazette", "Valley Times", "River Post", "Coast Weekly"];
const STAMPS = ["11 minutes ago", "3 hours ago", "yesterday", "14-08-2025", "2 days ago"];

/** 500 invented pages in the parser's shapes; every 50th is blank (it fails with empty_input). */
function pages(): PageJob[] {
  return Array.from({ length: 500 }, (_, i) => {
    const place = PLACES[i % PLACES.length]!;
    const thing = THINGS[Math.floor(i / PLACES.length) % THINGS.length]!;
    const source = SOURCES[i % SOURCES.length]!;
    const scrapedAt = new Date(Date.UTC(2025, 7, 14, 6 + (i % 12), i % 60)).toISOString();
    if (i % 50 === 49) return { id: `page-${i}`, text: " \n \n", scrapedAt };
    const title = `The ${place} votes to keep its ${thing}`;
    const lines = [
      "Menu",
      source,
      STAMPS[i % STAMPS.length]!,
      `- ${source}`,
      title,
      `Residents of the ${place} voted on Sunday to keep the ${thing} for another ${(i % 9) + 2} years, the council said.`,
      `The vote ended a long argument over the cost of the ${thing}, which ${i % 7} councillors had wanted to close.`,
      i % 3 === 0 ? "Share on Facebook" : "Sign up for our newsletter",
      "Comments",
    ];
    if (i % 4 === 0) {
      const other = PLACES[(i + 3) % PLACES.length]!;
      lines.push("Related Articles", "", SOURCES[(i + 1) % SOURCES.length]!, "5 hours ago", `- ${SOURCES[(i + 1) % SOURCES.length]!}`, `Fair returns to the ${other}`, `The fair returned to the ${other} on Saturday after a two-year pause, organisers said.`);
    }
    return { id: `page-${i}`, text: lines.join("\n"), scrapedAt };
  });
}

/**
 * Polls `check` every 20 ms, at most `polls` times. A bound on the number of polls, not a clock
 * deadline: the test's own timeout (vitest.config.ts) is the only time limit.
 */
async function waitFor(what: string, check: () => Promise<boolean>, polls = 6_000): Promise<void> {
  for (let n = 0; !(await check()); n++) {
    if (n >= polls) throw new Error(`gave up waiting for ${what} after ${polls} polls`);
    await sleep(20);
  }
}

describe.skipIf(!hasRedis && !process.env.CI)("recipe: a BullMQ job queue on Redis, two workers, one killed", () => {
  let dir = "";
  let server: ChildProcess | undefined;
  const workers = new Map<string, ChildProcess>();
  let redis: Redis;
  let queue: Queue<PageJob>;
  let producer: typeof import("../../examples/queue/producer.js");
  const output = new Map<string, string>();

  function startWorker(name: string, socket: string): ChildProcess {
    const child = spawn(process.execPath, ["--import", "tsx", join(ROOT, "examples/queue/worker.ts")], {
      cwd: ROOT,
      env: { ...process.env, REDIS_URL: socket, WORKER_NAME: name, CONCURRENCY: "4" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout!.on("data", (d: Buffer) => output.set(name, (output.get(name) ?? "") + d.toString()));
    child.stderr!.on("data", (d: Buffer) => output.set(name, (output.get(name) ?? "") + d.toString()));
    workers.set(name, child);
    return child;
  }

  beforeAll(async () => {
    expect(hasRedis, "redis-server is required in CI (apt-get install -y redis-server)").toBe(true);
    expect(existsSync(join(ROOT, "dist/index.js")), "npm test builds dist/ first (the workers import the package by name)").toBe(true);
    dir = mkdtempSync(join(tmpdir(), "ntp-queue-"));
    const socket = join(dir, "redis.sock");
    // A private server on a unix socket: no port to collide with, nothing kept on disk.
    server = spawn(REDIS_SERVER, ["--port", "0", "--unixsocket", socket, "--save", "", "--appendonly", "no", "--dir", dir], { stdio: "ignore" });
    await waitFor("redis-server", async () => existsSync(socket), 500);
    producer = await import("../../examples/queue/producer.js");
    redis = producer.connect(socket);
    const { Queue } = await import("bullmq");
    queue = new Queue<PageJob>(producer.QUEUE, { connection: producer.connect(socket) });
    await waitFor("redis PONG", async () => (await redis.ping()) === "PONG", 500);
    startWorker("worker-a", socket);
    startWorker("worker-b", socket);
    await waitFor("both workers", async () => ["worker-a", "worker-b"].every((n) => (output.get(n) ?? "").includes("ready")), 1_500);
  });

  afterAll(async () => {
    for (const child of workers.values()) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    await queue?.close();
    redis?.disconnect();
    server?.kill("SIGKILL");
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it("parses every page exactly once with a single process's output, a killed worker's pages included", async () => {
    const all = pages();
    // What one process gives: the output to match, or the error code.
    const parser = createArticleParser({ timeZone: "UTC" });
    const expected = new Map<string, { page?: unknown; code?: string }>();
    for (const p of all) {
      try {
        expected.set(p.id, { page: JSON.parse(JSON.stringify(parser.parsePage(p.text, { referenceTime: p.scrapedAt }))) });
      } catch (error) {
        if (!isArticleParseError(error)) throw error;
        expected.set(p.id, { code: error.code });
      }
    }
    const good = all.filter((p) => expected.get(p.id)!.page !== undefined);
    const bad = all.filter((p) => expected.get(p.id)!.code !== undefined);
    expect(good.length).toBe(490);
    expect(bad.length).toBe(10);
    expect(good.every((p) => (expected.get(p.id)!.page as { articles: unknown[] }).articles.length > 0)).toBe(true);

    await producer.enqueue(queue, all);
    await producer.enqueue(queue, all.slice(0, 20)); // enqueued twice: still one job each

    // Let both workers get going, then kill worker A while it holds pages: freeze it, look at the
    // jobs it has taken and not finished, and kill it with those in hand.
    await waitFor("100 results", async () => (await redis.hlen(producer.RESULTS)) >= 100);
    const a = workers.get("worker-a")!;
    let held: string[] = [];
    for (let tries = 0; tries < 500 && held.length === 0; tries++) {
      a.kill("SIGSTOP");
      held = (await queue.getActive()).filter((job) => job.processedBy === "worker-a").map((job) => job.id!);
      if (held.length === 0) {
        a.kill("SIGCONT");
        await sleep(1);
      }
    }
    expect(held.length, "worker A held a page when it was killed").toBeGreaterThan(0);
    a.kill("SIGKILL");
    const storedBeforeKill = await redis.hlen(producer.RESULTS);
    expect(storedBeforeKill).toBeLessThan(good.length);

    await waitFor("every job finished", async () => {
      const counts = await queue.getJobCounts("completed", "failed");
      return counts["completed"]! + counts["failed"]! === all.length;
    });

    // Every good page stored once, equal to the single-process output.
    const stored = await redis.hgetall(producer.RESULTS);
    expect(Object.keys(stored).sort()).toEqual(good.map((p) => p.id).sort());
    const records = new Map(Object.entries(stored).map(([id, json]) => [id, JSON.parse(json) as { id: string; worker: string; page: unknown }]));
    for (const p of good) expect(records.get(p.id)!.page, p.id).toEqual(expected.get(p.id)!.page);
    expect((await queue.getJobCounts("completed"))["completed"]).toBe(good.length);
    // Both workers did part of the work, and what A held when it died was done again by B.
    const byWorker = (w: string) => [...records.values()].filter((r) => r.worker === w).length;
    expect(byWorker("worker-a")).toBeGreaterThan(0);
    expect(byWorker("worker-b")).toBeGreaterThan(0);
    for (const id of held) {
      const job = (await queue.getJob(id))!;
      expect(await job.getState(), id).toBe(expected.get(id)!.page ? "completed" : "failed");
      if (expected.get(id)!.page) expect(records.get(id)!.worker, `${id} was finished by the surviving worker`).toBe("worker-b");
    }

    // Bad pages are in the failed set with their error code, tried once (bad input does not get better).
    const failed = await queue.getFailed(0, -1);
    expect(failed.map((j) => j.id).sort()).toEqual(bad.map((p) => p.id).sort());
    for (const job of failed) {
      expect(job.failedReason).toBe(expected.get(job.id!)!.code);
      expect(job.attemptsMade).toBe(1);
    }

    // The surviving worker stops cleanly on SIGTERM.
    const b = workers.get("worker-b")!;
    const exited = new Promise<number | null>((resolve) => b.once("exit", (code) => resolve(code)));
    b.kill("SIGTERM");
    expect(await exited).toBe(0);
  });

  it("the recipe in docs/recipes.md is examples/queue/ word for word", () => {
    const docs = readFileSync(join(ROOT, "docs/recipes.md"), "utf8");
    for (const file of ["producer.ts", "worker.ts"]) {
      const code = readFileSync(join(ROOT, "examples/queue", file), "utf8");
      const recipe = /\/\/ recipe:start\n([\s\S]*?)\/\/ recipe:end/u.exec(code)![1]!;
      expect(recipe.length).toBeGreaterThan(500);
      expect(docs, file).toContain(recipe);
    }
  });
});
