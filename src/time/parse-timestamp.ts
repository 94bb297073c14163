/**
 * `parseTimestamp`: one short line (a whole timestamp, optionally labelled or glued to a source
 * name) to a `Timestamp`.
 */
import { NAMES_BEFORE, SOURCE_AFTER, findTimestamp } from "./find-timestamp.js";
import { LINE_MODE, lineTokens, readTokens } from "./read.js";
import type { Token } from "./lexer.js";
import type { Timestamp, TimestampOptions } from "./types.js";
import { CJK_LABELS, VOCABULARIES, lookup, vocabulariesFor } from "./vocabulary.js";

export {
  LINE_MODE, MAX_TIMESTAMP_LENGTH, MAX_TOKENS, isKeyToken, lexLine, lineMayHoldTimestamp, lineTokens, mayBeTimestamp, readTokens,
} from "./read.js";

/**
 * Parses a line that is exactly one timestamp, as news pages print them, into an instant.
 *
 * The whole trimmed text must be the timestamp, optionally after a label (`Updated`,
 * `Published on`, `Posted:`, `Publié le`, `نشر في`, `Aktualisiert am`), or a stamp beside a
 * source name: after or before a separator (`Reuters · 3 hours ago`) or glued to it
 * (`NBC Sports18 hours ago`, `timean hour ago`), when `raw` is the stamp alone. Anything else
 * around it gives `null` (`findTimestamp` says where a stamp sits in a line). English, French,
 * Arabic, German, Spanish, Portuguese and Italian are read (see `docs/timestamps.md`).
 *
 * Accepted forms:
 * - relative: `11 minutes ago`, `an hour ago`, `2 hrs ago`, `10H ago`, `3h`, `1d 21h ago`,
 *   `a few minutes ago`, `about 1 hour ago`, `over 1 year ago`, `just now`, `moments ago`,
 *   `less than a minute ago`, `today`, `yesterday`, `yesterday at 5:30 PM`, `2 days ago at 07:54 am`,
 *   `last week`, `Sunday` (the most recent past Sunday, never the reference day itself),
 *   `Updated 3:26 pm` (a labelled clock: today, or yesterday if still to come);
 *   French `il y a 5 minutes`, `hier`; Arabic `منذ 5 دقائق`, `منذ يومين`, `أمس`;
 * - absolute: ISO 8601 (`2025-08-14T10:32:00+02:00`), RFC 2822 (`Thu, 14 Aug 2025 10:32:00 GMT`),
 *   `August 9, 2018`, `13 June 2025 | 8:46 pm`, `Aug. 9`, `Sept 3` (year-less: the most recent
 *   past occurrence), `September 2019` (month precision), numeric `19-07-2025`, `07/15/2025`,
 *   `2022-04-07 14:57`, Arabic-Indic digits `٠٩-٠٦-٢٠٢٥`, 12- and 24-hour clocks, `a.m.`,
 *   French `17h30`, zone abbreviations (`GMT`, `BST`, `EDT`, `ET` with daylight saving, `CEST` ...)
 *   and offsets (`+02:00`, `GMT+1`).
 *
 * Numeric dates: four digits first is year-month-day; otherwise when the first number is over 12
 * it is day first, when the second is over 12 it is month first, and when both are 12 or less
 * `dateOrder` decides, defaulting to day first (`DD-MM-YYYY`, as Daily8 prints).
 *
 * Resolution: relative forms are `referenceTime` minus the amount, computed in `timeZone` with
 * date-fns (months clamp: 31 May − 3 months = 28 February) and floored to the minute (to the
 * second for `30 seconds ago`); `yesterday`, `today` and weekdays are the start of that day in
 * `timeZone`; dates without a clock are midnight in `timeZone`; a printed zone wins over
 * `timeZone`. A relative form never lands after the reference: `today at 11 pm` read at 6 pm is `null`.
 *
 * Precision: the unit of the printed form: `11 minutes ago` → `minute`, `2 hours ago` → `hour`,
 * `2 days ago`, `2 weeks ago`, `yesterday`, `19-07-2025` → `day`, a clock → `minute` (`second`
 * when seconds are printed, `hour` for `8 PM`).
 *
 * Never throws, for any input. `null` means "not exactly one timestamp": durations
 * (`two hours of talks`), future phrases (`in 2 hours`), `24/7`, `9/11`, `The Sun`,
 * `Sunday Times`, bare years, scores, prices, phone numbers, reading times (`1 min read`),
 * impossible dates (`31-02-2025`), lines over 200 characters. It is also `null` for relative and
 * year-less forms when `referenceTime` is invalid (not a Date, or not an ISO 8601 string with a
 * zone), and for dates needing `timeZone` when it is not an IANA zone. With no `referenceTime`
 * at all, relative and year-less forms keep `raw`, `kind` and `precision` and get `iso: null`.
 *
 * @param text - One line of text.
 * @param options - `referenceTime` (the moment the page was scraped), `timeZone` (IANA, default
 *   `UTC`), `dateOrder` (`"DMY"` default, or `"MDY"`), `locale` (`"en"`, `"fr"`, `"ar"`, `"de"`, `"es"`,
 *   `"pt"`, `"it"`, `"ru"`, `"pl"`, `"nl"`, `"tr"`, `"id"`, ..., `"th"`, `"he"`: the codes of `locales`; all when absent).
 * @returns The timestamp, or `null` when the text is not one.
 * @example
 * ```ts
 * import { parseTimestamp } from "news-text-parser";
 * parseTimestamp("11 minutes ago", { referenceTime: "2025-08-14T18:00:00Z" });
 * // { raw: "11 minutes ago", kind: "relative", iso: "2025-08-14T17:49:00.000Z", precision: "minute" }
 * parseTimestamp("Posted June 20, 2025 5:04 pm", { timeZone: "America/New_York" })?.iso;
 * // "2025-06-20T21:04:00.000Z"
 * parseTimestamp("9/11 memorial", {}); // null
 * ```
 */
export function parseTimestamp(text: string, options: TimestampOptions = {}): Timestamp | null {
  const tokens = lineTokens(text);
  if (tokens === null) return null;
  const opts = options ?? {};
  return readTokens(text, tokens, 0, tokens.length, opts, LINE_MODE) ?? readPublishedUpdated(text, tokens, opts) ?? readTwoCalendars(text, tokens, opts) ?? readZoneName(text, opts) ?? readBracketedOffset(text, opts) ?? readBracketed(text, opts) ?? readBracketedWeekday(text, opts) ?? readYearStop(text, opts) ?? readBesideSource(text, opts) ?? readGluedYearEnd(text, opts) ?? readYearApart(text, opts) ?? readYearThenClock(text, opts) ?? readBesideMeta(text, opts);
}

/** Words of a reading time's unit, in the built-in languages (`min`, `Minuten`, `мин`, `dk`, `perc`). */
const MINUTES = String.raw`(?:min(?:s|utes?|uten|utos|uti|uter|utter|uty?|utach)?|мин(?:ут[аыу]?)?|хв(?:илин)?|dk|dakika|perc|menit|phút|λεπτά)\.?`;
/** The words that say "reading" beside that amount, in the same languages. */
const READING = String.raw`(?:read(?:ing)?(?: time)?|(?:(?:temps|tiempo|tempo) )?(?:de |di )?(?:lecture|lectura|leitura|lettura)|lese(?:zeit|dauer)|leestijd|(?:czas )?czytania|(?:время )?чтения|читання|okuma(?: süresi)?|läs(?:tid|ning)|l[æe]setid|olvasási idő|(?:waktu )?baca|đọc|ανάγνωση)`;
/**
 * A segment of a head line that is no stamp and no name, printed beside the stamp: a reading time
 * (`5 min read`, `5-minute read`, `Lesezeit: 3 Min.`, `Lecture 4 min`, `3 dk okuma`), a count of
 * comments or views (`3 Comments`, `No Comments`, `12 commentaires`, `1.2K views`).
 */
const META = String.raw`(?:\d{1,3}(?:\s?-\s?|\s)?${MINUTES}\s${READING}|${READING}\s?:?\s?\d{1,3}\s?${MINUTES}|(?:\d{1,3}(?:[.,]\d)?[km]?|no)\s(?:comments?|views?|kommentare?|commentaires?|comentarios?|comentários?|commenti|reacties|komentarzy?|yorum|комментари(?:й|я|ев))|leave a (?:comment|reply))`;
/** A meta segment alone, the whole text. */
const META_ONLY = new RegExp(String.raw`^\s*${META}\s*$`, "iu");
/** Separators between a stamp and a meta segment, one character each; two spaces or more also part them. */
const META_SEPARATORS = "-–—|·•⋅/";
const WIDE_SPACE = /\s{2,}/gu;
/**
 * A source or author label after a stamp, as Chinese, Japanese and Korean heads print them:
 * `2025-08-14 10:32 来源：新华网`, `2025年08月14日 10:32 來源：中央社 作者：王小明`, `出典：共同通信`, `출처 : 연합뉴스`.
 */
const CJK_SOURCE_LABEL = /(?:来源|來源|来自|來自|出处|出處|作者|编辑|編輯|责编|責編|责任编辑|責任編輯|记者|記者|出典|提供|출처|기자)\s?[:：]/u;
/** Separators before such a label. */
const CJK_SOURCE_BEFORE = " |｜·\t";

/**
 * The rest of a line without a meta segment at either end (after or before a separator), or
 * without a CJK source label and what follows it; `null` when it has none.
 */
function withoutMeta(text: string): string | null {
  const cuts: number[] = [];
  for (let k = 0; k < text.length; k++) if (META_SEPARATORS.includes(text.charAt(k))) cuts.push(k);
  const wide: { start: number; end: number }[] = [];
  for (const m of text.matchAll(WIDE_SPACE)) wide.push({ start: m.index, end: m.index + m[0].length });
  const parts = [...cuts.map((k) => ({ start: k, end: k + 1 })), ...wide];
  for (const { start, end } of parts) {
    const head = text.slice(0, start).trim();
    const tail = text.slice(end).trim();
    if (head.length >= 4 && META_ONLY.test(tail)) return head;
    if (tail.length >= 4 && META_ONLY.test(head)) return tail;
  }
  const label = CJK_SOURCE_LABEL.exec(text);
  if (label === null || text.length - label.index - label[0].length > 60 || text.slice(label.index + label[0].length).trim() === "") return null;
  let end = label.index;
  while (end > 0 && CJK_SOURCE_BEFORE.includes(text.charAt(end - 1))) end--;
  return end >= 4 ? text.slice(0, end) : null;
}

/**
 * A stamp with a reading time or a comment count beside it, after a separator: `5 min read · Aug 14,
 * 2025`, `By Jane Doe • August 14, 2025 • 5 min read`, `14.08.2025, 10:32 Uhr | Lesezeit: 3 Min.`,
 * `August 14, 2025 / 3 Comments`. The segment is dropped and the rest read as a whole line (a name
 * on its other side included, as {@link readBesideSource} reads it); `raw` is the stamp alone.
 */
function readBesideMeta(text: string, options: TimestampOptions, depth = 0): Timestamp | null {
  const rest = withoutMeta(text);
  if (rest === null) return null;
  // The rest read as a line is read, without the wrappers that are no head's (brackets, two calendars).
  const tokens = lineTokens(rest);
  if (tokens === null) return null;
  return readTokens(rest, tokens, 0, tokens.length, options, LINE_MODE) ?? readPublishedUpdated(rest, tokens, options) ?? readBesideSource(rest, options) ??
    // One more segment (`August 14, 2025 / 3 Comments / Leave a comment`).
    (depth === 0 ? readBesideMeta(rest, options, 1) : null);
}

/** Punctuation between the two stamps of a line (`Published … · Updated …`, `…, updated …`). */
const PAIR_SEPARATORS: ReadonlySet<string> = new Set(["·", "•", "|", "-", ",", ";", "/"]);

/**
 * The stems of the labels that say "updated" or "edited" in the built-in languages (the label opens
 * a stamp's `raw`): the other stamp of a pair is the publication's.
 */
const UPDATE_LABEL = /^\P{N}{0,40}?(?:updat|modif|edit|revis|review|amend|correct|chang|refresh|mis à jour|actualiz|atualiz|aggiorn|aktuali|geändert|обновл|bijgewerkt|gewijzigd|güncel|diperbarui|uppdater|opdater|oppdater|frissít|módosít|ενημερ|оновл|cập nhật|अपडेट|আপডেট|به‌روز|עודכן|อัปเดต|更新|수정|업데이트|تحديث|تعديل|تم التحديث)/iu;

/** The first words of every label, CJK head labels included: a cheap test before the lookups. */
const LABEL_FIRST_WORDS: ReadonlySet<string> = new Set([...VOCABULARIES.flatMap((v) => [...v.labels.first]), ...CJK_LABELS]);

/**
 * Two stamps on one line, the second after a label (`Published 3 May 2024, 10:02 · Updated 4 May
 * 2024`, `3 May 2024 | Updated 2 hours ago`, `Updated 4 May 2024 · Published 3 May 2024`): the
 * publication's, that is the one whose label is no update's, or else the earlier. A year-less
 * publication date takes its year from the update's (`Published May 3 · Updated May 4, 2024`: the
 * most recent May 3 at or before the update). `raw` is the stamp returned, label included.
 */
function readPublishedUpdated(text: string, tokens: readonly Token[], options: TimestampOptions): Timestamp | null {
  const vocabularies = vocabulariesFor(typeof options.locale === "string" ? options.locale : undefined);
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== "word" || !LABEL_FIRST_WORDS.has(t.text)) continue;
    if (!(CJK_LABELS.has(t.text) || vocabularies.some((v) => lookup(v.labels, tokens, k, tokens.length) !== null))) continue;
    let end = k;
    while (end > 0 && tokens[end - 1]!.kind === "punct" && PAIR_SEPARATORS.has(tokens[end - 1]!.text)) end--;
    // The update in brackets closing the line: `18 May 2024 (updated 19 May 2024)`.
    const bracketed = tokens[k - 1]!.text === "(" && tokens.at(-1)!.text === ")";
    if (bracketed) end = k - 1;
    const left = end > 0 ? readTokens(text, tokens, 0, end, options, LINE_MODE) : null;
    const right = left === null ? null : readTokens(text, tokens, k, bracketed ? tokens.length - 1 : tokens.length, options, LINE_MODE);
    if (left === null || right === null) continue;
    const leftUpdate = UPDATE_LABEL.test(left.raw);
    const rightUpdate = UPDATE_LABEL.test(right.raw);
    let published = leftUpdate === rightUpdate ? null : leftUpdate ? right : left;
    const updated = published === left ? right : left;
    if (published === null) published = left.iso !== null && right.iso !== null && right.iso < left.iso ? right : left;
    if (published === updated || published.kind !== "absolute" || updated.kind !== "absolute" || updated.iso === null) return published;
    // A year-less publication date (`May 3`): the most recent at or before the update.
    const [from, to] = published === left ? [0, end] : [k, bracketed ? tokens.length - 1 : tokens.length];
    const again = readTokens(text, tokens, from, to, { ...options, referenceTime: updated.iso }, LINE_MODE);
    return again !== null && again.iso !== null && (published.iso === null || again.iso < published.iso) ? again : published;
  }
  return null;
}

/** A year of the Hijri lunar calendar (1350–1500), the mark of the Hijri date of a pair. */
const isHijriYear = (t: Token): boolean => t.kind === "num" && t.digits === 4 && t.value >= 1350 && t.value <= 1500;

/**
 * The same day in two calendars, as Arabic and Persian pages print it: `الاثنين 12 ذو القعدة 1445 هـ
 * - 20 مايو 2024 م`, in either order. Both sides must read as dates at most two days apart (the
 * tabular Hijri calendar may be off by that much); the Gregorian one, exact, is given.
 */
function readTwoCalendars(text: string, tokens: readonly Token[], options: TimestampOptions): Timestamp | null {
  if (!tokens.some(isHijriYear)) return null;
  for (let k = 1; k < tokens.length - 1; k++) {
    const sep = tokens[k]!;
    if (sep.kind !== "punct" || !PAIR_SEPARATORS.has(sep.text)) continue;
    const hijriFirst = tokens.slice(0, k).some(isHijriYear);
    if (hijriFirst === tokens.slice(k + 1).some(isHijriYear)) continue;
    const left = readTokens(text, tokens, 0, k, options, LINE_MODE);
    const right = left === null ? null : readTokens(text, tokens, k + 1, tokens.length, options, LINE_MODE);
    if (left === null || right === null || left.kind !== "absolute" || right.kind !== "absolute" || left.iso === null || right.iso === null) continue;
    if (Math.abs(Date.parse(left.iso) - Date.parse(right.iso)) > 2 * 86_400_000) continue;
    return hijriFirst ? right : left;
  }
  return null;
}

/**
 * A date's year, then a full stop or the one-letter `u` (Croatian, Serbian; `у` in Cyrillic), `o`
 * (Slovak) or `v` (Czech), then a clock closing the line: `14.08.2025. u 10:32`, `14. kolovoza 2025. 10:32`,
 * `14. augusta 2025 o 10:32`, `18.5.2024 v 14:30`, `14.08.2025. у 10:32`.
 * (Those letters are no connectors elsewhere: inside text they end too many words.)
 */
const YEAR_THEN_CLOCK = /^(.*(?:19|20)\d\d)(?:\.?\s[uovу]|\.)\s(\d{1,2}[:.]\d{2})$/u;

/** `14.08.2025. u 10:32`: the date and the clock read as printed side by side; `raw` is the text as printed. */
function readYearThenClock(text: string, options: TimestampOptions): Timestamp | null {
  const m = YEAR_THEN_CLOCK.exec(text.trim());
  if (m === null) return null;
  // The date alone names a day (`May 2025 o 10:32` is no day's clock).
  const dateTokens = lineTokens(m[1]!);
  const date = dateTokens === null ? null : readTokens(m[1]!, dateTokens, 0, dateTokens.length, options, LINE_MODE);
  if (date === null || date.precision !== "day") return null;
  const joined = `${m[1]!} ${m[2]!}`;
  const tokens = lineTokens(joined);
  const found = tokens === null ? null : readTokens(joined, tokens, 0, tokens.length, options, LINE_MODE);
  return found !== null && found.kind === "absolute" && found.precision === "minute" ? { ...found, raw: text.trim() } : null;
}

/** A numeric day and month, then a dash and the year apart (`12/19 — 2025`, `19.12 – 2025`). */
const YEAR_APART = /^(\d{1,2}([/.])\d{1,2})\s?[-–—]\s?((?:19|20)\d\d)$/u;

/** `12/19 — 2025`: read as the date printed whole (`12/19/2025`); `raw` is the text as printed. */
function readYearApart(text: string, options: TimestampOptions): Timestamp | null {
  const m = YEAR_APART.exec(text.trim());
  if (m === null) return null;
  const joined = `${m[1]!}${m[2]!}${m[3]!}`;
  const tokens = lineTokens(joined);
  const found = tokens === null ? null : readTokens(joined, tokens, 0, tokens.length, options, LINE_MODE);
  return found === null ? null : { ...found, raw: text.trim() };
}

/** A four-digit year glued to the letters of the next word (`June 17, 2021lavender`, `2022Updated:`). */
const YEAR_GLUED_RIGHT = /(?:^|[^\p{N}])(?:19|20)\d\d(?=\p{L})/gu;

/**
 * A stamp ending in a year glued to a word on its right, and maybe to another on its left (`townJune
 * 17, 2021lavender`, `HealthDECEMBER 22, 2022Updated:`): the text up to the year reads as a whole
 * stamp or as a stamp glued to a name, as {@link readBesideSource} reads it. The year's end is a
 * clear cut (digits, then letters); a year glued to letters alone (`2022Updated`) is no stamp.
 */
function readGluedYearEnd(text: string, options: TimestampOptions): Timestamp | null {
  YEAR_GLUED_RIGHT.lastIndex = 0;
  const m = YEAR_GLUED_RIGHT.exec(text);
  if (m === null) return null;
  const head = text.slice(0, m.index + m[0].length);
  const tokens = lineTokens(head);
  const whole = tokens === null ? null : readTokens(head, tokens, 0, tokens.length, options, LINE_MODE);
  const found = whole ?? readBesideSource(head, options);
  return found !== null && found.kind === "absolute" && found.precision !== "year" && found.precision !== "month" ? found : null;
}

/**
 * A stamp in brackets closing the line, maybe after a label: `[2025-08-14 10:32]`, `(14.08.2025)`,
 * `기사입력 :[ 2018-08-25 15:24 ]`. The brackets read as spaces (same length, so offsets hold) and the
 * same grammar decides, so `(2025)` or `[1]` stay unread as they do bare; `raw` keeps the brackets.
 */
const BRACKETED = /^([^[\]()（）【】]{0,40})[[(（【]([^[\]()（）【】]{4,60})[\])）】]\s*$/u;

function readBracketed(text: string, options: TimestampOptions): Timestamp | null {
  const m = BRACKETED.exec(text);
  if (m === null) return null;
  const open = m[1]!.length;
  const close = open + 1 + m[2]!.length;
  const plain = `${text.slice(0, open)} ${m[2]!} ${text.slice(close + 1)}`;
  const tokens = lineTokens(plain);
  const found = tokens === null ? null : readTokens(plain, tokens, 0, tokens.length, options, LINE_MODE);
  if (found === null) return null;
  const start = plain.indexOf(found.raw);
  if (start < 0) return null;
  return { ...found, raw: text.slice(Math.min(start, open), close + 1) };
}

/**
 * A weekday's name in brackets after a date, maybe before a clock: `2025-08-14 (Thu)`,
 * `14.08.2025 (Do.) 10:32`, `14 Aug 2025 (Thursday)`. The brackets read as spaces (same length),
 * and the grammar reads the weekday beside the date as it does unbracketed.
 */
const BRACKETED_WEEKDAY = /\d[\s,]*\((\p{L}{2,12}\.?)\)/u;

function readBracketedWeekday(text: string, options: TimestampOptions): Timestamp | null {
  const m = BRACKETED_WEEKDAY.exec(text);
  if (m === null) return null;
  const open = m.index + m[0].length - m[1]!.length - 2;
  const close = open + m[1]!.length + 1;
  const plain = `${text.slice(0, open)} ${m[1]!} ${text.slice(close + 1)}`;
  const tokens = lineTokens(plain);
  const found = tokens === null ? null : readTokens(plain, tokens, 0, tokens.length, options, LINE_MODE);
  // The weekday read as one (a date before it, in the stamp): `(Sunday Times)` or `(AP)` are none.
  if (found === null || found.kind !== "absolute") return null;
  const start = plain.indexOf(found.raw);
  if (start < 0 || start > open || start + found.raw.length < close) return null;
  return { ...found, raw: text.slice(start, Math.max(start + found.raw.length, close + 1)) };
}

/** A full stop closing a day-first date's year at the line's end (Croatian, Serbian: `14. kolovoza 2025.`, `14.08.2025.`). */
const YEAR_STOP_END = /(?:^|[^\d])(?:19|20)\d\d\.\s*$/u;

/** `14. kolovoza 2025.`: the date without its closing full stop, which `raw` leaves out. */
function readYearStop(text: string, options: TimestampOptions): Timestamp | null {
  if (!YEAR_STOP_END.test(text)) return null;
  const head = text.trimEnd().slice(0, -1);
  const tokens = lineTokens(head);
  const found = tokens === null ? null : readTokens(head, tokens, 0, tokens.length, options, LINE_MODE);
  // A date to the day or finer: `May 2019.` ends a sentence.
  return found !== null && found.kind === "absolute" && found.precision !== "month" && found.precision !== "year" ? found : null;
}

/**
 * An offset or a zone abbreviation in brackets closing the line: `14/8/2025 10:32 (GMT+7)`,
 * `10:32 (UTC+05:30)`, `2025-08-14 10:32 (JST)`, `14 August 2025 | 10:32 (IST)` (the grammar then
 * reads the abbreviation as it reads it unbracketed: only a zone it knows, after a clock).
 */
const BRACKETED_OFFSET = /[(（](?:(?:[Gg][Mm][Tt]|[Uu][Tt][Cc])\s?[+\-−]\d{1,2}(?::?\d{2})?|[A-ZА-Я]{2,5})[)）]\s*$/u;

/**
 * `Thứ năm, 14/8/2025 10:32 (GMT+7)`: the brackets read as spaces (same length, so offsets hold),
 * and `raw` is the stamp as printed, brackets included.
 */
function readBracketedOffset(text: string, options: TimestampOptions): Timestamp | null {
  const m = BRACKETED_OFFSET.exec(text);
  if (m === null) return null;
  const close = m.index + m[0].trimEnd().length - 1;
  const plain = `${text.slice(0, m.index)} ${text.slice(m.index + 1, close)} ${text.slice(close + 1)}`;
  const tokens = lineTokens(plain);
  const found = tokens === null ? null : readTokens(plain, tokens, 0, tokens.length, options, LINE_MODE);
  if (found === null) return null;
  const start = plain.indexOf(found.raw);
  return start < 0 || start + found.raw.length !== close ? null : { ...found, raw: text.slice(start, close + 1) };
}

/** A zone name in brackets closing the line, as `Date.prototype.toString()` prints it: `GMT+0200 (Central European Summer Time)`. */
const ZONE_NAME = /\(\p{L}[\p{L} .'’-]{0,60}\)\s*$/u;
/** A line ending with a numeric offset (what may come before such a zone name). */
const ENDS_WITH_OFFSET = /[+-]\d{2}:?\d{2}\s*$/u;

/**
 * `Thu Aug 14 2025 10:32:00 GMT+0200 (Central European Summer Time)`: the stamp before the zone's
 * name, which only repeats the offset. `raw` is the stamp without the name.
 */
function readZoneName(text: string, options: TimestampOptions): Timestamp | null {
  const m = ZONE_NAME.exec(text);
  if (m === null) return null;
  const head = text.slice(0, m.index);
  if (!ENDS_WITH_OFFSET.test(head)) return null;
  const tokens = lineTokens(head);
  return tokens === null ? null : readTokens(head, tokens, 0, tokens.length, options, LINE_MODE);
}

/** Separators between a source name and its stamp: `Reuters · 3 hours ago`, `Source - 1 day ago`, `Source | Aug 14`. */
const SEPARATOR_END = /[-–—|·•/:]$/u;
/** A number standing alone (not glued after letters): a range or a list, not a source name (`Aug 12 - Aug 14, 2025`). */
const LONE_NUMBER = /(?:^|[^\p{L}\p{N}])\p{N}/u;
/** A reading time after a stamp: `Aug 14, 2025 · 3 min read`. */
const READING_TIME = /^[-–—|·•⋅]\s?\d{1,3}\s?(?:min|mins|minute|minutes)\.?\s(?:read|de lecture|Lesezeit|de lectura|de leitura|di lettura)$/iu;
/**
 * A byline after a stamp: `3 hours ago by Jane Doe`, `il y a 2 heures par Marie Dupont`. One to four
 * capitalised names after the word `by` of a language (`by car`, `by the river` are no byline).
 */
const BYLINE_AFTER = /^(?:by|By|BY|par|Par|von|Von|por|Por|di|Di|da|Da)\s\p{Lu}[\p{L}'’.-]{0,30}(?:\s\p{Lu}[\p{L}'’.-]{0,30}){0,3}$/u;
/**
 * A byline naming an account rather than a person after a dated stamp: `Posted on May 18, 2024 by
 * admin`, `… by @jdoe`, `… by editor2`, `… by j_doe`. The account words blogging software gives
 * (`admin`, `editor`, `staff` ...), a handle after `@`, or a lower-case handle holding a digit or
 * an underscore: `by car`, `by far`, `by hand` are none. Only after a date (see {@link readBesideSource}).
 */
const HANDLE_AFTER = /^(?:by|By|BY|par|Par|von|Von|por|Por)\s(?:@[\p{L}\p{N}_.-]{2,30}|(?:admin|administrator|editor|editors|staff|webmaster|superuser|moderator|newsroom|newsdesk|guest)|\p{Ll}[\p{Ll}\p{N}]{0,20}[_\d][\p{Ll}\p{N}_]{0,20})$/u;
/**
 * A verb after a stamp saying what happened then (Turkish puts it last: `3 dakika önce güncellendi`,
 * `2 saat önce yayınlandı`; German, Dutch and Hungarian too: `vor 3 Stunden aktualisiert`; Chinese,
 * Japanese and Korean heads after a date: `2024年5月18日 14時30分 配信`, `2024.05.18 14:30 발행`).
 */
const VERB_AFTER = /^(?:güncellendi|yayınlandı|yayımlandı|eklendi|aktualisiert|veröffentlicht|bijgewerkt|gepubliceerd|frissítve|frissült|publikálva|更新|配信|公開|発表|发布|發布|发表|發表|입력|수정|발행|송고)$/iu;
/** Three letters in a row: the month name of a stamp after names. */
const MONTH_NAME = /\p{L}{3}/u;
/** Two letters in a word. */
const TWO_LETTERS = /\p{L}[^\p{L}]*\p{L}/u;
/** A letter or digit at `i`: a stamp glued to one is glued to a word (`Sports18 hours ago`), not to punctuation (`2–5, 2026`). */
const isWordAt = (text: string, i: number): boolean => i >= 0 && i < text.length && /[\p{L}\p{N}]/u.test(text.charAt(i));

/**
 * A stamp with a source name or an icon label on one side: after a separator (`Reuters · 3 hours
 * ago`, `3 hours ago · Reuters`), glued to it (`NBC Sports18 hours ago`, `timean hour ago`,
 * `2 days agoScotland`) or followed by a byline (`Posted 3 hours ago by Jane Doe`; after a date, an
 * account's too: `Posted on May 18, 2024 by admin`), as `findTimestamp` finds it. Anything else beside a stamp (`2 days ago
 * in Scotland`, `Oct 7 attack`, a range) gives `null`. `raw` is the stamp alone.
 */
function readBesideSource(text: string, options: TimestampOptions): Timestamp | null {
  const found = findTimestamp(text, options);
  if (found === null) return null;
  const { before, after } = found;
  if (after === "" && before !== "") {
    if (before.length > 60) return null;
    // Glued to a name of two letters or more (`v1.10.24` is a version, not `v` and a date).
    const glued = isWordAt(text, found.start - 1) && TWO_LETTERS.test(before.split(/\s/u).at(-1) ?? "");
    const source = before.replace(SEPARATOR_END, "").trim();
    if (glued || (SEPARATOR_END.test(before) && source !== "" && !LONE_NUMBER.test(source) && !isHyphenated(text, found.start - 1))) return found.timestamp;
    // Names or a byline before a dated stamp: `Jane Doe Harbour Times May 2nd 2025`, `Posted by: Jane at December 19, 2025 12:15 PM`.
    // A month name in the stamp (`Node 1.1.10` is a version, `Route 9 14.08` a number).
    if (found.timestamp.kind === "absolute" && found.timestamp.precision !== "month" && found.timestamp.precision !== "year" && MONTH_NAME.test(found.timestamp.raw) && NAMES_BEFORE.test(before)) return found.timestamp;
    return null;
  }
  if (before === "" && after !== "") {
    const glued = isWordAt(text, found.end);
    if (glued || READING_TIME.test(after) || VERB_AFTER.test(after) || BYLINE_AFTER.test(after) || (SOURCE_AFTER.test(after) && !/\p{N}/u.test(after) && !isHyphenated(text, found.end))) return found.timestamp;
    // An account's byline after a date, not after a relative amount: `5 minutes ago by admin` is
    // read as no stamp, as `… ago by` a lower-case word is as often a sentence's (`rose 2 days ago
    // by 5%`) or a comment thread's activity line as a story's head.
    if (found.timestamp.kind === "absolute" && HANDLE_AFTER.test(after)) return found.timestamp;
  }
  return null;
}

/** A hyphen at `i` between two words (`heute-show`): a compound word, not a separator. */
function isHyphenated(text: string, i: number): boolean {
  return text.charAt(i) === "-" && isWordAt(text, i - 1) && isWordAt(text, i + 1);
}
