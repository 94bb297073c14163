/**
 * One page from bytes to text, with every failure as one sentence that starts with the path: shared
 * by the single-file path, the in-process batch and the worker threads, so all say the same.
 */
import { DEFAULT_MAX_INPUT_LENGTH } from "../options.js";
import { decodePage, maxBytesFor } from "./decode.js";
import { describeReadError, displayPath } from "./inputs.js";

/** How pages are read: `--encoding` and `--max-input-length`. */
export interface ReadSettings {
  /** A WHATWG encoding label, or `undefined` for strict UTF-8. */
  encoding: string | undefined;
  /** Longest page, in characters; `undefined` for the library default. */
  maxInputLength: number | undefined;
}

/** A page read, or one sentence saying why not (`crawl/ls: binary file, not text (…)`). */
export type PageText = { ok: true; text: string } | { ok: false; message: string };

/**
 * The byte limit for a read: no page of the allowed length can be larger.
 *
 * @param settings - the read settings
 * @returns bytes
 */
export function byteLimit(settings: ReadSettings): number {
  return maxBytesFor(settings.maxInputLength ?? DEFAULT_MAX_INPUT_LENGTH);
}

/**
 * Reads and decodes one page.
 *
 * @param path - the path shown in messages (`-` for standard input)
 * @param read - reads the raw content; a string is taken as already-decoded text
 * @param settings - the read settings
 * @returns the text, or a message
 */
export async function readPage(path: string, read: () => Promise<string | Uint8Array>, settings: ReadSettings): Promise<PageText> {
  let raw: string | Uint8Array;
  try {
    raw = await read();
  } catch (error) {
    return { ok: false, message: describeReadError(path === "-" ? "standard input" : path, error) };
  }
  if (typeof raw === "string") return { ok: true, text: raw };
  const decoded = decodePage(raw, settings.encoding);
  return decoded.ok ? decoded : { ok: false, message: `${path === "-" ? "standard input" : displayPath(path)}: ${decoded.message}` };
}
