import type { Rule } from "./rule.js";

/**
 * Photo-credit vocabulary. Captions are found by structure (a credit label after a short phrase,
 * often introduced by a gallery counter), and these lists only say what a credit looks like.
 */

/** Labels that introduce a credit: `Credit: Reuters`, `Photo: AFP`, `Picture: Getty Images`. */
export const CREDIT_LABELS: readonly string[] = ["Credit", "Credits", "Photo", "Photograph", "Picture", "Image", "Photo credit", "Crédit", "Photo :"];

/**
 * Photo agencies and credit words that commonly follow a credit label. A credit not on this list
 * is read as one capitalised word (plus an agency suffix such as `Images` or `Media`).
 */
export const CREDIT_NAMES: readonly string[] = [
  "Reuters",
  "AP",
  "AP Photo",
  "Associated Press",
  "AFP",
  "AFP via Getty Images",
  "Getty Images",
  "Getty",
  "PA",
  "PA Media",
  "PA Wire",
  "EPA",
  "EPA-EFE",
  "Alamy",
  "Alamy Live News",
  "Shutterstock",
  "Bloomberg",
  "Rex",
  "Rex Features",
  "Supplied",
  "Handout",
  "Instagram",
  "X",
  "Twitter",
  "Facebook",
  "The Mega Agency",
  "Splash News",
  "Backgrid",
  "SWNS",
  "ANI",
  "PTI",
  "Xinhua",
  "NurPhoto",
  "Sipa",
  "iStock",
  "Pexels",
  "Unsplash",
  "Wikimedia Commons",
];


/** Gallery chrome and credit lines that innerText keeps between paragraphs. */
export const captionRules: readonly Rule[] = [
  {
    id: "captions/gallery-chrome",
    kind: "gallery",
    // "Image 1 of 23", "Image 1 of / 23", "1 / 23", "Photo 3 of 10", "Back to Gallery", "Caption", "Expand".
    pattern: "^(?:(?:image|photo|picture|slide) \\d{1,4} (?:of|/) ?(?:/ )?\\d{1,4}|\\d{1,4} ?/ ?\\d{1,4}|(?:back to|view|open|launch|see) (?:the )?(?:full )?(?:gallery|slideshow|photos?)|caption|close caption|hide caption|toggle caption|expand|enlarge|enlarge this image|this slideshow requires javascript\\.?)$",
    where: { maxLength: 60 },
  },
  {
    id: "captions/credit-line",
    kind: "credit",
    // A credit standing on its own line: "Credit...", "Photo: Jane Doe/AFP", "(Getty Images)", "Image: Reuters".
    pattern: "^(?:credit\\s?(?:\\.\\.\\.|…|:)?|(?:photo|image|picture|photograph|foto|crédit|crédito)s?(?: credit)?\\s?:[^\\n]{1,100}|\\((?:photo: )?[^()\\n]{1,80}\\)|main image credit:[^\\n]{1,80})$",
    where: { maxLength: 120 },
  },
  {
    id: "captions/agency-credit",
    kind: "credit",
    // "Jane Doe | Bloomberg | Getty Images", "Jane Doe/AFP via Getty Images", "REUTERS/Jane Doe".
    pattern: "^(?:[\\p{L}.'’ -]{2,60} ?[|/] ?){0,3}(?:getty images|reuters|ap photo|afp|epa(?:-efe)?|shutterstock|alamy|bloomberg|xinhua|anadolu agency|pa (?:wire|media)|nurphoto|sipa usa)(?: via getty images)?(?: ?[|/] ?[\\p{L}.'’ -]{2,40}){0,2}$",
    where: {
      maxLength: 140,
      anyOf: ["getty", "reuters", "ap photo", "afp", "epa", "shutterstock", "alamy", "bloomberg", "xinhua", "anadolu", "pa wire", "pa media", "nurphoto", "sipa"],
    },
  },
];
