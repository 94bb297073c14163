/**
 * Page-shaped text generated in memory from invented sentences, for the benchmark and the
 * scaling checks of the adversarial suite. Deterministic: the same seed gives the same pages.
 *
 * A page looks like FORMATS.md describes a scraped news page: menu lines, a headline, a byline
 * and a timestamp, paragraphs with ads, share bars, newsletter prompts and captions between
 * them, then a footer with hashtags, a comment widget and related-story blocks
 * (source, stamp, `- source`, title, one-line body).
 */

/** A small, fast, seedable PRNG (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STOP = ["the", "a", "of", "to", "and", "in", "on", "for", "with", "that", "it", "was", "at", "by", "from", "as", "their", "after"];
const CONTENT = [
  "harbour", "council", "ferry", "vote", "minister", "residents", "river", "bridge", "festival", "market", "police",
  "school", "hospital", "weather", "storm", "team", "season", "report", "budget", "plan", "city", "village", "museum",
  "airport", "train", "strike", "union", "talks", "deal", "court", "election", "mayor", "farmers", "boats", "coast",
  "island", "road", "traffic", "officials", "engineers", "tenants", "contract", "repairs", "lighthouse", "tide", "quay",
  "said", "announced", "warned", "agreed", "opened", "closed", "raised", "cut", "delayed", "approved", "Monday",
  "Tuesday", "Sunday", "2025", "12", "40", "per cent", "million", "northern", "coastal", "regional", "new", "old",
];
const NAMES = ["Jane Doe", "Ali Karim", "Marie Dubois", "Tom Reyes", "Aiko Sato", "Lena Novak"];
const SOURCES = ["Harbour Gazette", "Coast Radio", "NBC Sports", "News24", "Axios", "Le Monde", "Bay Herald"];
const STAMPS = ["11 minutes ago", "an hour ago", "18 hours ago", "2 days ago", "19-07-2025", "June 20, 2025", "Posted June 20, 2025 5:04 pm"];
const MENU = ["Menu", "Home", "News", "Sport", "Business", "Search", "Sign in", "Skip to content"];
const BETWEEN = ["Advertisement", "Share", "Share on Facebook", "Sign up for our daily newsletter", "Story continues below advertisement", "Follow us on Instagram", "Listen to this article"];
const FOOTER = ["Hashtags", "#Harbour #Ferry", "Comments", "No comments yet...", "© 2025 Harbour Media Ltd. All rights reserved."];

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A sentence of 10 to 30 words, about 40% function words, ending with a full stop. */
export function sentence(r: () => number): string {
  const n = 10 + Math.floor(r() * 21);
  const ws: string[] = [];
  for (let i = 0; i < n; i++) ws.push(r() < 0.4 ? pick(r, STOP) : pick(r, CONTENT));
  return `${capital(ws.join(" "))}.`;
}

function title(r: () => number): string {
  const n = 4 + Math.floor(r() * 8);
  const ws: string[] = [];
  for (let i = 0; i < n; i++) ws.push(pick(r, CONTENT));
  return capital(ws.join(" "));
}

function paragraph(r: () => number): string {
  const n = 1 + Math.floor(r() * 4);
  const ss: string[] = [];
  for (let i = 0; i < n; i++) ss.push(sentence(r));
  return ss.join(" ");
}

/** One page of roughly 4 to 12 KB. */
export function page(r: () => number): string {
  const lines: string[] = [];
  const menu = Math.floor(r() * 6);
  for (let i = 0; i < menu; i++) lines.push(pick(r, MENU));
  lines.push("", title(r), `By ${pick(r, NAMES)}`, pick(r, STAMPS), "");
  const paragraphs = 4 + Math.floor(r() * 12);
  for (let i = 0; i < paragraphs; i++) {
    lines.push(paragraph(r));
    const x = r();
    if (x < 0.2) lines.push(pick(r, BETWEEN));
    else if (x < 0.25) lines.push(`The ${pick(r, CONTENT)} at the ${pick(r, CONTENT)} on ${pick(r, ["Monday", "Sunday"])} Credit: Reuters`);
    if (r() < 0.5) lines.push("");
  }
  for (const f of FOOTER) if (r() < 0.7) lines.push(f);
  lines.push("Related Articles");
  const related = 1 + Math.floor(r() * 4);
  for (let i = 0; i < related; i++) {
    const src = pick(r, SOURCES);
    lines.push(src, pick(r, STAMPS), `- ${src}`, title(r), `${paragraph(r)} ${paragraph(r)}`, "");
  }
  return lines.join("\n");
}

/** Pages whose lengths add up to at least `chars` characters. */
export function pages(chars: number, seed = 1): string[] {
  const r = rng(seed);
  const out: string[] = [];
  let total = 0;
  while (total < chars) {
    const p = page(r);
    out.push(p);
    total += p.length + 1;
  }
  return out;
}

/** One text of exactly `chars` characters made of whole pages (the last one cut), joined by blank lines. */
export function text(chars: number, seed = 1): string {
  return pages(chars, seed).join("\n\n").slice(0, chars);
}
