/**
 * Numbered step labels over the sections of a how-to guide: `STEP 1`, `Step 2:`, `SETUP STEP #3`,
 * `Schritt 1`, `Étape 2`, `Paso 3`, `Passo 1`. A run of them, the same word with consecutive
 * numbers, heads the sections of one story. The roundup and digest layouts would otherwise read
 * each label as the kicker or the source of a separate item, and the guide as a listing.
 */
import type { ClassifiedLine } from "../../model/block.js";

/**
 * The step words, in the languages the parser reads (English, French, Spanish, Portuguese,
 * Italian, German): at most two words before them (`SETUP STEP`), a number (`#` allowed), and an
 * optional colon, dot or dash.
 */
const STEP_LABEL = /^((?:\p{L}+ ){0,2}(?:step|schritt|étape|etape|paso|passo|etapa))\s?#?(\d{1,2})\s?[:.\-–—]?$/iu;

/** The most words a step label line holds (`SETUP STEP #2` is three). */
const MAX_WORDS = 4;

/**
 * The fewest code units a step label holds: a step word of four (`paso`; each of its letters is
 * matched by one code unit, even `ſ` for `s`) and a digit. Lines of one or two characters, which
 * a page of millions of them is made of, are passed over without the digit test.
 */
const MIN_CHARS = 5;

/**
 * Marks the lines that are numbered step labels in sequence: two or more labels with the same
 * words, numbered one after the other (`Step 1`, `Step 2`, …) in page order. A lone label, or
 * labels whose numbers do not follow (`STEP 1`, `STEP 4`), are left alone.
 *
 * @param lines - The page's classified lines.
 * @param marks - One entry per line, set to 1 for each step label found (the caller's array).
 * @returns How many lines were marked.
 * @example
 * ```ts
 * markStepLabels(lines, taken); // hides `Step 1` / `Step 2` from the roundup and digest layouts
 * ```
 */
export function markStepLabels(lines: readonly ClassifiedLine[], marks: Uint8Array): number {
  // The current run: its words (lower-cased), its last number and its lines.
  let word = "";
  let last = 0;
  let run: number[] = [];
  let marked = 0;
  const flush = () => {
    if (run.length >= 2) {
      for (const i of run) marks[i] = 1;
      marked += run.length;
    }
    run = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.cls !== "text" || l.words > MAX_WORDS || l.text.length > 40 || l.text.length < MIN_CHARS) continue;
    // Every label holds a digit: most lines are settled without the regex.
    if (!/\d/u.test(l.text)) continue;
    const m = STEP_LABEL.exec(l.text);
    if (!m) continue;
    const w = m[1]!.toLowerCase();
    const num = Number(m[2]);
    if (run.length > 0 && w === word && num === last + 1) {
      run.push(i);
    } else {
      flush();
      run = [i];
      word = w;
    }
    last = num;
  }
  flush();
  return marked;
}
