/**
 * A structural check that a regular expression runs in linear time on a backtracking engine
 * (V8's irregexp). Rule patterns are strings compiled at run time, which a linter never sees,
 * and users can pass their own: `compileRules` runs every pattern through {@link findSuperLinear}
 * and refuses the ones it flags, naming the offending piece.
 *
 * What makes a backtracking regex super-linear, and what is checked here:
 *
 * - **Back-references** (`(a)\1`): matching with them is NP-hard in general.
 * - **Nested quantifiers** (`(a+)+`, `(\w+\s?)*`, `(?:a{1,3})+`): a group repeated more than a few
 *   times whose body can split the same text between iterations in several ways. Found by running
 *   the body twice in a row and asking whether a quantifier of the first copy can hand characters
 *   to the same quantifier in the second copy. `(?: \w+)*` is fine: the space separates iterations.
 * - **Ambiguous alternation in a repeated group** (`(a|ab)*`, `(\w|\d)+`): two alternatives that can
 *   start with the same character (a conservative test).
 * - **Overlapping quantifiers** (`\s*\s*`, `.*.*`, `\w+\s?\w+`): two unbounded quantifiers that can
 *   trade characters, with nothing in between that must consume a character neither can take.
 *   Polynomial (each split point is tried).
 * - **Super-linear move**: an unanchored pattern is tried at every start position, so an unbounded
 *   quantifier reachable from the start (`\s+x`, `\d+:`) rescans the same run from each position
 *   before failing: quadratic on a long run. Anchor it (`^`) or bound it (`{1,40}`).
 *
 * Bounded quantifiers cost a constant per start position, so two overlapping bounded ones are
 * accepted while the product of their bounds stays within {@link OVERLAP_BUDGET}
 * (`[^\n]{0,200}terms[^\n]{0,120}` anchored is fine; `[^\n]{0,200}x[^\n]{0,300}y` unanchored is not:
 * 60,000 steps at every position of a long line).
 *
 * Character sets are compared by asking the regex engine itself which characters of a sample
 * alphabet each class matches (ASCII, Latin-1, a representative of each script and space the
 * parser meets, and every character named in the pattern, with the pattern's flags). That keeps
 * `\p{L}`, `\s` and case-insensitive folding exact on the sample, without Unicode tables here.
 *
 * The check is conservative (it may refuse a safe pattern such as `(?:ab|ac)+`) and sound for the
 * shapes above; `test/regex-safety.test.ts` backs it with timings on adversarial inputs.
 */

/** What is wrong with a pattern. */
export interface PatternIssue {
  /** The family of the problem. */
  kind: "back-reference" | "nested-quantifier" | "ambiguous-alternation" | "overlapping-quantifiers" | "super-linear-move" | "too-complex";
  /** The offending piece of the pattern source (a quantifier and its operand, or an alternation). */
  fragment: string;
  /** A sentence saying what is wrong and how to fix it. */
  message: string;
}

/**
 * Backtracking steps two overlapping bounded quantifiers may cost per start position: about the
 * product of their bounds. Anchored alternatives (`^…`) start once per line; unanchored ones at
 * every position of a line that can be megabytes long, so their budget is smaller.
 */
export const OVERLAP_BUDGET = { anchored: 50_000, unanchored: 20_000 } as const;
/** Groups repeated more than this many times are checked strictly for nested ambiguity. */
const NEST_BOUND = 10;

// ---------------------------------------------------------------------------------------------
// Parsing: a small recursive-descent parser for the regex syntax rules use (the `u` flag).
// ---------------------------------------------------------------------------------------------

interface CharNode {
  readonly type: "char";
  readonly src: string;
  readonly start: number;
  readonly end: number;
}
interface AssertNode {
  readonly type: "assert";
  readonly src: string;
  readonly start: number;
  readonly end: number;
}
interface BackrefNode {
  readonly type: "backref";
  readonly src: string;
  readonly start: number;
  readonly end: number;
}
interface GroupNode {
  readonly type: "group";
  readonly alternatives: Node[][];
  readonly start: number;
  readonly end: number;
}
interface LookNode {
  readonly type: "look";
  readonly behind: boolean;
  readonly negate: boolean;
  readonly alternatives: Node[][];
  readonly start: number;
  readonly end: number;
}
interface QuantNode {
  readonly type: "quant";
  readonly body: Node;
  readonly min: number;
  readonly max: number;
  readonly start: number;
  readonly end: number;
}
type Node = CharNode | AssertNode | BackrefNode | GroupNode | LookNode | QuantNode;

class ParseFailure extends Error {}

class Parser {
  private i = 0;
  /** Code points named in the pattern, for the sample alphabet. */
  readonly literals = new Set<number>();
  constructor(private readonly s: string) {}

  parse(): Node[][] {
    const alts = this.alternatives();
    if (this.i < this.s.length) throw new ParseFailure(`unexpected ${this.s[this.i]}`);
    return alts;
  }

  private alternatives(): Node[][] {
    const alts: Node[][] = [this.sequence()];
    while (this.s[this.i] === "|") {
      this.i++;
      alts.push(this.sequence());
    }
    return alts;
  }

  private sequence(): Node[] {
    const terms: Node[] = [];
    while (this.i < this.s.length && this.s[this.i] !== "|" && this.s[this.i] !== ")") {
      const atom = this.atom();
      terms.push(this.quantifier(atom));
    }
    return terms;
  }

  private quantifier(atom: Node): Node {
    const s = this.s;
    let min: number;
    let max: number;
    const c = s[this.i];
    if (c === "*") [min, max] = [0, Infinity];
    else if (c === "+") [min, max] = [1, Infinity];
    else if (c === "?") [min, max] = [0, 1];
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/u.exec(s.slice(this.i, this.i + 24));
      if (!m) return atom; // a literal brace (only legal without the u flag)
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    } else {
      return atom;
    }
    this.i++;
    if (s[this.i] === "?") this.i++; // lazy: same cost on failure
    if (atom.type === "assert" || atom.type === "look") return atom; // quantified assertions (legacy syntax) are zero-width
    return { type: "quant", body: atom, min, max, start: atom.start, end: this.i };
  }

  private atom(): Node {
    const s = this.s;
    const start = this.i;
    const c = s[this.i]!;
    if (c === "(") {
      this.i++;
      let look: { behind: boolean; negate: boolean } | null = null;
      if (s.startsWith("?:", this.i)) this.i += 2;
      else if (s.startsWith("?=", this.i)) (look = { behind: false, negate: false }), (this.i += 2);
      else if (s.startsWith("?!", this.i)) (look = { behind: false, negate: true }), (this.i += 2);
      else if (s.startsWith("?<=", this.i)) (look = { behind: true, negate: false }), (this.i += 3);
      else if (s.startsWith("?<!", this.i)) (look = { behind: true, negate: true }), (this.i += 3);
      else if (s.startsWith("?<", this.i)) {
        const close = s.indexOf(">", this.i);
        if (close < 0) throw new ParseFailure("unterminated group name");
        this.i = close + 1;
      } else if (s[this.i] === "?") throw new ParseFailure("unsupported group");
      const alternatives = this.alternatives();
      if (s[this.i] !== ")") throw new ParseFailure("unterminated group");
      this.i++;
      return look ? { type: "look", ...look, alternatives, start, end: this.i } : { type: "group", alternatives, start, end: this.i };
    }
    if (c === "[") {
      this.i++;
      if (s[this.i] === "^") this.i++;
      if (s[this.i] === "]") this.i++; // "[]" is empty, "[^]" any: both end at the next "]"
      while (this.i < s.length && s[this.i] !== "]") {
        if (s[this.i] === "\\") this.escapeInClass();
        else this.literal();
      }
      if (s[this.i] !== "]") throw new ParseFailure("unterminated class");
      this.i++;
      return { type: "char", src: s.slice(start, this.i), start, end: this.i };
    }
    if (c === "^" || c === "$") {
      this.i++;
      return { type: "assert", src: c, start, end: this.i };
    }
    if (c === ".") {
      this.i++;
      return { type: "char", src: ".", start, end: this.i };
    }
    if (c === "\\") {
      const e = s[this.i + 1];
      if (e === undefined) throw new ParseFailure("trailing backslash");
      if (e === "b" || e === "B") {
        this.i += 2;
        return { type: "assert", src: s.slice(start, this.i), start, end: this.i };
      }
      if (/[1-9]/u.test(e)) {
        this.i += 2;
        while (/\d/u.test(s[this.i] ?? "")) this.i++;
        return { type: "backref", src: s.slice(start, this.i), start, end: this.i };
      }
      if (e === "k" && s[this.i + 2] === "<") {
        const close = s.indexOf(">", this.i);
        this.i = close < 0 ? s.length : close + 1;
        return { type: "backref", src: s.slice(start, this.i), start, end: this.i };
      }
      this.escapeInClass();
      return { type: "char", src: s.slice(start, this.i), start, end: this.i };
    }
    if (c === ")" || c === "|") throw new ParseFailure(`unexpected ${c}`);
    if (c === "*" || c === "+" || c === "?") throw new ParseFailure("nothing to repeat");
    this.literal();
    return { type: "char", src: s.slice(start, this.i), start, end: this.i };
  }

  /** One literal code point (a surrogate pair counts as one). */
  private literal(): void {
    const cp = this.s.codePointAt(this.i)!;
    this.literals.add(cp);
    this.i += cp > 0xffff ? 2 : 1;
  }

  /** An escape at `i` (`\d`, `\p{L}`, `\u00a0`, `\u{1F600}`, `\x41`, `\cJ`, `\.`), recording the character it names. */
  private escapeInClass(): void {
    const s = this.s;
    const e = s[this.i + 1];
    if (e === undefined) throw new ParseFailure("trailing backslash");
    if ((e === "p" || e === "P") && s[this.i + 2] === "{") {
      const close = s.indexOf("}", this.i);
      if (close < 0) throw new ParseFailure("unterminated property");
      this.i = close + 1;
      return;
    }
    if (e === "u") {
      if (s[this.i + 2] === "{") {
        const close = s.indexOf("}", this.i);
        if (close < 0) throw new ParseFailure("unterminated code point");
        this.literals.add(parseInt(s.slice(this.i + 3, close), 16));
        this.i = close + 1;
        return;
      }
      const hex = s.slice(this.i + 2, this.i + 6);
      if (/^[0-9a-f]{4}$/iu.test(hex)) {
        let cp = parseInt(hex, 16);
        this.i += 6;
        const low = /^\\u(d[c-f][0-9a-f]{2})/iu.exec(s.slice(this.i, this.i + 6));
        if (cp >= 0xd800 && cp <= 0xdbff && low) {
          cp = 0x10000 + ((cp - 0xd800) << 10) + (parseInt(low[1]!, 16) - 0xdc00);
          this.i += 6;
        }
        this.literals.add(cp);
        return;
      }
    }
    if (e === "x" && /^[0-9a-f]{2}$/iu.test(s.slice(this.i + 2, this.i + 4))) {
      this.literals.add(parseInt(s.slice(this.i + 2, this.i + 4), 16));
      this.i += 4;
      return;
    }
    if (e === "c" && /[a-z]/iu.test(s[this.i + 2] ?? "")) {
      this.i += 3;
      return;
    }
    const cp = s.codePointAt(this.i + 1)!;
    this.literals.add(cp);
    this.i += cp > 0xffff ? 3 : 2;
  }
}

// ---------------------------------------------------------------------------------------------
// Character sets over a sample alphabet.
// ---------------------------------------------------------------------------------------------

/**
 * Characters every check samples: ASCII, Latin-1, and one or two of each script, space, dash,
 * quote, digit family and oddity (case-folding traps, surrogates, astral letters) that scraped
 * text contains. Characters named in the pattern are added per pattern.
 */
const BASE_SAMPLE: readonly number[] = (() => {
  const out: number[] = [];
  for (let c = 0; c < 0x100; c++) out.push(c);
  out.push(
    0x017f, 0x0130, 0x0131, 0x212a, 0x212b, 0x1e9e, // case-folding traps: ſ İ ı K Å ẞ
    0x03b1, 0x03a3, 0x03c2, 0x0430, 0x042f, 0x05d0, 0x0627, 0x0628, 0x0649, 0x064a, 0x0660, 0x0663, 0x06f5,
    0x0915, 0x0967, 0x0e01, 0x10d0, 0x3042, 0x30a2, 0x4e2d, 0x65e5, 0xac00, 0xad11,
    0x1680, 0x2000, 0x2007, 0x200a, 0x200b, 0x200c, 0x200d, 0x2028, 0x2029, 0x202f, 0x205f, 0x2060, 0x3000, 0xfeff,
    0x2010, 0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2026, 0x20ac, 0x2122, 0x2192,
    0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0xfffd, 0xff21, 0xff41, 0xff10,
    0x1d400, 0x1f600, 0x1f1eb, 0x20000, 0x10ffff,
  );
  return out;
})();

type Bits = Uint8Array;

const BASE_CHARS: readonly string[] = BASE_SAMPLE.map((cp) => String.fromCodePoint(cp));
const BASE_SET: ReadonlySet<number> = new Set(BASE_SAMPLE);
/** Atom regexes and their answers on the base sample, shared by every pattern checked (atoms repeat a lot). */
const atomCache = new Map<string, { re: RegExp | null; base: Bits }>();
const ATOM_CACHE_LIMIT = 5000;

function atomOnBase(src: string, flags: string): { re: RegExp | null; base: Bits } {
  const key = `${flags}\u0000${src}`;
  let hit = atomCache.get(key);
  if (hit) return hit;
  let re: RegExp | null = null;
  const base = new Uint8Array(BASE_CHARS.length);
  try {
    re = new RegExp(`^(?:${src})$`, flags);
    for (let k = 0; k < BASE_CHARS.length; k++) if (re.test(BASE_CHARS[k]!)) base[k] = 1;
  } catch {
    base.fill(1); // unknown syntax: assume it matches anything (conservative)
  }
  hit = { re, base };
  if (atomCache.size >= ATOM_CACHE_LIMIT) atomCache.clear();
  atomCache.set(key, hit);
  return hit;
}

/** The sample alphabet of one pattern: the base sample, then the pattern's own characters not in it. */
class Alphabet {
  readonly extra: string[];
  readonly size: number;
  readonly all: Bits;
  private readonly cache = new Map<string, Bits>();
  constructor(
    literals: ReadonlySet<number>,
    private readonly flags: string,
  ) {
    const extra = new Set<number>();
    for (const cp of literals) {
      if (!Number.isInteger(cp) || cp < 0 || cp > 0x10ffff) continue;
      const ch = String.fromCodePoint(cp);
      for (const v of [ch, ch.toLowerCase(), ch.toUpperCase()]) {
        const p = v.codePointAt(0);
        if (p !== undefined && v.length === String.fromCodePoint(p).length && !BASE_SET.has(p)) extra.add(p);
      }
    }
    this.extra = [...extra].map((cp) => String.fromCodePoint(cp));
    this.size = BASE_CHARS.length + this.extra.length;
    this.all = new Uint8Array(this.size).fill(1);
  }

  /** The sample characters a one-character atom (`a`, `[^\n]`, `\p{L}`, `.`) matches. */
  of(src: string): Bits {
    let bits = this.cache.get(src);
    if (bits) return bits;
    const { re, base } = atomOnBase(src, this.flags);
    bits = new Uint8Array(this.size);
    bits.set(base);
    for (let k = 0; k < this.extra.length; k++) if (re === null || re.test(this.extra[k]!)) bits[BASE_CHARS.length + k] = 1;
    this.cache.set(src, bits);
    return bits;
  }

  empty(): Bits {
    return new Uint8Array(this.size);
  }
}

function intersects(a: Bits, b: Bits): boolean {
  for (let k = 0; k < a.length; k++) if (a[k]! & b[k]!) return true;
  return false;
}
function and(a: Bits, b: Bits): Bits {
  const out = new Uint8Array(a.length);
  for (let k = 0; k < a.length; k++) out[k] = a[k]! & b[k]!;
  return out;
}
function andNot(a: Bits, b: Bits): Bits {
  const out = new Uint8Array(a.length);
  for (let k = 0; k < a.length; k++) out[k] = a[k]! & (b[k]! ^ 1);
  return out;
}
function orInto(a: Bits, b: Bits): void {
  for (let k = 0; k < a.length; k++) a[k] = a[k]! | b[k]!;
}
function isEmpty(a: Bits): boolean {
  for (let k = 0; k < a.length; k++) if (a[k]) return false;
  return true;
}

// ---------------------------------------------------------------------------------------------
// Analysis.
// ---------------------------------------------------------------------------------------------

/**
 * A quantifier whose repetitions are still "open": text it could have taken may be matched by what
 * follows instead, so a later quantifier that accepts the same text makes the split ambiguous.
 */
interface Open {
  /** Characters the loop pumps (narrowed by lookbehinds). */
  readonly set: Bits;
  /** The loop, or `null` for the implicit scan over start positions of an unanchored pattern. */
  readonly quant: QuantNode | null;
  /**
   * For the implicit scan: the character sets matched on the way from the start position to here.
   * A later unbounded quantifier rescans a run only if each of them accepts some character of the run.
   */
  readonly path: ReadonlySet<Bits>;
  /** Characters that must be matched between the loop and here (fewer split points when long). */
  readonly gap: number;
}

const NO_PATH: ReadonlySet<Bits> = new Set();

const SEVERITY: Readonly<Record<PatternIssue["kind"], number>> = {
  "back-reference": 5,
  "nested-quantifier": 4,
  "ambiguous-alternation": 4,
  "overlapping-quantifiers": 3,
  "super-linear-move": 2,
  "too-complex": 1,
};

/**
 * `top`: quantifiers that overlap are reported when their combined cost exceeds the budget.
 * `nested`: inside a group repeated more than {@link NEST_BOUND} times, any overlap is reported.
 */
type Mode = "top" | "nested";

class Analysis {
  issue: PatternIssue | null = null;
  private budget: number = OVERLAP_BUDGET.unanchored;
  private readonly nullableMemo = new Map<Node, boolean>();
  private readonly charsMemo = new Map<Node, Bits>();
  private readonly firstMemo = new Map<Node, Bits>();
  private readonly checked = new Set<QuantNode>();
  constructor(
    private readonly source: string,
    private readonly alphabet: Alphabet,
  ) {}

  private frag(n: { start: number; end: number }): string {
    return this.source.slice(n.start, n.end);
  }

  /** Keeps the gravest issue found (exponential before polynomial before quadratic scanning). */
  private report(issue: PatternIssue): void {
    if (this.issue === null || SEVERITY[issue.kind] > SEVERITY[this.issue.kind]) this.issue = issue;
  }

  nullable(n: Node): boolean {
    let v = this.nullableMemo.get(n);
    if (v !== undefined) return v;
    switch (n.type) {
      case "char":
        v = false;
        break;
      case "assert":
      case "look":
      case "backref":
        v = true;
        break;
      case "group":
        v = n.alternatives.some((alt) => alt.every((t) => this.nullable(t)));
        break;
      case "quant":
        v = n.min === 0 || this.nullable(n.body);
        break;
    }
    this.nullableMemo.set(n, v);
    return v;
  }

  /** Can this node match the empty string with no assertion that might fail? */
  private alwaysSucceeds(t: Node): boolean {
    return (t.type === "quant" && t.min === 0) || (t.type === "group" && t.alternatives.some((a) => a.every((u) => this.alwaysSucceeds(u))));
  }

  /** Every character the node can consume. */
  chars(n: Node): Bits {
    let v = this.charsMemo.get(n);
    if (v) return v;
    switch (n.type) {
      case "char":
        v = this.alphabet.of(n.src);
        break;
      case "group":
        v = this.alphabet.empty();
        for (const alt of n.alternatives) for (const t of alt) orInto(v, this.chars(t));
        break;
      case "quant":
        v = n.max === 0 ? this.alphabet.empty() : this.chars(n.body);
        break;
      default:
        v = this.alphabet.empty();
    }
    this.charsMemo.set(n, v);
    return v;
  }

  /** Characters a non-empty match of the node can start with. */
  first(n: Node): Bits {
    let v = this.firstMemo.get(n);
    if (v) return v;
    switch (n.type) {
      case "char":
        v = this.alphabet.of(n.src);
        break;
      case "group":
        v = this.alphabet.empty();
        for (const alt of n.alternatives) orInto(v, this.firstOfSeq(alt));
        break;
      case "quant":
        v = n.max === 0 ? this.alphabet.empty() : this.first(n.body);
        break;
      default:
        v = this.alphabet.empty();
    }
    this.firstMemo.set(n, v);
    return v;
  }

  private firstOfSeq(seq: readonly Node[]): Bits {
    const out = this.alphabet.empty();
    for (const t of seq) {
      orInto(out, this.first(t));
      if (!this.nullable(t)) break;
    }
    return out;
  }

  /** Top level: each alternative is tried at every start position unless it begins with `^`. */
  run(alternatives: Node[][]): void {
    for (const alt of alternatives) {
      const anchored = alt[0]?.type === "assert" && alt[0].src === "^";
      const open: Open[] = anchored ? [] : [{ set: this.alphabet.all, quant: null, path: NO_PATH, gap: 0 }];
      this.budget = anchored ? OVERLAP_BUDGET.anchored : OVERLAP_BUDGET.unanchored;
      this.scanSeq(alt, open, "top", false);
    }
  }

  private scanSeq(seq: readonly Node[], open: Open[], mode: Mode, restCanFail: boolean): Open[] {
    // canFail[k]: whether what follows term k (in this sequence or after it) can fail.
    const canFail: boolean[] = new Array<boolean>(seq.length);
    let fails = restCanFail;
    for (let k = seq.length - 1; k >= 0; k--) {
      canFail[k] = fails;
      fails = fails || !this.alwaysSucceeds(seq[k]!);
    }
    let cur = open;
    for (let k = 0; k < seq.length; k++) cur = this.scan(seq[k]!, cur, mode, canFail[k]!);
    return cur;
  }

  private scanAlternatives(alternatives: Node[][], open: Open[], mode: Mode, restCanFail: boolean): Open[] {
    const out: Open[] = [];
    for (const alt of alternatives) out.push(...this.scanSeq(alt, open, mode, restCanFail));
    return merge(out);
  }

  /**
   * Walks a node with the loops still open before it and returns those open after it, reporting
   * a loop that can take text an open loop could also have taken.
   */
  private scan(n: Node, open: Open[], mode: Mode, restCanFail: boolean): Open[] {
    switch (n.type) {
      case "char": {
        // One character is consumed. An explicit loop stays open if it could have taken that
        // character itself (`\w+.\w+`); the implicit scan records what the path needs.
        const set = this.alphabet.of(n.src);
        const out: Open[] = [];
        for (const o of open) {
          if (o.quant === null) out.push({ ...o, path: new Set([...o.path, set]) });
          else if (intersects(o.set, set)) out.push({ ...o, gap: o.gap + 1 });
        }
        return out;
      }
      case "assert":
        return open;
      case "backref":
        this.report({ kind: "back-reference", fragment: n.src, message: `back-reference ${n.src}: matching with back-references can take exponential time` });
        return open;
      case "look": {
        // Lookaheads read what comes next, so they inherit the open loops; their result is dropped (zero width).
        this.scanAlternatives(n.alternatives, n.behind ? [] : open, mode, true);
        const only = n.alternatives.length === 1 && n.alternatives[0]!.length === 1 ? n.alternatives[0]![0]! : null;
        if (!n.behind || only?.type !== "char") return open;
        // `(?<![\p{L}])` says the character before this point is not a letter: a loop that pumped
        // letters up to here cannot have, and a start position inside a run of letters fails at once.
        const set = this.alphabet.of(only.src);
        const allowed = n.negate ? andNot(this.alphabet.all, set) : set;
        const out: Open[] = [];
        for (const o of open) {
          if (o.quant === null) out.push({ ...o, path: new Set([...o.path, allowed]) });
          else {
            const narrowed = and(o.set, allowed);
            if (!isEmpty(narrowed)) out.push({ ...o, set: narrowed });
          }
        }
        return out;
      }
      case "group":
        return this.scanAlternatives(n.alternatives, open, mode, restCanFail);
      case "quant":
        return this.scanQuant(n, open, mode, restCanFail);
    }
  }

  /** A quantifier that chooses how much to take (`?` chooses too, but between two lengths only). */
  private isLoop(q: QuantNode, mode: Mode): boolean {
    return q.max > q.min && (mode === "nested" || q.max >= 2);
  }

  private scanQuant(q: QuantNode, open: Open[], mode: Mode, restCanFail: boolean): Open[] {
    const loop = this.isLoop(q, mode);
    const body = this.chars(q.body);
    const first = this.first(q.body);
    if (loop && !isEmpty(first)) {
      for (const o of open) {
        if (o.quant === null) {
          // Bounded repetition costs at most its bound per start position: linear.
          if (q.max !== Infinity || !restCanFail) continue;
          if (![...o.path].every((p) => intersects(p, body))) continue;
          this.report({
            kind: "super-linear-move",
            fragment: this.frag(q),
            message: `${this.frag(q)} can start at every position of a long run and rescan it before failing (quadratic); anchor the pattern with ^ or bound the repetition`,
          });
        } else if (!intersects(o.set, first)) {
          continue;
        } else if (mode === "top" && overlapCost(o.quant.max, q.max, o.gap) <= this.budget) {
          continue; // at most one side unbounded: a bounded number of splits per start position
        } else if (o.quant === q) {
          this.report({
            kind: "nested-quantifier",
            fragment: this.frag(q),
            message: `${this.frag(q)} is inside a repeated group and can hand text to itself in the next repetition, so the same text splits in many ways (exponential backtracking)`,
          });
        } else {
          this.report({
            kind: "overlapping-quantifiers",
            fragment: `${this.frag(o.quant)} … ${this.frag(q)}`,
            message: `${this.frag(o.quant)} and ${this.frag(q)} can match the same text with nothing required between them, so every split is tried (polynomial backtracking)`,
          });
        }
      }
    }
    if (q.max >= 2 && q.body.type !== "char") this.checkRepeatedBody(q);
    const out: Open[] = [];
    if (q.min === 0) out.push(...open);
    if (q.max > 0) out.push(...this.scan(q.body, open, mode, true));
    if (loop && !isEmpty(body)) out.push({ set: body, quant: q, path: NO_PATH, gap: 0 });
    return merge(out);
  }

  /**
   * A group repeated many times: two alternatives that start alike, or a quantifier in the body
   * that can hand text to itself in the next repetition, make the split between repetitions ambiguous.
   */
  private checkRepeatedBody(q: QuantNode): void {
    if (this.checked.has(q)) return;
    this.checked.add(q);
    // A few repetitions (`{1,3}`) multiply the cost of an ambiguous body by a constant: the
    // budget applies. More make it exponential: any ambiguity is reported.
    const mode: Mode = q.max > NEST_BOUND ? "nested" : "top";
    if (mode === "nested") this.checkAlternations(q.body, q);
    // Each quantifier still open at the end of the first copy meets its twin in the second copy
    // (the same node), which scanQuant reports as a nested quantifier.
    const pass1 = this.scan(q.body, [], mode, true);
    this.scan(q.body, pass1, mode, true);
  }

  private checkAlternations(n: Node, repeated: QuantNode): void {
    if (n.type === "group") {
      const firsts = n.alternatives.map((alt) => this.firstOfSeq(alt));
      for (let a = 0; a < firsts.length; a++) {
        for (let b = a + 1; b < firsts.length; b++) {
          if (intersects(firsts[a]!, firsts[b]!)) {
            this.report({
              kind: "ambiguous-alternation",
              fragment: this.frag(repeated),
              message: `in ${this.frag(repeated)}, two alternatives can start with the same character, so each repetition may be matched several ways (exponential backtracking)`,
            });
            return;
          }
        }
      }
      for (const alt of n.alternatives) for (const t of alt) this.checkAlternations(t, repeated);
    } else if (n.type === "quant") {
      this.checkAlternations(n.body, repeated);
    }
  }
}

/**
 * Keeps one entry per loop: explicit loops take the union of their sets; implicit entries keep
 * only the path requirements they share (fewer requirements report more: conservative).
 */
function merge(list: Open[]): Open[] {
  const byQuant = new Map<QuantNode | null, Open>();
  for (const o of list) {
    const prev = byQuant.get(o.quant);
    if (!prev) {
      byQuant.set(o.quant, o);
    } else if (o.quant === null) {
      byQuant.set(null, { ...prev, path: new Set([...prev.path].filter((p) => o.path.has(p))) });
    } else {
      const set = prev.set === o.set ? prev.set : new Uint8Array(prev.set);
      if (set !== prev.set) orInto(set, o.set);
      byQuant.set(o.quant, { ...prev, set, gap: Math.min(prev.gap, o.gap) });
    }
  }
  return [...byQuant.values()];
}

/**
 * Backtracking steps per start position for two overlapping quantifiers with bounds `a` and `b`
 * and `gap` required characters between them: about the product of the bounds (an unbounded side
 * counts once, as a linear scan) divided by the gap, since a required literal limits where the
 * split can fall. Two unbounded sides are quadratic whatever the gap.
 */
function overlapCost(a: number, b: number, gap: number): number {
  if (a === Infinity && b === Infinity) return Infinity;
  return ((a === Infinity ? 1 : a) * (b === Infinity ? 1 : b)) / Math.max(1, gap);
}

/** Longer patterns are refused rather than analysed (the analysis is linear-ish, not free). */
const MAX_CHECKED_LENGTH = 20_000;

const cache = new Map<string, PatternIssue | null>();
const CACHE_LIMIT = 1000;

/**
 * Finds the first shape in a pattern that makes a backtracking engine super-linear.
 *
 * @param source - the pattern source, as given to `new RegExp`
 * @param flags - the flags it is compiled with (default `"iu"`); `i` matters for overlaps
 * @returns the issue, or `null` when the pattern is linear (or not parseable here: the RegExp
 *   constructor reports syntax errors)
 * @example
 * ```ts
 * findSuperLinear("(\\w+\\s?)*$")?.kind; // "nested-quantifier"
 * findSuperLinear("^(?: \\w{1,20}){0,3}$"); // null
 * ```
 */
export function findSuperLinear(source: string, flags = "iu"): PatternIssue | null {
  const key = `${flags}/${source}`;
  const hit = cache.get(key);
  if (hit !== undefined) return hit;
  if (source.length > MAX_CHECKED_LENGTH) {
    return { kind: "too-complex", fragment: source.slice(0, 40), message: `pattern longer than ${MAX_CHECKED_LENGTH} characters; split it into several rules` };
  }
  let result: PatternIssue | null;
  const cleanFlags = [...new Set(flags.replace(/[gyd]/gu, ""))].join("");
  try {
    const parser = new Parser(source);
    const ast = parser.parse();
    const analysis = new Analysis(source, new Alphabet(parser.literals, cleanFlags));
    analysis.run(ast);
    result = analysis.issue;
  } catch (error) {
    if (!(error instanceof ParseFailure)) throw error;
    result = null;
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, result);
  return result;
}
