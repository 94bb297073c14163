// A typedoc plugin (typedoc.json "plugin") for the API reference's sidebar and guide titles.
//
// Sections: every export of src/index.ts gets a `@group` from the folder it is declared in, unless
// its doc comment names one itself: src/model → Model, src/diagnostics → Errors, src/rules → Rules,
// src/time and src/locales → Timestamps, anything else in src/ → Parsing. Grouping by folder keeps
// the map in one place and puts a new export in its section without a tag in every file.
//
// Guides: docs/*.md are listed under their first `# ` heading ("The Article model") rather than
// their file name (article-model), unless a `title:` front matter says otherwise.
import { Comment, CommentTag, Converter, ReflectionKind } from "typedoc";

/** Folder prefix (relative to the repository, `/` separators) → section, first match wins. */
const SECTIONS = [
  ["src/model/", "Model"],
  ["src/diagnostics/", "Errors"],
  ["src/rules/", "Rules"],
  ["src/time/", "Timestamps"],
  ["src/locales/", "Timestamps"],
  ["src/", "Parsing"],
];

/** @param {import("typedoc").Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    const parent = reflection.parent;
    if (!parent || !parent.kindOf(ReflectionKind.Project | ReflectionKind.Module)) return;
    if (reflection.comment?.getTag("@group")) return;
    const file = context.getSymbolFromReflection(reflection)?.declarations?.[0]?.getSourceFile().fileName.replaceAll("\\", "/");
    if (!file) return;
    const section = SECTIONS.find(([prefix]) => file.includes(`/${prefix}`))?.[1];
    if (!section) return;
    reflection.comment ??= new Comment();
    reflection.comment.blockTags.push(new CommentTag("@group", [{ kind: "text", text: section }]));
  });
  app.converter.on(Converter.EVENT_CREATE_DOCUMENT, (_context, document) => {
    if (typeof document.frontmatter.title === "string") return;
    const first = document.content.map((part) => part.text).join("").split("\n", 1)[0] ?? "";
    const heading = /^#\s+(.+)$/u.exec(first.trim());
    if (heading) document.name = heading[1].trim();
  });
}
