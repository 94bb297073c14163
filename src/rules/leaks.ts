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
    // An affiliate disclosure on a line of its own, in the site's or the writer's voice: "Disclosure:
    // As an affiliate, I earn from qualifying purchases.", "This post may contain affiliate links.",
    // "Some of the links in this article are affiliate ones.", "We may earn an affiliate commission
    // when you buy through links on our site.", "Purchases made through our links earn us a small
    // commission.", "Harbour Gear may earn a small commission …", "The site is supported by
    // commissions …"; and in German, French, Spanish, Italian, Portuguese, Dutch and Polish
    // ("Dieser Artikel enthält Affiliate-Links", "… nous pouvons percevoir une commission", "…
    // podemos recibir una comisión", "… contiene link di affiliazione", "… links de afiliados", "…
    // ontvangen wij een kleine commissie", "… zawiera linki afiliacyjne"). The subject is the page,
    // the site, its links or "we"/"I", never "you": a guide telling its reader to use affiliate
    // links in their own posts keeps its sentence.
    pattern:
      "^(?:(?:affiliate )?disclosure: ?)?[^\\n]{0,80}?\\bearns? (?:a commission )?from qualifying purchases\\b[^\\n]{0,300}$|^[^\\n]{0,160}?\\b(?:we|i|this (?:post|article|page|site|website|blog|podcast|episode|video|review|guide|story|list)|(?:some|many|our|my|these|the) (?:posts|articles|links|pages)(?: (?:in|on) (?:this|our|my) \\p{L}{3,10})?|(?:some |many )?(?:of )?the links (?:in|on) (?:this|our|my) \\p{L}{3,10}|links (?:in|on) (?:this|our|my) \\p{L}{3,10}|purchases made through (?:our |my |these |the )?links|[\\p{L}\\p{N}.]{2,30}(?: [\\p{L}\\p{N}.]{2,30})? may)(?: also| may| might| sometimes| often| can| could| will| would)* (?:(?:contains?|includes?|uses?|features?|are|is) (?:some |sponsored (?:and|or) )?affiliate (?:links?|ones)\\b|(?:earns?|receive|get|make|generate) (?:us |me )?(?:an? )?(?:small |tiny |little |modest )?(?:affiliate )?(?:commissions?|share of (?:the )?sales?|referral fees?)\\b|(?:is |are )?supported by (?:affiliate )?commissions\\b)[^\\n]{0,300}$|\\b(?:is|are) supported by (?:affiliate )?commissions\\b|(?:enthält|enthalten|sind|nutzen|verwenden) (?:sogenannte |so genannte )?(?:affiliate|provisions|partner|werbe)-?links\\b|(?:erhalten|bekommen) (?:wir|ich) (?:ggf\\. |gegebenenfalls |eventuell |möglicherweise |dafür )?(?:eine )?(?:kleine )?provision|(?:contient|contiennent|comporte|comportent|utilisons|inclut) (?:des |certains )?liens (?:d['’]affiliation|affiliés|sponsorisés)|(?:nous|je) (?:pouvons |pourrions |peux |pourrais )?(?:percevoir|toucher|recevoir|gagner|percevons|touchons|recevons) une (?:petite )?commission|(?:contiene|contienen|incluye|incluyen|utilizamos|usamos) (?:algunos )?enlaces (?:de afiliados?|afiliados)|(?:podemos|podríamos|puedo|podría|recibimos|recibo) (?:recibir |ganar |obtener |cobrar )?una (?:pequeña )?comisión|(?:contiene|contengono|include|utilizziamo|usiamo) (?:dei |alcuni )?link (?:di affiliazione|affiliati)|(?:potremmo|possiamo|potrei|posso|riceviamo|ricevo) (?:ricevere |guadagnare |percepire )?una (?:piccola )?commissione|(?:contém|contêm|inclui|utilizamos|usamos) (?:alguns )?links (?:de afiliados?|afiliados)|(?:podemos|poderemos|posso|recebemos|recebo) (?:receber |ganhar )?uma (?:pequena )?comissão|(?:bevat|bevatten|gebruiken|gebruik) (?:affiliate ?links|affiliatelinks)|(?:ontvangen|krijgen|ontvang|krijg) (?:wij|we|ik) (?:mogelijk |soms )?(?:een )?(?:kleine )?commissie|(?:zawiera|zawierają|zawierać|zawierać) (?:linki|odnośniki) (?:afiliacyjne|partnerskie)|(?:otrzymujemy|otrzymuję|otrzymam|możemy otrzymać) (?:niewielką |drobną )?prowizję",
    // Gated by an ASCII piece of each family's word (see gates.ts).
    where: { maxLength: 420, anyOf: ["qualifying purchases", "affiliat", "affiliaz", "commissi", "provision", "afiliad", "comisi", "comiss", "afiliac", "partnersk", "prowizj"] },
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
