import type { Rule } from "./rule.js";

/**
 * Page furniture that leaks into story text when a page is flattened to `innerText`: alt text
 * glued to the first paragraph, gallery counters and photo credits, inline CSS and script,
 * URL-encoded and template strings, document-embed prompts, channel and newsletter promos.
 * ("This story first appeared on …" notices are `legal/syndication` in legal.ts. A note on a line
 * of its own under the main story is left in the body: both benchmarks' article bodies keep it,
 * and a Creative Commons licence requires the attribution to travel with the text.)
 * Each family was seen on pages of many sites (see docs/layouts.md); each rule describes the
 * shape, never one page.
 */
export const leakRules: readonly Rule[] = [
  {
    id: "leaks/image-alt-glued",
    kind: "image-alt",
    // Alt or cover text of the lead image, glued with no space to the first paragraph:
    // "Cover image for the storyThe council said…", "Featured imageA new bridge…". Case-sensitive,
    // so the glue is a capital letter right after the label.
    pattern: "^(?:[Cc]over|[Ff]eatured|[Hh]eader|[Hh]ero|[Ll]ead|[Tt]humbnail|[Aa]rticle|[Ss]tory|[Pp]ost) (?:image|photo|picture|illustration)(?: (?:for|of) (?:the |this )?(?:story|article|post|video))?(?=\\p{Lu})",
    where: { scope: "inline", maxLength: 60, caseSensitive: true },
  },
  {
    id: "leaks/photo-by",
    kind: "credit",
    // A credit in brackets inside a paragraph: "(Photo by Jane Doe/Harbour Press)", "(Image courtesy of the trust)".
    pattern: "\\((?:photo|photograph|image|picture|video|file photo)s? (?:by|courtesy of|credit:?|from):? [^()\\n]{1,80}\\)",
    where: { scope: "inline", maxLength: 110 },
  },
  {
    id: "leaks/buy-photo",
    kind: "gallery",
    // The reprint button after a caption: "… on Friday. | Buy Photo".
    pattern: "(?:^|\\s)\\| ?buy (?:this )?photos?(?=\\s|$)",
    where: { scope: "inline", maxLength: 20 },
  },
  {
    id: "leaks/gallery-counter-inline",
    kind: "gallery",
    // A gallery counter glued before a caption: "3 of 7 | The old pier at dusk".
    pattern: "^\\d{1,3} (?:of|/) \\d{1,3} ?\\| ?",
    where: { scope: "inline", maxLength: 16 },
  },
  {
    id: "leaks/gallery-line",
    kind: "gallery",
    // The same furniture on lines of their own: "Buy Photo", "3 of 7", "3 of 7 |".
    pattern: "^(?:buy (?:this )?photos?|\\d{1,3} of \\d{1,3}(?: ?\\|)?)$",
    where: { maxLength: 20 },
  },
  {
    id: "leaks/inline-css",
    kind: "machine",
    // A minified stylesheet printed as text: ".icon-2{fill:#fff}", "#nav a:hover{color:red}".
    // Minified (no space inside the braces): a stylesheet in a tutorial's code sample is spaced.
    pattern: "^[.#@]?[\\w-]{1,60}(?:[ ,>:][.#]?[\\w-]{1,60}){0,6}\\{[a-z-]{1,40}:[^{}\\s][^{}\\n]{0,400}\\}",
    // The gate: no brace, no stylesheet (most lines are settled by the gate scan, not the pattern).
    where: { maxLength: 20000, anyOf: ["{"] },
  },
  {
    id: "leaks/inline-script",
    kind: "machine",
    // Page scripts printed as a line: "(function(w,d,s){…", "window.dataLayer = …",
    // "googletag.cmd.push(…", "document.write(…". Only the shapes of tag and ad loaders: a
    // function or variable declared in a tutorial's code sample is content, not a leak.
    pattern: "^(?:\\(function ?\\((?:w|d|i|s|window|document)\\b|window\\.(?:datalayer|googletag|_?gaq|fbq|adsbygoogle|__[\\w$]{1,30})\\b|document\\.write\\(|googletag\\.|datalayer\\.push\\(|\\(adsbygoogle)",
    where: { maxLength: 20000, anyOf: ["(function", "window.", "document.write(", "googletag.", "datalayer.push(", "(adsbygoogle"] },
  },
  {
    id: "leaks/url-encoded-html",
    kind: "machine",
    // URL-encoded markup that a share widget left in the text: "%3Cdiv%20class%3D…".
    pattern: "%3C%?(?:2F)?[a-z][^\\s]{0,2000}",
    where: { scope: "inline", maxLength: 2010 },
  },
  {
    id: "leaks/mailto-with-address",
    kind: "share",
    // A share link with an address and encoded body: "mailto:desk@example.com?subject=…&body=…%0A…".
    pattern: "mailto:[^\\s?]{1,100}\\?[^\\s]{0,2000}",
    where: { scope: "inline", maxLength: 2110 },
  },
  {
    id: "leaks/template-placeholder",
    kind: "template",
    // Unfilled template slots: "{{ headline }}", "%%AUTHOR_NAME%%", "[[BODY_TEXT]]", "${title}",
    // and ALL_CAPS tokens that name a slot ("ARTICLE_TITLE_PLACEHOLDER", "IMAGE_URL_HERE").
    pattern: "\\{\\{ ?[\\w.]{1,40} ?\\}\\}|%%[A-Z_]{3,40}%%|\\[\\[[A-Z_]{3,40}\\]\\]|\\$\\{[\\w.]{1,40}\\}|\\b(?:[A-Z]{2,20}_){1,4}(?:PLACEHOLDER|TEXT|TITLE|URL|NAME|BODY|CONTENT|HERE|LINK|IMAGE|DATE|CAPTION)\\b",
    where: { scope: "inline", maxLength: 120, caseSensitive: true },
  },
  {
    id: "leaks/document-embed",
    kind: "embed",
    // Prompts of an embedded document viewer: "View the full document", "Download the complaint (PDF)",
    // "This document could not be displayed", "Page 1 of 12", "Loading document…".
    pattern: "^(?:(?:download|view|open|read|see) (?:the )?(?:full |original |entire )?(?:document|pdf|file|filing|report|lawsuit|complaint|indictment|transcript|ruling)(?: \\((?:pdf|[\\d.]{1,6} ?[km]b)\\))?(?: here)?|(?:this|the) (?:embedded )?(?:document|pdf|file|content) (?:could not be|cannot be|can't be|couldn't be) (?:displayed|loaded|shown)[^\\n]{0,80}|loading (?:document|pdf|viewer)(?:\\.\\.\\.|…)?|page \\d{1,4} of \\d{1,4}|if (?:you|the) (?:can't|cannot) see (?:the )?(?:document|embed|pdf|file)\\b[^\\n]{0,100})$",
    where: { maxLength: 200 },
  },
  {
    id: "leaks/channel-promo",
    kind: "promo",
    // Channel prompts: "Join our WhatsApp channel for the latest updates.", "Follow the Harbour
    // Daily channel on Telegram", "Subscribe to our YouTube channel".
    pattern: "(?:click here to |tap here to )?(?:join|follow|subscribe to|check out) (?:us on |our |the )?[\\p{L}\\p{N}'’ -]{0,40}?(?:whatsapp|telegram|youtube|viber) (?:channel|group|community)\\b[^.!?\\n]{0,120}(?:[.!?]|$)|(?:join|follow|subscribe to) (?:our |the )?[\\p{L}\\p{N}'’ -]{0,40}?channel on (?:whatsapp|telegram|youtube|viber)\\b[^.!?\\n]{0,120}(?:[.!?]|$)",
    where: { scope: "inline", maxLength: 220, anyOf: ["whatsapp", "telegram", "youtube", "viber"] },
  },
  {
    id: "leaks/newsletter-promo",
    kind: "newsletter",
    // Newsletter promos inside a paragraph: "Get our free morning newsletter in your inbox.",
    // "Subscribe to the Harbour Brief newsletter for more stories like this."
    pattern: "(?:get|receive|subscribe to) (?:our|the) [\\p{L}\\p{N}'’ -]{0,40}?newsletters?\\b[^.!?\\n]{0,120}(?:[.!?]|$)",
    where: { scope: "inline", maxLength: 200, anyOf: ["newsletter"] },
  },
  {
    id: "leaks/affiliate-disclosure",
    kind: "affiliate",
    // A shop-affiliate disclosure on a line of its own: "Disclosure: As an affiliate, I earn from
    // qualifying purchases.", "As a store associate we earn from qualifying purchases."
    pattern: "^(?:(?:affiliate )?disclosure: ?)?[^\\n]{0,80}?\\bearns? (?:a commission )?from qualifying purchases\\b[^\\n]{0,300}$",
    where: { maxLength: 420, anyOf: ["qualifying purchases"] },
  },
  {
    id: "leaks/rating-prompt",
    kind: "promo",
    // A recipe or review site's rating prompt under the story: "Did you make this recipe? Please
    // take a moment to leave a star rating.", "Tried it? Leave a rating and a comment below!"
    pattern: "^(?:(?:did you|have you) (?:make|made|try|tried) [^?\\n]{1,60}\\? ?|tried (?:it|this)\\? ?)?(?:please )?(?:take a (?:moment|minute|second) to )?(?:leave|give it) (?:a |me a |us a )?(?:star |5-star |five-star )?(?:rating|review)\\b[^\\n]{0,300}$",
    where: { maxLength: 420, anyOf: ["rating", "review"] },
  },
  {
    id: "leaks/paywall-notice",
    kind: "paywall",
    // A paywall's notice left above the teaser: "This article is exclusive to Harbour+
    // subscribers", "This story is only available to subscribers."
    pattern: "^(?:this|the rest of this) (?:article|story|content|post) is (?:exclusive to|only available to|available only to|reserved for|for) [^\\n]{0,40}?(?:subscribers|members)(?: only)?[.!]?$",
    where: { maxLength: 120, anyOf: ["subscribers", "members"] },
  },
  {
    id: "leaks/form-consent",
    kind: "legal",
    // The consent line under a sign-up or contact form: "Your information will be processed
    // according to the Harbour Daily Privacy Policy".
    pattern: "^(?:your|all) (?:information|data|personal data|details) (?:will be|is) (?:processed|used|handled|stored) (?:according to|in accordance with|as described in|under) [^\\n]{0,80}?privacy (?:policy|notice|statement)\\.?$",
    where: { maxLength: 200, anyOf: ["privacy"] },
  },
];
