// Tests for links out: each source (BibTeX fields, al-folio fields, OpenAlex works, author
// identifiers), the real BibTeX file, and the safety rule with hostile addresses in every field.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseBibtex } from "./bibtex";
import {
  arxivIdIn,
  arxivIdOf,
  authorHomepageLink,
  authorLinkFromId,
  classifyUrl,
  doiOf,
  doiUrl,
  linksFromBibFields,
  linksFromOpenAlexWork,
  mergeLinks,
  safeHref,
} from "./links";
import type { PaperLink } from "./types";

/** Addresses a hostile or careless file may hold, none of which may become a link. */
const HOSTILE = [
  "javascript:alert(1)",
  "JavaScript:alert(document.cookie)",
  " javascript:alert(1)",
  "java\tscript:alert(1)",
  "javascript&colon;alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "vbscript:msgbox(1)",
  "file:///etc/passwd",
  "ftp://example.org/x",
  "blob:https://example.org/1",
  "//evil.example/x",
  "/relative/path.pdf",
  "paper.pdf",
  "https:evil.example",
  "https:/evil.example",
  "https://arxiv.org@evil.example/abs/2010.02502",
  "https://user:pass@example.org/",
  "https://exa\u0000mple.org/",
  "https://example.org/\u202egnp.exe",
  "https://exa mple.org/",
  "https://\u200bexample.org/",
  "http://",
  "<a href=javascript:alert(1)>x</a>",
];

const isLink = (l: PaperLink) => safeHref(l.url) !== null;

describe("safeHref", () => {
  it("accepts absolute http and https addresses and returns the parser's form", () => {
    expect(safeHref("https://arxiv.org/abs/2010.02502")).toBe("https://arxiv.org/abs/2010.02502");
    expect(safeHref("  http://Example.ORG/a b".trim().replace(" ", "%20"))).toBe(
      "http://example.org/a%20b",
    );
    expect(safeHref("HTTPS://github.com/ermongroup/ddim")).toBe(
      "https://github.com/ermongroup/ddim",
    );
    expect(safeHref("https://example.org")).toBe("https://example.org/");
  });

  it.each(HOSTILE)("refuses %j", (raw) => {
    expect(safeHref(raw)).toBeNull();
  });

  it("refuses what is not a string or too long", () => {
    expect(safeHref(undefined as unknown as string)).toBeNull();
    expect(safeHref(`https://example.org/${"a".repeat(3000)}`)).toBeNull();
  });

  it("never returns anything but an http(s) URL with a host (any input)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 80 }), fc.string(), (a, b) => {
        for (const raw of [a, `https://${a}`, `${b}:${a}`, `http://${a}@${b}`]) {
          const href = safeHref(raw);
          if (href === null) continue;
          const url = new URL(href);
          expect(["http:", "https:"]).toContain(url.protocol);
          expect(url.hostname).not.toBe("");
          expect(url.username).toBe("");
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe("arXiv ids and DOIs", () => {
  it("reads new- and old-style arXiv ids from ids, URLs, `arXiv:` and the arXiv DOI", () => {
    expect(arxivIdOf("2010.02502")).toBe("2010.02502");
    expect(arxivIdOf("arXiv:2010.02502v2")).toBe("2010.02502v2");
    expect(arxivIdOf("cs/0112017")).toBe("cs/0112017");
    expect(arxivIdOf("math.GT/0309136")).toBe("math.GT/0309136");
    expect(arxivIdOf("https://arxiv.org/pdf/2010.02502")).toBe("2010.02502");
    expect(arxivIdIn("arXiv preprint arXiv:2211.01324")).toBe("2211.01324");
    expect(arxivIdIn("10.48550/arXiv.2010.02502")).toBe("2010.02502");
    expect(arxivIdOf("hal-01234567")).toBeNull();
    expect(arxivIdOf("javascript:alert(1)")).toBeNull();
    expect(arxivIdIn("Published 2010.02502 somewhere")).toBeNull();
  });

  it("reads DOIs bare, with `doi:` and as doi.org URLs (percent-encoded too)", () => {
    expect(doiOf("10.1109/CVPR.2016.90")).toBe("10.1109/CVPR.2016.90");
    expect(doiOf("doi:10.1109/CVPR.2016.90")).toBe("10.1109/CVPR.2016.90");
    expect(doiOf("https://doi.org/10.1000/a%3Cb%3E")).toBe("10.1000/a<b>");
    expect(doiOf("https://dx.doi.org/10.48550/arXiv.2010.02502")).toBe("10.48550/arXiv.2010.02502");
    expect(doiOf("javascript:alert(1)")).toBeNull();
    expect(doiOf("https://doi.org/%E0%A4%A")).toBeNull();
  });

  it("encodes a DOI's suffix so `#` and `?` stay in the path", () => {
    expect(doiUrl("10.1000/a#b?c")).toBe("https://doi.org/10.1000/a%23b%3Fc");
    expect(safeHref(doiUrl("10.1000/<script>"))).toBe("https://doi.org/10.1000/%3Cscript%3E");
  });

  it("classifies addresses by host", () => {
    expect(classifyUrl("https://github.com/ermongroup/ddim")).toBe("code");
    expect(classifyUrl("https://gitlab.com/a/b")).toBe("code");
    expect(classifyUrl("https://ermongroup.github.io/ddim")).toBe("url");
    expect(classifyUrl("https://arxiv.org/abs/2010.02502")).toBe("arxiv");
    expect(classifyUrl("https://arxiv.org/list/cs.LG/recent")).toBe("url");
    expect(classifyUrl("https://doi.org/10.1/x")).toBe("doi");
    expect(classifyUrl("https://example.org/paper.PDF")).toBe("pdf");
    expect(classifyUrl("https://openreview.net/forum?id=St1giarCHLP")).toBe("url");
  });
});

describe("linksFromBibFields", () => {
  it("eprint + archivePrefix arXiv gives the abstract page", () => {
    expect(linksFromBibFields({ eprint: "2010.02502", archiveprefix: "arXiv" })).toEqual([
      { kind: "arxiv", url: "https://arxiv.org/abs/2010.02502", source: "bibtex:eprint" },
    ]);
    // biblatex's eprinttype, and a bare arXiv id with no archive named.
    expect(linksFromBibFields({ eprint: "cs/0112017", eprinttype: "arxiv" })[0]?.url).toBe(
      "https://arxiv.org/abs/cs/0112017",
    );
    expect(linksFromBibFields({ eprint: "2010.02502" })[0]?.kind).toBe("arxiv");
  });

  it("an eprint of another archive is an id, not a link", () => {
    expect(linksFromBibFields({ eprint: "12345678", archiveprefix: "PubMed" })).toEqual([]);
  });

  it("doi gives the DOI link, and the arXiv DOI the arXiv link as well", () => {
    expect(linksFromBibFields({ doi: "10.48550/arXiv.2010.02502" })).toEqual([
      { kind: "arxiv", url: "https://arxiv.org/abs/2010.02502", source: "bibtex:doi" },
      { kind: "doi", url: "https://doi.org/10.48550/arXiv.2010.02502", source: "bibtex:doi" },
    ]);
    expect(linksFromBibFields({ doi: "https://doi.org/10.1109/CVPR.2016.90" })).toEqual([
      { kind: "doi", url: "https://doi.org/10.1109/CVPR.2016.90", source: "bibtex:doi" },
    ]);
  });

  it("url is classified: a repository is code, an arXiv page the arXiv link", () => {
    expect(linksFromBibFields({ url: "https://openreview.net/forum?id=St1giarCHLP" })).toEqual([
      { kind: "url", url: "https://openreview.net/forum?id=St1giarCHLP", source: "bibtex:url" },
    ]);
    expect(linksFromBibFields({ url: "https://github.com/a/b" })[0]?.kind).toBe("code");
    expect(linksFromBibFields({ url: "http://arxiv.org/abs/2010.02502v1" })).toEqual([
      { kind: "arxiv", url: "https://arxiv.org/abs/2010.02502v1", source: "bibtex:url" },
    ]);
  });

  it("al-folio's code, arxiv, html, website and pdf fields", () => {
    const links = linksFromBibFields({
      arxiv: "2010.02502",
      code: "https://github.com/ermongroup/ddim",
      html: "https://openreview.net/forum?id=St1giarCHLP",
      website: "https://ermongroup.github.io/ddim",
      pdf: "https://openreview.net/pdf?id=St1giarCHLP",
    });
    expect(links).toEqual([
      { kind: "arxiv", url: "https://arxiv.org/abs/2010.02502", source: "bibtex:arxiv" },
      { kind: "code", url: "https://github.com/ermongroup/ddim", source: "bibtex:code" },
      { kind: "project", url: "https://ermongroup.github.io/ddim", source: "bibtex:website" },
      {
        kind: "url",
        url: "https://openreview.net/forum?id=St1giarCHLP",
        source: "bibtex:html",
      },
      { kind: "pdf", url: "https://openreview.net/pdf?id=St1giarCHLP", source: "bibtex:pdf" },
    ]);
  });

  it("howpublished: `\\url{}` (as the reader gives it), a bare address, or `arXiv:ID`", () => {
    expect(
      linksFromBibFields({
        howpublished: '<a href="https://github.com/x/y_z">https://github.com/x/y_z</a>',
      }),
    ).toEqual([{ kind: "code", url: "https://github.com/x/y_z", source: "bibtex:howpublished" }]);
    expect(linksFromBibFields({ howpublished: "Online at https://example.org/p." })).toEqual([
      { kind: "url", url: "https://example.org/p", source: "bibtex:howpublished" },
    ]);
    expect(linksFromBibFields({ howpublished: "arXiv preprint arXiv:2211.01324" })).toEqual([
      { kind: "arxiv", url: "https://arxiv.org/abs/2211.01324", source: "bibtex:howpublished" },
    ]);
    expect(linksFromBibFields({ howpublished: "Technical report, 2020" })).toEqual([]);
  });

  it("lists one address once: eprint, DOI and url naming the same arXiv page", () => {
    const links = linksFromBibFields({
      eprint: "2010.02502",
      archiveprefix: "arXiv",
      doi: "10.48550/arXiv.2010.02502",
      url: "https://arxiv.org/abs/2010.02502",
    });
    expect(links.filter((l) => l.kind === "arxiv")).toEqual([
      { kind: "arxiv", url: "https://arxiv.org/abs/2010.02502", source: "bibtex:eprint" },
    ]);
    expect(links).toHaveLength(2);
  });

  const ADDRESS_FIELDS = ["url", "code", "html", "website", "pdf", "doi", "arxiv"] as const;

  it.each(ADDRESS_FIELDS)("a hostile address in `%s` is kept as text, never as a link", (name) => {
    for (const raw of HOSTILE) {
      const links = linksFromBibFields({ [name]: raw });
      expect(links, `${name} = ${JSON.stringify(raw)}`).toHaveLength(1);
      const [link] = links;
      expect(isLink(link as PaperLink), `${name} = ${JSON.stringify(raw)}`).toBe(false);
      expect(link?.url).toBe(raw.trim());
      expect(link?.source).toBe(`bibtex:${name}`);
    }
  });

  it("a hostile eprint said to be arXiv is kept as text; howpublished's `\\url{}` too", () => {
    for (const raw of HOSTILE) {
      const [eprint] = linksFromBibFields({ eprint: raw, archiveprefix: "arXiv" });
      expect(eprint && isLink(eprint)).toBe(false);
      const how = linksFromBibFields({ howpublished: `<a href="${raw.replace(/"/g, "")}">x</a>` });
      expect(how.some(isLink), raw).toBe(false);
    }
  });

  it("any text in any field: every link is safe or stays text, and no field is dropped", () => {
    const fieldNames = ["url", "code", "html", "website", "pdf", "doi", "arxiv", "howpublished"];
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom(...fieldNames),
          fc.oneof(fc.constantFrom(...HOSTILE), fc.string({ maxLength: 60 }), fc.webUrl()),
        ),
        (fields) => {
          const links = linksFromBibFields(fields);
          for (const link of links) {
            const href = safeHref(link.url);
            if (href !== null) expect(link.url).toBe(href);
          }
          // Address fields other than howpublished (free text) always yield a link or text.
          for (const [name, value] of Object.entries(fields)) {
            if (name === "howpublished" || value.trim() === "") continue;
            const sourced = links.some((l) => l.source === `bibtex:${name}`);
            // A value another field gave too is listed once, under that field.
            const sameAddress = links.some(
              (l) =>
                l.url === value.trim() ||
                (safeHref(l.url) !== null && safeHref(l.url) === safeHref(value)),
            );
            expect(sourced || sameAddress, `${name} = ${JSON.stringify(value)}`).toBe(true);
          }
        },
      ),
      { numRuns: 1500 },
    );
  });
});

describe("linksFromBibFields through the BibTeX reader", () => {
  it("gives every arXiv record of the real file its abstract page", () => {
    const bib = parseBibtex(readFileSync("data/bib/jiaming-song.bib", "utf8"), {
      file: "data/bib/jiaming-song.bib",
    });
    const ddim = bib.records.find((r) => r.key === "song2021denoising");
    expect(ddim?.links).toEqual([
      { kind: "arxiv", url: "https://arxiv.org/abs/2010.02502", source: "bibtex:eprint" },
    ]);
    const withEprint = bib.records.filter((r) => r.eprint !== null);
    expect(withEprint.length).toBeGreaterThan(40);
    for (const r of withEprint) {
      expect(r.links?.[0]).toEqual({
        kind: "arxiv",
        url: `https://arxiv.org/abs/${r.eprint}`,
        source: "bibtex:eprint",
      });
    }
  });

  it("reads al-folio fields verbatim (`~` and `_` are not TeX) and keeps hostile ones as text", () => {
    const bib = parseBibtex(
      [
        "@inproceedings{x2024,",
        "  title = {A Paper},",
        "  author = {Ann Author},",
        "  code = {https://github.com/a/b~c_d},",
        "  url = {javascript:alert(1)},",
        "  website = {data:text/html,<b>x</b>},",
        "  howpublished = {\\url{https://example.org/p_q}},",
        "  doi = {10.1000/xyz},",
        "  year = 2024",
        "}",
      ].join("\n"),
      { file: "x.bib" },
    );
    expect(bib.records[0]?.links).toEqual([
      { kind: "doi", url: "https://doi.org/10.1000/xyz", source: "bibtex:doi" },
      { kind: "code", url: "https://github.com/a/b~c_d", source: "bibtex:code" },
      { kind: "project", url: "data:text/html,<b>x</b>", source: "bibtex:website" },
      { kind: "url", url: "https://example.org/p_q", source: "bibtex:howpublished" },
      { kind: "url", url: "javascript:alert(1)", source: "bibtex:url" },
    ]);
  });
});

describe("linksFromOpenAlexWork", () => {
  it("reads the DOI, the arXiv id, landing pages and PDFs; repositories are code", () => {
    const links = linksFromOpenAlexWork({
      doi: "https://doi.org/10.48550/arxiv.2010.02502",
      ids: { arxiv: "2010.02502" },
      primary_location: {
        landing_page_url: "http://arxiv.org/abs/2010.02502",
        pdf_url: "http://arxiv.org/pdf/2010.02502",
      },
      locations: [
        { landing_page_url: "https://github.com/ermongroup/ddim", pdf_url: null },
        { landing_page_url: "https://openreview.net/forum?id=St1giarCHLP" },
        null,
      ],
    });
    expect(links).toEqual([
      { kind: "arxiv", url: "https://arxiv.org/abs/2010.02502", source: "openalex:ids" },
      {
        kind: "doi",
        url: "https://doi.org/10.48550/arxiv.2010.02502",
        source: "openalex:doi",
      },
      { kind: "code", url: "https://github.com/ermongroup/ddim", source: "openalex:location" },
      {
        kind: "url",
        url: "https://openreview.net/forum?id=St1giarCHLP",
        source: "openalex:location",
      },
    ]);
  });

  it("keeps hostile addresses in every field as text", () => {
    for (const raw of HOSTILE) {
      const links = linksFromOpenAlexWork({
        doi: raw,
        primary_location: { landing_page_url: raw, pdf_url: raw },
        locations: [{ landing_page_url: raw }],
      });
      expect(links.length, raw).toBeGreaterThan(0);
      expect(links.some(isLink), raw).toBe(false);
    }
  });
});

describe("mergeLinks", () => {
  it("keeps the first of each address and orders by kind, links before text", () => {
    const a: PaperLink = { kind: "code", url: "https://github.com/a/b", source: "bibtex:code" };
    const b: PaperLink = { kind: "url", url: "javascript:x", source: "bibtex:url" };
    const c: PaperLink = { kind: "url", url: "https://example.org/", source: "bibtex:url" };
    const d: PaperLink = { kind: "arxiv", url: "https://arxiv.org/abs/1", source: "x" };
    expect(mergeLinks([a, b], [c, { ...a, source: "other" }, d])).toEqual([d, a, c, b]);
  });
});

describe("author links", () => {
  it("ORCID iDs with a valid check digit, bare or as URLs", () => {
    expect(authorLinkFromId("orcid", "0000-0002-1825-0097", "openalex")).toEqual({
      kind: "orcid",
      url: "https://orcid.org/0000-0002-1825-0097",
      source: "openalex",
    });
    expect(authorLinkFromId("orcid", "https://orcid.org/0000-0002-9079-593x", "s")?.url).toBe(
      "https://orcid.org/0000-0002-9079-593X",
    );
    expect(authorLinkFromId("orcid", "0000-0002-1825-0098", "s")).toBeNull();
    expect(authorLinkFromId("orcid", "javascript:alert(1)", "s")).toBeNull();
  });

  it("DBLP person ids and OpenAlex author ids", () => {
    expect(authorLinkFromId("dblp", "173/5135", "dblp")?.url).toBe("https://dblp.org/pid/173/5135");
    expect(authorLinkFromId("dblp", "https://dblp.org/pid/s/JiamingSong.html", "dblp")?.url).toBe(
      "https://dblp.org/pid/s/JiamingSong",
    );
    expect(authorLinkFromId("dblp", "../../evil", "dblp")).toBeNull();
    expect(authorLinkFromId("openalex", "https://openalex.org/A5023888391", "oa")?.url).toBe(
      "https://openalex.org/A5023888391",
    );
    expect(authorLinkFromId("openalex", "W2741809807", "oa")).toBeNull();
  });

  it("home pages follow the safety rule", () => {
    expect(authorHomepageLink("https://tsong.me", "csl")).toEqual({
      kind: "url",
      url: "https://tsong.me/",
      source: "csl",
    });
    for (const raw of HOSTILE) {
      const link = authorHomepageLink(raw, "csl");
      expect(link && safeHref(link.url), raw).toBeNull();
    }
  });
});
