/** Sources read from the text before a stamp, checked for being a publisher's name. */

// A navigation label between posts (`Next Post`, `Previous article`, `Older entries`, `Article
// suivant`, `Artículo anterior`) or a link to more of them (`Read all recent posts`, `View all`):
// page furniture printed beside a related title, never a publisher.
const NAV_LABEL =
  /^(?:(?:next|previous|prev|older|newer)(?: (?:posts?|articles?|story|stories|entry|entries|items?|pages?))?|(?:read|view|see|show) (?:all|more)\b.{0,30}|(?:article|billet) (?:suivant|précédent)|(?:artículo|entrada|artigo|post|articolo) (?:siguiente|anterior|seguinte|successivo|precedente)|(?:nächster|vorheriger) (?:artikel|beitrag))$/iu;

// A credit label before a name (`Text: Jane Doe`, `Words: …`, `Photos: …`, `Texte : …`, `Текст: …`):
// the story's byline or a picture credit, not its publisher.
const CREDIT_LABEL = /^(?:text|texte|texto|testo|words|photos?|fotos?|pictures?|images?|reporting|текст|фото)\s?:/iu;

/**
 * A source as read from the text before a stamp, when it names a publisher: `null` for a stamp
 * label (`Updated Nov 19, 6:55 AM;`, `Published Nov 18, 2019 at 4:07 PM |`), a navigation label
 * (`Next Post`, `Previous article`, `Read all recent posts`), a credit label (`Text: Jane Doe`), a
 * label still waiting for its value (`Routing #`, `Contact:`), a byline (`By Jane
 * Doe •`, or after a section label: `SECURITY - BY JANE DOE .`) or a leftover that opens with punctuation (`, Harbour Desk`); a separator left at its
 * end (`Harbour Gazette |`) is dropped.
 *
 * @param source - The text read as a source.
 * @returns The publisher's name, or `null` when the text names none.
 * @example
 * ```ts
 * sourceName("Harbour Gazette |"); // "Harbour Gazette"
 * sourceName("Updated Nov 19, 6:55 AM;"); // null
 * ```
 */
export function sourceName(source: string): string | null {
  const t = source.trim();
  if (t === "" || !/^[\p{L}\p{N}]/u.test(t) || /^(?:by|updated|published|posted|last updated|modified)\b/iu.test(t)) return null;
  if (/ [-–—|·] by /iu.test(t) || NAV_LABEL.test(t) || CREDIT_LABEL.test(t) || /[#:]$/u.test(t)) return null;
  const last = t.at(-1)!;
  return "-–—|·•;/".includes(last) ? t.slice(0, -1).trimEnd() || null : t;
}
