/**
 * One pass over a folded line for all the `anyOf` gates of the line patterns.
 *
 * A gate is open when one of its lower-case words occurs in the folded line. Tested one regex per
 * gate (see `CompiledRule.gate`), every line is scanned once per gated pattern it reaches, and the
 * default rules have six gated patterns with no first-character table (so every line reaches
 * them): on real pages those scans were most of `matchLine`'s time. A union regex of all the words
 * is slower still (many words defeat the engine's skipping). This scanner reads the line once:
 * at each position, the hash of the next three code units picks the (rare) words that hold those
 * three at a known offset (each word is filed under its least common three, see `rarestTrigram`),
 * and a comparison confirms them; words shorter than three code units are looked up with
 * `includes`. The result is the set of open gates, as one bit per gate.
 *
 * It answers exactly what the gates' regexes answer: a gate regex is an alternation of escaped
 * literals with no flags, so it matches where one word occurs, code unit for code unit, and a word
 * of three or more code units that occurs at position `i` is found when the scan reaches
 * `i + offset` (the three code units there are the ones its bucket was picked by). gates.test.ts checks it against the regexes,
 * and match-line.test.ts checks matchLine against its definition.
 */

/** Hash buckets for three code units of a word (a power of two). */
const BUCKETS = 1 << 12;

/**
 * Gated patterns beyond this many keep their own regex gate. The open set is one 31-bit mask: bits
 * 0–30, so that it stays positive (a negative one means "not scanned yet" to `matchLine`).
 */
export const MAX_SCANNED_GATES = 31;

/** The words of up to {@link MAX_SCANNED_GATES} gates, arranged for {@link scanGates}. */
export interface GateScan {
  /** Words of fewer than three code units, looked up with `includes`. */
  readonly shortWords: readonly string[];
  /** The gate bit of each of `shortWords`. */
  readonly shortBits: readonly number[];
  /** First word (index into `words`) of each hash bucket, or -1. */
  readonly heads: Int32Array;
  /** Bit `h` set when bucket `h` holds a word (`heads[h] >= 0`). */
  readonly used: Int32Array;
  /** The next word in the same bucket, or -1. */
  readonly next: Int32Array;
  /** Words of three or more code units. */
  readonly words: readonly string[];
  /**
   * Where in each of `words` the three code units that pick its bucket start (see
   * {@link rarestTrigram}): a word that occurs at `p` is found when the scan reads `p + offset`.
   */
  readonly offsets: Int32Array;
  /** The gate bit of each of `words`. */
  readonly bits: Int32Array;
  /** `true` when every word can be found in unfolded text by {@link scanGatesRaw} (see {@link rawScannable}). */
  readonly raw: boolean;
}

/**
 * How common a code unit is in text, roughly (for {@link rarestTrigram}): a space and the frequent
 * English letters most, other letters less, digits, punctuation and other scripts least.
 */
function commonness(c: number): number {
  if (c === 32) return 30;
  if (c >= 97 && c <= 122) return LETTER_COMMONNESS[c - 97]!;
  if (c >= 48 && c <= 57) return 4;
  return 2;
}

/** {@link commonness} of `a` to `z`: 26 for `e`, 25 for `t` … by their frequency in English text. */
const LETTER_COMMONNESS = Uint8Array.from("abcdefghijklmnopqrstuvwxyz", (l) => 26 - "etaoinshrdlcumwfgypbvkjxqz".indexOf(l));

/**
 * The offset of the three code units of `word` (of three or more) that text holds least often,
 * judged by {@link commonness}: its bucket is theirs, so that the scan stops at fewer positions
 * of real text to compare words (bucketed by their first three, `to constitute`, ` is a`,
 * `company number` and `formularz` were compared at every `to `, ` is`, `com` and `for`). Any
 * three code units of the word serve: where it occurs, they occur at that offset.
 */
function rarestTrigram(word: string): number {
  let best = 0;
  let bestScore = Infinity;
  for (let at = 0; at + 3 <= word.length; at++) {
    const score = commonness(word.charCodeAt(at)) + commonness(word.charCodeAt(at + 1)) + commonness(word.charCodeAt(at + 2));
    if (score < bestScore) {
      bestScore = score;
      best = at;
    }
  }
  return best;
}

/** The bucket of three code units. */
function bucket(a: number, b: number, c: number): number {
  return (a * 961 + b * 31 + c) & (BUCKETS - 1);
}

/**
 * Arranges gates for {@link scanGates}: gate `i` (at most {@link MAX_SCANNED_GATES}) gets bit `1 << i`.
 * @param gates - each gate's lower-case words
 */
export function gateScan(gates: readonly (readonly string[])[]): GateScan {
  if (gates.length > MAX_SCANNED_GATES) throw new RangeError(`at most ${MAX_SCANNED_GATES} gates`);
  const shortWords: string[] = [];
  const shortBits: number[] = [];
  const words: string[] = [];
  const bits: number[] = [];
  const next: number[] = [];
  const offsets: number[] = [];
  const heads = new Int32Array(BUCKETS).fill(-1);
  gates.forEach((list, i) => {
    for (const word of new Set(list)) {
      if (word.length < 3) {
        shortWords.push(word);
        shortBits.push(1 << i);
        continue;
      }
      const at = rarestTrigram(word);
      const h = bucket(word.charCodeAt(at), word.charCodeAt(at + 1), word.charCodeAt(at + 2));
      offsets.push(at);
      words.push(word);
      bits.push(1 << i);
      next.push(heads[h]!);
      heads[h] = words.length - 1;
    }
  });
  const used = new Int32Array(BUCKETS / 32);
  heads.forEach((head, h) => {
    if (head >= 0) used[h >>> 5]! |= 1 << (h & 31);
  });
  return { shortWords, shortBits, heads, used, next: Int32Array.from(next), words, offsets: Int32Array.from(offsets), bits: Int32Array.from(bits), raw: gates.every(rawScannable) };
}

/**
 * `true` when {@link scanGatesRaw} can look for these words in a line that is not lower-cased:
 * every word is ASCII, and the words of fewer than three code units hold no ASCII letter (they
 * are looked up with `includes` in the line as it is).
 */
export function rawScannable(words: readonly string[]): boolean {
  return words.every((w) => /^[\0-\x7f]*$/u.test(w) && (w.length >= 3 || !/[A-Za-z]/u.test(w)));
}

/** ASCII lower-casing of each ASCII code unit. */
const ASCII_LOWER = Uint8Array.from({ length: 128 }, (_, c) => (c >= 65 && c <= 90 ? c + 32 : c));

/**
 * A code unit of an unfolded line as it stands in the line lower-cased, for comparison with ASCII
 * words: ASCII is lower-cased, KELVIN SIGN (U+212A) becomes `k` (its lower case), and any other
 * code unit is kept, which is right where it matters: no other code unit of 128 or more lower-cases
 * to anything holding ASCII except U+0130, which {@link scanGatesRaw} refuses.
 */
function foldUnit(c: number): number {
  return c < 128 ? ASCII_LOWER[c]! : c === 0x212a ? 107 : c;
}

/**
 * {@link scanGates} of the line lower-cased, read from the line as it is: the same bits as
 * `scanGates(scan, text.toLowerCase())`, without making the lower-cased copy (on a page with any
 * non-Latin-1 character its lines are two-byte strings, which `toLowerCase` handles several times
 * more slowly than this loop reads them).
 *
 * Why it is the same: `toLowerCase` maps every code unit but one on its own, to one code unit
 * (surrogate pairs to surrogate pairs), so positions in the line and in its lower case agree; the
 * exception, U+0130 (`İ`, lower case `i` + U+0307), makes this return -1. At each position the lower
 * case holds an ASCII code unit exactly where {@link foldUnit} gives one, and the same one (ASCII
 * lower-cases to ASCII, U+212A to `k`, every other code unit to non-ASCII; the final-sigma rule
 * only chooses between two non-ASCII forms). So an ASCII word occurs at a position in one exactly
 * when it does in the other. Words shorter than three code units hold no letter (see
 * {@link rawScannable}), and lower-casing keeps every ASCII non-letter and makes no other, so they
 * occur in the line exactly when they occur in its lower case.
 *
 * @returns the open gates, or -1 when the scan cannot answer: its words are not all
 *   {@link rawScannable}, or the line holds U+0130, or a line or paragraph separator (U+2028,
 *   U+2029: matchLine's folded line then differs from the lower case; see `foldLine`)
 */
export function scanGatesRaw(scan: GateScan, text: string): number {
  if (!scan.raw) return -1;
  const { shortWords, shortBits, heads, used, next, words, offsets, bits } = scan;
  const n = text.length;
  let open = 0;
  let a = 0;
  let b = 0;
  for (let i = 0; i < n; i++) {
    const unit = text.charCodeAt(i);
    let c: number;
    if (unit < 128) {
      c = ASCII_LOWER[unit]!;
    } else {
      if (unit === 0x130 || unit === 0x2028 || unit === 0x2029) return -1;
      c = foldUnit(unit);
    }
    // (a, b, c) are the folded code units at i - 2, i - 1 and i: the words filed under them start
    // `offset` before i - 2 (for i < 2, `a` and `b` are not code units of the line; foldedAt
    // refuses a start before the line).
    // Most buckets are empty: their bit, in a table of 512 bytes, says so before `heads` is read.
    const h = bucket(a, b, c);
    if ((used[h >>> 5]! & (1 << (h & 31))) !== 0) {
      for (let k = heads[h]!; k >= 0; k = next[k]!) {
        if ((open & bits[k]!) === 0 && foldedAt(text, i - 2 - offsets[k]!, words[k]!)) open |= bits[k]!;
      }
    }
    a = b;
    b = c;
  }
  for (let s = 0; s < shortWords.length; s++) if (text.includes(shortWords[s]!)) open |= shortBits[s]!;
  return open;
}

/** `true` when the ASCII `word` occurs at `start` (`false` when negative) in `text` read through {@link foldUnit}. */
function foldedAt(text: string, start: number, word: string): boolean {
  if (start < 0 || start + word.length > text.length) return false;
  for (let j = 0; j < word.length; j++) if (foldUnit(text.charCodeAt(start + j)) !== word.charCodeAt(j)) return false;
  return true;
}

/**
 * `folded.startsWith(word, start)`, by comparing the word's code units: the same answer, with work
 * bounded by the word's length (which the test suite's work meter can see: it counts a
 * `startsWith` as a search to the end of the text, and this scan now reads whole body lines).
 */
function wordAt(folded: string, start: number, word: string): boolean {
  if (start < 0 || start + word.length > folded.length) return false;
  for (let j = 0; j < word.length; j++) if (folded.charCodeAt(start + j) !== word.charCodeAt(j)) return false;
  return true;
}

/**
 * The open gates of a folded line: bit `1 << i` is set when a word of gate `i` occurs in `folded`.
 * `outOfTime` (the parse's time budget, given for long lines) is read every
 * {@link SCAN_BUDGET_STRIDE} code units: once it is spent the gates found so far are returned, and
 * the caller, which reads the budget again, drops the answer.
 */
export function scanGates(scan: GateScan, folded: string, outOfTime?: () => boolean): number {
  let open = 0;
  const { shortWords, shortBits, heads, used, next, words, offsets, bits } = scan;
  for (let s = 0; s < shortWords.length; s++) if (folded.includes(shortWords[s]!)) open |= shortBits[s]!;
  const end = folded.length - 2;
  if (end <= 0) return open;
  let a = folded.charCodeAt(0);
  let b = folded.charCodeAt(1);
  // In stretches between two reads of the budget (one stretch without a budget): the inner loop is the same.
  for (let from = 0; from < end; ) {
    const to = outOfTime ? Math.min(end, from + SCAN_BUDGET_STRIDE) : end;
    for (let i = from; i < to; i++) {
      const c = folded.charCodeAt(i + 2);
      const h = bucket(a, b, c);
      if ((used[h >>> 5]! & (1 << (h & 31))) !== 0) {
        for (let k = heads[h]!; k >= 0; k = next[k]!) {
          if ((open & bits[k]!) === 0 && wordAt(folded, i - offsets[k]!, words[k]!)) open |= bits[k]!;
        }
      }
      a = b;
      b = c;
    }
    if (to < end && outOfTime!()) return open;
    from = to;
  }
  return open;
}

/** Code units {@link scanGates} reads between two reads of the time budget (about a millisecond of work). */
const SCAN_BUDGET_STRIDE = 1 << 18;
