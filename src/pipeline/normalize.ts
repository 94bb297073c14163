import type { Line } from "../model/block.js";

/**
 * Characters that render as a plain space: tab, vertical tab, form feed, NBSP, the Unicode
 * spaces, narrow NBSP, ideographic space; and the breaks that Unicode has besides `\r` and `\n`:
 * next line (U+0085), line separator (U+2028) and paragraph separator (U+2029). A browser renders
 * those three as a line break, but `innerText` gives them back as they are (it writes `\n` only for
 * block boundaries and `<br>`), so one found in a line was put by an author inside the text of one
 * element, most often a sentence broken for layout ("according to\u2028the Privacy Policy"): read
 * as a space, the sentence stays one line and its words are apart for the rules, as a renderer's
 * copied text would have them. Only the byte-order mark (U+FEFF) is dropped besides
 * these. Soft hyphens and zero-width characters are kept as printed: they are part of the text (a
 * soft hyphen splits "Not\u00adfall" into two words for a tokenizer), and dropping them would
 * make output differ from the input it claims to quote.
 */
function isSpaceLike(c: number): boolean {
  return c === 9 || c === 11 || c === 12 || c === 0x85 || (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000));
}

/** `true` for what normalisation drops or folds into one space: a space, a space-like character or the byte-order mark. */
function isGap(c: number): boolean {
  return c === 32 || c === 0xfeff || isSpaceLike(c);
}

/**
 * A line holds something normalisation changes besides its ends: a space-like character, a
 * byte-order mark or two spaces in a row. This is the definition; {@link plainSpaces} answers
 * the same by a loop over the code units, and {@link normalize} by native searches of the input
 * (property tests hold them together). No `u` flag: every character here is in the BMP.
 */
export const NEEDS_WORK = /[\t\v\f\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;

/**
 * Scans `src[from, to)` once: `-1` when {@link NEEDS_WORK} matches in it (only the code units of
 * the range count: a space at `to - 1` is no pair with what follows), otherwise the number of
 * spaces (U+0020) in it. The same answer as the regular expression, and the count of spaces it
 * gives on the way is the line's word count (see {@link normalize}). Most code units (U+0021 to
 * U+009F, none of them a space or in NEEDS_WORK) are passed over with one unsigned comparison.
 * @param src - The text (the input, or the line's own text).
 * @param from - First code unit to look at.
 * @param to - One past the last.
 */
export function plainSpaces(src: string, from: number, to: number): number {
  let spaces = 0;
  for (let i = from; i < to; i++) {
    const c = src.charCodeAt(i);
    // U+0021 to U+0084 (printable ASCII but the space, DEL, C1 controls before NEL): nothing to do.
    if (c - 0x21 >>> 0 < 0x64) continue;
    if (c === 32) {
      if (i + 1 < to && src.charCodeAt(i + 1) === 32) return -1;
      spaces++;
    } else if (c < 0x20 ? c === 9 || c === 11 || c === 12 : c === 0x85 || (c >= 0xa0 && (c === 0xfeff || isSpaceLike(c)))) {
      return -1;
    }
  }
  return spaces;
}

/**
 * The characters of {@link NEEDS_WORK} (all but the two spaces in a row), scanning the whole
 * input (`lastIndex` is set before and reset after each use). Every match is one code unit.
 */
const SPACE_LIKE_ALL = /[\t\v\f\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/g;

/** `s.indexOf(" ", from)`, with `s.length` for none. */
function nextSpace(s: string, from: number): number {
  const i = s.indexOf(" ", from);
  return i < 0 ? s.length : i;
}

/**
 * Stage 2: normalise each line's text for matching (spaces unified and collapsed, invisible
 * characters dropped, ends trimmed) while keeping a map back to input offsets, and count its
 * words (`line.words`: what `countWords` gives on the normalised text). It runs after
 * segmentation so offsets always refer to the original input. Characters are not NFC-normalised:
 * composed and decomposed forms are kept as printed, so the lossless property holds code unit by code unit.
 * @param input - the input the lines were cut from by `segment` (their texts are still the raw
 *   slices `input.slice(start, end)`), when at hand: it is then scanned as a whole by native
 *   searches (the result is the same)
 * @param outOfTime - the parse's time budget, read every {@link NORMALIZE_STRIDE} lines: once it
 *   is spent the lines normalised so far are returned (the caller records the rest as unparsed)
 */
export function normalize(lines: Line[], input?: string, outOfTime?: () => boolean): Line[] {
  const maps = new MapChunks();
  if (input === undefined) {
    for (let i = 0; i < lines.length; i++) {
      if ((i & NORMALIZE_STRIDE_MASK) === NORMALIZE_STRIDE_MASK && outOfTime?.()) return lines.slice(0, i);
      const line = lines[i]!;
      // One scan of the raw line decides whether only trimming can change it, and counts its spaces.
      const spaces = plainSpaces(line.text, 0, line.text.length);
      if (spaces >= 0) trimLine(line, spaces);
      else normalizeLine(line, line.text, 0, maps);
    }
    return lines;
  }
  // The same answers as plainSpaces on each line (the tests hold the two paths together), by
  // native searches of the input instead of a loop over its code units: one regular expression
  // finds the space-like characters and byte-order marks, and `indexOf` hops from space to space,
  // counting them and looking for two in a row. Both keep a cursor (the first match at or after
  // the current line's start), so each part of the input is searched once, whatever the lines.
  const re = SPACE_LIKE_ALL;
  let special = -1; // first match of SPACE_LIKE_ALL at or after the line's start (input.length: none)
  let space = -1; // first space at or after the line's start, when `special` lies past the line
  for (let i = 0; i < lines.length; i++) {
    if ((i & NORMALIZE_STRIDE_MASK) === NORMALIZE_STRIDE_MASK && outOfTime?.()) {
      re.lastIndex = 0;
      return lines.slice(0, i);
    }
    const line = lines[i]!;
    const { start, end } = line;
    if (special < start) {
      re.lastIndex = start;
      special = re.test(input) ? re.lastIndex - 1 : input.length;
    }
    let spaces = -1;
    if (special >= end) {
      if (space < start) space = nextSpace(input, start);
      spaces = 0;
      while (space < end) {
        if (space + 1 < end && input.charCodeAt(space + 1) === 32) {
          spaces = -1;
          break;
        }
        spaces++;
        space = nextSpace(input, space + 1);
      }
    }
    if (spaces >= 0) trimLine(line, spaces);
    else normalizeLine(line, input, start, maps);
  }
  re.lastIndex = 0;
  return lines;
}

/** Lines normalised between two reads of the time budget (a power of two). */
export const NORMALIZE_STRIDE = 4096;
const NORMALIZE_STRIDE_MASK = NORMALIZE_STRIDE - 1;

/**
 * Whether a code unit is left out at the ends of a line's text: a line break, or what
 * normalisation drops or folds into one space (see {@link isGap}). The time budget's unparsed
 * piece is trimmed of these, as the lines are.
 */
export function isBlankUnit(c: number): boolean {
  return c === 10 || c === 13 || isGap(c);
}

/**
 * A code unit that is not {@link isBlankUnit} (the same set, as a character class; a test holds
 * the two together), for a native search past a run of blank lines. Global: set `lastIndex`
 * before a search and reset it after.
 */
export const NOT_BLANK = /[^\n\r \t\v\f\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]/g;

/**
 * Normalises a line holding nothing {@link NEEDS_WORK} matches: only trimming can change it, and
 * offsets stay a constant shift. Its text then has single spaces between words (no run of two, no
 * other spacing, none at the ends), so its words are its spaces plus one: those of the raw line
 * (`spaces`) less the ones trimmed.
 */
function trimLine(line: Line, spaces: number): void {
  const raw = line.text;
  let a = 0;
  let b = raw.length;
  while (a < b && raw.charCodeAt(a) === 32) a++;
  while (b > a && raw.charCodeAt(b - 1) === 32) b--;
  line.text = raw.slice(a, b);
  line.textStart = line.start + a;
  line.map = null;
  line.words = b > a ? spaces - a - (raw.length - b) + 1 : 0;
}

/**
 * Entries of the chunks {@link MapChunks} allocates (8 KB; a line longer than that gets a chunk of
 * its own size). Small on purpose: a larger typed array costs more to allocate and clear than the
 * maps it saves (128 KB chunks made normalisation slower), and most pages rewrite few lines.
 */
const MAP_CHUNK = 2048;

/**
 * Storage for the offset maps of the lines one `normalize` call rewrites: each map is an
 * `Int32Array` view of the entries it uses in a shared chunk, taken in turn, instead of an array
 * of its own. A typed array with a buffer of its own costs an allocation outside the heap
 * (about a microsecond) and, when its line drops characters, a second view of the entries used;
 * a view of a chunk is one small object. Maps only ever index their entries and read `length`,
 * so a view serves as an array of its own would (the chunk stays alive while a line keeps a view).
 */
class MapChunks {
  /** The chunk being filled, or `null` before the first map. */
  chunk: Int32Array | null = null;
  /** Entries of `chunk` already given to maps. */
  used = 0;

  /** A chunk with room for `size` entries from `used` on (a new one when this one lacks it). */
  room(size: number): Int32Array {
    let chunk = this.chunk;
    if (chunk === null || chunk.length - this.used < size) {
      chunk = new Int32Array(Math.max(MAP_CHUNK, size));
      this.chunk = chunk;
      this.used = 0;
    }
    return chunk;
  }

  /** Gives the `size` entries from `used` on (filled by the caller) to a map, as a view. */
  take(chunk: Int32Array, size: number): Int32Array {
    const map = new Int32Array(chunk.buffer, chunk.byteOffset + this.used * Int32Array.BYTES_PER_ELEMENT, size);
    this.used += size;
    return map;
  }
}

/**
 * Normalises in place a line that holds something {@link NEEDS_WORK} matches, and counts its
 * words (one more than the spaces it puts between kept characters). The raw line is read from
 * `src` at `from` (`src.slice(from, from + line.text.length) === line.text`: the input, when at
 * hand, so that a line cut from it by `segment` is read without going through its slice); its
 * map is taken from `maps`.
 */
function normalizeLine(line: Line, src: string, from: number, maps: MapChunks): void {
  const n = line.text.length;
  const end = from + n;
  const start = line.start - from; // input offset of src[k] is start + k
  // Kept characters are copied in runs (slices), not one by one: a paragraph with a single
  // no-break space is two slices and one space.
  const parts: string[] = [];
  // The map's entries are written at `base + k` of a shared chunk (see MapChunks).
  const chunk = maps.room(n + 1);
  const base = maps.used;
  let length = 0;
  let spaces = 0;
  let pendingSpace = -1;
  let runStart = -1;
  for (let i = from; i <= end; i++) {
    const c = i < end ? src.charCodeAt(i) : -1;
    // A lone U+0020 between two kept characters stays in the run: the general path below would
    // end the run, put one " " for it (mapped to it) and start the next run after it, which is
    // the same text and map in three parts instead of none.
    if (c === 32 && runStart >= 0 && i + 1 < end && !isGap(src.charCodeAt(i + 1))) {
      spaces++;
      chunk[base + length++] = start + i;
      continue;
    }
    const space = c === 32 || isSpaceLike(c);
    if (c === -1 || space || c === 0xfeff) {
      if (runStart >= 0) {
        parts.push(src.slice(runStart, i));
        runStart = -1;
      }
      if (space && length > 0 && pendingSpace < 0) pendingSpace = start + i;
      continue;
    }
    if (pendingSpace >= 0) {
      parts.push(" ");
      spaces++;
      chunk[base + length++] = pendingSpace;
      pendingSpace = -1;
    }
    if (runStart < 0) runStart = i;
    chunk[base + length++] = start + i;
  }
  // The end sentinel: one past the last kept character (or the line start for an empty line).
  chunk[base + length] = length > 0 ? chunk[base + length - 1]! + 1 : line.start;
  line.text = parts.join("");
  line.map = maps.take(chunk, length + 1);
  line.textStart = length > 0 ? chunk[base]! : line.start;
  line.words = length > 0 ? spaces + 1 : 0;
}
