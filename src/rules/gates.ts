/**
 * One pass over a folded line for all the `anyOf` gates of the line patterns.
 *
 * A gate is open when one of its lower-case words occurs in the folded line. Tested one regex per
 * gate (see `CompiledRule.gate`), every line is scanned once per gated pattern it reaches, and the
 * default rules have six gated patterns with no first-character table (so every line reaches
 * them): on real pages those scans were most of `matchLine`'s time. A union regex of all the words
 * is slower still (many words defeat the engine's skipping). This scanner reads the line once:
 * at each position, the hash of the next three code units picks the (rare) words that may start
 * there, and `startsWith` confirms them; words shorter than three code units are looked up with
 * `includes`. The result is the set of open gates, as one bit per gate.
 *
 * It answers exactly what the gates' regexes answer: a gate regex is an alternation of escaped
 * literals with no flags, so it matches where one word occurs, code unit for code unit, and a word
 * of three or more code units that occurs at position `i` is found when the scan reaches `i` (its
 * first three code units hash to its own bucket). gates.test.ts checks it against the regexes,
 * and match-line.test.ts checks matchLine against its definition.
 */

/** Hash buckets for the first three code units of a word (a power of two). */
const BUCKETS = 1 << 12;

/** Gated patterns beyond this many keep their own regex gate (the open set is one 31-bit mask). */
export const MAX_SCANNED_GATES = 30;

/** The words of up to {@link MAX_SCANNED_GATES} gates, arranged for {@link scanGates}. */
export interface GateScan {
  /** Words of fewer than three code units, looked up with `includes`. */
  readonly shortWords: readonly string[];
  /** The gate bit of each of `shortWords`. */
  readonly shortBits: readonly number[];
  /** First word (index into `words`) of each hash bucket, or -1. */
  readonly heads: Int32Array;
  /** The next word in the same bucket, or -1. */
  readonly next: Int32Array;
  /** Words of three or more code units. */
  readonly words: readonly string[];
  /** The gate bit of each of `words`. */
  readonly bits: Int32Array;
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
  const heads = new Int32Array(BUCKETS).fill(-1);
  gates.forEach((list, i) => {
    for (const word of new Set(list)) {
      if (word.length < 3) {
        shortWords.push(word);
        shortBits.push(1 << i);
        continue;
      }
      const h = bucket(word.charCodeAt(0), word.charCodeAt(1), word.charCodeAt(2));
      words.push(word);
      bits.push(1 << i);
      next.push(heads[h]!);
      heads[h] = words.length - 1;
    }
  });
  return { shortWords, shortBits, heads, next: Int32Array.from(next), words, bits: Int32Array.from(bits) };
}

/**
 * The open gates of a folded line: bit `1 << i` is set when a word of gate `i` occurs in `folded`.
 */
export function scanGates(scan: GateScan, folded: string): number {
  let open = 0;
  const { shortWords, shortBits, heads, next, words, bits } = scan;
  for (let s = 0; s < shortWords.length; s++) if (folded.includes(shortWords[s]!)) open |= shortBits[s]!;
  const end = folded.length - 2;
  if (end <= 0) return open;
  let a = folded.charCodeAt(0);
  let b = folded.charCodeAt(1);
  for (let i = 0; i < end; i++) {
    const c = folded.charCodeAt(i + 2);
    for (let k = heads[bucket(a, b, c)]!; k >= 0; k = next[k]!) {
      if ((open & bits[k]!) === 0 && folded.startsWith(words[k]!, i)) open |= bits[k]!;
    }
    a = b;
    b = c;
  }
  return open;
}
