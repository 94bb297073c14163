/**
 * Time-zone abbreviations printed after a clock time, and what they mean.
 *
 * Abbreviations that name one offset (`EDT`, `BST`, `CEST`) map to that offset: a page printing
 * `EST` in July means EST. Generic ones (`ET`, `PT`) map to an IANA zone so daylight saving is
 * applied for the date printed. Ambiguous ones are left out on purpose: `AST` (Atlantic or
 * Arabia), `CST` is read as US Central (far more common in English news than China).
 * `IST` is read as India: the pages that print it are overwhelmingly Indian. Abbreviations that are
 * also English words (`ART`, `WIT`, `PET`) are left out: zone words are read only after a clock,
 * but every one of them makes lines ending with it worth lexing.
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
  ["mez", offset(1)], ["mesz", offset(2)], ["idt", offset(3)], ["gst", offset(4)], ["npt", offset(5.75)],
  ["ict", offset(7)], ["wita", offset(8)], ["myt", offset(8)], ["brt", offset(-3)],
  ["et", iana("America/New_York")], ["ct", iana("America/Chicago")],
  ["eastern", iana("America/New_York")], ["pacific", iana("America/Los_Angeles")],
  ["mt", iana("America/Denver")], ["pt", iana("America/Los_Angeles")],
]);
