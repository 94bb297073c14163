import type { Locale } from "./types.js";

/**
 * Vietnamese: `5 phút trước`, `cách đây 3 giờ`, `hôm qua lúc 17:30`, `14 tháng 8, 2025`,
 * `ngày 14 tháng 8 năm 2025`, `Thứ năm, 14/8/2025 10:32 (GMT+7)`, `Cập nhật: 14/08/2025 10:32`.
 *
 * @example
 * ```ts
 * import { vi } from "./vi.js";
 * vi.time.agoAfter; // ["trước"]
 * ```
 */
const months: Record<string, number> = {};
const names = ["một", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười", "mười một", "mười hai"];
for (let m = 1; m <= 12; m++) {
  // A month is `tháng` and its number, in words here (`tháng tám`); in digits (`tháng 8`) through `monthWords`.
  months[`tháng ${names[m - 1]}`] = m;
}
months["tháng giêng"] = 1;
months["tháng chạp"] = 12;

export const vi: Locale = {
  code: "vi",
  time: {
    code: "vi",
    units: { giây: "second", phút: "minute", giờ: "hour", tiếng: "hour", ngày: "day", tuần: "week", tháng: "month", năm: "year" },
    countedUnits: { "nửa tiếng": { count: 30, unit: "minute" }, "nửa giờ": { count: 30, unit: "minute" } },
    agoBefore: ["cách đây"],
    agoAfter: ["trước"],
    // `ba` (three) is left out: it ends English words (`Cuba`), where glued stamps are looked for.
    numberWords: { một: 1, hai: 2, bốn: 4, năm: 5, mười: 10, vài: 3, mấy: 3 },
    qualifiers: ["khoảng", "gần", "hơn"],
    and: ["và"],
    now: ["vừa xong", "vừa mới", "ngay bây giờ", "vừa nãy"],
    dayWords: { "hôm nay": 0, "hôm qua": 1, "hôm kia": 2, "sáng nay": 0, "tối qua": 1, "đêm qua": 1 },
    lastPeriods: { "tuần trước": "week", "tuần qua": "week", "tháng trước": "month", "năm ngoái": "year", "năm trước": "year" },
    months,
    // `thg` abbreviates `tháng` (`5 thg 1, 2024`).
    monthWords: ["tháng", "thg"],
    weekdays: {
      "chủ nhật": 0, "thứ hai": 1, "thứ ba": 2, "thứ tư": 3, "thứ năm": 4, "thứ sáu": 5, "thứ bảy": 6,
    },
    weekdayAbbreviations: {},
    meridiem: { am: ["sa", "sáng"], pm: ["ch", "chiều", "tối"] },
    // `ngày 14 tháng 8 năm 2025`: `ngày` before the day, `năm` before the year.
    connectors: ["lúc", "ngày", "vào", "vào lúc", "vào ngày"],
    dateJoiners: ["năm"],
    dayParts: ["sáng", "trưa", "chiều", "tối"],
    weekdayBefore: ["vào"],
    weekdayAfter: ["tuần trước", "tuần qua"],
    labels: ["cập nhật", "cập nhật lúc", "đăng", "đăng lúc", "ngày đăng", "xuất bản", "đăng ngày"],
    ordinalSuffixes: [],
  },
};
