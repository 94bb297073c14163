import type { Rule } from "./rule.js";

// A person's name: up to six capitalised words with the particles and initials names carry.
const NAME = "\\p{Lu}[\\p{L}.'’-]*(?:,? (?:\\p{Lu}[\\p{L}.'’-]*|and|&|de|da|di|van|von|der|del|la|le|bin|al|el)){0,7}";

/** Bylines, author roles and bios that sit above or below a story. */
export const bylineRules: readonly Rule[] = [
  {
    id: "bylines/by-name",
    kind: "byline",
    // "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Par Jeanne Martin", "Von Max Muster".
    // The separator before a trailing credit is never a bare hyphen, which the name may hold
    // ("Smith-Jones"): either way of reading "a-b-c" was tried, cubic on a long run (recheck).
    pattern: `^(?:by|par|von|di|por|oleh|de|автор:?) ${NAME}(?:(?: ?[|,/–—]| -) ?[\\p{L}\\p{N} .,&'’@-]{1,60})?$`,
    where: { maxLength: 120 },
  },
  {
    id: "bylines/name-handle",
    kind: "byline",
    // "Jane Doe @janedoe", "Jane Doe @janedoe / 2 days": a name with its social handle.
    pattern: `^${NAME} @[\\w.]{2,30}(?: ?[/|·] ?[^\\n]{1,30})?$`,
    where: { maxLength: 100, anyOf: ["@"] },
  },
  {
    id: "bylines/role",
    kind: "byline",
    // Role lines printed under a byline.
    pattern: "^(?:(?:opinion |guest |staff |senior |chief |special |contributing |political |business |foreign )?(?:columnist|writer|reporter|correspondent|editor|contributor|author|journalist|analyst)s?)(?: at [\\p{L} .&'-]{1,40})?$",
    where: { maxLength: 60 },
  },
  {
    id: "bylines/written-by",
    kind: "byline",
    // "Written by Sam Lee", "Posted on March 30, 2015 by Admin".
    // What follows the name starts with a space or a mark the name cannot end with, so the two
    // never share a character (letters shared between them made it quartic, per recheck).
    pattern: `^(?:written|reported|posted|published|edited|reviewed|fact[- ]checked)(?: on [^\\n]{1,40})? by:? ${NAME}(?:[ ,&|@:][\\p{L}\\p{N} .,&'’|@:-]{0,59})?$`,
    where: { maxLength: 140 },
  },
  {
    id: "bylines/reporting-credit",
    kind: "byline",
    // Wire credits at the end of a story: "(Reporting by A; Editing by B)".
    pattern: "^\\(?(?:additional )?(?:reporting|writing|editing|compiled|research) by\\b[^\\n]{0,300}$",
    where: { maxLength: 320 },
  },
  {
    id: "bylines/contact",
    kind: "byline",
    // "Contact the author at …", "Email: jane@example.com", "Follow Jane on Twitter @jane".
    pattern: "^(?:contact (?:the )?(?:author|reporter|writer)|e-?mail(?: the author)?:|follow (?:\\p{Lu}[\\p{L}'’-]* ){1,3}on (?:twitter|x|instagram|facebook))\\b[^\\n]{0,160}$",
    where: { maxLength: 200 },
  },
  {
    id: "bylines/reach-line",
    kind: "byline",
    // "Have a tip? Jane Doe may be reached at jane@example.com.", "Got a news tip?", "Jane Doe can be
    // reached at 555-0100": how to reach the reporter, printed under a story.
    pattern: "^(?:have|got) a (?:news )?tip(?: for us)?\\?[^\\n]{0,300}$|^[^\\n]{0,80}\\b(?:can|may) be reached at\\b[^\\n]{0,300}$",
    where: { maxLength: 400, anyOf: ["a tip", "news tip", "be reached at"] },
  },
  {
    id: "bylines/bio-line",
    kind: "bio",
    // "Jane Doe is a business reporter for the Harbour Gazette, covering …", "Jane Doe (@jane) is an
    // Ideas contributor at …": the author's bio under a story. A name, then "is a/an/the", up to
    // five words, then a newsroom role.
    pattern:
      "^\\p{Lu}[\\p{L}.'’-]{0,20}(?: \\p{Lu}[\\p{L}.'’-]{0,20}){1,3}(?: \\(@[\\w.]{2,30}\\))? is (?:a|an|the) (?:[\\p{L}'’-]{1,20} ){0,5}(?:reporter|writer|editor|correspondent|columnist|contributor|journalist|producer|critic|photographer)s?\\b[^\\n]{0,400}$",
    // Gate on " is a" / " is the" (one of them is in every match, and a two-literal scan is
    // cheaper than the ten role words on every prose line). Only below a story (`tail`): "Jane Doe
    // is a reporter at …" in a story's second paragraph, with the story going on, is the story.
    where: { maxLength: 500, caseSensitive: true, anyOf: [" is a", " is the"], tail: true },
  },
  {
    id: "bylines/about-header",
    kind: "bio",
    // "About the author", "About Acme Corp", "ABOUT ME": a bio or company boilerplate section follows.
    pattern: "^(?:About|ABOUT|À propos d[eu']|Über|Sobre|Tentang|Informazioni su) (?:the authors?|us|me|THE AUTHORS?|US|ME|l'auteur|\\p{Lu}[\\p{L}\\p{N}&.'’ -]{1,40})$",
    where: { maxLength: 50, caseSensitive: true },
    signal: "end-of-story",
  },
];
