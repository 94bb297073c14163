/**
 * A work meter for "linear in the input" checks that no machine load can fail: instead of a
 * clock, it counts the work a piece of code asks of the string, array and regular-expression
 * built-ins while it runs (the string and array methods are wrapped for that call only).
 *
 * What is counted, in code units or elements:
 * - every `charCodeAt` / `codePointAt` / `at` call: one (the steps of hand-written loops);
 * - `slice`, `substring`, `trim*`, `toLowerCase`, `toUpperCase`, `normalize`, `split`, `repeat`,
 *   `padStart`/`padEnd`: the length of the string they read or write;
 * - `indexOf`, `lastIndexOf`, `includes`: the distance searched; `startsWith`, `endsWith`: the
 *   length of the string compared (they compare at one place, whatever the position given);
 * - `RegExp#exec` / `test` (and so `match`, `replace`, `matchAll`, `split` with a regex): the
 *   code units from where the search starts to the end of the match, or to the end of the text
 *   when nothing matches; a failed search anchored at the start (`^`, no `m` flag, not global or
 *   sticky) counts only the first 64 units, as the engine gives up at once;
 * - array `filter`, `some`, `every`, `find`, `findIndex`, `findLast`, `map`, `forEach`, `reduce`,
 *   `indexOf`, `includes`, `slice`, `join`, `sort`, `concat` and spreading into a new array through
 *   `Array.from`: the array's length.
 *
 * This is an upper bound on the work done through the built-ins (a search that stops early is
 * counted as if it ran on), so a linear algorithm can only be counted as worse, never better: a
 * step quadratic in the input (a slice of the line per cut, a filter of every cut per cut, a test
 * of a growing string per piece) makes the count grow with the square of the size.
 */

type AnyFn = (...args: never[]) => unknown;

interface Patch {
  owner: object;
  name: string;
  original: AnyFn;
}

let units = 0;

function strLen(s: unknown): number {
  return typeof s === "string" ? s.length : 0;
}

function wrap(owner: object, name: string, cost: (self: unknown, args: unknown[], result: unknown) => number, patches: Patch[]): void {
  const original = (owner as Record<string, AnyFn>)[name]!;
  patches.push({ owner, name, original });
  const wrapped = function (this: unknown, ...args: unknown[]): unknown {
    const result = (original as (...a: unknown[]) => unknown).apply(this, args);
    units += cost(this, args, result);
    return result;
  };
  Object.defineProperty(owner, name, { value: wrapped, writable: true, configurable: true, enumerable: false });
}

function regexCost(re: RegExp, text: string, from: number, match: RegExpExecArray | null): number {
  if (match) return Math.max(1, match.index + match[0].length - from);
  const anchored = re.source.startsWith("^") && !re.multiline && !re.global && !re.sticky;
  return anchored ? Math.min(64, text.length) : Math.max(1, text.length - from);
}

/**
 * Runs `fn` and returns how many units of work it asked of the built-ins (see the module comment).
 * The built-ins are restored afterwards, even when `fn` throws.
 * @param fn - the code to measure (run synchronously)
 * @returns the units counted and `fn`'s result
 */
export function measureWork<T>(fn: () => T): { units: number; result: T } {
  const patches: Patch[] = [];
  const S = String.prototype;
  const A = Array.prototype;
  const R = RegExp.prototype;
  const one = (): number => 1;
  const selfLen = (self: unknown): number => strLen(self);
  const resultLen = (_self: unknown, _args: unknown[], result: unknown): number => Math.max(1, strLen(result));
  const forward = (self: unknown, args: unknown[], result: unknown): number => {
    const from = typeof args[1] === "number" ? Math.max(0, args[1]) : 0;
    const end = typeof result === "number" && result >= 0 ? result + strLen(args[0]) : strLen(self);
    return Math.max(1, end - from);
  };
  const backward = (self: unknown, args: unknown[], result: unknown): number => {
    const from = typeof args[1] === "number" ? Math.min(args[1], strLen(self)) : strLen(self);
    return Math.max(1, from - (typeof result === "number" && result >= 0 ? result : 0));
  };
  const arrLen = (self: unknown): number => Math.max(1, Array.isArray(self) ? self.length : 0);
  try {
    for (const name of ["charCodeAt", "codePointAt", "at"]) wrap(S, name, one, patches);
    for (const name of ["slice", "substring", "padStart", "padEnd", "repeat"]) wrap(S, name, resultLen, patches);
    for (const name of ["trim", "trimStart", "trimEnd", "toLowerCase", "toUpperCase", "toLocaleLowerCase", "normalize", "split"]) wrap(S, name, selfLen, patches);
    for (const name of ["indexOf", "includes"]) wrap(S, name, forward, patches);
    // startsWith and endsWith compare the search string at one place: its length, not the rest of
    // the text (`text.startsWith(word, at)` is not a scan from `at` to the end).
    for (const name of ["startsWith", "endsWith"]) wrap(S, name, (_s, args) => Math.max(1, strLen(args[0])), patches);
    wrap(S, "lastIndexOf", backward, patches);
    for (const name of ["filter", "some", "every", "find", "findIndex", "findLast", "findLastIndex", "map", "forEach", "reduce", "indexOf", "includes", "slice", "join", "sort", "concat", "fill"]) wrap(A, name, arrLen, patches);
    const exec = R.exec;
    patches.push({ owner: R, name: "exec", original: exec as AnyFn });
    Object.defineProperty(R, "exec", {
      value: function (this: RegExp, text: string): RegExpExecArray | null {
        const from = this.global || this.sticky ? this.lastIndex : 0;
        const match = exec.call(this, text);
        units += regexCost(this, String(text), from, match);
        return match;
      },
      writable: true,
      configurable: true,
      enumerable: false,
    });
    const test = R.test;
    patches.push({ owner: R, name: "test", original: test as AnyFn });
    Object.defineProperty(R, "test", {
      value: function (this: RegExp, text: string): boolean {
        const from = this.global || this.sticky ? this.lastIndex : 0;
        // `test` goes through the original exec, so the match position is known without counting twice.
        const match = exec.call(this, text);
        units += regexCost(this, String(text), from, match);
        return match !== null;
      },
      writable: true,
      configurable: true,
      enumerable: false,
    });
    units = 0;
    const result = fn();
    return { units, result };
  } finally {
    for (const p of patches.reverse()) Object.defineProperty(p.owner, p.name, { value: p.original, writable: true, configurable: true, enumerable: false });
  }
}

/**
 * Work per code unit of the input at size `n` and at `factor` times `n`, and their ratio: near 1
 * for a linear algorithm, near `factor` for a quadratic one. Each size is measured on a fresh
 * call of `make` (so caches filled by one size do not help the other).
 * @param make - builds an input of about `chars` code units
 * @param run - the code to measure on it
 * @param n - the smaller size
 * @param factor - how much larger the second size is
 */
export function workGrowth(make: (chars: number) => string, run: (input: string) => unknown, n: number, factor = 4): { small: number; large: number; ratio: number } {
  const a = make(n);
  const b = make(n * factor);
  const small = measureWork(() => run(a)).units / a.length;
  const large = measureWork(() => run(b)).units / b.length;
  return { small, large, ratio: large / small };
}
