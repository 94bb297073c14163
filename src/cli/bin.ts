#!/usr/bin/env node
import { readFile } from "node:fs/promises";
import { run } from "./run.js";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

run(process.argv.slice(2), {
  readStdin,
  readFile: (path) => readFile(path, "utf8"),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`news-text-parser: internal error: ${String(error)}\n`);
    process.exitCode = 1;
  },
);
