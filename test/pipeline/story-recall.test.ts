import { describe, expect, it } from "vitest";
import { parsePage } from "../../src/index.js";

const REF = { referenceTime: "2025-03-01T12:00:00Z" };

// Invented pages in shapes whose main story used to be cut short (issue 14): the whole story is
// kept, the page furniture around it is not.

/** The body of the page's main article, one line per paragraph. */
function bodyOf(text: string): string[] {
  const main = parsePage(text, REF).articles.find((a) => a.role === "main")!;
  return main.paragraphs;
}

describe("main-story recall", () => {
  it("keeps the list and its intro of a story the page prints twice, once each", () => {
    const story = [
      "Packing for a day on the coastal path",
      "",
      "The coastal path between the two harbours takes most walkers a full day, and the weather on the cliffs can turn within the hour.",
      "Rangers say most of the calls they answer in summer come from walkers who set out without water or a map.",
      "Pack these before you leave:",
      "Water: two litres a person, more on a hot day",
      "Map: the paper one, since the signal drops on the headland",
      "Layers: a windproof jacket even when the harbour is calm",
      "The rangers also ask walkers to tell someone at home which way they are going and when they expect to be back.",
      "The cafe at the halfway cove closes at four, so plan the longer stretch for the morning.",
    ];
    const text = ["Home", "Walks", "Maps", "Shop", "", ...story, "", "Advertisement", "", ...story, "", "Share this page", "Privacy policy", "© 2025 Coast Walks"].join("\n");
    const body = bodyOf(text);
    for (const line of story.slice(2)) expect(body.filter((p) => p === line)).toHaveLength(1);
    for (const chrome of ["Home", "Walks", "Advertisement", "Share this page", "Privacy policy"]) expect(body).not.toContain(chrome);
  });

  it("keeps a Highlights list under a section of the story as body, and key points above the story as key points", () => {
    const text = [
      "Menu",
      "Guides",
      "Three night-school courses for new gardeners",
      "By Ana Ruiz",
      "Key points",
      "All three courses meet once a week in the evening.",
      "Two of them offer a discount to allotment holders.",
      "",
      "The town's adult college has added three evening courses for people who have just taken on an allotment or a first garden.",
      "We asked the tutors what a beginner will get out of each one and what it costs to sign up this spring.",
      "Soil and compost for beginners",
      "The first course spends six weeks on the ground itself, from testing the soil to building a compost heap that does not smell.",
      "Highlights",
      "Build a compost bay from old pallets in the second week.",
      "Take home a soil testing kit at the end of the course.",
      "Visit the college's own allotment on a Saturday morning.",
      "Growing from seed",
      "The second course covers sowing, potting on and hardening off, with a greenhouse session every other week.",
      "Enrolment opens on the first Monday of March, and places are given in the order the forms arrive.",
      "",
      "Related guides",
      "How to choose a first greenhouse",
      "Ten vegetables that forgive mistakes",
      "© 2025 Town Gardens",
    ].join("\n");
    const main = parsePage(text, REF).articles.find((a) => a.role === "main")!;
    for (const point of ["Build a compost bay from old pallets in the second week.", "Take home a soil testing kit at the end of the course.", "Visit the college's own allotment on a Saturday morning."]) {
      expect(main.paragraphs).toContain(point);
      expect(main.keyPoints).not.toContain(point);
    }
    expect(main.keyPoints).toEqual(["All three courses meet once a week in the evening.", "Two of them offer a discount to allotment holders."]);
    expect(main.paragraphs.at(-1)).toMatch(/^Enrolment opens/);
    for (const chrome of ["Menu", "Related guides", "How to choose a first greenhouse"]) expect(main.paragraphs).not.toContain(chrome);
  });

  it("keeps a label printed in each section of a guide at every printing", () => {
    const text = [
      "Shop",
      "Plant care",
      "Four houseplants for a dark hallway",
      "By Lena Ortiz",
      "",
      "A hallway with one small window is a hard place for a plant, but a few species cope with little light and forget the odd watering.",
      "We grew each of these for a winter in a north-facing hall before writing about them.",
      "Cast iron plant",
      "Light: Low, indirect light.",
      "Pet safety: Nontoxic to cats and dogs.",
      "Its broad dark leaves shrug off draughts and dry air, and it only needs water when the top of the soil is dry.",
      "Snake plant",
      "Light: Low, indirect light.",
      "Pet safety: Toxic to cats and dogs.",
      "Upright leaves make it a good fit for a narrow hall, and it rots sooner from too much water than from too little.",
      "Heartleaf philodendron",
      "Light: Medium, indirect light.",
      "Pet safety: Toxic to cats and dogs.",
      "A trailing stem can follow a shelf towards the window, and the leaves turn pale when the light is too weak.",
      "",
      "Sign up for our newsletter",
      "© 2025 Green Rooms",
    ].join("\n");
    const body = bodyOf(text);
    expect(body.filter((p) => p === "Light: Low, indirect light.")).toHaveLength(2);
    expect(body.filter((p) => p === "Pet safety: Toxic to cats and dogs.")).toHaveLength(2);
    expect(body).toContain("Pet safety: Nontoxic to cats and dogs.");
    expect(body[0]).toMatch(/^A hallway with one small window/);
    expect(body.at(-1)).toMatch(/^A trailing stem/);
    for (const chrome of ["Shop", "Plant care", "Sign up for our newsletter"]) expect(body).not.toContain(chrome);
  });

  it("keeps a heading with a slash glued between words, and the paragraph above it, as body; a credit stays a credit", () => {
    const text = [
      "Home",
      "Guides",
      "How the new school bus timetable works",
      "By Priya Shah",
      "",
      "The county's school buses move to a new timetable next term, with earlier runs on the two longest rural routes.",
      "Parents were sent the times by post last week, but many of the letters arrived after the open evening.",
      "Pick-Up/Drop-Off Points",
      "Each route keeps its stops, and three new ones open on the ring road where the housing estate has grown.",
      "Drivers will wait two minutes at each stop before moving on, as they do now.",
      "A bus waits outside the depot on a frosty morning",
      "Tom Reed/The County Echo",
      "Late/Early Runs",
      "An extra late bus will leave the secondary school at five for pupils who stay for clubs and sports practice.",
      "",
      "Share this story",
      "© 2025 County Echo",
    ].join("\n");
    const main = parsePage(text, REF).articles.find((a) => a.role === "main")!;
    expect(main.paragraphs).toContain("Parents were sent the times by post last week, but many of the letters arrived after the open evening.");
    expect(main.paragraphs).toContain("Pick-Up/Drop-Off Points");
    expect(main.paragraphs).toContain("Late/Early Runs");
    expect(main.paragraphs.at(-1)).toMatch(/^An extra late bus/);
    expect(main.captions.map((c) => c.credit)).toEqual(["Tom Reed/The County Echo"]);
    for (const chrome of ["Home", "Guides", "Share this story"]) expect(main.paragraphs).not.toContain(chrome);
  });

  it("keeps a guide's numbered sections with their bullet lists in the story, not as items of a digest", () => {
    const text = [
      "Home",
      "Guides",
      "Tools",
      "How to start a balcony vegetable garden",
      "By Omar Velez",
      "Updated May 2, 2025",
      "A balcony gets more sun than most people think, and a few pots can keep a kitchen in salad from June to October.",
      "This guide walks through the choices in the order you will meet them, from the first pots to the first harvest.",
      "1. Check the light",
      "Watch the balcony for a whole day before buying anything, and note when the sun reaches each corner.",
      "2. Choose your containers",
      "Bigger pots dry out more slowly, so buy the largest your balcony can hold safely.",
      "- Terracotta looks good but loses water fast",
      "- Plastic is light and cheap",
      "- Fabric bags let roots breathe",
      "3. Pick easy crops",
      "Start with plants that forgive a missed watering, and add fussier ones in the second year.",
      "- Cherry tomatoes",
      "- Dwarf beans",
      "- Cut-and-come-again lettuce",
      "Related articles",
      "Ten herbs for a windowsill",
      "Composting in a small flat",
      "Leave a Reply",
      "© 2025 Small Plot",
    ].join("\n");
    const articles = parsePage(text, REF).articles;
    const main = articles.find((a) => a.role === "main")!;
    for (const line of ["2. Choose your containers", "- Plastic is light and cheap", "3. Pick easy crops", "- Cherry tomatoes", "- Cut-and-come-again lettuce"]) expect(main.paragraphs).toContain(line);
    expect(articles.map((a) => a.title)).not.toContain("Choose your containers");
    expect(articles.map((a) => a.title)).not.toContain("Pick easy crops");
    for (const chrome of ["Home", "Tools", "Related articles", "Ten herbs for a windowsill", "Leave a Reply"]) expect(main.paragraphs).not.toContain(chrome);
  });
});

describe("the story's introduction above a run of short lines", () => {
  // A guide whose opening paragraphs sit above a box of short lines (a quick-picks box of product
  // cards, a table of contents): the decoder used to start the story under the box and drop them.
  const intro = [
    "Choosing a kettle for the office kitchen is mostly about how many people queue for it at eleven, and only a little about looks.",
    "We filled, boiled and poured with twelve kettles over a month of office mornings, and four of them are worth the counter space.",
  ];
  const sections = [
    "1. Brightwater Rapid 1.7",
    "Best overall",
    "The Brightwater boiled a full tank in under four minutes every time we tried it, and its lid never stuck once in a month of use.",
    "Its gauge is easy to read from across the room, which mattered more than we expected when six people were waiting for tea.",
    "2. Meadow Steel Classic",
    "Best on a budget",
    "The Meadow costs half as much as our top pick and is only a minute slower, though its handle gets warm after a second boil.",
    "It is the one we would buy for a small team that drinks more coffee than tea and rarely fills the tank to the top.",
    "3. Orbit Quiet Glass",
    "Quietest",
    "The Orbit is the kettle to pick for an open-plan floor: it barely hisses, and a soft light tells the room when the water is ready.",
    "Glass shows limescale quickly, so plan on descaling it every fortnight in a hard-water town like ours.",
  ];
  // Eight product cards: a label, a name, a score and a shop button each.
  const names = ["Brightwater Rapid 1.7", "Meadow Steel Classic", "Orbit Quiet Glass", "Harbour Family 2.2", "Fennel Mini 0.8", "Copperline Retro", "Northgate Smart 1.5", "Pebble Travel 0.5"];
  const labels = ["Best overall", "Best on a budget", "Quietest", "Largest", "Smallest", "Best looking", "Best smart kettle", "Best for travel"];
  const picks = ["Our top picks", ...names.flatMap((name, k) => [labels[k]!, name, "8.5", "See it at Kitchenmart"])];
  const page = (box: string[]) =>
    [
      "Home",
      "Reviews",
      "Kitchen",
      "The best office kettles we tested",
      "By Priya Nandakumar",
      "March 3, 2025",
      "",
      ...intro,
      "",
      ...box,
      "",
      ...sections,
      "",
      "Related reviews",
      "The best travel mugs",
      "The best water filters",
      "© 2025 Counter Reviews",
    ].join("\n");

  it("keeps the opening paragraphs above a quick-picks box, and leaves the box out", () => {
    const main = parsePage(page(picks), REF).articles.find((a) => a.role === "main")!;
    expect(main.title).toBe("The best office kettles we tested");
    const body = main.paragraphs;
    for (const line of intro) expect(body).toContain(line);
    expect(body).toContain(sections[2]);
    expect(body).toContain(sections[sections.length - 1]);
    for (const card of ["Our top picks", "See it at Kitchenmart", "8.5", "Harbour Family 2.2"]) expect(body).not.toContain(card);
  });
});

describe("section labels printed in every section of a review", () => {
  // Each product's section prints the same labels (`Pros`, `Cons`) over its own list, and the same
  // shop button under it: the label heading the list is the story's, the button is not.
  const product = (name: string, paragraphs: string[], pros: string[], cons: string[]) => [name, ...paragraphs, "Pros", ...pros, "Cons", ...cons, "Buy at Gardenmart"];
  const text = [
    "Home",
    "Reviews",
    "Garden",
    "The best cordless hedge trimmers of the year",
    "By Tomas Berg",
    "April 2, 2025",
    "",
    "We cut back beech, privet and a very stubborn laurel with nine cordless trimmers over a wet spring, and three of them earned a place in the shed.",
    "Battery life mattered less than we expected; balance and blade length mattered more, especially for anyone trimming above shoulder height.",
    ...product(
      "1. Greenline Cut 40",
      [
        "The Greenline was the only trimmer that made it through the whole laurel on one battery, and its rotating handle saved our wrists on the tall sides.",
        "It is the one we would hand to someone with a long boundary hedge and an afternoon to spare, since the spare battery slot doubles the running time again.",
      ],
      ["Runs a full hour on one charge", "Handle turns for vertical cuts"],
      ["Heavy for smaller hands", "Slow charger"],
    ),
    ...product(
      "2. Fernway Light 18",
      [
        "The Fernway weighs barely two kilos, which made it the trimmer our testers reached for first on a quick tidy of the front hedge.",
        "Its short blade means more passes on a wide hedge, but for a small garden and a light hand it is the most pleasant of the nine to use.",
      ],
      ["Lightest we tested", "Quiet enough for early mornings"],
      ["Short blade struggles with thick stems", "Battery sold separately"],
    ),
    ...product(
      "3. Oakridge Pro 60",
      [
        "The Oakridge has the longest blade here and chewed through old wood that stalled the others, though you feel its weight after twenty minutes.",
        "Buy it for an overgrown hedge that has been left for a few years, and plan on a second battery if the job runs past the hour.",
      ],
      ["Longest blade in the test", "Cuts branches up to two centimetres"],
      ["Loud", "Expensive spare batteries"],
    ),
    "How we tested",
    "Each trimmer cut the same three hedges twice, once with a fresh battery and once after a day on the shelf, and we timed every run.",
    "We also weighed each trimmer with its battery fitted, since the figure on the box rarely includes it, and asked three testers of different heights to rate the balance.",
    "Noise was measured at arm's length with a phone meter, which is rough, but it was enough to separate the quiet trimmers from the loud ones.",
    "",
    "Related reviews",
    "The best lawn rakes",
    "The best garden gloves",
    "© 2025 Shed Reviews",
  ].join("\n");

  it("keeps the label over a section's list and leaves the repeated shop button out", () => {
    const body = bodyOf(text);
    const at = body.indexOf("Pros");
    expect(at).toBeGreaterThanOrEqual(0);
    expect(body[at + 1]).toBe("Runs a full hour on one charge");
    expect(body).not.toContain("Buy at Gardenmart");
    expect(body).toContain("Handle turns for vertical cuts");
    expect(body).not.toContain("Related reviews");
  });
});

describe("a short list between two of the story's paragraphs", () => {
  // Near the end of a guide, a few one- or two-word lines (a list of materials, the rows of a small
  // table) that the model reads under the body threshold, with the story's paragraphs right above
  // and right below them: they are the story's.
  const items = ["PVA", "118 ml", "F-clamps", "2 x 150 mm", "Grit"];
  const text = [
    "Home",
    "Guides",
    "Repairs",
    "How to fix a wobbly kitchen chair",
    "By Dana Ortiz",
    "May 5, 2025",
    "",
    "A chair that rocks on an uneven leg is almost always a loose joint rather than a short leg, and it takes about an hour to fix for good.",
    "Turn the chair upside down on a folded towel and wiggle each leg in turn; the one that moves where it meets the seat is the culprit.",
    "Before you start, clear a space on the floor and gather a few things from the drawer, since the glue sets faster than you might expect.",
    "Pull the loose joint apart gently, scrape the old glue out of the hole with a flat screwdriver, and sand the end of the rail until it is clean and dry.",
    "Work a thin layer of fresh glue into the hole and onto the rail, push them together, and clamp the joint square while you wipe away what squeezes out.",
    "Leave the chair clamped overnight before anyone sits on it; most wood glues need a full day to reach their strength, whatever the bottle says.",
    ...items,
    "If the joint is still loose after a week, the hole has worn too wide, and a thin sliver of wood glued around the rail will take up the slack.",
    "",
    "More guides",
    "How to oil a wooden worktop",
    "How to fix a squeaky door",
    "© 2025 Fix It Guides",
    ...["Menu", "Guides", "Tools", "Shop", "About", "Contact", "Careers", "Press", "Help", "Privacy", "Terms", "Cookies", "Sitemap", "Newsletter", "Podcasts", "Videos", "Forums", "Gift cards", "Stores", "Returns"],
  ].join("\n");

  it("keeps the list's lines in their place in the body", () => {
    const body = bodyOf(text);
    const at = body.indexOf(items[0]!);
    expect(at).toBeGreaterThan(0);
    expect(body.slice(at, at + items.length)).toEqual(items);
    expect(body[at + items.length]).toMatch(/^If the joint is still loose/u);
    for (const chrome of ["More guides", "Menu", "Returns"]) expect(body).not.toContain(chrome);
  });
});

describe("a section heading printed in a table of contents, over a list", () => {
  const text = [
    "Home",
    "Guides",
    "Camping",
    "A first night under canvas: what to pack and where to pitch",
    "By Lena Moor",
    "June 9, 2025",
    "",
    "Contents",
    "Choosing a site",
    "What to pack",
    "Cooking outside",
    "Choosing a site",
    "Look for flat ground a little above the lowest point of the field, so that rain runs past the tent rather than under it, and check for branches overhead.",
    "Pitch with the door away from the wind, and peg the corners out before you raise the poles; it is far easier to straighten a tent that is already held down.",
    "What to pack",
    "Sleeping mat",
    "Warm hat",
    "Head torch",
    "Spare pegs",
    "Most first-time campers are cold rather than uncomfortable, so a good mat under you matters more than the sleeping bag on top of it.",
    "Cooking outside",
    "A small gas stove and one pan will cover every meal of a short trip, as long as you plan food that needs boiling water and nothing more.",
    "Wash up straight after eating and keep food sealed in the car overnight, since foxes and crows find an open bag long before you wake.",
    "",
    "More camping guides",
    "The best family tents",
    "© 2025 Outdoor Guides",
  ].join("\n");

  it("keeps the heading over its section's list once, at its printing in the story", () => {
    const body = bodyOf(text);
    expect(body.filter((p) => p === "What to pack")).toHaveLength(1);
    expect(body[body.indexOf("What to pack") + 1]).toBe("Sleeping mat");
    expect(body[body.indexOf("Cooking outside") + 1]).toMatch(/^A small gas stove/u);
    expect(body).not.toContain("Contents");
  });
});

describe("a table's or a picture's credit printed with the sign inside the story", () => {
  const text = [
    "Home",
    "Rankings",
    "Largest harbour operators by tonnage",
    "By Ana Ruiz",
    "",
    "The tonnage handled by the coast's harbour operators rose again last year, led by the two largest ports on the estuary.",
    "The table below ranks the operators by the tonnage they handled, with the change on the year before.",
    "Rank Operator Tonnage Change (%)",
    "1 Northport Harbour Board 1,204,300 4.1",
    "2 Estuary Docks Ltd 987,120 -2.3",
    "3 Southcove Marine 611,450 7.8",
    "© Tidewater Data Ltd. — used by permission",
    "",
    "Container traffic made up most of the rise, while the smaller harbours lost some of their fishing trade to the larger ports.",
    "The board expects tonnage to keep rising once the new quay at Northport opens to larger ships next spring.",
    "Cranes unload a ship at the new quay",
    "© Jane Doe / Harbour Photo Agency",
    "Operators said the rise would pay for dredging the estuary channel, which the larger ships need at low tide.",
    "",
    "Share this article",
    "© 2025 Harbour Review Ltd. All rights reserved.",
  ].join("\n");

  it("keeps the story below the credit, and reads the footer's notice as the end", () => {
    const body = bodyOf(text);
    expect(body).toContain("Container traffic made up most of the rise, while the smaller harbours lost some of their fishing trade to the larger ports.");
    expect(body).toContain("Operators said the rise would pay for dredging the estuary channel, which the larger ships need at low tide.");
    expect(body.some((p) => p.includes("©"))).toBe(false);
  });

  it("reads the line above a picture's credit as its caption", () => {
    const main = parsePage(text, REF).articles.find((a) => a.role === "main")!;
    expect(main.captions?.map((c) => c.text)).toContain("Cranes unload a ship at the new quay");
  });
});

describe("a table inside the story and a table that ends it", () => {
  // A table as the page's text prints it: each row a line, its cells a tab apart.
  const spec = [
    "Capacity\t1.2 litres",
    "Weight\t680 g",
    "Material\tStainless steel",
    "Handle\tCork",
    "Spout\tGooseneck",
    "Dishwasher-safe\tNo",
    "Warranty\tTwo years",
  ];
  const comparison = [
    "Kettle\tCapacity\tHeat source\tPrice",
    "Harbour Pour\t1.2 l\tStove\t$45",
    "Quay Classic\t1.0 l\tElectric\t$80",
    "Tidewater Slim\t0.8 l\tStove\t$32",
    "Gull Mini\t0.6 l\tElectric\t$55",
  ];
  const text = [
    "Home",
    "Kitchen",
    "Reviews",
    "The best pour-over kettles, tested at the harbour test kitchen",
    "By Ana Ruiz",
    "",
    "We brewed more than two hundred cups with eleven kettles over three weeks to find the ones that pour slowly and evenly.",
    "A good pour-over kettle lets the water fall in a thin, steady stream, so the coffee bed soaks evenly and nothing is rushed.",
    "Our favourite: Harbour Pour",
    "The Harbour Pour held its temperature best and its spout never dribbled, even when the kettle was nearly empty.",
    ...spec,
    "The cork handle stayed cool through every test, although the lid fits loosely and rattles when the water boils.",
    "If you brew for one, the smaller Gull Mini heats faster and costs less, but it needs refilling for a second cup.",
    "How the kettles compare",
    ...comparison,
    "",
    "Share this review",
    "Newsletter",
    "Sign up for our weekly kitchen tests",
    "© 2025 Harbour Kitchen Ltd. All rights reserved.",
  ].join("\n");

  it("keeps a spec table between the story's paragraphs, and a comparison table with its title under the last one", () => {
    const body = bodyOf(text);
    for (const row of [...spec, ...comparison]) expect(body).toContain(row.replaceAll("\t", " "));
    expect(body).toContain("How the kettles compare");
    expect(body.indexOf("Capacity 1.2 litres")).toBeLessThan(body.indexOf("The cork handle stayed cool through every test, although the lid fits loosely and rattles when the water boils."));
    for (const chrome of ["Share this review", "Newsletter", "Sign up for our weekly kitchen tests"]) expect(body).not.toContain(chrome);
  });

  it("keeps each product's spec table with its title, a row printed in both tables at each printing", () => {
    const product = (name: string, price: string) => [
      `${name}`,
      `The ${name} poured the most even stream of the kettles we tested, and its lid stayed on when we tipped it right over.`,
      "Product specs",
      "Capacity\t1.0 litres",
      `Price\t${price}`,
      "Heat source\tStove and induction",
    ];
    const page = [
      "Home",
      "Reviews",
      "Two stove-top kettles for slow pouring",
      "",
      "We tried a dozen kettles on gas and induction hobs, pouring each one over a scale to see how steady its stream stayed.",
      ...product("Harbour Pour", "$45"),
      ...product("Quay Classic", "$52"),
      "Both kettles come with a two-year warranty, and the harbour shop sells spare lids for either of them.",
      "",
      "Share this review",
      "© 2025 Harbour Kitchen Ltd. All rights reserved.",
    ].join("\n");
    const body = bodyOf(page);
    expect(body.filter((p) => p === "Product specs")).toHaveLength(2);
    expect(body.filter((p) => p === "Heat source Stove and induction")).toHaveLength(2);
    expect(body).toContain("Price $45");
    expect(body).toContain("Price $52");
  });

  it("reads lines with a stray tab, one at a time, as no table", () => {
    const stray = text.replace(spec.join("\n"), "Capacity\t1.2 litres").replace(comparison.join("\n"), "Kettle\tCapacity");
    const body = bodyOf(stray);
    expect(body).not.toContain("Kettle Capacity");
  });
});
