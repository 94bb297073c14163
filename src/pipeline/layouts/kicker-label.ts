/**
 * Section labels used as kickers: `EXCLUSIF - Le port rouvre …`, `REPORTAGE - Le conseil a voté …`,
 * `ANALYSIS – Why the ferry …`. An ALL-CAPS rubric word (or two or three words starting with one)
 * and a dash, before a title or a first paragraph in ordinary case, is the story's kicker, not
 * part of its title or body. Only rubric words: an ALL-CAPS place before a dash is a wire dateline
 * (`MADRID — Rafael …`), and a name before one is part of the title (`NASA - SpaceX …`).
 */
import type { Removed } from "../../model/article.js";
import { inputOffset, type ClassifiedLine } from "../../model/block.js";
import type { ArticleDraft } from "../draft.js";

/**
 * Rubric words that head stories as section labels, in the languages the parser reads (English,
 * French, Spanish, Portuguese, Italian, German): the kinds of piece, not topics or places.
 */
const RUBRICS: ReadonlySet<string> = new Set([
  "exclusive", "exclusif", "exclusivité", "exclusiva", "esclusiva", "exklusiv",
  "analysis", "analyse", "análisis", "análise", "analisi",
  "reportage", "report", "reportaje", "reportagem", "bericht",
  "opinion", "opinión", "opinião", "opinione", "meinung", "tribune", "editorial", "édito", "editoriale", "leitartikel", "kommentar",
  "interview", "entretien", "entrevista", "intervista",
  "enquête", "investigation", "investigación", "inchiesta", "recherche",
  "décryptage", "explainer", "fact check", "factcheck", "vérification",
  "portrait", "récit", "témoignage", "chronique", "column", "crónica", "cronaca",
  "feature", "review", "critique", "live", "direct", "en direct", "video", "vidéo", "vídeo", "photos", "podcast",
  "breaking", "urgent", "alerte", "info", "update", "watch", "listen", "grand format", "long read",
]);

/** Up to three ALL-CAPS words, then a dash between spaces (a colon is left alone: `BREAKING:` heads many titles). */
const LABEL = /^(\p{Lu}[\p{Lu}\p{N}'’]{2,20}(?: \p{Lu}[\p{Lu}\p{N}'’]{1,20}){0,2}) ([-–—]) (?=\S)/u;

/**
 * Split a section label off the front of a text.
 *
 * @param text - A title or a paragraph.
 * @returns The label, the offset of its dash, and where the rest starts; `null` when the text
 *   opens with no label, or the rest is ALL-CAPS too (then the whole line is a shouted title).
 * @example
 * ```ts
 * splitKickerLabel("REPORTAGE - Le conseil a voté mardi"); // { label: "REPORTAGE", dash: 10, rest: 12 }
 * ```
 */
export function splitKickerLabel(text: string): { label: string; dash: number; rest: number } | null {
  const m = LABEL.exec(text);
  if (!m || !RUBRICS.has(m[1]!.toLowerCase())) return null;
  const rest = m[0].length;
  // The rest must read as ordinary text: a lower-case letter within its first words.
  if (!/\p{Ll}/u.test(text.slice(rest, rest + 40))) return null;
  return { label: m[1]!, dash: m[1]!.length + 1, rest };
}

function dashRemoved(input: string, start: number): Removed {
  return { kind: "kicker-separator", ruleId: "structure/kicker-label", start, end: start + 1, text: input.slice(start, start + 1) };
}

/**
 * Move a section label from the front of a draft's title (when its line is known) or of its
 * first paragraph to its kicker, recording the dash as removed. Drafts with a kicker already are
 * left alone.
 *
 * @param draft - The article.
 * @param titleLine - The line the title was read from, or `null` when not known.
 * @param input - The page's input.
 * @returns Nothing; the draft is updated in place.
 * @example
 * ```ts
 * takeKickerLabel(draft, lines[found.titleLine], ctx.input);
 * ```
 */
export function takeKickerLabel(draft: ArticleDraft, titleLine: ClassifiedLine | null, input: string): void {
  if (draft.kicker !== null) return;
  if (titleLine && titleLine.text === draft.title) {
    const split = splitKickerLabel(draft.title);
    if (split) {
      const at = inputOffset(titleLine, split.dash);
      if (input.charAt(at) === draft.title.charAt(split.dash)) {
        draft.kicker = split.label;
        draft.title = draft.title.slice(split.rest);
        draft.removed = [...draft.removed, dashRemoved(input, at)].sort((a, b) => a.start - b.start);
        return;
      }
    }
  }
  const first = draft.paragraphs[0];
  if (first === undefined) return;
  const split = splitKickerLabel(first);
  if (!split) return;
  // The paragraph is derived text: find it in the input from the draft's start, and give up
  // (leave the label in place) when the input spells it differently.
  const found = input.indexOf(first.slice(0, split.rest + 20), draft.start);
  if (found < 0 || (draft.end > 0 && found >= draft.end)) return;
  draft.kicker = split.label;
  draft.paragraphs = [first.slice(split.rest), ...draft.paragraphs.slice(1)];
  draft.removed = [...draft.removed, dashRemoved(input, found + split.dash)].sort((a, b) => a.start - b.start);
}
