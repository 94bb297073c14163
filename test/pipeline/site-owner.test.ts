/**
 * A personal site's owner as the story's author: the person the footer's copyright line names,
 * read only when nothing else names the author. The pages are invented.
 */
import { describe, expect, it } from "vitest";
import { parsePage } from "../../src/index.js";
import { copyrightHolder } from "../../src/pipeline/site-owner.js";
import { BODY, REF } from "../helpers/head-page.js";

const HEAD = ["Notes", "Projects", "About", "What I learned rebuilding my kitchen shelves", "Mar 3, 2025", ""];

function main(footer: string[], head: string[] = HEAD) {
  const page = parsePage([...head, ...BODY, "", "Older post", "Newer post", ...footer].join("\n"), REF);
  return page.articles.find((a) => a.role === "main")!;
}

describe("copyrightHolder", () => {
  it.each([
    ["© 2025 Jane Doe. All rights reserved.", "Jane Doe"],
    ["Copyright Jane Doe 2012-2025. CC BY-NC 4.0.", "Jane Doe"],
    ["This site is © 1998-2025 Jane Doe, all rights reserved", "Jane Doe"],
    ["Copyright © 2026 Jane Doe · Theme by Someone", "Jane Doe"],
    ["© Copyright 2012–2025 Jean Dupont", "Jean Dupont"],
    ["(c) 2024 Jane Doe | Privacy", "Jane Doe"],
  ])("reads %s", (line, holder) => {
    expect(copyrightHolder(line)).toBe(holder);
  });

  it("reads nothing on a line without a copyright mark", () => {
    expect(copyrightHolder("Jane Doe 2025. All rights reserved.")).toBeNull();
  });
});

describe("the site owner as the author", () => {
  it("names the person of the footer's copyright line when no byline is printed", () => {
    const s = main(["© 2025 Jane Doe. All rights reserved."]);
    expect(s.title).toBe("What I learned rebuilding my kitchen shelves");
    expect(s.byline).toBe("Jane Doe");
    expect(s.authors).toEqual(["Jane Doe"]);
  });

  it("reads the holder after the years (`Copyright Jean Dupont 2012-2025`)", () => {
    expect(main(["Copyright Jean Dupont 2012-2025. CC BY-NC 4.0."]).byline).toBe("Jean Dupont");
  });

  it.each([
    ["© 2025 Harbour Press. All rights reserved."],
    ["© 2025 Jane Doe Dentistry. All rights reserved."],
    ["© 2025 Maple Valley College"],
    ["© 2025 Jane Doe, Inc."],
    ["© Jane Doe"],
    ["© 2025 Read More"],
  ])("names nobody for %s (an organisation, no year, a label)", (line) => {
    expect(main([line]).byline).toBeNull();
  });

  it("keeps a printed byline over the copyright holder", () => {
    const head = [...HEAD.slice(0, 4), "By John Roe", "Mar 3, 2025", ""];
    expect(main(["© 2025 Jane Doe. All rights reserved."], head).byline).toBe("John Roe");
  });
});

describe("the owner named by a personal site's header", () => {
  const blog = (first: string, menu: string[] = ["Notes", "About"]) =>
    parsePage([first, "", ...menu, "", "What I learned rebuilding my kitchen shelves", "", "Mar 3, 2025", "", ...BODY].join("\n"), REF).articles.find((a) => a.role === "main")!;

  it("names the person of the page's first line over a short menu", () => {
    const s = blog("Jane Doe");
    expect(s.title).toBe("What I learned rebuilding my kitchen shelves");
    expect(s.byline).toBe("Jane Doe");
  });

  it.each([["Harbour Ferry Studio"], ["Skip to content"], ["Mobile Menu Button"], ["Jane Doe Blog"]])("names nobody for a first line %s", (first) => {
    expect(blog(first).byline).toBeNull();
  });

  it("names nobody when a long menu stands between the first line and the headline", () => {
    expect(blog("Jane Doe", ["Home", "Blog", "Guides", "Reviews", "Shop", "Events", "About", "Contact", "Careers"]).byline).toBeNull();
  });
});

describe("a name whose words the page prints only in addresses", () => {
  it("reads a name printed in lower case only in a web or mail address", () => {
    const page = parsePage(
      ["admissions.kestrel.example.org", "Home", "Guides", "How three harbour towns learned to share one ferry", "Kestrel Admissions", "Mar 3, 2025", "", ...BODY, "", "Write to admissions@kestrel.example.org"].join("\n"),
      REF,
    );
    expect(page.articles.find((a) => a.role === "main")!.byline).toBe("Kestrel Admissions");
  });
});
