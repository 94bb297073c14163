import type { ClassifiedLine, Line } from "../model/block.js";
import { foldLine, matchLine } from "../rules/rule.js";
import { findTimestamp } from "../time/find-timestamp.js";
import { parseTimestamp } from "../time/parse-timestamp.js";
import type { TimestampOptions } from "../time/types.js";
import type { ParseContext } from "./context.js";

// Timestamps and glued source+stamp lines are short; longer lines are never tested (cost and false positives).
const MAX_TIMESTAMP_LINE = 80;
// "- Finextra", "• Business", "· Reuters": the dash or bullet echo of a source or category.
const ECHO = /^[-–—•·]\s?(\S.{0,58})$/u;
// "time11-06-2025": the icon label innerText glues to a stamp.
const TIME_LABEL = /^time$/iu;

/**
 * Stage 3: classify each line. Rules run first (they are data and the user can change them),
 * then timestamp detection on short lines, then echo detection. The result still holds every
 * line, so assembly can look at neighbours.
 */
export function classify(lines: Line[], ctx: ParseContext): ClassifiedLine[] {
  const tsOptions: TimestampOptions = { referenceTime: ctx.referenceTime, timeZone: ctx.timeZone, dateOrder: ctx.dateOrder };
  const out: ClassifiedLine[] = new Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const c: ClassifiedLine = Object.assign(line, {
      cls: "text" as ClassifiedLine["cls"],
      rule: null,
      timestamp: null,
      source: null,
      tsStart: -1,
      tsEnd: -1,
      words: countWords(line.text),
    });
    out[i] = c;
    const text = line.text;
    if (text === "") {
      c.cls = "blank";
      continue;
    }
    if (ctx.template.size > 0 && ctx.template.has(foldLine(text))) {
      c.cls = "boilerplate";
      c.rule = TEMPLATE_RULE;
      continue;
    }
    const match = matchLine(ctx.rules, text);
    if (match) {
      c.cls = "boilerplate";
      c.rule = match.rule;
      continue;
    }
    if (text.length <= MAX_TIMESTAMP_LINE) {
      const whole = parseTimestamp(text, tsOptions);
      if (whole) {
        c.cls = "timestamp";
        c.timestamp = whole;
        c.tsStart = 0;
        c.tsEnd = text.length;
        continue;
      }
      const found = findTimestamp(text, tsOptions);
      if (found && found.after.trim() === "" && found.before.trim() !== "") {
        c.timestamp = found.timestamp;
        c.tsStart = found.start;
        c.tsEnd = found.end;
        const before = found.before.trim();
        if (TIME_LABEL.test(before)) {
          c.cls = "timestamp";
        } else if (before.length <= 60) {
          c.cls = "source-timestamp";
          c.source = before;
        }
        if (c.cls !== "text") continue;
        c.timestamp = null;
        c.tsStart = c.tsEnd = -1;
      }
    }
    const echo = ECHO.exec(text);
    if (echo && c.words <= 8) c.source = echo[1]!.trim();
  }
  return out;
}

/** The pseudo-rule behind removals learned from a batch (see `createArticleParser().learn`). */
export const TEMPLATE_RULE = { id: "template/learned", kind: "template", phrases: [] as string[] };

/** Counts whitespace-separated words (fast, no regex). */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) === 32;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}
