/**
 * Time-zone abbreviations printed after a clock time, and what they mean.
 *
 * Abbreviations that name one offset (`EDT`, `BST`, `CEST`) map to that offset: a page printing
 * `EST` in July means EST. Generic ones (`ET`, `PT`) map to an IANA zone so daylight saving is
 * applied for the date printed. Ambiguous ones are read one way, on purpose: `CST` as US Central
 * (far more common in English news than China), `IST` as India (the pages that print it are
 * overwhelmingly Indian), `BDT` as Bangladesh, and `AST` as Arabia (+03:00) unless the `timeZone`
 * option is a zone of the Americas, when it is Atlantic (-04:00; see {@link ATLANTIC_OR_ARABIA}).
 * Abbreviations that are also English words (`ART`, `PET`, `WIT`, `VET`, `COT`, `BOT`, `AFT`) are
 * read only printed in capitals ({@link CAPITALS_ONLY}); `GET` and `SET` are never read.
 */

/**
 * A zone: a fixed offset in minutes east of UTC, or an IANA name whose offset depends on the date.
 *
 * @example
 * ```ts
 * const bst: Zone = { kind: "offset", minutes: 60 };
 * const et: Zone = { kind: "iana", name: "America/New_York" };
 * ```
 */
export type Zone =
  | {
      /** A fixed offset. */
      readonly kind: "offset";
      /** Minutes east of UTC (`-240` for EDT). */
      readonly minutes: number;
    }
  | {
      /** An IANA zone, for abbreviations that follow daylight saving (`ET`). */
      readonly kind: "iana";
      /** The IANA name (`America/New_York`). */
      readonly name: string;
    };

const offset = (hours: number): Zone => ({ kind: "offset", minutes: Math.round(hours * 60) });
const iana = (name: string): Zone => ({ kind: "iana", name });

/**
 * `AST`: Arabia Standard Time (+03:00, the Gulf's pages) or Atlantic Standard Time (-04:00, the
 * Canadian Maritimes' and the Caribbean's). The grammar reads it as this object, and the reader
 * settles it with {@link settleZone}: Atlantic when the `timeZone` option is a zone of the
 * Americas, Arabia otherwise.
 *
 * @example
 * ```ts
 * settleZone(ATLANTIC_OR_ARABIA, { kind: "iana", name: "America/Halifax" }); // { kind: "offset", minutes: -240 }
 * ```
 */
export const ATLANTIC_OR_ARABIA: Zone = offset(3);
const ATLANTIC: Zone = offset(-4);

/**
 * Lower-case abbreviation → zone. `z` is only read glued to a time (`10:32:00Z`).
 *
 * @example
 * ```ts
 * ZONES.get("edt"); // { kind: "offset", minutes: -240 }
 * ZONES.get("et"); // { kind: "iana", name: "America/New_York" }
 * ```
 */
export const ZONES: ReadonlyMap<string, Zone> = new Map<string, Zone>([
  ["utc", offset(0)], ["gmt", offset(0)], ["z", offset(0)], ["wet", offset(0)],
  ["bst", offset(1)], ["west", offset(1)], ["cet", offset(1)], ["wat", offset(1)],
  ["cest", offset(2)], ["eet", offset(2)], ["sast", offset(2)], ["cat", offset(2)],
  ["eest", offset(3)], ["msk", offset(3)], ["eat", offset(3)],
  ["pkt", offset(5)], ["ist", offset(5.5)], ["wib", offset(7)],
  ["hkt", offset(8)], ["sgt", offset(8)], ["awst", offset(8)], ["pht", offset(8)],
  ["jst", offset(9)], ["kst", offset(9)], ["acst", offset(9.5)], ["acdt", offset(10.5)],
  ["aest", offset(10)], ["aedt", offset(11)], ["nzst", offset(12)], ["nzdt", offset(13)],
  ["edt", offset(-4)], ["est", offset(-5)], ["cdt", offset(-5)], ["cst", offset(-6)],
  ["mdt", offset(-6)], ["mst", offset(-7)], ["pdt", offset(-7)], ["pst", offset(-8)],
  ["akdt", offset(-8)], ["akst", offset(-9)], ["hst", offset(-10)],
  // German names of the Central European zones, and zones of the new locales' and other news markets.
  ["mez", offset(1)], ["mesz", offset(2)], ["мск", offset(3)], ["tsi", offset(3)], ["idt", offset(3)], ["ast", ATLANTIC_OR_ARABIA], ["gst", offset(4)], ["npt", offset(5.75)],
  ["ict", offset(7)], ["wita", offset(8)], ["myt", offset(8)], ["brt", offset(-3)],
  ["et", iana("America/New_York")], ["ct", iana("America/Chicago")],
  ["eastern", iana("America/New_York")], ["pacific", iana("America/Los_Angeles")],
  ["mt", iana("America/Denver")], ["pt", iana("America/Los_Angeles")],
  // Moscow time as Russian pages print it (`14:30 МСК`) is above. Zones of other news markets: Atlantic and Newfoundland Canada, Iran, Turkey, Sri Lanka, Myanmar,
  // Bangladesh, Afghanistan, South America, eastern Indonesia; German `WEZ`/`OEZ`/`OESZ`; Quebec
  // French `HNE`/`HAE` (Eastern), `HNC`/`HAC` (Central), `HNP`/`HAP` (Pacific).
  ["adt", offset(-3)], ["nst", offset(-3.5)], ["ndt", offset(-2.5)], ["irst", offset(3.5)], ["trt", offset(3)],
  ["slst", offset(5.5)], ["mmt", offset(6.5)], ["bdt", offset(6)], ["aft", offset(4.5)], ["art", offset(-3)],
  ["clt", offset(-4)], ["clst", offset(-3)], ["cot", offset(-5)], ["pet", offset(-5)], ["vet", offset(-4)],
  ["uyt", offset(-3)], ["bot", offset(-4)], ["wit", offset(9)], ["wez", offset(0)], ["oez", offset(2)], ["oesz", offset(3)],
  ["hne", offset(-5)], ["hae", offset(-4)], ["hnc", offset(-6)], ["hac", offset(-5)], ["hnp", offset(-8)], ["hap", offset(-7)],
]);

/**
 * Zones named in words after a clock (`10:30 a.m. Eastern Time`, `14:30 British Summer Time`,
 * `11 a.m. Central`), lower case, words apart by a space. The generic US names follow daylight
 * saving; names that say `standard`, `daylight` or `summer` are one offset.
 *
 * @example
 * ```ts
 * ZONE_NAMES.get("eastern daylight time"); // { kind: "offset", minutes: -240 }
 * ```
 */
export const ZONE_NAMES: ReadonlyMap<string, Zone> = new Map<string, Zone>([
  ...([["eastern", -5, "New_York"], ["central", -6, "Chicago"], ["mountain", -7, "Denver"], ["pacific", -8, "Los_Angeles"]] as const).flatMap(
    ([name, hours, city]): Array<[string, Zone]> => [
      [`${name} time`, iana(`America/${city}`)], [`${name} standard time`, offset(hours)], [`${name} daylight time`, offset(hours + 1)],
    ],
  ),
  ["central", iana("America/Chicago")], ["mountain", iana("America/Denver")], ["greenwich mean time", offset(0)],
  ["british summer time", offset(1)], ["central european time", offset(1)], ["central european summer time", offset(2)],
  ["eastern european time", offset(2)], ["eastern european summer time", offset(3)], ["india standard time", offset(5.5)],
  ["japan standard time", offset(9)], ["australian eastern standard time", offset(10)], ["australian eastern daylight time", offset(11)],
]);

/** The most words of a name of {@link ZONE_NAMES}. */
export const ZONE_NAME_WORDS = Math.max(...[...ZONE_NAMES.keys()].map((k) => k.split(" ").length));

/**
 * Abbreviations read only when printed in capitals: they are English words too (`10:30 art`).
 *
 * @example
 * ```ts
 * CAPITALS_ONLY.has("art"); // true
 * ```
 */
export const CAPITALS_ONLY: ReadonlySet<string> = new Set(["art", "pet", "wit", "vet", "cot", "bot", "aft"]);

/**
 * The zone a printed one means once the page's zone (the `timeZone` option) is known: `AST` is
 * Atlantic in the Americas and Arabia elsewhere; every other zone is itself.
 *
 * @param printed - The zone read after a clock.
 * @param page - The zone of the `timeZone` option.
 * @returns The zone to resolve with.
 * @example
 * ```ts
 * settleZone(ATLANTIC_OR_ARABIA, { kind: "offset", minutes: 0 }); // { kind: "offset", minutes: 180 }
 * ```
 */
export function settleZone(printed: Zone, page: Zone): Zone {
  if (printed !== ATLANTIC_OR_ARABIA) return printed;
  const americas = page.kind === "iana" ? /^(?:America|Atlantic\/Bermuda|Canada|US)\b/u.test(page.name) : page.minutes < 0;
  return americas ? ATLANTIC : printed;
}
