/**
 * Reading a page from disk or a stream on Node, with the checks that must come before the bytes:
 * the path is a regular file (a fifo with no writer would block forever; a folder is no page), and
 * it is not larger than any page the limit allows (a 700 MB file is refused without being read).
 */
import { constants } from "node:fs";
import { open } from "node:fs/promises";

/** How much a read may take. */
export interface ReadLimits {
  /** Most bytes accepted; more fails with code `NTP_TOO_LARGE`. */
  maxBytes: number;
}

function kindOf(s: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean }): string {
  if (s.isFIFO()) return "a fifo";
  if (s.isSocket()) return "a socket";
  if (s.isCharacterDevice() || s.isBlockDevice()) return "a device";
  return "a special file";
}

function tooLarge(size: number | undefined, maxBytes: number): Error {
  return Object.assign(new Error(`input too large: ${size ?? `more than ${maxBytes}`} bytes`), { code: "NTP_TOO_LARGE", size, maxBytes });
}

/**
 * Reads a regular file whole, after checking what it is and how large it is.
 *
 * @param path - the file
 * @param limits - the byte limit
 * @returns the bytes
 * @throws a Node-style error: `ENOENT`, `EACCES`, `EISDIR`, `NTP_NOT_REGULAR` (fifo, socket,
 *   device), `NTP_TOO_LARGE`
 */
export async function readFileLimited(path: string, limits: ReadLimits): Promise<Uint8Array> {
  // O_NONBLOCK: opening a fifo with no writer returns at once instead of waiting for one; the
  // fstat below then refuses it. On a regular file the flag does nothing.
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const s = await handle.stat();
    if (s.isDirectory()) throw Object.assign(new Error(`EISDIR: ${path}`), { code: "EISDIR" });
    if (!s.isFile()) throw Object.assign(new Error(`not a regular file: ${path}`), { code: "NTP_NOT_REGULAR", what: kindOf(s) });
    if (s.size > limits.maxBytes) throw tooLarge(s.size, limits.maxBytes);
    const bytes = await handle.readFile();
    // The file may have grown between the stat and the read.
    if (bytes.length > limits.maxBytes) throw tooLarge(bytes.length, limits.maxBytes);
    return bytes;
  } finally {
    await handle.close();
  }
}

/**
 * Reads a stream (standard input) up to the limit, stopping as soon as it is passed.
 *
 * @param stream - the stream
 * @param limits - the byte limit
 * @returns the bytes
 * @throws an error with code `NTP_TOO_LARGE` once more than `maxBytes` arrive
 */
export async function readStreamLimited(stream: AsyncIterable<Buffer | string>, limits: ReadLimits): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    total += b.length;
    if (total > limits.maxBytes) throw tooLarge(undefined, limits.maxBytes);
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}
