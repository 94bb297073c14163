import { describe, expect, it } from "vitest";
import { aggregate, scorePage, shingles, tokenize } from "../../src/eval/metric.js";

describe("tokenize", () => {
  it("keeps letters, digits and underscore of every script, drops punctuation, keeps case", () => {
    expect(tokenize("Hello, world! It's 2025 — snake_case.")).toEqual(["Hello", "world", "It", "s", "2025", "snake_case"]);
    expect(tokenize("서울에서 열린 회의는")).toEqual(["서울에서", "열린", "회의는"]);
    expect(tokenize("Привет, мир!")).toEqual(["Привет", "мир"]);
    expect(tokenize("قال الرئيس")).toEqual(["قال", "الرئيس"]);
    expect(tokenize("٠٩-٠٦-٢٠٢٥")).toEqual(["٠٩", "٠٦", "٢٠٢٥"]);
  });

  it("keeps a decomposed accent inside its word", () => {
    expect(tokenize("cafe\u0301 noir")).toEqual(["cafe\u0301", "noir"]);
  });

  it("gives nothing for empty or punctuation-only text", () => {
    expect(tokenize("")).toEqual([]);
    expect(tokenize(" ... — !!")).toEqual([]);
  });
});

describe("shingles", () => {
  it("makes 4-token windows", () => {
    expect([...shingles("a b c d e f")]).toEqual([
      ["a b c d", 1],
      ["b c d e", 1],
      ["c d e f", 1],
    ]);
  });

  it("counts repeated windows as a multiset", () => {
    // a b c d a b c d: windows abcd, bcda, cdab, dabc, abcd
    expect(Object.fromEntries(shingles("a b c d a b c d"))).toEqual({
      "a b c d": 2,
      "b c d a": 1,
      "c d a b": 1,
      "d a b c": 1,
    });
  });

  it("gives one shingle of all tokens for 1 to 3 tokens, none for 0", () => {
    expect([...shingles("one")]).toEqual([["one", 1]]);
    expect([...shingles("one, two")]).toEqual([["one two", 1]]);
    expect([...shingles("one two three")]).toEqual([["one two three", 1]]);
    expect([...shingles("one two three four")]).toEqual([["one two three four", 1]]);
    expect(shingles("").size).toBe(0);
    expect(shingles("  -- ").size).toBe(0);
  });

  it("ignores whitespace and punctuation differences", () => {
    expect(shingles("a, b;\n\nc d")).toEqual(shingles("a b c d"));
  });
});

describe("scorePage", () => {
  it("scores an exact match 1/1", () => {
    const s = scorePage("The cat sat on the mat.", "The  cat sat on\nthe mat");
    expect(s).toEqual({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
  });

  it("counts a missing tail as false negatives", () => {
    // truth: 5 tokens → 2 shingles (1 2 3 4, 2 3 4 5); prediction: 1 shingle (1 2 3 4)
    // TP 1, FP 0, FN 1 → normalised 1/2, 0, 1/2
    const s = scorePage("one two three four five", "one two three four");
    expect(s.tp).toBeCloseTo(0.5);
    expect(s.fp).toBe(0);
    expect(s.fn).toBeCloseTo(0.5);
    expect(s.precision).toBe(1);
    expect(s.recall).toBeCloseTo(0.5);
    expect(s.f1).toBeCloseTo(2 / 3);
  });

  it("counts an extra headline as false positives", () => {
    // truth: a b c d e → {abcd, bcde}
    // pred: X a b c d e → {Xabc, abcd, bcde}: TP 2, FP 1, FN 0 → 2/3, 1/3, 0
    const s = scorePage("a b c d e", "X a b c d e");
    expect(s.tp).toBeCloseTo(2 / 3);
    expect(s.fp).toBeCloseTo(1 / 3);
    expect(s.fn).toBe(0);
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBe(1);
    expect(s.f1).toBeCloseTo(0.8);
  });

  it("matches repeated shingles as a multiset, not a set", () => {
    // truth: a b c d a b c d → {abcd:2, bcda, cdab, dabc} (5 shingles)
    // pred:  a b c d → {abcd:1}
    // TP = min(2,1) = 1, FP = 0, FN = 1 (second abcd) + 3 = 4 → 1/5, 0, 4/5
    const s = scorePage("a b c d a b c d", "a b c d");
    expect(s.tp).toBeCloseTo(0.2);
    expect(s.fn).toBeCloseTo(0.8);
    expect(s.precision).toBe(1);
    expect(s.recall).toBeCloseTo(0.2);

    // the other way: predicting the paragraph twice when the truth has it once
    // truth {abcd:1}; pred {abcd:2, bcda, cdab, dabc} → TP 1, FP 1 + 3 = 4, FN 0
    const r = scorePage("a b c d", "a b c d a b c d");
    expect(r.tp).toBeCloseTo(0.2);
    expect(r.fp).toBeCloseTo(0.8);
    expect(r.precision).toBeCloseTo(0.2);
    expect(r.recall).toBe(1);
  });

  it("is case-sensitive", () => {
    const s = scorePage("Seoul is big", "seoul is big");
    // one shingle each, different: TP 0, FP 1, FN 1 → 0, 1/2, 1/2
    expect(s).toEqual({ tp: 0, fp: 0.5, fn: 0.5, precision: 0, recall: 0, f1: 0 });
  });

  it("handles Korean and Russian tokens", () => {
    // truth: 가 나 다 라 마 → {가나다라, 나다라마}; pred: 나 다 라 마 바 → {나다라마, 다라마바}
    // TP 1, FP 1, FN 1 → 1/3 each
    const ko = scorePage("가 나 다 라 마", "나, 다, 라, 마, 바");
    expect(ko.tp).toBeCloseTo(1 / 3);
    expect(ko.fp).toBeCloseTo(1 / 3);
    expect(ko.fn).toBeCloseTo(1 / 3);
    expect(ko.precision).toBeCloseTo(0.5);
    expect(ko.recall).toBeCloseTo(0.5);
    expect(ko.f1).toBeCloseTo(0.5);

    // Words glued to particles are single tokens: 정부는 ≠ 정부
    const ko2 = scorePage("정부는 오늘 발표했다", "정부 오늘 발표했다");
    expect(ko2.tp).toBe(0);

    // Russian: 6 tokens → 3 shingles; prediction drops the first word → 2 shingles, both shared
    const ru = scorePage("Мы живём, под собою не чуя", "живём под собою не чуя");
    expect(ru.tp).toBeCloseTo(2 / 3);
    expect(ru.fn).toBeCloseTo(1 / 3);
    expect(ru.fp).toBe(0);
  });

  it("compares short texts as one shingle each", () => {
    expect(scorePage("Hello world", "Hello, world!").f1).toBe(1);
    // 2 tokens vs 3 tokens: different single shingles
    const s = scorePage("Hello world", "Hello world again");
    expect(s).toEqual({ tp: 0, fp: 0.5, fn: 0.5, precision: 0, recall: 0, f1: 0 });
    // a 3-token truth inside a 4-token prediction still does not match ("a b c" vs "a b c d")
    expect(scorePage("a b c", "a b c d").tp).toBe(0);
  });

  it("gives precision 0 and recall 0 for an empty prediction", () => {
    // TP 0, FP 0, FN 2 → 0, 0, 1
    expect(scorePage("one two three four five", "")).toEqual({ tp: 0, fp: 0, fn: 1, precision: 0, recall: 0, f1: 0 });
  });

  it("gives recall 0 for an empty truth with a prediction", () => {
    expect(scorePage("", "some words here")).toEqual({ tp: 0, fp: 1, fn: 0, precision: 0, recall: 0, f1: 0 });
  });

  it("gives 1/1 with all counts 0 when both are empty", () => {
    expect(scorePage("", "  ... ")).toEqual({ tp: 0, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
  });

  it("normalises counts to sum 1 whatever the page length", () => {
    const long = "w ".repeat(1000);
    const s = scorePage(long, long + " tail");
    expect(s.tp + s.fp + s.fn).toBeCloseTo(1);
  });
});

describe("aggregate", () => {
  it("averages precision over non-empty predictions and recall over non-empty truths", () => {
    const pages = [
      scorePage("a b c d e", "a b c d e"), // P 1, R 1
      scorePage("a b c d e", ""), // empty prediction: left out of P, R 0
      scorePage("", "x y z"), // empty truth: P 0, left out of R
      scorePage("", ""), // both empty: left out of both
    ];
    const agg = aggregate(pages);
    expect(agg.pages).toBe(4);
    expect(agg.precision).toBeCloseTo(0.5); // (1 + 0) / 2
    expect(agg.recall).toBeCloseTo(0.5); // (1 + 0) / 2
    expect(agg.f1).toBeCloseTo(0.5);
  });

  it("takes F1 of the means, not the mean of per-page F1", () => {
    const a = scorePage("a b c d e", "X a b c d e"); // P 2/3, R 1
    const b = scorePage("one two three four five", "one two three four"); // P 1, R 1/2
    const agg = aggregate([a, b]);
    const p = (2 / 3 + 1) / 2;
    const r = (1 + 0.5) / 2;
    expect(agg.precision).toBeCloseTo(p);
    expect(agg.recall).toBeCloseTo(r);
    expect(agg.f1).toBeCloseTo((2 * p * r) / (p + r));
    expect(agg.f1).not.toBeCloseTo((a.f1 + b.f1) / 2);
  });

  it("shows that an empty prediction costs recall only", () => {
    const perfect = scorePage("a b c d e", "a b c d e");
    const withEmpty = aggregate([perfect, scorePage("a b c d e", "")]);
    expect(withEmpty.precision).toBe(1);
    expect(withEmpty.recall).toBeCloseTo(0.5);
  });

  it("gives zeros for no pages", () => {
    expect(aggregate([])).toEqual({ f1: 0, precision: 0, recall: 0, pages: 0 });
  });
});
