// The HTML recipe of docs/recipes.md ("Parse HTML"): html-to-text set up to print what a
// browser's `document.body.innerText` prints, so the parser sees the text it was built for.
// test/recipes/html.test.ts checks it against Chromium's innerText on invented pages, and that
// the lines between the recipe markers are in docs/recipes.md word for word.
import { convert, type HtmlToTextOptions } from "html-to-text";

// recipe:start
// innerText puts one line break around block elements and two around paragraphs, prints links
// and headings as their text, and prints no images, form fields or list bullets. A <br> is a
// line break of its own, never merged with a block's (innerText prints a blank line for it).
const BLOCKS = ["div", "article", "section", "header", "footer", "nav", "main", "aside", "figure", "figcaption", "form", "ul", "ol", "li", "blockquote"];
const INNER_TEXT_LIKE: HtmlToTextOptions = {
  wordwrap: false,
  formatters: { innerTextBreak: (_elem, _walk, builder) => builder.addLiteral("\n") },
  selectors: [
    { selector: "br", format: "innerTextBreak" },
    { selector: "a", options: { ignoreHref: true } },
    { selector: "img", format: "skip" },
    { selector: "input", format: "skip" },
    { selector: "p", options: { leadingLineBreaks: 2, trailingLineBreaks: 2 } },
    ...["h1", "h2", "h3", "h4", "h5", "h6"].map((selector) => ({ selector, options: { uppercase: false, leadingLineBreaks: 1, trailingLineBreaks: 1 } })),
    ...BLOCKS.map((selector) => ({ selector, format: "block", options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } })),
  ],
};

/** The innerText-like text of an HTML page, ready for the parser. */
function pageText(html: string): string {
  return convert(html, INNER_TEXT_LIKE);
}
// recipe:end

export { INNER_TEXT_LIKE, pageText };
