/**
 * Leak families (src/rules/leaks.ts): page furniture that ends up inside story text. For each
 * rule, invented texts it must match and near-misses it must not, then whole invented pages where
 * each family is cut out of the body with its `removed` record.
 */
import { describe, expect, it } from "vitest";
import { parsePage } from "../../src/index.js";
import { leakRules } from "../../src/rules/leaks.js";

const regexOf = (id: string): RegExp => {
  const rule = leakRules.find((r) => r.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  const flags = rule.where?.caseSensitive ? "u" : "iu";
  return new RegExp(rule.pattern as string, flags);
};

const TABLE: Record<string, { match: string[]; miss: string[] }> = {
  "leaks/image-alt-glued": {
    match: ["Cover image for the storyThe council said", "Featured imageA new bridge opened", "Lead photo of the articleVoters queued"],
    miss: ["Cover image for the story The council said", "Featured images are chosen by editors", "The cover image for the story was chosen"],
  },
  "leaks/photo-by": {
    match: ["The pier at dusk (Photo by Jane Doe/Harbour Press) on Friday", "(Image courtesy of the lighthouse trust)"],
    miss: ["The photo by the pier won a prize", "(by Jane Doe)"],
  },
  "leaks/buy-photo": { match: ["The old pier at dusk. | Buy Photo", "| Buy this photo"], miss: ["Buy photos of the pier at the museum shop"] },
  "leaks/gallery-counter-inline": { match: ["3 of 7 | The old pier at dusk"], miss: ["3 of 7 councillors voted against"] },
  "leaks/gallery-line": { match: ["Buy Photo", "3 of 7", "12 of 40 |"], miss: ["3 of 7 voted no", "Buy photos here today"] },
  "leaks/inline-css": {
    match: [".icon-2{fill:#fff}.icon-3{fill:#000}", "#nav a:hover{color:red}", ".share-btn,.share-link{display:none}"],
    miss: ["body { margin: 0 }", "The fee {as agreed} rises in May", "Set the colour to red."],
  },
  "leaks/inline-script": {
    match: ["(function(w,d,s,l,i){w[l]=w[l]||[];", "window.dataLayer = window.dataLayer || [];", "googletag.cmd.push(function() {"],
    miss: ["function parseLine(line) {", "var total = 0;", "The window was open on Monday."],
  },
  "leaks/url-encoded-html": { match: ["%3Cdiv%20class%3D%22share%22%3E", "%3C%2Fp%3E%3Cp%3E"], miss: ["Rates rose 3% to 3.5%", "100%3 was printed"] },
  "leaks/mailto-with-address": { match: ["mailto:desk@example.com?subject=Ferry%20vote&body=Read%20this%0A%0A"], miss: ["Write to desk@example.com with tips"] },
  "leaks/template-placeholder": {
    match: ["{{ headline }}", "%%AUTHOR_NAME%%", "[[BODY_TEXT]]", "${title}", "ARTICLE_TITLE_PLACEHOLDER", "IMAGE_URL_HERE"],
    miss: ["Set NODE_ENV to production", "The NHS and the BBC", "{fee} in braces"],
  },
  "leaks/document-embed": {
    match: ["View the full document", "Download the complaint (PDF)", "This document could not be displayed.", "Page 1 of 12", "Loading document…"],
    miss: ["The full document runs to 40 pages", "View from the pier at dusk"],
  },
  "leaks/channel-promo": {
    match: ["Join our WhatsApp channel for the latest updates.", "Follow the Harbour Daily channel on Telegram", "Subscribe to our YouTube channel"],
    miss: ["The minister posted the video on YouTube on Monday.", "The WhatsApp group of parents met on Friday."],
  },
  "leaks/affiliate-disclosure": {
    match: ["Disclosure: As an affiliate, I earn from qualifying purchases. Thank you for reading.", "As a store associate we earn from qualifying purchases."],
    miss: ["The shop said it would earn more from purchases in spring.", "Qualifying purchases rose by a third."],
  },
  "leaks/rating-prompt": {
    match: ["Did you make this recipe? Please take a moment to leave a star rating.", "Tried it? Leave a rating and a comment below!", "Please leave a review"],
    miss: ["The council will review the ferry rating in May.", "Critics gave the play a five-star rating."],
  },
  "leaks/paywall-notice": {
    match: ["This article is exclusive to Harbour+ subscribers", "This story is only available to subscribers."],
    miss: ["This article is exclusive to the Harbour Daily and was written by three reporters.", "The club is for members."],
  },
  "leaks/form-consent": {
    match: ["Your information will be processed according to the Harbour Daily Privacy Policy", "Your data will be used in accordance with our privacy notice."],
    miss: ["Your information will be processed by the council within ten days.", "The privacy policy changed in May."],
  },
  "leaks/newsletter-promo": {
    match: ["Get our free morning newsletter in your inbox.", "Subscribe to the Harbour Brief newsletter for more stories like this."],
    miss: ["The newsletter was first printed in 1921.", "She edits the parish newsletter."],
  },
};

describe("leak rules", () => {
  it("every leak rule has a table", () => {
    expect(leakRules.map((r) => r.id).sort()).toEqual(Object.keys(TABLE).sort());
  });
  for (const [id, { match, miss }] of Object.entries(TABLE)) {
    it(`${id}: matches its family and not the near-misses`, () => {
      const re = regexOf(id);
      for (const m of match) expect(re.test(m), m).toBe(true);
      for (const m of miss) expect(re.test(m), m).toBe(false);
    });
  }
});

const REF = { referenceTime: "2025-03-05T12:00:00Z" };
const TITLE = "Harbour board backs new ferry timetable";
const P1 = "The harbour board voted on Tuesday to add three evening ferry crossings from April, after a year of complaints from commuters about the last boat.";
const P2 = "Board chair Wilma Okafor said the extra crossings would be paid for by a small rise in the car deck fare, and reviewed again in the autumn.";
const P3 = "Passenger groups welcomed the decision but asked for a later Sunday service, which the board said it would study over the summer.";

/** Parse an invented page and return the main body and every removed record of the page. */
function parse(lines: string[]) {
  const page = parsePage(lines.join("\n"), REF);
  const main = page.articles.find((a) => a.role === "main");
  return { body: main?.body ?? "", removed: [...page.removed, ...(main?.removed ?? [])].map((r) => [r.ruleId, r.text]) };
}

describe("leak families on invented pages", () => {
  it("cuts cover-image alt text glued to the first paragraph", () => {
    const { body, removed } = parse([TITLE, `Cover image for the story${P1}`, P2, P3]);
    expect(body.startsWith(P1)).toBe(true);
    expect(removed).toContainEqual(["leaks/image-alt-glued", "Cover image for the story"]);
  });
  it("cuts gallery counters, reprint buttons and bracketed photo credits", () => {
    const credited = "Board chair Wilma Okafor (Photo by Jane Doe/Harbour Press) said the extra crossings would be paid for by a small rise in the car deck fare.";
    const { body, removed } = parse([TITLE, P1, "3 of 7 |", "The ferry leaves the harbour at dusk. | Buy Photo", credited, P3]);
    expect(body).not.toMatch(/Buy Photo|3 of 7|Photo by/u);
    expect(body).toContain("Board chair Wilma Okafor said the extra crossings");
    expect(removed).toContainEqual(["leaks/gallery-line", "3 of 7 |"]);
    expect(removed).toContainEqual(["leaks/photo-by", "(Photo by Jane Doe/Harbour Press)"]);
  });
  it("cuts inline CSS and loader scripts printed as lines", () => {
    const { body, removed } = parse([TITLE, P1, ".icon-2{fill:#fff}.icon-3{fill:#000}", P2, "window.dataLayer = window.dataLayer || [];", P3]);
    expect(body).toBe([P1, P2, P3].join("\n\n"));
    expect(removed.map(([id]) => id)).toEqual(expect.arrayContaining(["leaks/inline-css", "leaks/inline-script"]));
  });
  it("cuts URL-encoded markup, share links with an address and template slots", () => {
    const { body, removed } = parse([TITLE, P1, `${P2} mailto:desk@example.com?subject=Ferry&body=Read%20this%0A%0A`, `${P3} %3Cdiv%20class%3D%22x%22%3E {{ related_links }}`]);
    expect(body).not.toMatch(/mailto|%3C|\{\{/u);
    expect(removed.map(([id]) => id)).toEqual(expect.arrayContaining(["leaks/mailto-with-address", "leaks/url-encoded-html", "leaks/template-placeholder"]));
  });
  it("cuts document-embed prompts and channel and newsletter promos", () => {
    const { body, removed } = parse([TITLE, P1, "View the full document", "This document could not be displayed.", `${P2} Join our WhatsApp channel for the latest updates.`, P3]);
    expect(body).toBe([P1, P2, P3].join("\n\n"));
    expect(removed.map(([id]) => id)).toEqual(expect.arrayContaining(["leaks/document-embed", "leaks/channel-promo"]));
  });
  it("cuts affiliate disclosures, rating prompts, paywall notices and form consent lines", () => {
    const { body, removed } = parse([
      TITLE,
      "This article is exclusive to Harbour+ subscribers",
      P1,
      "Disclosure: As an affiliate, I earn from qualifying purchases.",
      P2,
      "Did you try the new ferry? Please take a moment to leave a star rating.",
      P3,
      "Your information will be processed according to the Harbour Daily Privacy Policy",
    ]);
    expect(body).toBe([P1, P2, P3].join("\n\n"));
    expect(removed.map(([id]) => id)).toEqual(
      expect.arrayContaining(["leaks/paywall-notice", "leaks/affiliate-disclosure", "leaks/rating-prompt", "leaks/form-consent"]),
    );
  });
  it("cuts a 'first appeared on' notice inside a paragraph (legal/syndication)", () => {
    const { body, removed } = parse([TITLE, P1, P2, `${P3} This story first appeared on Harbour Review.`]);
    expect(body.endsWith(P3)).toBe(true);
    expect(removed).toContainEqual(["legal/syndication", "This story first appeared on Harbour Review."]);
  });
});
