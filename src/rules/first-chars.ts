/**
 * A cheap pre-check for anchored line patterns: the ASCII characters a match can start with.
 *
 * Most line rules are anchored alternations of phrases (`^(?:leave a reply|post a comment|…)$`).
 * A line whose first character starts none of the phrases cannot match, and a table lookup says
 * so for a fraction of the cost of calling the regex (the call itself, not the failed match,
 * dominates on short lines). The analysis is deliberately small: it understands `^`, literal
 * characters, escaped punctuation, `\d`, simple character classes (`[\d.,]`, `[a-z]`),
 * non-capturing groups, top-level alternation and optional first items (`(?:the )?share`), and
 * gives up (no pre-check, the regex always runs) on anything else. (Tables of the pairs and triples
 * of characters a match may start with were dropped: on the dev corpus they saved nothing
 * measurable once the parser's line cache and the gate scan were in place.)
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
