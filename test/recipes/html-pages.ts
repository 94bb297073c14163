// A dozen invented news pages as HTML, in the shapes the parser knows (../shared/FORMATS.md): a
// bare story, a story with captions and credits, share bars, a newsletter box, key points, a
// related-articles footer in the aggregator layout, a hashtag listing, a roundup, a French page.
// Every story is invented. test/recipes/html.test.ts checks that the HTML recipe's text parses
// to the same articles as Chromium's innerText of each page.

const NAV = `<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav>`;
const FOOTER = `<footer><p>© 2025 Harbour Gazette. All rights reserved.</p><ul><li><a href="/privacy">Privacy Policy</a></li><li><a href="/terms">Terms of Use</a></li></ul></footer>`;

interface Story {
  title: string;
  paragraphs: string[];
  source: string;
  time: string;
}

const STORIES: Story[] = [
  {
    title: "Harbour town votes to keep its ferry",
    source: "Harbour Gazette",
    time: "11 minutes ago",
    paragraphs: [
      "Residents of the harbour town voted on Sunday to keep the ferry running for another ten years, the council said.",
      "The vote ended a long argument over the cost of the service, which links the town to the island twice an hour in summer.",
      "Supporters said the ferry carried children to school and fishermen to the market, and that a bridge would take a decade to build.",
    ],
  },
  {
    title: "Orchard fair returns to the valley",
    source: "Valley Times",
    time: "5 hours ago",
    paragraphs: [
      "The apple orchard fair returned to the valley on Saturday after a two-year pause, organisers said.",
      "Growers brought forty kinds of apple, from small sour cider fruit to large sweet dessert apples, and a press ran all afternoon.",
      "The fair will move to the old market hall next year, where there is room for twice as many stalls.",
    ],
  },
  {
    title: "Old stone bridge reopens to walkers",
    source: "River Post",
    time: "14-08-2025",
    paragraphs: [
      "The old stone bridge over the river reopened to walkers on Friday after six months of repairs.",
      "Masons replaced more than three hundred stones and rebuilt the parapet that a lorry struck last winter.",
      "Cyclists will have to wait until the spring, when the council expects to finish the new surface.",
    ],
  },
  {
    title: "Lighthouse keepers gather for reunion",
    source: "Coast Weekly",
    time: "2 days ago",
    paragraphs: [
      "Former keepers met at the old lamp room on Thursday to share stories of storms and shipwrecks.",
      "The youngest of them left the service in the year the light was automated; the oldest kept the lamp through three winters of war.",
      "A small museum will open in the keepers' cottages next summer, with the great lens as its centrepiece.",
    ],
  },
];

const [FERRY, ORCHARD, BRIDGE, LIGHTHOUSE] = STORIES as [Story, Story, Story, Story];

const page = (body: string, lang = "en") =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>News</title><style>body{font-family:serif}</style></head><body>${body}</body></html>`;

const paragraphs = (s: Story) => s.paragraphs.map((p) => `<p>${p}</p>`).join("");

const relatedBlock = (s: Story) =>
  `<div class="card"><div>${s.source}</div><div>${s.time}</div><div>- ${s.source}</div><h3><a href="/a">${s.title}</a></h3><div>${s.paragraphs.join(" ")}</div></div>`;

export interface HtmlPage {
  name: string;
  html: string;
}

export const HTML_PAGES: HtmlPage[] = [
  { name: "bare story", html: page(`<main><h1>${FERRY.title}</h1>${paragraphs(FERRY)}</main>`) },
  {
    name: "story with navigation, byline and date",
    html: page(
      `<header>${NAV}</header><main><article><h1>${ORCHARD.title}</h1><div class="byline">By <a href="/jane">Jane Doe</a> and <a href="/john">John Roe</a></div><time datetime="2025-08-14">August 14, 2025</time>${paragraphs(ORCHARD)}</article></main>${FOOTER}`,
    ),
  },
  {
    name: "story with captions and credits",
    html: page(
      `<main><article><h1>${BRIDGE.title}</h1><figure><img src="bridge.jpg" alt="The bridge"><figcaption>Walkers cross the repaired bridge on Friday. <span class="credit">Photo: Ana Stone / Gazette</span></figcaption></figure>${paragraphs(BRIDGE)}<figure><img src="mason.jpg" alt=""><figcaption>A mason fits a new stone. Credit: River Post</figcaption></figure></article></main>`,
    ),
  },
  {
    name: "story with a share bar",
    html: page(
      `<main><article><h1>${LIGHTHOUSE.title}</h1><ul class="share"><li><a href="#">Share on Facebook</a></li><li><a href="#">Tweet</a></li><li><a href="#">Email</a></li><li><a href="#">Copy link</a></li></ul>${paragraphs(LIGHTHOUSE)}<div class="share"><a href="#">Share</a></div></article></main>`,
    ),
  },
  {
    name: "story with a newsletter box and comments",
    html: page(
      `<main><article><h1>${FERRY.title}</h1>${paragraphs(FERRY)}<aside class="newsletter"><p>Sign up for our newsletter</p><form><input type="email" placeholder="Your email"><button>Subscribe</button></form></aside><section class="comments"><h2>Comments</h2><p>No comments yet...</p></section></article></main>`,
    ),
  },
  {
    name: "story with key points",
    html: page(
      `<main><article><h1>${ORCHARD.title}</h1><div class="key-points"><h2>Key points</h2><ul><li>The fair is back after two years</li><li>Forty kinds of apple were on show</li></ul></div>${paragraphs(ORCHARD)}</article></main>`,
    ),
  },
  {
    name: "aggregator story with a related-articles footer",
    html: page(
      `<main><div>${BRIDGE.title}</div>${BRIDGE.paragraphs.map((p) => `<div>${p}</div>`).join("")}<div>Hashtags</div><div>Comments</div><div>No comments yet...</div><h2>Related Articles</h2>${relatedBlock(LIGHTHOUSE)}${relatedBlock(ORCHARD)}</main>`,
    ),
  },
  {
    name: "logo header with the source glued to the date",
    html: page(
      `<div class="top"><span>logo</span></div><h1>${LIGHTHOUSE.title}</h1><br><div>${LIGHTHOUSE.title}</div><div><span>${LIGHTHOUSE.source}</span><span>19-07-2025</span></div>${LIGHTHOUSE.paragraphs.map((p) => `<div>${p}</div>`).join("")}`,
    ),
  },
  {
    name: "hashtag listing",
    html: page(
      `<div>logo</div><div>#</div><h1>Latest news with #Harbours</h1>${[FERRY, BRIDGE, LIGHTHOUSE]
        .map(
          (s) =>
            `<article class="item"><h2>${s.title}</h2><p>${s.title}</p><p>${s.source}</p><p><span>time</span>${s.time}</p><ul><li>Local</li><li>${s.source}</li></ul><p>${s.title}</p><p>${s.paragraphs.join(" ")} Copy the Story Link</p></article>`,
        )
        .join("")}`,
    ),
  },
  {
    name: "roundup with kickers, captions and ads",
    html: page(
      `<main><h1>Weekend roundup: the coast and the valley</h1>${[ORCHARD, LIGHTHOUSE]
        .map(
          (s, i) =>
            `<section><div class="kicker">${i === 0 ? "FAIRS" : "MUSEUMS"}</div><div class="ad">Advertisement</div><h2>${s.title}</h2><figure><figcaption>${s.title.split(" ").slice(0, 3).join(" ")} on the day.</figcaption><div>Photo credit: Sam Reed</div></figure><p>${s.paragraphs.join(" ")}</p><p>— ${s.source.toUpperCase()}</p></section>`,
        )
        .join("")}</main>`,
    ),
  },
  {
    name: "story with a read-more list and inline markup",
    html: page(
      `${NAV}<main><article><h1>${BRIDGE.title}</h1><p>${BRIDGE.paragraphs[0]!.replace("six months", "<strong>six months</strong>")}</p><p>${BRIDGE.paragraphs[1]!.replace("parapet", "<em>parapet</em>")}</p><p>${BRIDGE.paragraphs[2]}</p><div class="read-more"><h3>Read more</h3><ul><li><a href="/a">${FERRY.title}</a></li><li><a href="/b">${ORCHARD.title}</a></li></ul></div></article></main>${FOOTER}`,
    ),
  },
  {
    name: "French story",
    html: page(
      `<main><article><h1>Le port vote pour garder son bac</h1><div>il y a 5 minutes</div><p>Les habitants du port ont voté dimanche pour garder le bac pendant dix ans encore, a indiqué la mairie.</p><p>Le vote met fin à une longue dispute sur le coût du service, qui relie la ville à l'île deux fois par heure en été.</p><ul class="share"><li><a href="#">Partager</a></li></ul><h2>Commentaires</h2><p>Aucun commentaire pour le moment...</p></article></main>`,
      "fr",
    ),
  },
];
