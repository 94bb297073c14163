#!/usr/bin/env node
import { nodeIo } from "./node-io.js";
import { EXIT, run } from "./run.js";

run(process.argv.slice(2), nodeIo()).then(
  (code) => {
    process.exitCode = code;
    // Interrupted while standard input was still open (or a closed pipe): nothing else is to be
    // done, and an open stdin would otherwise keep the process waiting.
    if (code === EXIT.interrupted || code === EXIT.closedPipe) process.exit(code);
  },
  (error: unknown) => {
    process.stderr.write(`news-text-parser: internal error: ${String((error as Error | null)?.message ?? error).split("\n")[0]}\n`);
    process.exitCode = 1;
  },
);
