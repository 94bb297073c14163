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
import { isListHeader, NAME_LINE, titleLine } from "./link-list.js";

/** A list this short is not told from two short paragraphs under a heading. */
const MIN_TITLES = 2;


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
  for (const h of bodyLines) {
    const header = lines[h]!;
    // Cheap checks first: this is asked of every body line.
    if (header.cls !== "text" || header.words > 4 || !isListHeader(header)) continue;
    const run: number[] = [h];
    let titles = 0;
    let afterTitle = false;
    for (let j = h + 1; j < lines.length; j++) {
      const l = lines[j]!;
      if (l.cls === "blank") continue;
      if (titleLine(l)) {
        titles++;
        afterTitle = true;
      } else if (afterTitle && l.cls === "text" && l.words <= 4 && NAME_LINE.test(l.text)) {
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
