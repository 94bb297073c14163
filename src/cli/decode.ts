/**
 * Bytes of a page to text, never guessed silently: a byte-order mark says UTF-8 or UTF-16; a NUL
 * byte without one means a binary file (an executable, an image, a zip), refused; anything else must
 * be valid UTF-8 unless `--encoding` names what it is.
 */

/** How many leading bytes are searched for NUL (what git and grep do to tell binary from text). */
const BINARY_SNIFF_BYTES = 8192;

/** The result of decoding one page. */
export type Decoded = { ok: true; text: string } | { ok: false; message: string };

/**
 * The most bytes a page of `maxChars` characters can take in any encoding we decode: UTF-8 needs
 * at most 3 bytes per UTF-16 code unit (a 4-byte character is 2 code units), UTF-16 2, a
 * single-byte encoding 1. A file larger than this is too long whatever it holds, so it is refused
 * before it is read.
 *
 * @param maxChars - the character limit (`--max-input-length`)
 * @returns the byte limit
 */
export function maxBytesFor(maxChars: number): number {
  return maxChars * 3;
}

function hex(byte: number): string {
  return `0x${byte.toString(16).toUpperCase().padStart(2, "0")}`;
}

/** Where strict UTF-8 decoding fails: the offset of the first byte of the first bad sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
    if (need === -1 || i + need >= bytes.length + (need === 0 ? 1 : 0)) return i;
    for (let k = 1; k <= need; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += need + 1;
  }
  return bytes.length;
}

/**
 * Decodes one page.
 *
 * @param bytes - the file's bytes
 * @param encoding - `--encoding` (a WHATWG label), or `undefined` for strict UTF-8
 * @returns the text, or one sentence saying why there is none
 */
export function decodePage(bytes: Uint8Array, encoding: string | undefined): Decoded {
  // A byte-order mark is the file saying what it is: it wins over a guess and over a NUL test
  // (UTF-16 text is full of NUL bytes).
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder("utf-16le").decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder("utf-16be").decode(bytes.subarray(2)) };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (encoding === undefined || bom) {
    const nul = bytes.subarray(0, BINARY_SNIFF_BYTES).indexOf(0);
    if (nul !== -1) return { ok: false, message: `binary file, not text (NUL byte at offset ${nul})` };
    try {
      return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(bom ? bytes.subarray(3) : bytes) };
    } catch {
      const at = firstInvalidUtf8(bytes);
      return {
        ok: false,
        message: `not valid UTF-8 (byte ${hex(bytes[at] ?? 0)} at offset ${at}); give its encoding with --encoding (e.g. --encoding latin1)`,
      };
    }
  }
  const decoder = new TextDecoder(encoding);
  if (decoder.encoding === "utf-8") return decodePage(bytes, undefined);
  const text = decoder.decode(bytes);
  // A NUL in single-byte text is still a binary file read with the wrong glasses.
  const nul = text.indexOf("\0");
  if (nul !== -1 && nul < BINARY_SNIFF_BYTES) return { ok: false, message: `binary file, not text (NUL character at offset ${nul})` };
  return { ok: true, text };
}
