import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findDateline, findTimestamp } from "../../src/time/find-timestamp.js";

const referenceTime = "2025-08-14T18:00:00Z";
const opts = { referenceTime };

describe("findTimestamp: stamps glued to other text", () => {
  const cases: ReadonlyArray<readonly [string, string, string, string, string | null]> = [
    // text, before, raw, after, iso
    ["NBC Sports18 hours ago", "NBC Sports", "18 hours ago", "", "2025-08-14T00:00:00.000Z"],
    ["News2419-07-2025", "News24", "19-07-2025", "", "2025-07-19T00:00:00.000Z"],
    ["News2401-07-2025", "News24", "01-07-2025", "", "2025-07-01T00:00:00.000Z"],
    ["News2412-03-2025", "News24", "12-03-2025", "", "2025-03-12T00:00:00.000Z"],
    ["Axios12-03-2025", "Axios", "12-03-2025", "", "2025-03-12T00:00:00.000Z"],
    ["Finextra11 minutes ago", "Finextra", "11 minutes ago", "", "2025-08-14T17:49:00.000Z"],
    ["time11-06-2025", "time", "11-06-2025", "", "2025-06-11T00:00:00.000Z"],
    ["time32 minutes ago", "time", "32 minutes ago", "", "2025-08-14T17:28:00.000Z"],
    ["timean hour ago", "time", "an hour ago", "", "2025-08-14T17:00:00.000Z"],
    ["timea minute ago", "time", "a minute ago", "", "2025-08-14T17:59:00.000Z"],
    ["timeyesterday", "time", "yesterday", "", "2025-08-13T00:00:00.000Z"],
    ["2 days agoScotland", "", "2 days ago", "Scotland", "2025-08-12T18:00:00.000Z"],
    ["5 hours agoWorld", "", "5 hours ago", "World", "2025-08-14T13:00:00.000Z"],
    ["Al Jazeeraمنذ 21 ساعات", "Al Jazeera", "منذ 21 ساعات", "", "2025-08-13T21:00:00.000Z"],
    ["الجزيرةمنذ 21 ساعات", "الجزيرة", "منذ 21 ساعات", "", "2025-08-13T21:00:00.000Z"],
    ["سكاي نيوز عربيةمنذ ساعة واحدة", "سكاي نيوز عربية", "منذ ساعة واحدة", "", "2025-08-14T17:00:00.000Z"],
    ["العربية٠٩-٠٦-٢٠٢٥", "العربية", "٠٩-٠٦-٢٠٢٥", "", "2025-06-09T00:00:00.000Z"],
    ["Le Mondeil y a 5 minutes", "Le Monde", "il y a 5 minutes", "", "2025-08-14T17:55:00.000Z"],
    ["Le Figaroil y a une heure", "Le Figaro", "il y a une heure", "", "2025-08-14T17:00:00.000Z"],
    ["BBC News - 2 hours ago", "BBC News -", "2 hours ago", "", "2025-08-14T16:00:00.000Z"],
    ["Reuters · August 9, 2018", "Reuters ·", "August 9, 2018", "", "2018-08-09T00:00:00.000Z"],
    ["11 minutes ago", "", "11 minutes ago", "", "2025-08-14T17:49:00.000Z"],
    ["  Posted 18 hours ago  ", "", "Posted 18 hours ago", "", "2025-08-14T00:00:00.000Z"],
    ["The Guardian1d 21h ago", "The Guardian", "1d 21h ago", "", "2025-08-12T21:00:00.000Z"],
    ["16 hours ago on iOS Blog", "", "16 hours ago", "on iOS Blog", "2025-08-14T02:00:00.000Z"],
    ["NBC 5 Today at 6am", "NBC 5", "Today at 6am", "", "2025-08-14T06:00:00.000Z"],
    ["By Umair Irfan Updated Nov 13, 2019, 10:28am EST", "By Umair Irfan", "Updated Nov 13, 2019, 10:28am EST", "", "2019-11-13T15:28:00.000Z"],
    // A source ending in digits glued to a count: the split giving a count a "time ago" display
    // would print (under 24 hours) wins over 2418 hours.
    ["News2418 hours ago", "News24", "18 hours ago", "", "2025-08-14T00:00:00.000Z"],
    ["News2445 minutes ago", "News24", "45 minutes ago", "", "2025-08-14T17:15:00.000Z"],
    ["Channel 418 hours ago", "Channel", "418 hours ago", "", "2025-07-28T08:00:00.000Z"],
  ];

  it.each(cases)("%j", (text, before, raw, after, iso) => {
    const found = findTimestamp(text, opts);
    expect(found).not.toBeNull();
    expect(found?.before).toBe(before);
    expect(found?.after).toBe(after);
    expect(found?.timestamp.raw).toBe(raw);
    expect(found?.timestamp.iso).toBe(iso);
    expect(text.slice(found?.start, found?.end)).toBe(raw);
  });

  const negatives = [
    "Sunday Times", "The Sun", "Related Articles", "Finextra", "NBC Sports", "Try Our AI Features",
    "Top 10 things to do", "9/11 memorial", "24/7 news", "Score 3-1", "$5.99 a month", "1 min read",
    "two hours of talks", "in 2 hours", "Trump wins in May 2025", "3D printing", "Channel 4 News",
    "Covid-19", "", "  ", "x".repeat(300),
    // Stamps closing a sentence, and day words inside names.
    "NASA tracking three asteroids headed this way, two spotted just 2 days ago",
    "The rainforest lost 3,769 square miles of its vegetation over the last year",
    "Chelsea hope to announce the deal later today.", "Fantasy Football Today", "2\tMartin Truex Jr.",
  ];
  it.each(negatives)("%j has no timestamp", (text) => {
    expect(findTimestamp(text, opts)).toBeNull();
  });

  it("starts no stamp at a weekday's abbreviation ending a word (a language that glues no stamp)", () => {
    // `so`, `do` (German), `tor`, `ons` (Danish): the word before the date is a name, not `Al` and Saturday.
    for (const [text, before] of [["Also 14 Aug 2025", "Also"], ["Pseudo 14.08.2025", "Pseudo"], ["Editor 14 Aug 2025", "Editor"],
      ["Hector 14. aug. 2025", "Hector"], ["Lions14.08.2025", "Lions"], ["Randy Thompson • 14 Aug 2025", "Randy Thompson •"]] as const) {
      const found = findTimestamp(text, opts);
      expect(found?.before.trim(), text).toBe(before);
      expect(found?.timestamp.iso, text).toBe("2025-08-14T00:00:00.000Z");
    }
    // A whole word still opens one: `tor. 14. aug. 2025` is Thursday's.
    expect(findTimestamp("Avisen tor. 14. aug. 2025", opts)?.timestamp.raw).toBe("tor. 14. aug. 2025");
  });

  it("leaves forms that only make sense alone to parseTimestamp", () => {
    expect(findTimestamp("Sunday", opts)).toBeNull();
    expect(findTimestamp("3h", opts)).toBeNull();
    expect(findTimestamp("September 2019", opts)).toBeNull();
  });

  it("offsets always slice back to the raw stamp", () => {
    const sources = fc.constantFrom("NBC Sports", "News24", "time", "Axios", "الجزيرة", "Le Monde", "");
    const stamps = fc.constantFrom("18 hours ago", "19-07-2025", "an hour ago", "منذ 5 دقائق", "il y a 2 jours", "Aug 9, 2018");
    const tails = fc.constantFrom("", "Scotland", " World");
    fc.assert(
      fc.property(sources, stamps, tails, (source, stamp, tail) => {
        const text = tail === "" ? source + stamp : stamp + tail;
        const found = findTimestamp(text, opts);
        expect(found).not.toBeNull();
        expect(found?.timestamp.raw).toBe(text.slice(found?.start, found?.end));
        expect(found?.timestamp.raw).toBe(stamp);
      }),
      { seed: 42, numRuns: 500 },
    );
  });
});

describe("findDateline", () => {
  const cases: ReadonlyArray<readonly [string, string, string, number]> = [
    // text, raw, iso, datelineEnd
    ["Jun. 10—The city council voted on Tuesday.", "Jun. 10", "2025-06-10T00:00:00.000Z", 8],
    ["July 15 (Reuters) - The Senate voted.", "July 15", "2025-07-15T00:00:00.000Z", 20],
    ["WASHINGTON, July 15 (Reuters) - The Senate voted.", "July 15", "2025-07-15T00:00:00.000Z", 32],
    ["NEW YORK, Aug 13 (AP) — Stocks rose.", "Aug 13", "2025-08-13T00:00:00.000Z", 24],
    ["July 15, 2024 (Reuters) - Old news.", "July 15, 2024", "2024-07-15T00:00:00.000Z", 26],
    ["PARIS, 15 juillet (AFP) - Le gouvernement a annoncé.", "15 juillet", "2025-07-15T00:00:00.000Z", 26],
    // A year-less date after the reference day belongs to last year.
    ["Dec. 24 -- Holiday travel surged.", "Dec. 24", "2024-12-24T00:00:00.000Z", 11],
  ];
  it.each(cases)("%j", (text, raw, iso, datelineEnd) => {
    const found = findDateline(text, opts);
    expect(found?.timestamp).toEqual({ raw, kind: "absolute", iso, precision: "day" });
    expect(text.slice(found?.start, found?.end)).toBe(raw);
    expect(found?.datelineEnd).toBe(datelineEnd);
  });

  it("gives iso null for a year-less dateline without a reference", () => {
    expect(findDateline("Jun. 10—Text", {})?.timestamp.iso).toBeNull();
  });

  const negatives = [
    "Covid-19 cases rose sharply.", "May 5-7 festival returns.", "Hello, world - yes.",
    "The minister said - again - that nothing changed.", "2 hours ago - update", "10-12 people were hurt.",
    "Mayor Smith, 45 — a profile.", "", "No dash here at all",
  ];
  it.each(negatives)("%j has no dateline", (text) => {
    expect(findDateline(text, opts)).toBeNull();
  });
});

describe("findTimestamp: a full date starting a line, then words", () => {
  it("reads the whole date when a byline follows it, lower-case label and all", () => {
    for (const [text, raw, iso, after] of [
      ["Published on December 2nd, 2025 by Ann Poe and Tom Hart", "Published on December 2nd, 2025", "2025-12-02T00:00:00.000Z", "by Ann Poe and Tom Hart"],
      ["March 3, 2024 by Jane Doe and John Roe", "March 3, 2024", "2024-03-03T00:00:00.000Z", "by Jane Doe and John Roe"],
      ["12 mars 2024 par Marie Dupont et Luc Martin", "12 mars 2024", "2024-03-12T00:00:00.000Z", "par Marie Dupont et Luc Martin"],
    ] as const) {
      const found = findTimestamp(text, opts);
      expect(found?.timestamp.raw, text).toBe(raw);
      expect(found?.timestamp.iso, text).toBe(iso);
      expect(found?.after, text).toBe(after);
    }
  });

  it("gives no shorter, year-less part of a date a sentence holds whole", () => {
    for (const text of ["December 2, 2025 was the day we all went there", "March 3rd, 2024 and the weeks after it were hard", "3 hours ago by car and then some"]) {
      expect(findTimestamp(text, opts), text).toBeNull();
    }
  });
});
