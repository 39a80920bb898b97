// How links out read in the panels: labels, short addresses, sources, and no href for anything
// the safety rule refuses.
import { describe, expect, it } from "vitest";
import { authorLinkView, describeSource, paperLinkView, shortAddress } from "./linkLabels";

describe("paperLinkView", () => {
  it("names the kind and shortens the address", () => {
    expect(
      paperLinkView({
        kind: "arxiv",
        url: "https://arxiv.org/abs/2010.02502",
        source: "bibtex:eprint",
      }),
    ).toEqual({
      label: "arXiv",
      text: "2010.02502",
      href: "https://arxiv.org/abs/2010.02502",
      source: "BibTeX eprint",
    });
    expect(
      paperLinkView({
        kind: "doi",
        url: "https://doi.org/10.1000/a%3Cb%3E",
        source: "openalex:doi",
      }),
    ).toMatchObject({ label: "DOI", text: "10.1000/a<b>", source: "OpenAlex doi" });
    expect(
      paperLinkView({ kind: "code", url: "https://www.github.com/ermongroup/ddim/", source: "x" })
        .text,
    ).toBe("github.com/ermongroup/ddim");
  });

  it("gives an unsafe address no href and shows its text whole", () => {
    for (const url of ["javascript:alert(1)", "data:text/html,<b>x</b>", "paper.pdf", "//e.x/y"]) {
      const view = paperLinkView({ kind: "url", url, source: "bibtex:url" });
      expect(view.href).toBeNull();
      expect(view.text).toBe(url);
    }
  });

  it("cuts long addresses, and author links follow the same rule", () => {
    expect(shortAddress(`https://example.org/${"a".repeat(100)}`, 20)).toHaveLength(20);
    expect(
      authorLinkView({
        kind: "orcid",
        url: "https://orcid.org/0000-0002-1825-0097",
        source: "openalex",
      }),
    ).toMatchObject({ label: "ORCID", text: "orcid.org/0000-0002-1825-0097", source: "OpenAlex" });
    expect(authorLinkView({ kind: "url", url: "javascript:x", source: "csl" }).href).toBeNull();
    expect(describeSource("mystery")).toBe("mystery");
  });
});
