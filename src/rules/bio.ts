import type { Rule } from "./rule.js";

/** Each word with its first letter in either case (`[Rr]eporter`), for the case-sensitive bio patterns. */
function eitherCase(words: string): string {
  return words
    .split("|")
    .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
    .join("|");
}

// A person's name as a bio opens with it: one to four capitalised words (a first name alone: "Marta is an
// experienced writer …"), initials and the
// particles names carry ("Dr. Ana M. Diaz", "Jan de Vries", "Jean-Luc Picard"), and the social
// handle some boxes print after it.
// Not a line about a thing: "The Harbour Ferry is the …", "Our Team is a …"; nor a pronoun standing
// for the name (a first name alone may open a bio): "She is the author of …" is the story's.
const PERSON =
  "(?!(?:The|This|That|These|Those|Our|Your|Its|His|Her|Their|Every|Each|One|A|An|She|He|It|We|They|You|I|There|Here|What|Who|Which|Where|When|Why|How|Everyone|Someone|Anyone|Nobody)\\b)(?:(?:Dr|Prof|Mr|Mrs|Ms)\\.? )?\\p{Lu}[\\p{L}'’-]{1,20}(?: (?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]{1,20}|de|da|di|do|dos|das|del|della|du|van|von|der|den|ten|ter|la|le)){0,3}(?: \\(@[\\w.]{2,30}\\))?";

// What an author is, in bios under stories: newsroom roles, the trades of the experts and
// founders who write company blogs and columns, and the posts of the executives who sign
// guest columns ("is the head of research at …", "is a managing director at …").
const ROLE = eitherCase(
  "reporter|writer|editor|correspondent|columnist|contributor|journalist|producer|critic|photographer|videographer|author|novelist|blogger|podcaster|founder|co-founder|cofounder|owner|professor|lecturer|researcher|scientist|physician|doctor|nurse|dietitian|nutritionist|therapist|psychologist|expert|consultant|advisor|adviser|analyst|strategist|marketer|specialist|instructor|coach|attorney|lawyer|designer|developer|engineer|creator|educator|entrepreneur|professional|practitioner|freelancer|ambassador|director|head|manager|officer|executive|president|partner|fellow|faculty",
);

/**
 * Author bio boxes under a story: "About the author" headers, the bio line ("Jane Doe is a
 * freelance photographer based in …"), "Follow her on X", "View all posts by Jane Doe". The bio
 * lines hold only below a story (`where.tail`): a story may open with the same words about the
 * person it is about. `bylines/bio-line` and `bylines/about-header` (bylines.ts) are the first
 * rules of the family; these follow them, so a line both know keeps its old rule.
 */
export const bioRules: readonly Rule[] = [
  {
    id: "bio/about-author",
    kind: "bio",
    // The box's header, in any case, alone or with the bio after a colon: "About the Author",
    // "About the author: Jane Doe is …", "Sobre el autor", "À propos de l'auteur", "Über die
    // Autorin", "Over de auteur", "O autorze", "Об авторе", "Tentang penulis". It closes the story.
    pattern:
      "^(?:about the (?:authors?|writer|contributor)|about me|sobre (?:el|la|o|a) autora?|à propos de l'auteure?|über (?:den autor|die autorin)|sull'autore|over de (?:auteur|schrijver)|o autorze|об авторе|tentang penulis)(?:\\s?[:：—–-]\\s?[^\\n]{0,600})?$",
    where: { maxLength: 640 },
    signal: "end-of-story",
  },
  {
    id: "bio/person-line",
    kind: "bio",
    // "Jane Doe is a freelance photographer and videographer based in …", "Dr. Ana Diaz is an
    // Associate Professor of …", "Sam Lee is the founder and lead instructor at …": a name, "is
    // a/an/the", up to six words, a role. Below a story only: "Ana Diaz is a nurse who …" in a
    // story's first paragraphs is the story.
    pattern: `^${PERSON} is (?:a|an|the) (?:[\\p{L}\\p{N}'’,&/-]{1,25} ){0,6}(?:${ROLE})s?\\b[^\\n]{0,900}$`,
    where: { maxLength: 1000, caseSensitive: true, anyOf: [" is a", " is the"], tail: true },
  },
  {
    id: "bio/person-line-intl",
    kind: "bio",
    // The same line in French, German, Spanish, Italian, Portuguese and Dutch, whose bios drop the
    // article: "Jeanne Martin est journaliste au …", "Max Muster ist Redakteur bei …", "Ana Díaz es
    // periodista de …", "Marco Rossi è giornalista …", "João Silva é jornalista …", "Jan de Vries is
    // redacteur bij …". Below a story only.
    pattern: `^${PERSON} (?:est|ist|es|è|é|is) (?:(?:une?|ein|eine|una?|um|uma|een) )?(?:[\\p{L}'’-]{1,25} ){0,3}(?:${eitherCase(
      "journaliste|rédacteur|rédactrice|correspondant|correspondante|chroniqueur|chroniqueuse|redakteur|redakteurin|journalist|journalistin|korrespondent|korrespondentin|autorin|reporterin|kolumnist|kolumnistin|periodista|redactor|redactora|corresponsal|columnista|reportera|reportero|giornalista|redattore|redattrice|corrispondente|jornalista|repórter|redator|redatora|colunista|redacteur|verslaggever|correspondent",
    )})\\b[^\\n]{0,900}$`,
    // Gated by an ASCII piece of each role word (see gates.ts).
    where: {
      maxLength: 1000,
      caseSensitive: true,
      anyOf: ["journalist", "giornalist", "jornalist", "dacteur", "dactrice", "redakt", "redact", "redatt", "redator", "correspond", "corrispond", "chroniqu", "kolumnist", "columnist", "periodist", "reporter", "rter", "verslaggever", "autorin"],
      tail: true,
    },
  },
  {
    id: "bio/follow-contact",
    kind: "bio",
    // How to follow or reach the author, under the bio: "Follow her on X @janedoe", "Follow him on
    // Twitter and Instagram", "You can reach her at jane@example.com", "Email him at …", "Send her
    // a tip at …". Below a story only.
    pattern:
      "^(?:(?:you can )?follow (?:her|him|them|me) (?:on|at) (?:x|twitter|bluesky|threads|instagram|linkedin|facebook|mastodon|tiktok|youtube)\\b|(?:you can )?(?:reach|contact|e-?mail) (?:her|him|them|me) (?:at|on|via)\\b|send (?:her|him|them|me) (?:an e-?mail|a tip|a message)\\b)[^\\n]{0,200}$",
    where: { maxLength: 240, anyOf: ["follow", "reach", "contact", "mail", "send"], tail: true },
  },
  {
    id: "bio/author-links",
    kind: "bio",
    // The links of an author box: "View all posts by Jane Doe", "See all articles by this author",
    // "More from this author", "Latest posts by Jane Doe (see all)".
    pattern:
      "^(?:(?:view|see|read|browse) (?:all|more) (?:posts|articles|stories|columns|work) (?:by|from) [^\\n]{1,60}|more (?:posts |articles |stories )?(?:from|by) (?:this|the) (?:author|writer)|latest posts by [^\\n]{1,60})$",
    where: { maxLength: 100 },
  },
];
