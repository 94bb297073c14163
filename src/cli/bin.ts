#!/usr/bin/env node
import { nodeIo } from "./node-io.js";
import { run } from "./run.js";

run(process.argv.slice(2), nodeIo()).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`news-text-parser: internal error: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
