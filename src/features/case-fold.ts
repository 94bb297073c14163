/**
 * Case-insensitive comparison of strings as `toLowerCase` sees them, without lower-casing most of
 * them: `toLowerCase` allocates a new string, and for two-byte strings (any line of a page that
 * holds one curly quote) it goes through the case tables.
 *
 * @module
 */

/**
 * Characters below this limit (Latin, Greek, Cyrillic) mostly lower-case one code unit to one,
 * without context: see {@link SIMPLE_LOWER}.
 */
export const SIMPLE_LIMIT = 0x460;

/**
 * Lower-casing, one code unit to one, of the characters below {@link SIMPLE_LIMIT} as
 * `toLowerCase` maps them, or 0 for a character that needs the case tables: `İ` (U+0130) becomes
 * two code units, final sigma (`Σ`, U+03A3) depends on context, and a few map beyond the limit.
 * Every other mapping of `toLowerCase` is per character (final sigma is its only context rule),
 * so a string of characters with a non-zero entry lower-cases to the string of their entries.
 */
export const SIMPLE_LOWER = new Uint16Array(SIMPLE_LIMIT);
for (let c = 1; c < SIMPLE_LIMIT; c++) {
  const lower = String.fromCharCode(c).toLowerCase();
  if (lower.length !== 1 || c === 0x3a3 || lower.charCodeAt(0) >= SIMPLE_LIMIT) continue;
  SIMPLE_LOWER[c] = lower.charCodeAt(0);
}

/** `text.toLowerCase().length`, without lower-casing: one more code unit for each `İ` (U+0130). */
export function loweredLength(text: string): number {
  let n = text.length;
  if (text.includes("\u0130")) for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 0x130) n++;
  return n;
}

/** Above this many different strings under one key, a bucket is sorted out by a map of lower-cased strings. */
const MAX_CLASSES_PER_BUCKET = 8;

/**
 * Marks the strings that equal another one of the list once both are lower-cased
 * (`a.toLowerCase() === b.toLowerCase()`); `undefined` entries take no part.
 *
 * Most strings are never lower-cased. Each gets a cheap key, {@link sampleKey}, which two strings
 * equal once lower-cased always share; strings are bucketed by key (a hash table of typed arrays,
 * not a `Map`), and within a bucket a string is compared with one member of each group of equal
 * strings found so far: as it is first (most repeats on a page repeat exactly), then lower-cased.
 * A bucket with more than a few such groups (keys that collide on purpose) falls back to a map of
 * lower-cased strings, so the work stays linear. A list with an `İ` in it (the one character whose
 * lower case is longer, so positions no longer line up) is handled by {@link markRepeatedByLowering}.
 *
 * The hash table lives in typed arrays kept from one call to the next and grown as needed (each
 * call clears what it reads before it writes): no result is kept, only the memory, and only up
 * to {@link MAX_KEPT_SLOTS} entries (a larger list uses arrays of its own).
 *
 * @param texts - The strings, one per entry (`undefined` for an entry to skip).
 * @param mayHoldDottedI - `false` when the caller knows that no entry holds `İ` (U+0130), e.g.
 *   because the text they are cut from holds none: the entries are then not scanned for it. With
 *   an `İ` in an entry, `false` may give a wrong answer.
 * @param marks - Where to write the marks: zeros, at least one per entry (a view of a caller's
 *   buffer saves an allocation). A list with an `İ` gets a new array instead.
 * @returns Per entry, 1 when another entry equals it ignoring case, else 0 (`marks`, or the new array).
 * @example
 * ```ts
 * markRepeatedIgnoringCase(["Home", "News", "HOME", undefined]); // Uint8Array [1, 0, 1, 0]
 * ```
 */
export function markRepeatedIgnoringCase(texts: ReadonlyArray<string | undefined>, mayHoldDottedI = true, marks?: Uint8Array): Uint8Array {
  const n = texts.length;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const t = texts[i];
    if (t === undefined) continue;
    if (mayHoldDottedI && t.includes("\u0130")) return markRepeatedByLowering(texts);
    count++;
  }
  marks ??= new Uint8Array(n);
  if (count < 2) return marks;
  // Open addressing: slot -> key and the first entry of its bucket; `next` chains the bucket.
  let size = 4;
  while (size < 2 * count) size *= 2;
  // A list larger than a page's gets arrays of its own, collected after the call: the kept
  // arrays stay page-sized, so one huge input does not pin its table for the life of the process.
  const scratch = size > MAX_KEPT_SLOTS || n > MAX_KEPT_SLOTS ? { slotKey: new Int32Array(size), slotFirst: new Int32Array(size), slotLast: new Int32Array(size), next: new Int32Array(n) } : table;
  if (scratch.slotKey.length < size) scratch.slotKey = new Int32Array(size);
  if (scratch.slotFirst.length < size) scratch.slotFirst = new Int32Array(size);
  if (scratch.slotLast.length < size) scratch.slotLast = new Int32Array(size);
  if (scratch.next.length < n) scratch.next = new Int32Array(n);
  // Only the first `size` slots and `n` links are used: those are cleared. A slot's key and last
  // entry are written when its first entry is, before they are read.
  const { slotKey, slotFirst, slotLast, next } = scratch;
  slotFirst.fill(-1, 0, size);
  next.fill(-1, 0, n);
  // The slots that come to hold two entries or more, in the order they do: only those are read below.
  const shared: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = texts[i];
    if (t === undefined) continue;
    const k = sampleKey(t);
    let s = k & (size - 1);
    while (slotFirst[s] !== -1 && slotKey[s] !== k) s = (s + 1) & (size - 1);
    if (slotFirst[s] === -1) {
      slotKey[s] = k;
      slotFirst[s] = i;
    } else {
      if (slotLast[s] === slotFirst[s]) shared.push(s);
      next[slotLast[s]!] = i;
    }
    slotLast[s] = i;
  }
  if (shared.length === 0) return marks;
  const lowered = new Array<string | undefined>(n);
  const lower = (i: number): string => (lowered[i] ??= texts[i]!.toLowerCase());
  // Reused for each bucket, with their own lengths (no `length = 0`, a runtime call each time).
  const members: number[] = [];
  const reps: number[] = [];
  const counts: number[] = [];
  const classOf: number[] = [];
  for (const s of shared) {
    let memberCount = 0;
    for (let i = slotFirst[s]!; i >= 0; i = next[i]!) members[memberCount++] = i;
    let repCount = 0;
    let overflow = false;
    for (let m = 0; m < memberCount; m++) {
      const i = members[m]!;
      const t = texts[i]!;
      let c = 0;
      while (c < repCount && texts[reps[c]!] !== t && lower(reps[c]!) !== lower(i)) c++;
      if (c === repCount) {
        if (repCount === MAX_CLASSES_PER_BUCKET) {
          overflow = true;
          break;
        }
        reps[repCount] = i;
        counts[repCount++] = 0;
      }
      counts[c] = counts[c]! + 1;
      classOf[m] = c;
    }
    if (overflow) {
      const byText = new Map<string, number>();
      for (let m = 0; m < memberCount; m++) byText.set(lower(members[m]!), (byText.get(lower(members[m]!)) ?? 0) + 1);
      for (let m = 0; m < memberCount; m++) if (byText.get(lower(members[m]!))! > 1) marks[members[m]!] = 1;
      continue;
    }
    for (let m = 0; m < memberCount; m++) if (counts[classOf[m]!]! > 1) marks[members[m]!] = 1;
  }
  return marks;
}

/** Lists that need more slots or links than this get a table of their own (see {@link markRepeatedIgnoringCase}). */
const MAX_KEPT_SLOTS = 1 << 16;

/** The hash table of {@link markRepeatedIgnoringCase}: scratch memory reused across calls, never read before it is written. */
const table = { slotKey: new Int32Array(0), slotFirst: new Int32Array(0), slotLast: new Int32Array(0), next: new Int32Array(0) };

/**
 * {@link markRepeatedIgnoringCase} by lower-casing: strings are grouped by lower-cased length
 * first (see {@link loweredLength}), and only a string that shares its length with another is
 * lower-cased and counted.
 */
export function markRepeatedByLowering(texts: ReadonlyArray<string | undefined>): Uint8Array {
  const n = texts.length;
  const marks = new Uint8Array(n);
  const length = new Int32Array(n).fill(-1);
  const byLength = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const t = texts[i];
    if (t === undefined) continue;
    const len = loweredLength(t);
    length[i] = len;
    byLength.set(len, (byLength.get(len) ?? 0) + 1);
  }
  const keys = new Array<string | undefined>(n);
  const counts = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const len = length[i]!;
    if (len < 0 || byLength.get(len)! < 2) continue;
    const key = texts[i]!.toLowerCase();
    keys[i] = key;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  for (let i = 0; i < n; i++) {
    const key = keys[i];
    if (key !== undefined && counts.get(key)! > 1) marks[i] = 1;
  }
  return marks;
}

/**
 * A key of a string without `İ` that any string without `İ` equal to it once both are lower-cased
 * shares: a 32-bit hash of its length and of the lower case of five of its code units (first two,
 * middle, last two).
 *
 * Without `İ`, lower-casing maps each code unit to one code unit, so positions line up. Each
 * sampled unit is read as {@link lowerUnit} gives it; the final-sigma rule is the only context in
 * `toLowerCase`, so `σ`, `ς` and `Σ` are read as one.
 */
function sampleKey(text: string): number {
  const len = text.length;
  let h = Math.imul(len ^ 0x811c9dc5, 0x01000193);
  if (len === 0) return h | 0;
  const last = len - 1;
  h = Math.imul(h ^ lowerUnit(text.charCodeAt(0)), 0x01000193);
  h = Math.imul(h ^ lowerUnit(text.charCodeAt(len > 1 ? 1 : 0)), 0x01000193);
  h = Math.imul(h ^ lowerUnit(text.charCodeAt(len >> 1)), 0x01000193);
  h = Math.imul(h ^ lowerUnit(text.charCodeAt(len > 1 ? last - 1 : 0)), 0x01000193);
  h = Math.imul(h ^ lowerUnit(text.charCodeAt(last)), 0x01000193);
  return (h ^ (h >>> 15)) | 0;
}

/** The lower case of the code units met so far beyond {@link SIMPLE_LOWER} (0 for not yet known). */
const WIDE_LOWER = new Uint16Array(0x10000);

/**
 * The code unit a code unit becomes in a lower-cased string without `İ`: the same for a surrogate
 * (a pair lower-cases to a pair), `σ` for `Σ` and `ς` (final sigma depends on context), else the
 * character's own lower case.
 */
function lowerUnit(c: number): number {
  if (c < SIMPLE_LIMIT) {
    const u = SIMPLE_LOWER[c]!;
    if (u !== 0) return u === 0x3c2 ? 0x3c3 : u;
    if (c === 0x3a3) return 0x3c3;
    if (c === 0) return 0;
  } else if (c >= 0xd800 && c <= 0xdfff) return c < 0xdc00 ? 0xd800 : 0xdc00;
  let u = WIDE_LOWER[c]!;
  if (u === 0) {
    u = String.fromCharCode(c).toLowerCase().charCodeAt(0);
    WIDE_LOWER[c] = u;
  }
  return u === 0x3c2 ? 0x3c3 : u;
}
