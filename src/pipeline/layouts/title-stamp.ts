/**
 * A date printed on the headline's own line: `Ferry fares rise for three towns / Mar 2025`,
 * `Ferry fares rise for three towns | 12 March 2025`, `Ferry fares rise – 2 hours ago`, or the date
 * first, `Mar 3, 2025 Ferry fares rise for three towns` (a blog's post list look, kept on the post's
 * own page). The date is the story's, not part of its title: it is cut off the main story's title
 * and recorded as removed (`dateline`, `structure/title-stamp`, separator included), so no
 * character is lost; a story without a date of its own takes it as its timestamp.
 *
 * After the title, the date follows a spaced separator (`|`, `/`, `–`, `—`, `-`, `::`, `·`, `•`)
 * and is the whole rest of the line (a stamp of any form the timestamp reader knows, down to a
 * month and year); before the title, it is a stamp of a whole day or finer, written with its
 * year, a separator after it optional. What is left is a title of three words or more. A bare
 * number (`9/11`, `2025`) is never read as the date: a date cut from a title shows a month's name,
 * a four-digit year or a relative phrase.
 */
import type { Removed } from "../../model/article.js";
import type { ClassifiedLine } from "../../model/block.js";
import type { FoundTimestamp } from "../../time/find-timestamp.js";
import type { Timestamp } from "../../time/types.js";
import type { ArticleDraft } from "../draft.js";
import { countWords } from "../classify.js";
import { pieceRemoved } from "./story.js";

/** The separators before a date after the title, each with a space on both sides. */
const SEPARATOR = / (?:\||\/|–|—|-|::|·|•) /gu;

/** A separator after a date that opens the line, then the space before the title. */
const LEAD_SEPARATOR = /^ ?(?:\||\/|–|—|-|::|·|•|:) /u;

/** At least this many words left for the title. */
const MIN_TITLE_WORDS = 3;

/** The longest date after a title, in UTF-16 units (`Thursday, 14 August 2025, 10:32 pm BST`). */
const MAX_STAMP_CHARS = 48;

/** What a date cut from a title shows: a letter (a month's name, `ago`) or a four-digit year. */
const DATE_SIGN = /\p{L}|\d{4}/u;

/** Precisions of a date that may open a title's line (a whole day or finer). */
const LEAD_PRECISIONS = new Set(["day", "hour", "minute", "second"]);

/** A title split from the date on its line: offsets in the line's text (see {@link splitTitleStamp}). */
export interface TitleStampSplit {
  /** Where the title starts. */
  from: number;
  /** Where the title ends. */
  to: number;
  /** Where the removed piece (the date and its separator) starts; outer spaces excluded. */
  cutFrom: number;
  /** Where the removed piece ends. */
  cutTo: number;
  /** The date. */
  timestamp: Timestamp;
}

/**
 * Split a date off either end of a headline line: the part after the last spaced separator when
 * `read` reads the whole of it as a stamp, or else a stamp that opens the line (`find`'s, starting
 * at 0, absolute, a day or finer); only when what is left is a title of three words or more.
 *
 * @param title - A title line's text.
 * @param read - Reads a whole text as one stamp, or null (`scanTimestampLine(…).whole` with the page's options).
 * @param find - Finds the first stamp in a text, or null (`findTimestamp`, or the page's memo of it).
 * @returns The title proper and the removed piece, or null when neither end is a date.
 * @example
 * ```ts
 * splitTitleStamp("Ferry fares rise for three towns / Mar 2025", read, find); // { from: 0, to: 32, cutFrom: 33, cutTo: 43, … }
 * splitTitleStamp("Mar 3, 2025 Ferry fares rise for three towns", read, find); // { from: 12, to: 44, cutFrom: 0, cutTo: 11, … }
 * ```
 */
export function splitTitleStamp(title: string, read: (text: string) => Timestamp | null, find: (text: string) => FoundTimestamp | null): TitleStampSplit | null {
  // Cheap tests first: this is asked of every title candidate, and a date needs a digit or a
  // relative word; a line with no digit is left to `find` only at its start.
  if (title.indexOf(" ", 1) < 0) return null;
  let last: RegExpExecArray | null = null;
  SEPARATOR.lastIndex = 0;
  for (let m = SEPARATOR.exec(title); m; m = SEPARATOR.exec(title)) {
    last = m;
    SEPARATOR.lastIndex = m.index + m[0].length - 1;
  }
  if (last) {
    const tailAt = last.index + last[0].length;
    const tail = title.slice(tailAt).trimEnd();
    const head = title.slice(0, last.index).trimEnd();
    if (tail.length > 0 && tail.length <= MAX_STAMP_CHARS && DATE_SIGN.test(tail) && countWords(head) >= MIN_TITLE_WORDS) {
      const ts = read(tail);
      if (ts) return { from: 0, to: head.length, cutFrom: last.index + 1, cutTo: tailAt + tail.length, timestamp: ts };
    }
  }
  const c = title.charCodeAt(0);
  // A date that opens the line starts with a digit or a letter (a month's or a day's name).
  if (!((c >= 0x30 && c <= 0x39) || /\p{L}/u.test(title[0]!))) return null;
  const found = find(title);
  if (!found || found.start !== 0 || found.timestamp.kind !== "absolute" || !LEAD_PRECISIONS.has(found.timestamp.precision) || !/\d{4}/u.test(found.timestamp.raw)) return null;
  let restAt = found.end;
  const sep = LEAD_SEPARATOR.exec(title.slice(restAt));
  const cutTo = sep ? restAt + sep[0].trimEnd().length : restAt;
  restAt += sep ? sep[0].length : 0;
  while (title.charCodeAt(restAt) === 32) restAt++;
  if (restAt === found.end && restAt < title.length) return null;
  const rest = title.slice(restAt).trimEnd();
  if (countWords(rest) < MIN_TITLE_WORDS) return null;
  return { from: restAt, to: restAt + rest.length, cutFrom: 0, cutTo, timestamp: found.timestamp };
}

/**
 * Cut a date off the main story's title (see {@link splitTitleStamp}), recording it (with its
 * separator) as removed; a story without a timestamp takes the date as its own. Only when the
 * title is still its line's text, or the end of it (a kicker label or a section cut from its
 * front first); otherwise the title is left as it is.
 *
 * @param draft - The main article.
 * @param lines - The page's lines.
 * @param titleLine - The index of the line the title was read from.
 * @param input - The page's input.
 * @param read - Reads a whole text as one stamp (see {@link splitTitleStamp}).
 * @param find - Finds the first stamp in a text.
 * @returns Nothing; the draft is updated in place.
 * @example
 * ```ts
 * takeTitleStamp(draft, lines, found.titleLine, ctx.input, read, find); // draft.title "Ferry fares rise for three towns / Mar 2025" -> "Ferry fares rise for three towns"
 * ```
 */
export function takeTitleStamp(
  draft: ArticleDraft,
  lines: readonly ClassifiedLine[],
  titleLine: number,
  input: string,
  read: (text: string) => Timestamp | null,
  find: (text: string) => FoundTimestamp | null,
): void {
  const line = lines[titleLine];
  if (!line || !line.text.endsWith(draft.title)) return;
  const base = line.text.length - draft.title.length;
  const split = splitTitleStamp(draft.title, read, find);
  if (!split) return;
  const cut: Removed = pieceRemoved(line, input, base + split.cutFrom, base + split.cutTo, "dateline", "structure/title-stamp");
  draft.title = draft.title.slice(split.from, split.to);
  draft.removed = [...draft.removed, cut].sort((a, b) => a.start - b.start);
  draft.timestamp ??= split.timestamp;
}
