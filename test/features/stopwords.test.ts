import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  AR_STOPWORDS,
  DE_STOPWORDS,
  EN_STOPWORDS,
  FR_STOPWORDS,
  ID_STOPWORDS,
  IT_STOPWORDS,
  KO_STOPWORDS,
  KO_SUFFIXES,
  PT_STOPWORDS,
  RU_STOPWORDS,
  STOPWORDS,
  STOPWORD_LANGUAGES,
  DETECT_SAMPLE,
  countStopWords,
  detectLanguage,
  isStopWord,
  LanguageTally,
} from "../../src/features/stopwords/index.js";
import { pushWordTokens, wordTokens } from "../../src/features/tokens.js";

const LISTS: Record<string, readonly string[]> = {
  en: EN_STOPWORDS,
  fr: FR_STOPWORDS,
  de: DE_STOPWORDS,
  it: IT_STOPWORDS,
  pt: PT_STOPWORDS,
  id: ID_STOPWORDS,
  ru: RU_STOPWORDS,
  ko: [...KO_STOPWORDS, ...KO_SUFFIXES],
  ar: AR_STOPWORDS,
};

describe("stop-word lists", () => {
  it.each(Object.entries(LISTS))("%s has 100 to 300 distinct lower-case entries without spaces", (lang, list) => {
    expect(new Set(list).size).toBeGreaterThanOrEqual(100);
    expect(new Set(list).size).toBeLessThanOrEqual(300);
    for (const w of list) {
      expect(w).toBe(w.toLowerCase());
      expect(w).not.toMatch(/\s/);
    }
    expect(STOPWORDS[lang]).toBeDefined();
  });

  it("exposes every language as a set", () => {
    expect(Object.keys(STOPWORDS).sort()).toEqual([...STOPWORD_LANGUAGES].sort());
    expect(STOPWORDS["en"]?.has("the")).toBe(true);
    expect(STOPWORDS["ru"]?.has("что")).toBe(true);
  });
});

describe("isStopWord", () => {
  it("is case-insensitive and folds the typographic apostrophe", () => {
    expect(isStopWord("The", "en")).toBe(true);
    expect(isStopWord("DON’T", "en")).toBe(true);
    expect(isStopWord("government", "en")).toBe(false);
  });

  it("recognises elided French and Italian function words", () => {
    expect(isStopWord("l’homme", "fr")).toBe(true);
    expect(isStopWord("qu'il", "fr")).toBe(true);
    expect(isStopWord("aujourd'hui", "fr")).toBe(false);
    expect(isStopWord("dell'anno", "it")).toBe(true);
    expect(isStopWord("people's", "en")).toBe(false);
  });

  it("counts Korean tokens ending in a particle or verb ending, not bare nouns", () => {
    expect(isStopWord("정부는", "ko")).toBe(true); // topic particle 는
    expect(isStopWord("계획을", "ko")).toBe(true); // object particle 을
    expect(isStopWord("서울에서", "ko")).toBe(true); // locative 에서
    expect(isStopWord("밝혔다", "ko")).toBe(true); // sentence ending
    expect(isStopWord("그리고", "ko")).toBe(true); // standalone conjunction
    expect(isStopWord("뉴스", "ko")).toBe(false);
    expect(isStopWord("정치", "ko")).toBe(false);
    expect(isStopWord("는", "ko")).toBe(false); // a particle alone is not a word of prose
  });

  it("accepts Arabic stop words with a glued conjunction", () => {
    expect(isStopWord("في", "ar")).toBe(true);
    expect(isStopWord("وفي", "ar")).toBe(true);
    expect(isStopWord("فقد", "ar")).toBe(true);
    expect(isStopWord("الحكومة", "ar")).toBe(false);
  });

  it("folds ё for Russian", () => {
    expect(isStopWord("ещё", "ru")).toBe(true);
    expect(isStopWord("Её", "ru")).toBe(true);
  });

  it("knows no stop words for an unknown language", () => {
    expect(isStopWord("the", "xx")).toBe(false);
    expect(countStopWords(["the", "a"], "xx")).toBe(0);
  });
});

describe("detectLanguage", () => {
  // Invented sentences, one per language, about the same made-up news event.
  const samples: [string, string][] = [
    ["en", "The government said on Monday that it would not change the plan for the rest of the year."],
    ["fr", "Le gouvernement a annoncé lundi qu'il ne changerait pas son plan pour le reste de l'année."],
    ["de", "Die Regierung hat am Montag gesagt, dass sie den Plan für den Rest des Jahres nicht ändern wird."],
    ["it", "Il governo ha detto lunedì che non cambierà il piano per il resto dell'anno."],
    ["pt", "O governo disse na segunda-feira que não vai mudar o plano para o resto do ano."],
    ["es", "El gobierno dijo el lunes que no va a cambiar el plan durante el resto del año."],
    ["id", "Pemerintah mengatakan pada hari Senin bahwa mereka tidak akan mengubah rencana itu untuk sisa tahun ini."],
    ["ru", "Правительство заявило в понедельник, что не будет менять этот план до конца года."],
    ["ko", "정부는 월요일 올해 남은 기간 동안 계획을 바꾸지 않을 것이라고 밝혔다."],
    ["ar", "قالت الحكومة يوم الاثنين إنها لن تغير الخطة خلال ما تبقى من العام."],
  ];

  it.each(samples)("detects %s", (lang, sentence) => {
    expect(detectLanguage(wordTokens(sentence))).toBe(lang);
  });

  it("detects short samples", () => {
    expect(detectLanguage(wordTokens("C'est la vie, et c'est tout."))).toBe("fr");
    expect(detectLanguage(wordTokens("Das ist nicht mein Auto"))).toBe("de");
    expect(detectLanguage(wordTokens("Я не знаю, что это"))).toBe("ru");
    expect(detectLanguage(wordTokens("Ini adalah rumah yang besar"))).toBe("id");
  });

  it("falls back to English when nothing is a stop word", () => {
    expect(detectLanguage([])).toBe("en");
    expect(detectLanguage(wordTokens("Home News Sport Weather"))).toBe("en");
  });
});

describe("detectLanguage against isStopWord", () => {
  /** The definition: per language, the tokens that are its stop words; the most wins, ties to the earlier language. */
  function reference(tokens: readonly string[]): string {
    const sample = tokens.slice(0, DETECT_SAMPLE);
    let best = "en";
    let bestCount = 0;
    for (const lang of STOPWORD_LANGUAGES) {
      const c = sample.filter((t) => isStopWord(t, lang)).length;
      if (c > bestCount) {
        best = lang;
        bestCount = c;
      }
    }
    return best;
  }
  const WORDS = [
    "the", "The", "THE", "and", "l'homme", "L'Homme", "qu'il", "l'", "'l", "it's", "it’s", "don't", "Don’t", "dell'anno", "a'b'c",
    "der", "Die", "und", "le", "la", "et", "de", "da", "di", "yang", "dan", "и", "не", "в", "정부는", "뉴스", "في", "وفي", "فقد",
    "2025", "abc123", "Ёлка", "cafe", "café", "x", "y'", "Der", "o", "os", "um", "uma", "ini", "itu",
  ];
  it("gives the same language as counting isStopWord per language (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }), (tokens) => {
        expect(detectLanguage(tokens)).toBe(reference(tokens));
      }),
      { seed: 20251127, numRuns: 5000 },
    );
  });

  it("reads every ASCII stop word, in any case, as the long way does", () => {
    for (const lang of STOPWORD_LANGUAGES) {
      for (const w of STOPWORDS[lang]!) {
        if (!/^[a-z0-9']+$/u.test(w)) continue;
        // Longer and shorter neighbours too: the key table reads tokens of up to 10 symbols exactly, and no longer.
        const near = [`${w}${w}`, `x${w}`, w.slice(1), w.slice(0, -1), `${w}${w}'x`];
        for (const t of [w, w.toUpperCase(), `${w}x`, `${w}'x`, `${w}’x`, w.replaceAll("'", "’"), ...near]) {
          // With an Arabic stop word beside it, a token read as English is told from one read as no stop word.
          expect(detectLanguage([t])).toBe(reference([t]));
          expect(detectLanguage([t, "في"])).toBe(reference([t, "في"]));
          // A text that is this one token (`l'` is the token `l` and an apostrophe) is read the same way in place.
          if (wordTokens(t).join(" ") !== t) continue;
          const tally = new LanguageTally(1);
          tally.add(`${t} في`);
          expect(tally.language()).toBe(reference([t, "في"]));
        }
      }
    }
  });
});

describe("LanguageTally", () => {
  // The tokens pageLanguage used to gather: text after text, until more than `max` are held.
  function reference(texts: readonly string[], max: number): { language: string; tokens: number } {
    const tokens: string[] = [];
    for (const t of texts) {
      pushWordTokens(t, tokens, max);
      if (tokens.length > max) break;
    }
    return { language: detectLanguage(tokens), tokens: tokens.length };
  }
  const WORDS = ["the", "The", "l'homme", "L’Homme", "qu'il", "it’s", "don't", "der", "und", "le", "et", "di", "yang", "и", "не", "정부는", "뉴스", "في", "وفي", "2025", "café", "Ёлка", "x"];
  // Tokens that mix ASCII with other word points, apostrophes twice, marks and pairs: the in-place walk's edges.
  const MIXED = ["l'été", "dell'anno’s", "o'clock'd", "rock’n’roll", "e\u0301t", "naïve", "𝐀bc", "ab𝐀", "d'ک", "IN", "Don’T"];
  const SEPARATORS = [" ", " ", ", ", " — ", "'", "’", ". ", "-", "«", "\u00a0", "\ud835"];
  const text = fc.array(fc.tuple(fc.constantFrom(...WORDS, ...MIXED), fc.constantFrom(...SEPARATORS)), { maxLength: 30 }).map((p) => p.map(([w, s]) => w + s).join(""));

  it("reads the tokens in place as detectLanguage reads pushWordTokens' copies (property)", () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 5 }), fc.nat({ max: 70 }), (texts, max) => {
        const tally = new LanguageTally(max);
        for (const t of texts) {
          tally.add(t);
          if (tally.full) break;
        }
        const expected = reference(texts, max);
        expect(tally.language()).toBe(expected.language);
        expect(tally.tokens).toBe(expected.tokens);
        expect(tally.full).toBe(expected.tokens > max);
      }),
      { seed: 20251127, numRuns: 3000 },
    );
  });

  it("merges another tally only where reading its texts again gives the same tally (property)", () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 3 }), fc.array(text, { maxLength: 3 }), fc.nat({ max: 50 }), (first, second, max) => {
        const read = new LanguageTally(max);
        const merged = new LanguageTally(max);
        const other = new LanguageTally(max);
        for (const t of first) (read.add(t), merged.add(t));
        for (const t of second) other.add(t);
        for (const t of second) read.add(t);
        // Merged exactly when the other tally read all its texts and they fit below the bound.
        const fits = !other.full && merged.tokens + other.tokens <= max;
        const ok = merged.merge(other);
        expect(ok).toBe(fits);
        if (!ok) for (const t of second) merged.add(t);
        expect(merged.tokens).toBe(read.tokens);
        expect(merged.language()).toBe(read.language());
        expect(merged.hits()).toBe(read.hits());
      }),
      { seed: 20261207, numRuns: 2000 },
    );
  });

  it("adopts another tally only where reading its texts gives the same tally (property)", () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 3 }), fc.array(text, { maxLength: 4 }), fc.nat({ max: 50 }), fc.nat({ max: 50 }), (first, second, max, otherMax) => {
        const read = new LanguageTally(max);
        const adopted = new LanguageTally(max);
        const other = new LanguageTally(otherMax);
        for (const t of first) (read.add(t), adopted.add(t));
        for (const t of second) (other.add(t), read.add(t));
        // Taken exactly when this tally has read nothing and the bounds agree, full or not.
        const empty = adopted.tokens === 0;
        const ok = adopted.adopt(other);
        expect(ok).toBe(empty && max === otherMax);
        if (!ok) for (const t of second) adopted.add(t);
        expect(adopted.tokens).toBe(read.tokens);
        expect(adopted.language()).toBe(read.language());
        expect(adopted.hits()).toBe(read.hits());
      }),
      { seed: 20261208, numRuns: 2000 },
    );
  });
});
