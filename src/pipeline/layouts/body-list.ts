/**
 * Link lists the main story read as body: a list header and its titles printed between two
 * paragraphs (or after the last one), inside the run of lines the main-story stage took as the
 * story, often with the author's name under each title:
 *
 * ```
 * … the council said on Monday.            <- body
 * Recommended Reading                      <- list header
 * Lighthouse museum to reopen after repairs
 * Mira Okafor                              <- the linked story's author
 * Fishing fleet reports best spring catch
 * Tom Reyes
 * The ferry will run every hour from May … <- body again
 * ```
 *
 * The header and its titles are taken out of the body here, before the main story is built, so
 * the link-list layout reads them as stories of their own and the body loses nothing it owns.
 */
import type { ClassifiedLine } from "../../model/block.js";
import { isListHeader, MAX_SNIPPET_WORDS, MAX_TITLE_WORDS, NAME_LINE, titleLine, titleShape } from "./link-list.js";
import { endsSentence, nextNonBlank } from "./story.js";

/** A list this short is not told from two short paragraphs under a heading. */
const MIN_TITLES = 2;

/**
 * A teaser under a listed title: one line of text, a snippet's length (up to the link list's
 * {@link MAX_SNIPPET_WORDS}), longer than a title or a finished sentence of
 * {@link MIN_TEASER_WORDS} words or more.
 */
function teaserLine(l: ClassifiedLine): boolean {
  return l.cls === "text" && l.words <= MAX_SNIPPET_WORDS && (l.words > MAX_TITLE_WORDS || (l.words >= MIN_TEASER_WORDS && endsSentence(l.text)));
}

/** Whether the next line from `from` that is not blank is a {@link teaserLine}. */
function teaserNext(lines: readonly ClassifiedLine[], from: number): boolean {
  const k = nextNonBlank(lines, from);
  return k < lines.length && teaserLine(lines[k]!);
}

/** Words a teaser that ends a sentence needs: shorter lines under a title are labels, not teasers. */
const MIN_TEASER_WORDS = 8;

/**
 * Take the link lists out of a main story's body lines.
 *
 * @param lines - The page's classified lines.
 * @param bodyLines - The main story's body line indices, in page order.
 * @returns The body lines without the lists' lines (the same array when there are none).
 * @example
 * ```ts
 * found.bodyLines = withoutBodyLists(lines, found.bodyLines);
 * ```
 */
export function withoutBodyLists(lines: readonly ClassifiedLine[], bodyLines: readonly number[]): readonly number[] {
  let cut: Set<number> | null = null;
  if (bodyLines.length === 0) return bodyLines;
  // The header may be a line the story left out (a related-header rule's line, or one the decoder
  // read as chrome) while the titles and teasers under it are in the body: every line of the
  // body's stretch is asked.
  const last = bodyLines[bodyLines.length - 1]!;
  for (let h = bodyLines[0]!; h <= last; h++) {
    const header = lines[h]!;
    // Cheap checks first: this is asked of every line of the stretch.
    if ((header.cls !== "text" && header.cls !== "boilerplate") || header.words > 4 || !isListHeader(header)) continue;
    const run: number[] = [h];
    let titles = 0;
    let afterTitle = false;
    for (let j = h + 1; j < lines.length; j++) {
      const l = lines[j]!;
      if (l.cls === "blank") continue;
      // A capitalised title is one too when its teaser follows it (menus have no teasers).
      if (titleLine(l) || (titleShape(l) && teaserNext(lines, j + 1))) {
        titles++;
        afterTitle = true;
      } else if (afterTitle && l.cls === "text" && l.words <= 4 && NAME_LINE.test(l.text)) {
        afterTitle = false;
      } else if (afterTitle && teaserLine(l)) {
        // The linked story's one-line teaser under its title (`Part 2: Rigging` / `In this second
        // part of the series we …`): the item's snippet, not the story's paragraph.
        afterTitle = false;
      } else {
        break;
      }
      run.push(j);
    }
    if (titles < MIN_TITLES) continue;
    cut ??= new Set();
    for (const j of run) cut.add(j);
  }
  return cut === null ? bodyLines : bodyLines.filter((j) => !cut.has(j));
}
