/**
 * Numbered step labels of a how-to guide (src/pipeline/layouts/step-label.ts): only a sequence
 * (the same words, consecutive numbers) is marked. End-to-end guides are in
 * test/pipeline/layouts.test.ts ("step-by-step guides").
 */
import { describe, expect, it } from "vitest";
import type { ClassifiedLine } from "../../src/model/block.js";
import { markStepLabels } from "../../src/pipeline/layouts/step-label.js";

/** Text lines as the marker reads them (class, words, text). */
function lines(texts: string[]): ClassifiedLine[] {
  return texts.map((text) => ({ cls: text === "" ? "blank" : "text", text, words: text.split(" ").filter(Boolean).length }) as unknown as ClassifiedLine);
}

function marked(texts: string[]): string[] {
  const ls = lines(texts);
  const marks = new Uint8Array(ls.length);
  markStepLabels(ls, marks);
  return texts.filter((_, i) => marks[i] === 1);
}

describe("markStepLabels", () => {
  it("marks a run of consecutive labels, in several languages and spellings", () => {
    for (const label of ["STEP %", "Step %:", "SETUP STEP #%", "Schritt %", "Étape %", "Paso %.", "Passo %", "Etapa %"]) {
      const texts = [1, 2, 3].flatMap((n) => [label.replace("%", String(n)), "Cut the boards to length", "Saw the boards to the size you marked."]);
      expect(marked(texts)).toEqual([1, 2, 3].map((n) => label.replace("%", String(n))));
    }
  });

  it("leaves a lone label, numbers that do not follow, and mixed words alone", () => {
    expect(marked(["STEP 1", "Choose a spot", "The rest of the story."])).toEqual([]);
    expect(marked(["STEP 1", "Choose a spot", "STEP 4", "Fill the bed"])).toEqual([]);
    expect(marked(["Step 1", "Choose a spot", "Paso 2", "Fill the bed"])).toEqual([]);
    expect(marked(["Step one", "Step two", "1. Choose a spot", "2. Fill the bed"])).toEqual([]);
  });

  it("marks the shortest labels (a four-letter word and a digit, no space) and passes over shorter lines", () => {
    expect(marked(["Paso1", "Mix the sand", "Paso2", "Lay the stones"])).toEqual(["Paso1", "Paso2"]);
    expect(marked(["STEP1", "a", "STEP2", "1", "STEP3"])).toEqual(["STEP1", "STEP2", "STEP3"]);
    expect(marked(["1", "2", "3", "a1", "a2"])).toEqual([]);
  });

  it("does not read a sentence or a long line with a step word as a label", () => {
    expect(marked(["Take step 1 of the plan now", "Take step 2 of the plan now"])).toEqual([]);
  });
});
