/**
 * A cheap pre-check for anchored line patterns: the ASCII characters a match can start with.
 *
 * Most line rules are anchored alternations of phrases (`^(?:leave a reply|post a comment|…)$`).
 * A line whose first character starts none of the phrases cannot match, and a table lookup says
 * so for a fraction of the cost of calling the regex (the call itself, not the failed match,
 * dominates on short lines). The analysis is deliberately small: it understands `^`, literal
 * characters, escaped punctuation, `\d`, simple character classes (`[\d.,]`, `[a-z]`),
 * non-capturing groups, top-level alternation and optional first items (`(?:the )?share`), and
 * gives up (no pre-check, the regex always runs) on anything else. The same reading gives the
 * ASCII pairs a match may start with ({@link pairTable}), a second, sharper pre-check.
 */

/** A table of 128 entries: 1 where an ASCII character may start a match. */
export type FirstCharTable = Uint8Array;

/** Characters that are syntax in a pattern outside a class. */
const SYNTAX = new Set(["\\", "^", "$", ".", "|", "?", "*", "+", "(", ")", "[", "]", "{", "}"]);
/** Escapes of one literal character (`\.` is a dot). */
const ESCAPED_LITERAL = /^[\\^$.|?*+()[\]{}/\-:#'"!,=<>@&~` ]$/u;
/**
 * Characters outside ASCII that case-insensitive matching folds onto an ASCII letter (long s, the
 * Kelvin sign): a pattern starting with one of them is not pre-checked.
 */
const FOLDS_TO_ASCII = new Set(["\u017f", "\u212a"]);

/**
 * The ASCII characters that may start a match of `source`, or `null` when that cannot be told
 * cheaply (a branch that is not anchored with `^`, a negated class or `\w`, a piece that may match nothing …).
 * Letters are entered in both cases: the table is a pre-check for case-insensitive and
 * case-sensitive patterns alike. A line whose first character is not ASCII is never rejected by
 * the table (see {@link mayStartMatch}).
 *
 * @param source - a regular expression's source
 * @returns the table, or `null` for "any character may start a match"
 */
export function firstCharTable(source: string): FirstCharTable | null {
  const branches = splitTopLevel(source);
  if (branches === null) return null;
  const chars = new Set<string>();
  for (const branch of branches) {
    if (!branch.startsWith("^")) return null;
    const first = firstChars(branch.slice(1));
    if (first === null) return null;
    for (const ch of first) chars.add(ch);
  }
  const table = new Uint8Array(128);
  for (const ch of chars) {
    if (FOLDS_TO_ASCII.has(ch)) return null;
    for (const variant of [ch, ch.toLowerCase(), ch.toUpperCase()]) {
      const code = variant.length === 1 ? variant.charCodeAt(0) : 128;
      if (code < 128) table[code] = 1;
    }
  }
  return table;
}

/**
 * `false` only when `text` certainly cannot match: its first character is ASCII and not in the
 * table. Text starting with any other character is left to the regex (case folding outside
 * ASCII is the regex engine's business).
 */
export function mayStartMatch(table: FirstCharTable | null, text: string): boolean {
  if (table === null) return true;
  const c = text.charCodeAt(0);
  return !(c < 128) || table[c] === 1;
}

/**
 * The characters that may start a match of `rest` (a pattern piece), or `null` when unknown. An
 * optional first item (`x?`, `(?:the )?`, `[\d.,]*`, `\(?`) adds its own first characters to
 * those of what follows it; a piece that may match the empty string gives `null`.
 */
function firstChars(rest: string): string[] | null {
  if (rest === "") return null;
  const item = firstItem(rest);
  if (item === null) return null;
  const skip = optionalLength(rest, item.end);
  if (skip === 0) return item.chars;
  const after = firstChars(rest.slice(item.end + skip));
  return after === null ? null : [...item.chars, ...after];
}

/** The first item of `rest`: the characters it may start with and the index one past it (before any quantifier). */
function firstItem(rest: string): { chars: string[]; end: number } | null {
  const c = rest[0]!;
  if (rest.startsWith("(?:")) {
    const close = closingParen(rest, 0);
    if (close < 0) return null;
    const alternatives = splitTopLevel(rest.slice(3, close));
    if (alternatives === null) return null;
    const out: string[] = [];
    for (const alt of alternatives) {
      const first = firstChars(alt);
      if (first === null) return null;
      out.push(...first);
    }
    return { chars: out, end: close + 1 };
  }
  if (c === "\\") {
    const chars = escapeChars(rest[1]);
    return chars === null ? null : { chars, end: 2 };
  }
  if (c === "[") {
    const close = classEnd(rest, 0);
    if (close < 0) return null;
    const chars = classChars(rest.slice(1, close));
    return chars === null ? null : { chars, end: close + 1 };
  }
  if (SYNTAX.has(c)) return null;
  // One literal character (a whole code point, so a surrogate pair stays together).
  const ch = String.fromCodePoint(rest.codePointAt(0)!);
  return { chars: [ch], end: ch.length };
}

/** The characters an escape `\e` outside or inside a class stands for (`\d`, escaped punctuation), or `null`. */
function escapeChars(e: string | undefined): string[] | null {
  if (e === undefined) return null;
  if (e === "d") return [..."0123456789"];
  return ESCAPED_LITERAL.test(e) ? [e] : null;
}

/**
 * The members of a simple character class body (between `[` and `]`): literal characters, `\d`,
 * escaped punctuation and ranges between two ASCII characters. `null` for a negated class, any
 * other escape (`\w`, `\p{L}` …) or a range reaching outside ASCII.
 */
function classChars(body: string): string[] | null {
  if (body === "" || body[0] === "^") return null;
  const out: string[] = [];
  let i = 0;
  while (i < body.length) {
    let lo: string;
    if (body[i] === "\\") {
      const chars = escapeChars(body[i + 1]);
      if (chars === null) return null;
      i += 2;
      if (chars.length > 1) {
        out.push(...chars);
        continue;
      }
      lo = chars[0]!;
    } else {
      lo = String.fromCodePoint(body.codePointAt(i)!);
      i += lo.length;
    }
    if (body[i] === "-" && i + 1 < body.length) {
      let hi: string;
      if (body[i + 1] === "\\") {
        const chars = escapeChars(body[i + 2]);
        if (chars === null || chars.length > 1) return null;
        hi = chars[0]!;
        i += 3;
      } else {
        hi = String.fromCodePoint(body.codePointAt(i + 1)!);
        i += 1 + hi.length;
      }
      const from = lo.charCodeAt(0);
      const to = hi.charCodeAt(0);
      if (lo.length !== 1 || hi.length !== 1 || from >= 128 || to >= 128 || from > to) return null;
      for (let k = from; k <= to; k++) out.push(String.fromCharCode(k));
    } else {
      out.push(lo);
    }
  }
  return out;
}

/**
 * How many characters the quantifier after the item ending at `i` takes when it makes the item
 * optional (`?`, `*`, `{0}`, `{0,n}`, each possibly lazy), or 0 when the item is required.
 */
function optionalLength(s: string, i: number): number {
  if (!optionalAt(s, i)) return 0;
  let n = 1;
  if (s[i] === "{") {
    const close = s.indexOf("}", i);
    if (close < 0) return 0;
    n = close - i + 1;
  }
  if (s[i + n] === "?") n++;
  return n;
}

/** `true` when the item ending before `i` may be skipped: `?`, `*`, `{0,…}` or `{0}` follows it. */
function optionalAt(s: string, i: number): boolean {
  const q = s[i];
  return q === "?" || q === "*" || (q === "{" && s[i + 1] === "0");
}

/** Index of the `)` closing the group opened at `open`, or -1. Escapes and classes are skipped. */
function closingParen(s: string, open: number): number {
  let depth = 0;
  for (let i = open; i < s.length; i++) {
    const c = s[i];
    if (c === "\\") i++;
    else if (c === "[") {
      i = classEnd(s, i);
      if (i < 0) return -1;
    } else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i;
  }
  return -1;
}

/** Index of the `]` closing the class opened at `open`, or -1. */
function classEnd(s: string, open: number): number {
  for (let i = open + 1; i < s.length; i++) {
    if (s[i] === "\\") i++;
    else if (s[i] === "]") return i;
  }
  return -1;
}

/** Splits a pattern at its top-level `|`, or `null` when its brackets do not balance. */
function splitTopLevel(s: string): string[] | null {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "\\") i++;
    else if (c === "[") {
      i = classEnd(s, i);
      if (i < 0) return null;
    } else if (c === "(") depth++;
    else if (c === ")") {
      if (--depth < 0) return null;
    } else if (c === "|" && depth === 0) {
      out.push(s.slice(from, i));
      from = i + 1;
    }
  }
  if (depth !== 0) return null;
  out.push(s.slice(from));
  return out;
}

/**
 * The ASCII pairs a match may start with: row `c` (four 32-bit words) holds the second characters
 * allowed after a first character `c`. A first character whose second one cannot be told has a
 * full row. Only meaningful for a first character the {@link FirstCharTable} allows.
 */
export type PairTable = Uint32Array;

/** What may follow a first character: a set of characters, or anything. */
type Seconds = Set<string> | "any";

/**
 * The ASCII character pairs that may start a match of `source` (see {@link PairTable}), or `null`
 * when that cannot be told cheaply. The same small analysis as {@link firstCharTable}: a pattern
 * it reads has both tables or neither. Letters are entered in both cases.
 */
export function pairTable(source: string): PairTable | null {
  const branches = splitTopLevel(source);
  if (branches === null) return null;
  const pairs = new Map<string, Seconds>();
  for (const branch of branches) {
    if (!branch.startsWith("^") || !pairsOf(branch.slice(1), pairs, 0)) return null;
  }
  const table = new Uint32Array(128 * 4);
  for (const [first, seconds] of pairs) {
    if (FOLDS_TO_ASCII.has(first)) return null;
    for (const f of caseVariants(first)) {
      if (seconds === "any" || [...seconds].some((s) => FOLDS_TO_ASCII.has(s))) {
        table.fill(0xffffffff, f * 4, f * 4 + 4);
        continue;
      }
      for (const s of seconds) for (const v of caseVariants(s)) table[f * 4 + (v >> 5)]! |= 1 << (v & 31);
    }
  }
  return table;
}

/** The ASCII codes of a character and its case variants (none for a character outside ASCII). */
function caseVariants(ch: string): number[] {
  const out: number[] = [];
  for (const v of [ch, ch.toLowerCase(), ch.toUpperCase()]) if (v.length === 1 && v.charCodeAt(0) < 128) out.push(v.charCodeAt(0));
  return out;
}

/**
 * `false` only when `text` certainly cannot match: its first two characters are ASCII and the
 * pair is not in the table. Use after {@link mayStartMatch}.
 */
export function mayStartPair(table: PairTable | null, text: string): boolean {
  if (table === null || text.length < 2) return true;
  const a = text.charCodeAt(0);
  const b = text.charCodeAt(1);
  return !(a < 128 && b < 128) || (table[a * 4 + (b >> 5)]! & (1 << (b & 31))) !== 0;
}

/** Adds the pairs a match of `piece` may start with to `out`; `false` when that cannot be told. */
function pairsOf(piece: string, out: Map<string, Seconds>, depth: number): boolean {
  if (piece === "" || depth > 8) return false;
  const item = firstItem(piece);
  if (item === null) return false;
  const q = quantifierAt(piece, item.end);
  if (q === null) return false;
  const rest = piece.slice(item.end + q.length);
  const body = piece.slice(0, item.end);
  if (q.min === 0 && !pairsOf(rest, out, depth + 1)) return false;
  if (q.max === 1) {
    // Exactly one occurrence (then `rest`): a group spreads over its alternatives.
    if (piece.startsWith("(?:")) {
      const alternatives = splitTopLevel(body.slice(3, -1));
      if (alternatives === null) return false;
      for (const alt of alternatives) if (!pairsOf(alt + rest, out, depth + 1)) return false;
      return true;
    }
    const seconds = rest === "" ? null : firstChars(rest);
    for (const ch of item.chars) add(out, ch, seconds === null ? "any" : new Set(seconds));
    return true;
  }
  // Repeated (at least once here): `x{m,n}` matches the same strings as `x` then `x{m',n-1}`
  // with m' = max(m - 1, 0), so the piece is read as one occurrence followed by the rest of the
  // repetition and `rest` (laziness changes which match is found, not whether there is one).
  // The occurrence is an item with no quantifier, so the step above reads it; the depth limit
  // stops a repetition whose occurrence may be empty from unrolling forever.
  const again = `${body}{${Math.max(q.min - 1, 0)},${q.max === Infinity ? "" : q.max - 1}}`;
  return pairsOf(body + again + rest, out, depth + 1);
}

function add(out: Map<string, Seconds>, first: string, seconds: Seconds): void {
  const had = out.get(first);
  if (had === "any" || seconds === "any") out.set(first, "any");
  else if (had === undefined) out.set(first, seconds);
  else for (const s of seconds) had.add(s);
}

/** The quantifier after the item ending at `i`: its length and bounds (`{1,1}` for none), or `null` when unread. */
function quantifierAt(s: string, i: number): { length: number; min: number; max: number } | null {
  const q = s[i];
  let length = 1;
  let min: number;
  let max: number;
  if (q === "?") [min, max] = [0, 1];
  else if (q === "*") [min, max] = [0, Infinity];
  else if (q === "+") [min, max] = [1, Infinity];
  else if (q === "{") {
    const m = /^\{(\d+)(,(\d*))?\}/u.exec(s.slice(i));
    if (m === null) return null;
    length = m[0].length;
    min = Number(m[1]);
    max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
  } else return { length: 0, min: 1, max: 1 };
  if (s[i + length] === "?") length++;
  return { length, min, max };
}

/**
 * The ASCII triples a match may start with, as a map from a pair (`a * 128 + b`, ASCII, lower
 * case) to the third characters allowed after it (four 32-bit words, lower case): a third, sharper
 * pre-check after {@link pairTable}. A pair with no entry starts no match. `null` when that cannot
 * be told cheaply: the same small reading as {@link pairTable}, but stricter, for every way a match
 * can begin is spelled out to its third character: a branch that may end, or reach an anchor, a
 * look-around, `\b` or a class it does not read before its third character, gives `null`, as do
 * more than {@link MAX_TRIPLES} triples. Characters are entered in lower case (a line is looked
 * up by the lower case of its first three characters), and triples holding a character outside
 * ASCII are left out: a line starting with one is never rejected (see {@link mayStartTriple}).
 */
export type TripleTable = ReadonlyMap<number, Uint32Array>;

/** The ASCII characters `\s` matches (it matches others too, all outside ASCII). */
const ASCII_SPACES = " \t\n\v\f\r";

/** The most pieces {@link tripleTable} reads for one pattern before it gives up. */
const MAX_PREFIX_STEPS = 5_000;

/** Beyond this many triples a pattern gets no triple table (the set is built by enumeration). */
export const MAX_TRIPLES = 4096;

/** The {@link TripleTable} of `source`, or `null`. */
export function tripleTable(source: string): TripleTable | null {
  const branches = splitTopLevel(source);
  if (branches === null) return null;
  // Triples as numbers: `(a * 128 + b) * 128 + c`, ASCII lower case.
  const out = new Set<number>();
  const reading: PrefixReading = { memo: new Map(), steps: MAX_PREFIX_STEPS };
  for (const branch of branches) {
    if (!branch.startsWith("^")) return null;
    const starts = prefixesOf(branch.slice(1), 3, reading);
    if (starts === null) return null;
    for (const t of starts) out.add(t);
  }
  if (out.size > MAX_TRIPLES) return null;
  const table = new Map<number, Uint32Array>();
  for (const triple of out) {
    const key = triple >> 7;
    const c = triple & 127;
    let thirds = table.get(key);
    if (thirds === undefined) table.set(key, (thirds = new Uint32Array(4)));
    thirds[c >> 5]! |= 1 << (c & 31);
  }
  return table;
}

/** The state of one {@link tripleTable} reading: answers by (piece, k), and the calls left. */
interface PrefixReading {
  readonly memo: Map<string, ReadonlySet<number> | null>;
  steps: number;
}

/** The empty set: a branch that adds nothing. */
const NO_PREFIXES: ReadonlySet<number> = new Set();

/**
 * The ways a match of `piece` can begin, cut to `k` characters, as numbers (`c1 * 128^(k-1) + …`,
 * each `c` an ASCII lower-case code), or `null` when that cannot be told (see {@link tripleTable}).
 * Remembered by (piece, k): repeated items unroll into the same pieces many times over.
 */
function prefixesOf(piece: string, k: number, reading: PrefixReading): ReadonlySet<number> | null {
  if (k === 0) return ZERO;
  const key = `${k}${piece}`;
  const known = reading.memo.get(key);
  if (known !== undefined) return known;
  const found = readPrefixes(piece, k, reading);
  reading.memo.set(key, found);
  return found;
}

/** The set holding the empty prefix. */
const ZERO: ReadonlySet<number> = new Set([0]);

/** {@link prefixesOf}, not remembered. */
function readPrefixes(piece: string, k: number, reading: PrefixReading): ReadonlySet<number> | null {
  // A budget of calls, not a depth: a repetition whose occurrence may be empty (`(?:a?)*`)
  // unrolls without reading a character, and nested optional items branch; either way the
  // pattern simply gets no table.
  if (piece === "" || --reading.steps < 0) return null;
  // `$` here (no `m` flag on line patterns): the match ends before its third character, so the
  // line is shorter than three characters, and such lines are never rejected: nothing to add.
  if (piece[0] === "$") return NO_PREFIXES;
  // A group is read alternative by alternative below, so only its end is needed here (firstItem
  // would also want the first characters of every alternative, and gives up on `$`).
  const item = piece.startsWith("(?:") ? groupItem(piece) : piece.startsWith("\\s") ? { chars: [...ASCII_SPACES], end: 2 } : firstItem(piece);
  if (item === null) return null;
  const q = quantifierAt(piece, item.end);
  if (q === null) return null;
  const rest = piece.slice(item.end + q.length);
  const body = piece.slice(0, item.end);
  const out = new Set<number>();
  const addAll = (set: ReadonlySet<number> | null): boolean => {
    if (set === null) return false;
    for (const v of set) out.add(v);
    return out.size <= MAX_TRIPLES;
  };
  if (q.min === 0 && !addAll(prefixesOf(rest, k, reading))) return null;
  if (q.max === 0) return out;
  if (q.max === 1) {
    if (piece.startsWith("(?:")) {
      // A group spreads over its alternatives, each followed by what follows the group.
      const alternatives = splitTopLevel(body.slice(3, -1));
      if (alternatives === null) return null;
      for (const alt of alternatives) if (!addAll(prefixesOf(alt + rest, k, reading))) return null;
      return out;
    }
    // One character, from a literal, an escape or a class: each of its lower cases.
    const next = new Set<number>();
    for (const ch of item.chars) {
      if (FOLDS_TO_ASCII.has(ch)) return null;
      // A character outside ASCII ends the branch: lines with one in their first three
      // characters are never rejected, so its triples would be left out anyway. (Only the long s
      // and the Kelvin sign fold onto ASCII letters, refused above.)
      for (const v of [ch.toLowerCase(), ch.toUpperCase().toLowerCase()]) if (v.length === 1 && v.charCodeAt(0) < 128) next.add(v.charCodeAt(0));
    }
    if (next.size === 0) return out;
    const after = prefixesOf(rest, k - 1, reading);
    if (after === null) return null;
    const scale = 128 ** (k - 1);
    for (const v of next) {
      for (const s of after) out.add(v * scale + s);
      if (out.size > MAX_TRIPLES) return null;
    }
    return out;
  }
  // Repeated: one occurrence, then the rest of the repetition (as in pairsOf).
  const again = `${body}{${Math.max(q.min - 1, 0)},${q.max === Infinity ? "" : q.max - 1}}`;
  if (!addAll(prefixesOf(body + again + rest, k, reading))) return null;
  return out;
}

/** The group opening `piece` (which starts with `(?:`) as an item with no characters of its own, or `null` when unbalanced. */
function groupItem(piece: string): { chars: string[]; end: number } | null {
  const close = closingParen(piece, 0);
  return close < 0 ? null : { chars: [], end: close + 1 };
}

/**
 * `false` only when `text` certainly cannot match: its first three characters are ASCII and, lower
 * cased, start no match. Use after {@link mayStartPair}.
 */
export function mayStartTriple(table: TripleTable | null, text: string): boolean {
  if (table === null || text.length < 3) return true;
  const a = text.charCodeAt(0);
  const b = text.charCodeAt(1);
  const c = text.charCodeAt(2);
  if (a >= 128 || b >= 128 || c >= 128) return true;
  const thirds = table.get(asciiLowerCode(a) * 128 + asciiLowerCode(b));
  if (thirds === undefined) return false;
  const lc = asciiLowerCode(c);
  return (thirds[lc >> 5]! & (1 << (lc & 31))) !== 0;
}

/** The ASCII lower case of an ASCII code unit. */
function asciiLowerCode(c: number): number {
  return c >= 65 && c <= 90 ? c + 32 : c;
}
