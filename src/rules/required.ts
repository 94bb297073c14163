/**
 * What a text must contain for a built-in pattern to match it: a pre-filter for the inline rules,
 * whose patterns are unanchored and so read a whole body line (often hundreds of characters) on
 * every call, though they match on a few lines of a page.
 *
 * {@link requiredLiterals} reads a pattern's source and returns a list of lower-case
 * strings of which (at least) one occurs in the lower-cased text wherever the pattern matches, or
 * `null` when it cannot tell (ASCII, and Arabic letters, which have no case). Then one scan of the lower-cased line (gates.ts) tells which inline
 * rules are worth running, instead of each pattern (or a screen of several) reading the line.
 *
 * Why the condition is necessary (for the Arabic letters also read as literals, see
 * {@link isArabic}): a literal ASCII character of the pattern that is not optional
 * is matched by a character of the text that is equal to it, or, under the `i` flag, that case
 * folds to the same letter: its ASCII case variants, and two characters outside ASCII, U+212A
 * (KELVIN SIGN, lower case `k`) and U+017F (LATIN SMALL LETTER LONG S, lower case itself). The
 * lower case of the text holds the lower-case literal at that place (lower-casing maps code units
 * one by one but U+0130, which becomes two, and neither it nor its expansion is among the
 * characters above), except where a long s matched an `s`: callers skip the pre-filter on a text
 * holding U+017F. Literal characters in a row (with only zero-width assertions between them: `^`,
 * `$`, `\b`, lookarounds) are matched by consecutive characters, so the whole run occurs. A group
 * that must match contributes the condition of its alternatives (one of their literals), an
 * alternation the union of its branches' (none when one branch has none). Everything else
 * (classes, escapes such as `\d` or `\p{L}`, `.`, optional or repeated pieces beyond their first
 * copy, back-references) breaks a run. The analysis reads only the syntax the built-in patterns
 * use and gives up (`null`) on anything else: a pattern without a pre-filter simply always runs.
 * required.test.ts checks the condition against the patterns on generated and real texts.
 */

/**
 * Whether a code unit is in the Arabic block (U+0600 to U+06FF): letters without case, which
 * lower-casing leaves alone and case-insensitive matching matches only to themselves, so they can
 * stand in a literal like ASCII characters (the default rules' Arabic phrasings get a pre-filter).
 */
function isArabic(code: number): boolean {
  return code >= 0x600 && code <= 0x6ff;
}

/** A necessary condition: one of these lower-case literals occurs. */
type Condition = string[];

/** Thrown inside the parser when the source holds syntax it does not read. */
class Unsupported extends Error {}

/**
 * The literals of which one must occur in the lower-cased text for `source` to match (see the
 * module comment for why), or `null` when no such list is known.
 *
 * @param source - a regular expression's source, as compiled with the `u` flag
 * @returns lower-case literals (ASCII and Arabic characters), the shortest of them as long as
 *   could be found, or `null`
 */
export function requiredLiterals(source: string): string[] | null {
  try {
    const parser = new Parser(source);
    const condition = parser.alternation();
    if (parser.i !== source.length) return null; // an unmatched `)`
    return condition;
  } catch {
    // Unsupported syntax, or a pattern nested too deeply for the recursion (a RangeError): no
    // pre-filter, and the pattern simply always runs.
    return null;
  }
}

/**
 * Of two conditions, the one a text is less likely to meet: the longer shortest literal (a space
 * counting half a character: it occurs everywhere), then the fewer literals.
 */
function better(a: Condition | null, b: Condition | null): Condition | null {
  if (a === null) return b;
  if (b === null) return a;
  const ma = minWeight(a);
  const mb = minWeight(b);
  if (ma !== mb) return ma > mb ? a : b;
  return a.length <= b.length ? a : b;
}

/** The least {@link weight} of a condition's literals (a loop: a list may be long). */
function minWeight(condition: Condition): number {
  let min = Infinity;
  for (const literal of condition) min = Math.min(min, weight(literal));
  return min;
}

/** A literal's length, spaces counting half. */
function weight(literal: string): number {
  let w = 0;
  for (let i = 0; i < literal.length; i++) w += literal.charCodeAt(i) === 32 ? 0.5 : 1;
  return w;
}

/** One item of a sequence: a literal character, a group with its condition, an assertion, or anything else. */
type Atom = { kind: "literal"; ch: string } | { kind: "group"; condition: Condition | null } | { kind: "zero-width" } | { kind: "other" };

class Parser {
  i = 0;
  constructor(private readonly s: string) {}

  /** Branches separated by `|`, up to a `)` or the end. */
  alternation(): Condition | null {
    const branches = [this.sequence()];
    while (this.s[this.i] === "|") {
      this.i++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0]!;
    const out = new Set<string>();
    for (const branch of branches) {
      if (branch === null) return null;
      for (const literal of branch) out.add(literal);
    }
    return [...out];
  }

  /** A sequence of quantified atoms: the best condition among its literal runs and required groups. */
  sequence(): Condition | null {
    let best: Condition | null = null;
    let run = "";
    const flush = () => {
      if (run !== "") best = better(best, [run]);
      run = "";
    };
    while (this.i < this.s.length && this.s[this.i] !== "|" && this.s[this.i] !== ")") {
      const atom = this.atom();
      const { min, max } = this.quantifier();
      if (atom.kind === "zero-width") {
        if (min !== 1 || max !== 1) throw new Unsupported();
        continue; // consumes nothing: the run goes on across it
      }
      if (atom.kind === "literal" && min >= 1) {
        run += atom.ch;
        if (max !== 1) {
          // `a+`, `a{2,}`: one copy at least, then more or none: the run ends, and the next one
          // starts with the last copy.
          flush();
          run = atom.ch;
        }
        continue;
      }
      flush();
      if (atom.kind === "group" && min >= 1) best = better(best, atom.condition);
    }
    flush();
    return best;
  }

  /** The quantifier at the cursor (none is `{1}`), consumed with its lazy `?`. */
  quantifier(): { min: number; max: number } {
    const c = this.s[this.i];
    let min = 1;
    let max = 1;
    if (c === "*" || c === "+" || c === "?") {
      this.i++;
      min = c === "+" ? 1 : 0;
      max = c === "?" ? 1 : Infinity;
    } else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/u.exec(this.s.slice(this.i));
      if (!m) throw new Unsupported();
      this.i += m[0].length;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
    } else {
      return { min, max };
    }
    if (this.s[this.i] === "?") this.i++;
    return { min, max };
  }

  atom(): Atom {
    const s = this.s;
    const c = s[this.i]!;
    if (c === "^" || c === "$") {
      this.i++;
      return { kind: "zero-width" };
    }
    if (c === ".") {
      this.i++;
      return { kind: "other" };
    }
    if (c === "[") {
      this.skipClass();
      return { kind: "other" };
    }
    if (c === "(") return this.group();
    if (c === "\\") return this.escape();
    if (c === "*" || c === "+" || c === "?" || c === "{" || c === "}" || c === "]") throw new Unsupported();
    this.i++;
    const code = c.charCodeAt(0);
    // Only ASCII and Arabic literals (see the module comment); a surrogate pair is two "other" atoms.
    return code < 128 || isArabic(code) ? { kind: "literal", ch: c.toLowerCase() } : { kind: "other" };
  }

  group(): Atom {
    const s = this.s;
    this.i++; // (
    let zeroWidth = false;
    if (s[this.i] === "?") {
      const next = s[this.i + 1];
      if (next === ":") this.i += 2;
      else if (next === "=" || next === "!") {
        this.i += 2;
        zeroWidth = true;
      } else if (next === "<" && (s[this.i + 2] === "=" || s[this.i + 2] === "!")) {
        this.i += 3;
        zeroWidth = true;
      } else if (next === "<") {
        const close = s.indexOf(">", this.i);
        if (close < 0) throw new Unsupported();
        this.i = close + 1;
      } else {
        throw new Unsupported(); // modifiers and anything newer
      }
    }
    const condition = this.alternation();
    if (s[this.i] !== ")") throw new Unsupported();
    this.i++;
    return zeroWidth ? { kind: "zero-width" } : { kind: "group", condition };
  }

  escape(): Atom {
    const s = this.s;
    const e = s[this.i + 1];
    if (e === undefined) throw new Unsupported();
    this.i += 2;
    if (e === "b" || e === "B") return { kind: "zero-width" };
    if (e === "p" || e === "P" || e === "k" || (e === "u" && s[this.i] === "{")) {
      const close = s.indexOf(e === "k" ? ">" : "}", this.i);
      if (close < 0) throw new Unsupported();
      this.i = close + 1;
      return { kind: "other" };
    }
    if (e === "u") this.i += 4;
    else if (e === "x") this.i += 2;
    else if (e === "c") this.i += 1;
    else if (e >= "0" && e <= "9") while (s[this.i]! >= "0" && s[this.i]! <= "9") this.i++;
    // Escaped ASCII punctuation is that character; letters are classes, controls or assertions.
    if (/^[!-/:-@[-`{-~]$/u.test(e)) return { kind: "literal", ch: e };
    return { kind: "other" };
  }

  /** Skips a character class (no nesting under the `u` flag). */
  skipClass(): void {
    const s = this.s;
    for (let j = this.i + 1; j < s.length; j++) {
      if (s[j] === "\\") j++;
      else if (s[j] === "]") {
        this.i = j + 1;
        return;
      }
    }
    throw new Unsupported();
  }
}
