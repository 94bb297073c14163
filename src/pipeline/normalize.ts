import type { Line } from "../model/block.js";

// Characters that render as a plain space: NBSP, the Unicode spaces, tab, narrow NBSP, ideographic space.
const SPACE_LIKE = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/u;
// Only the byte-order mark is dropped. Soft hyphens and zero-width characters are kept as printed:
// they are part of the text (a soft hyphen splits "Not\u00adfall" into two words for a tokenizer),
// and dropping them would make output differ from the input it claims to quote.
const INVISIBLE = /\ufeff/u;
const NEEDS_WORK = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]| {2}/u;

/**
 * Stage 2: normalise each line's text for matching (spaces unified and collapsed, invisible
 * characters dropped, ends trimmed) while keeping a map back to input offsets. It runs after
 * segmentation so offsets always refer to the original input. Characters are not NFC-normalised:
 * composed and decomposed forms are kept as printed, so the lossless property holds code unit by code unit.
 */
export function normalize(lines: Line[]): Line[] {
  for (const line of lines) normalizeLine(line);
  return lines;
}

function normalizeLine(line: Line): void {
  const raw = line.text;
  if (!NEEDS_WORK.test(raw)) {
    // Fast path: only trimming can change the text; offsets stay a constant shift.
    let a = 0;
    let b = raw.length;
    while (a < b && raw.charCodeAt(a) === 32) a++;
    while (b > a && raw.charCodeAt(b - 1) === 32) b--;
    line.text = raw.slice(a, b);
    line.textStart = line.start + a;
    line.map = null;
    return;
  }
  const out: string[] = [];
  const map: number[] = [];
  let pendingSpace = -1;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (INVISIBLE.test(ch)) continue;
    if (ch === " " || SPACE_LIKE.test(ch)) {
      if (out.length > 0 && pendingSpace < 0) pendingSpace = line.start + i;
      continue;
    }
    if (pendingSpace >= 0) {
      out.push(" ");
      map.push(pendingSpace);
      pendingSpace = -1;
    }
    out.push(ch);
    map.push(line.start + i);
  }
  const text = out.join("");
  // The end sentinel: one past the last kept character (or the line start for an empty line).
  map.push(map.length > 0 ? map[map.length - 1]! + 1 : line.start);
  line.text = text;
  line.map = Int32Array.from(map);
  line.textStart = map[0] ?? line.start;
}
