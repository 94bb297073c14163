import { describe, expect, it } from "vitest";
import { defaultRules } from "../../src/rules/index.js";
import { compileRules, matchInline, matchLine } from "../../src/rules/rule.js";

const compiled = compileRules(defaultRules);

// For each family: lines that must match (with the rule id expected) and near-misses that must not
// match any rule. The examples are invented in the shapes FORMATS.md describes.
const lineCases: Record<string, { match: Array<[string, string]>; miss: string[] }> = {
  "site-chrome": {
    match: [
      ["Hashtags", "site-chrome/hashtags-header"],
      ["Try Our AI Features", "site-chrome/ai-features"],
      ["Explore what Newsly AI can do for you:", "site-chrome/explore-ai"],
      ["Découvrez ce que Newsly IA peut faire pour vous :", "site-chrome/explore-ai"],
      ["جرب ميزات الذكاء الاصطناعي لدينا", "site-chrome/ai-features"],
      ["logo", "site-chrome/logo"],
      ["Copy the Story Link", "site-chrome/copy-story-link"],
    ],
    miss: ["Hashtags are changing how campaigns spread online.", "Explore what the new museum wing can do for families", "The logo was redesigned in 2019."],
  },
  comments: {
    match: [
      ["Comments", "comments/header"],
      ["12 Comments", "comments/header"],
      ["Comments (3)", "comments/header"],
      ["No comments yet...", "comments/empty"],
      ["Aucun commentaire pour le moment...", "comments/empty"],
      ["لا يوجد تعليقات بعد...", "comments/empty"],
      ["Leave a Reply", "comments/reply-prompt"],
      ["Deja una respuesta", "comments/reply-prompt"],
      ["Tinggalkan Balasan", "comments/reply-prompt"],
      ["Комментарии", "comments/header"],
    ],
    miss: ["Comments made by the minister drew criticism.", "No comments were made by the council.", "Leave a reply to the letter by Friday, the notice said."],
  },
  related: {
    match: [
      ["Related Articles", "related/header"],
      ["You may also like", "related/header"],
      ["Articles connexes", "related/header"],
      ["أخبار ذات صلة", "related/header"],
      ["More Great Harbour Stories", "related/more-from"],
      ["Artículos relacionados", "related/header"],
      ["Leggi anche", "related/header"],
      ["Похожие статьи", "related/header"],
    ],
    miss: ["Related articles were published by the council last week.", "Most read books of the year were novels."],
  },
  share: {
    match: [
      ["Share", "share/buttons-line"],
      ["Share on Facebook", "share/buttons-line"],
      ["Copy link", "share/buttons-line"],
      ["Compartir", "share/buttons-line"],
      ["Teilen", "share/buttons-line"],
      ["Facebook Twitter WhatsApp Email", "share/network-names"],
      ["1.2K shares", "share/counter"],
      ["Share All sharing options for: Ferry fares frozen", "share/network-names"],
      ["Show more sharing options", "share/network-names"],
      ["Share this on Twitter", "share/network-names"],
    ],
    miss: ["Share prices fell sharply on Monday.", "Facebook said it would appeal the ruling."],
  },
  newsletter: {
    match: [
      ["Stay up to date with Harbour Press. Subscribe to our newsletter.", "newsletter/box"],
      ["Stay informed", "newsletter/box"],
      ["Get the latest updates right in your inbox. Subscribe to Harbour Gazette's newsletters.", "newsletter/box"],
      ["Subscribe to Harbour Weekly and stay smart with more of your favourite writers.", "newsletter/sign-up-line"],
      ["An email with an activation link has just been sent to your email address. Please activate your subscription.", "newsletter/box"],
      ["Sign up for our daily newsletter", "newsletter/sign-up-line"],
      ["Subscribe", "newsletter/sign-up-line"],
      ["Enter your email address", "newsletter/sign-up-line"],
      ["Follow us on Instagram", "newsletter/follow-line"],
    ],
    miss: [
      "Stay up to date with the latest ferry timetables by checking the harbour office noticeboard every morning before you travel, the operator said.",
      "Thousands signed up for the programme within a day.", "Subscribers complained about the price rise."],
  },
  ads: {
    match: [
      ["Advertisement", "ads/label"],
      ["ADVERT", "ads/label"],
      ["Publicité", "ads/label"],
      ["Story continues below advertisement", "ads/label"],
    ],
    miss: ["Advertisement spending rose by 4% last year.", "The advert was banned by the regulator."],
  },
  navigation: {
    match: [
      ["5 min read", "navigation/reading-time"],
      ["Tempo de leitura: 2 minutos", "navigation/reading-time"],
      ["Reading time: 4 min", "navigation/reading-time"],
      ["Skip to content", "navigation/skip-links"],
      ["Menu", "navigation/skip-links"],
      ["chevron_left Browse All Posts", "navigation/icon-label"],
      ["arrow_forward", "navigation/icon-label"],
      ["insert_chart Data Solutions", "navigation/icon-label"],
    ],
    miss: [
      "The menu included local fish and bread.",
      "It takes 5 minutes to read the report, officials said.",
      "harbour_gazette_photos",
      "Chevron_left is the name of the icon, the designer said, and readers never see it.",
    ],
  },
  legal: {
    match: [
      ["© 2025 Example Media Ltd. All rights reserved.", "legal/copyright"],
      ["Copyright 2024 Harbour Press", "legal/copyright"],
      // A notice with a year or "rights reserved" is the footer's, whatever its words.
      ["© 2025 Harbour Images Ltd", "legal/copyright"],
      ["© Harbour Photo Agency. All rights reserved.", "legal/copyright"],
      ["© Harbour Press", "legal/copyright"],
      ["The content of this post is for general informational purposes only and does not constitute financial advice.", "legal/not-advice"],
      ["Nothing on this page should be read as medical advice; it is not intended to be a substitute for professional advice.", "legal/not-advice"],
      ["Dieser Beitrag dient ausschließlich Informationszwecken und stellt keine Anlageberatung dar.", "legal/not-advice"],
      ["Les informations de cet article sont publiées pour information et ne constituent pas un conseil.", "legal/not-advice"],
      ["La información de este artículo se ofrece con fines informativos y no constituye asesoramiento.", "legal/not-advice"],
    ],
    miss: [
      "Copyright law is changing in the EU, lawyers say, and publishers are worried about what it means.",
      "The harbour board said it would take advice from engineers before the vote on Tuesday.",
      "Officials said the figures were published for the first time this year.",
    ],
  },
  stub: {
    match: [["Developing story", "stub/update-label"]],
    miss: ["The developing story of the town's harbour spans two centuries."],
  },
  bylines: {
    match: [
      ["By Jane Doe", "bylines/by-name"],
      ["By Jane Doe and John Roe, Harbour Press", "bylines/by-name"],
      ["Par Jeanne Martin", "bylines/by-name"],
      ["Opinion Columnist", "bylines/role"],
      ["Senior Reporter", "bylines/role"],
      ["Written by Sam Lee", "bylines/written-by"],
      ["Posted on March 30, 2015 by Admin", "bylines/written-by"],
      ["Sam Lee @samlee / 2 days", "bylines/name-handle"],
      ["(Reporting by Ana Diaz; Editing by Tom Hart)", "bylines/reporting-credit"],
      ["Have a tip? Sam Lee may be reached at slee@example.com. Follow her on X @samlee.", "bylines/reach-line"],
      ["Got a news tip?", "bylines/reach-line"],
      ["Ana Diaz is a business reporter for the Harbour Gazette, covering shipping and the port.", "bylines/bio-line"],
      ["Tom Hart (@tomhart) is an Ideas contributor at Harbour Weekly and the host of a podcast.", "bylines/bio-line"],
    ],
    miss: [
      "By the end of the week the ferry was running again.",
      "By 2030, the port expects to double its traffic, officials said.",
      "Reporters gathered at the pier before dawn.",
      "The harbour master is a former reporter who joined the port authority in 2019.",
      "Tipping is not expected on the ferry, the operator said.",
    ],
  },
  cookies: {
    match: [
      ["We use cookies to improve your experience on our site.", "cookies/banner-text"],
      ["This website uses cookies to improve your experience while you navigate through the website. Out of these, some are necessary.", "cookies/banner-text"],
      ["By continuing to browse you agree to our use of cookies and our privacy policy.", "cookies/banner-text"],
      ["Accept all", "cookies/buttons"],
      ["Privacy Overview", "cookies/buttons"],
    ],
    miss: ["The bakery sold more cookies this winter than in any year before, its owner said.", "Fortune cookies were handed out at the festival."],
  },
  tags: {
    match: [
      ["Tags: Harbour, Ferries", "tags/label"],
      ["Filed under: Local News", "tags/label"],
      ["Topics", "tags/label"],
      ["Related Roundup: Ferries", "tags/related-roundup"],
    ],
    miss: ["Tags were attached to every seal counted in the survey.", "Topics discussed included fares and timetables."],
  },
  captions: {
    match: [
      ["Image 1 of 23", "captions/gallery-chrome"],
      ["1 / 23", "captions/gallery-chrome"],
      ["Back to Gallery", "captions/gallery-chrome"],
      ["Credit...", "captions/credit-line"],
      ["Photo: Jane Doe", "captions/credit-line"],
      ["(Harbour Press)", "captions/credit-line"],
      ["© Jane Doe / Harbour Photo Agency", "captions/copyright-credit"],
      ["© Gull Images – Stockhouse.com", "captions/copyright-credit"],
      ["© Tidewater Data Ltd. — used by permission", "captions/copyright-credit"],
      ["ⓒ Courtesy of the Harbour Museum", "captions/copyright-credit"],
    ],
    miss: ["Image rights were sold to a gallery in 2019, the family said.", "The photo showed the ferry at dawn."],
  },
  "newsletter box": {
    match: [
      ["Morning Briefing Newsletter", "newsletter/box"],
      ["See All Newsletters", "newsletter/box"],
      ["Thanks for signing up!", "newsletter/box"],
      ["Want more deals? Join the Harbour Deals Newsletter.", "newsletter/box"],
      ["Please check the opt-in box to acknowledge that you would like to subscribe.", "newsletter/box"],
    ],
    miss: ["The newsletter was first printed in 1921 by the fishermen's union.", "Thanks to the volunteers, the survey finished early."],
  },
  "comments and related headers": {
    match: [
      ["[ 167 comments ]", "comments/count-and-sort"],
      ["Top Rated Comments", "comments/count-and-sort"],
      ["As you comment, please be respectful of other commenters.", "comments/count-and-sort"],
      ["12 Comments on “Ferry timetable to change in April”", "comments/count-on-title"],
      ["3 thoughts on \"How we mended the harbour nets\"", "comments/count-on-title"],
      ["One Reply to “Lighthouse keepers return”", "comments/count-on-title"],
      ["2 Responses to “Seal numbers rise along the estuary”", "comments/count-on-title"],
      ["More From the Harbour Gazette", "related/more-from"],
      ["Editors' Picks", "related/more-from"],
      ["Read next:", "related/more-from"],
      ["Most Popular Stories", "related/more-from"],
      ["Most read articles", "related/more-from"],
      ["MOST VIEWED VIDEOS", "related/more-from"],
      ["Explore more harbour stories", "related/more-from"],
      ["Explore other boating topics & resources.", "related/more-from"],
      ["Explore more:", "related/more-from"],
    ],
    miss: [
      "More than 100 people joined the protest on Saturday.",
      "Latest figures show the harbour is busier than ever.",
      "Latest news with the council on Monday, officials said",
      "Three thoughts on the harbour budget from the council's new treasurer",
      "12 comments on the plan were sent to the council before the vote.",
      "Most popular stories were about the ferry.",
      "Most read articles twice",
      "Explore more",
      "Explore more of the coast on foot.",
      "Explore other options before you book the ferry.",
    ],
  },
  promo: {
    match: [
      ["Download the Harbour News app", "promo/app-download"],
      ["Listen to our podcast", "promo/podcast"],
    ],
    miss: ["Download speeds improved across the region."],
  },
};

describe("line rules, family by family", () => {
  for (const [family, { match, miss }] of Object.entries(lineCases)) {
    describe(family, () => {
      it.each(match)("matches %j (%s)", (line, id) => {
        expect(matchLine(compiled, line)?.rule.id).toBe(id);
      });
      it.each(miss.map((m) => [m]))("does not match the near-miss %j", (line) => {
        expect(matchLine(compiled, line)).toBeNull();
      });
    });
  }
});

const inlineCases: Array<{ text: string; expect: Array<[string, string]> }> = [
  {
    text: "Harbour reopens Click to share on X/Twitter (Opens in new window) Click to share on Facebook (Opens in new window) The harbour reopened.",
    expect: [
      ["share/click-to-share", "Click to share on X/Twitter (Opens in new window)"],
      ["share/click-to-share", "Click to share on Facebook (Opens in new window)"],
    ],
  },
  {
    text: "The mayor spoke. Sign up for Harbour Gazette newsletter Sign up The crowd cheered.",
    expect: [["newsletter/sign-up-inline", "Sign up for Harbour Gazette newsletter Sign up"]],
  },
  {
    text: "The ferry crews were back at work. More to follow... For the latest updates on this story, keep checking back at The U.K. Gazette, your home for local news and must-see videos. Follow us on X at @Gazette",
    expect: [
      ["stub/more-to-follow", "More to follow..."],
      ["promo/keep-checking-back", "For the latest updates on this story, keep checking back at The U.K. Gazette, your home for local news and must-see videos."],
      ["newsletter/follow-us", "Follow us on X at @Gazette"],
    ],
  },
  {
    text: "This content is supplied by partners but has been subject to Gazette editorial review. Ferry traffic grew.",
    expect: [["legal/third-party-disclosure", "This content is supplied by partners but has been subject to Gazette editorial review."]],
  },
  {
    text: "Great deals on ferry passes. If you buy something through this post, Harbour Deals may get a share of the sale. For more, read our policy.",
    expect: [["legal/affiliate", "If you buy something through this post, Harbour Deals may get a share of the sale. For more, read our policy."]],
  },
  {
    text: "This article originally appeared on Harbour Weekly. The port grew.",
    expect: [["legal/syndication", "This article originally appeared on Harbour Weekly."]],
  },
];

describe("inline rules", () => {
  it.each(inlineCases)("finds the furniture in %#", ({ text, expect: expected }) => {
    const found = matchInline(compiled, text).map((m) => [m.rule.id, text.slice(m.start, m.end)]);
    expect(found).toEqual(expected);
  });

  it.each([
    "He shared the photo with the council and asked for more to follow up on it.",
    "Readers who signed up for the trial said the newsletter was short.",
    "The content was provided to reporters by the ministry in a sealed envelope, which is unusual",
    "We follow up on Facebook groups and local reports every week.",
  ])("leaves the near-miss %j alone", (text) => {
    expect(matchInline(compiled, text)).toEqual([]);
  });
});
