import { describe, expect, it } from "vitest";
import { parseArticles } from "../../src/index.js";
import { FORM_PROMPT } from "../../src/pipeline/title-rank.js";

// An invented page in a regional portal's shape: a menu, a weather box with its form prompt, the
// section, the headline with its stamps, a photo credit and caption, the byline, the story.
const PAGE = [
  "Harbour Gazette",
  "Back To Main Menu",
  "Harbour Sports Live",
  "Email Newsletters",
  "The Coast Ledger",
  "The Valley Journal",
  "Back To Main MenuClose",
  "Customize Your Weather",
  "Set Your Location:",
  "Enter City and State or Zip Code",
  "Congratulations!",
  "Your weather is set to . You can change the location at any time.",
  "Change your current location »",
  "Current",
  "Tonight",
  "Sign In",
  "Search",
  "Entertainment",
  "Harbour town bets on ‘Ferry. We’re on it.’ It just might work.",
  "Updated Nov 19, 9:41 AM;Posted Nov 18, 8:19 PM",
  "",
  "Jane Roe | Coast Pictures",
  "",
  "The mayor of the harbour town, pictured at the quay on Monday, says the ferry is here to stay.",
  "",
  "By John Doe | Harbour Gazette",
  "",
  "Ferries have crossed the bay since the town was founded, and most residents cannot picture the harbour without one.",
  "",
  "The slogan is now printed on every ticket, and the council voted on Tuesday to keep the ferry running for ten more years.",
  "",
  "Residents had packed the hall to argue that the crossing is the only way for many of them to reach the hospital on the mainland in winter.",
  "",
  "The vote passed by seven to four, and the council said the money would come from the harbour fund rather than from the town’s reserves.",
].join("\n");

describe("form prompts above the story", () => {
  it("are never the story's title", () => {
    const [main] = parseArticles(PAGE, { referenceTime: "2025-08-14T18:00:00Z" });
    expect(main?.title).toBe("Harbour town bets on ‘Ferry. We’re on it.’ It just might work.");
  });

  it("are read as a family of field prompts, not as headlines that start with a verb", () => {
    for (const t of ["Enter City and State or Zip Code", "Enter your email address", "Select a region", "Type a keyword", "Choose your country"]) {
      expect(FORM_PROMPT.test(t), t).toBe(true);
    }
    for (const t of ["Enter the dragon: harbour festival opens with fireworks", "Choose your battles, the mayor tells council", "Type 2 diabetes cases rise in coastal towns", "Enter your email. Then wait."]) {
      expect(FORM_PROMPT.test(t), t).toBe(false);
    }
  });
});
