/**
 * The source a wire dateline names at the start of a body: `NEW YORK (Reuters) - …`,
 * `HAYWARD, Calif. (AP) — …`, `(AFP) - …`. A story republished from a wire service often names
 * it nowhere else, so the dateline is its source. The dateline's text stays in the body (it is
 * part of the story as printed); only the name is read.
 */

/**
 * A place (capitalised, up to 60 characters, commas and abbreviations allowed), then a short
 * capitalised name in brackets, then a dash. The name is at most four words.
 */
const WIRE_DATELINE = /^(?:\p{Lu}[\p{L} .,'’-]{0,60}?\s)?\((\p{Lu}[\p{L}\p{N}&.'’-]{0,20}(?: [\p{L}\p{N}&.'’-]{1,20}){0,3})\) ?[—–-] ?\S/u;

/**
 * The wire service named by a dateline at the start of a body, or `null`.
 *
 * @param body - The first paragraph of a story.
 * @returns The name in the dateline's brackets (`Reuters`, `AP`), or `null` when the body does not open with one.
 * @example
 * ```ts
 * wireSource("HARBOURTOWN, Maine (AP) — The ferry sailed."); // "AP"
 * wireSource("The ferry (pictured) sailed."); // null
 * ```
 */
export function wireSource(body: string | undefined): string | null {
  if (body === undefined || body.length === 0) return null;
  return WIRE_DATELINE.exec(body.slice(0, 120))?.[1] ?? null;
}
