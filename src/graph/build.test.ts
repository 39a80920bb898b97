// Tests for the atlas graph builder, on the real profile + BibTeX and small inline records.
import { describe, expect, it } from "vitest";
import { nameIdentity, titleKey } from "../ingest";
import type { AtlasInput } from "./build";
import { authorshipEdgeKey, buildPaperAuthorGraph } from "./build";
import { realData, secondProfile } from "./realData.testing";
import type { AtlasGraph } from "./schema";
import { SCHEMA_VERSION } from "./schema";

const { input, profile } = realData();
const graph = buildPaperAuthorGraph([input]);

function papersOf(g = graph) {
  return g.filterNodes((_k, a) => a.kind === "paper");
}

describe("buildPaperAuthorGraph on the real profile", () => {
  it("has one node per listed paper, keyed paper:<slug>", () => {
    const papers = papersOf();
    expect(papers).toHaveLength(profile.papers.length);
    expect(papers).toHaveLength(50);
    for (const key of papers) expect(key).toMatch(/^paper:[a-z0-9-]+$/);
    expect(graph.getAttribute("report").counts.papers).toBe(50);
  });

  it("links the owner to every paper", () => {
    const ownerKey = graph.getAttribute("profiles")[0]?.ownerKey ?? "";
    expect(ownerKey).toBe("author:jiaming-song");
    const owner = graph.getNodeAttributes(ownerKey);
    expect(owner).toMatchObject({ kind: "author", owner: true, name: "Jiaming Song" });
    expect(graph.neighbors(ownerKey).sort()).toEqual(papersOf().sort());
    expect(owner.kind === "author" && owner.paperCount).toBe(50);
  });

  it("gives BIG-bench its 444 BibTeX authors, no longer truncated", () => {
    const key = papersOf().find((k) => {
      const a = graph.getNodeAttributes(k);
      return a.kind === "paper" && a.title.startsWith("Beyond the Imitation Game");
    });
    expect(key).toBeDefined();
    const attrs = graph.getNodeAttributes(key as string);
    expect(graph.degree(key as string)).toBe(444);
    expect(attrs).toMatchObject({ kind: "paper", authorsTruncated: false, authorCount: 444 });
  });

  it("gives every paper a venue", () => {
    for (const key of papersOf()) {
      const a = graph.getNodeAttributes(key);
      expect(a.kind === "paper" && a.venue.length > 0, key).toBe(true);
    }
  });

  it("has one author node per name identity, with explicit authorship edge keys", () => {
    const identities = new Set(
      input.papers.flatMap((p) => p.authors.map((c) => nameIdentity(c.name))),
    );
    const authors = graph.filterNodes((_k, a) => a.kind === "author");
    expect(authors).toHaveLength(identities.size);
    const edgeCount = input.papers.reduce(
      (n, p) => n + new Set(p.authors.map((c) => nameIdentity(c.name))).size,
      0,
    );
    expect(graph.size).toBe(edgeCount);
    graph.forEachEdge((key, attrs, source, target) => {
      expect(attrs.kind).toBe("authorship");
      expect(key).toBe(authorshipEdgeKey(source, target));
    });
    for (const key of authors) {
      const a = graph.getNodeAttributes(key);
      expect(a.kind === "author" && a.paperCount).toBe(graph.degree(key));
    }
  });

  it("writes the schema attributes and a report whose counts add up", () => {
    const attrs = graph.getAttributes();
    expect(attrs.schemaVersion).toBe(SCHEMA_VERSION);
    expect(attrs.asOf).toBe("2026-11-28");
    expect(attrs.hyperauthorCap).toBe(25);
    const { counts } = attrs.report;
    expect(counts.entriesSeen).toBe(counts.papers + counts.duplicates + counts.rejected);
    expect(counts.edges).toBe(graph.size);
    expect(counts.authors + counts.papers).toBe(graph.order);
    expect(counts.matched).toBe(input.enrich.matched);
    expect(counts.bibRecords).toBe(input.bibRecords);
    expect(attrs.profiles[0]).toMatchObject({ owner: "Jiaming Song", listed: 50 });
  });

  it("puts papers first (input order), then owners, then authors by first appearance", () => {
    const nodes = graph.nodes();
    expect(nodes.slice(0, 50)).toEqual(input.papers.map((p) => `paper:${p.slug}`));
    expect(nodes[50]).toBe("author:jiaming-song");
  });
});

describe("merging profiles", () => {
  const second = secondProfile("Stefano Ermon", 12);
  const merged = buildPaperAuthorGraph([input, second]);

  it("keeps shared papers and authors once", () => {
    const paperKeys = new Set([...input.papers, ...second.papers].map((p) => titleKey(p.title)));
    expect(papersOf(merged)).toHaveLength(paperKeys.size);
    expect(papersOf(merged)).toHaveLength(50);
    const identities = new Set(
      [...input.papers, ...second.papers].flatMap((p) =>
        p.authors.map((c) => nameIdentity(c.name)),
      ),
    );
    expect(merged.filterNodes((_k, a) => a.kind === "author")).toHaveLength(identities.size);
    // No duplicate authorship: every (author, paper) pair is one edge.
    const pairs = new Set<string>();
    for (const p of [...input.papers, ...second.papers]) {
      for (const c of p.authors) pairs.add(`${nameIdentity(c.name)}|${titleKey(p.title)}`);
    }
    expect(merged.size).toBe(pairs.size);
  });

  it("marks both owners and links the second owner to its papers", () => {
    const profiles = merged.getAttribute("profiles");
    expect(profiles.map((p) => p.ownerKey)).toEqual([
      "author:jiaming-song",
      "author:stefano-ermon",
    ]);
    expect(field(merged, "author:stefano-ermon", "owner")).toBe(true);
    for (const p of second.papers) {
      expect(merged.hasEdge(authorshipEdgeKey("author:stefano-ermon", `paper:${p.slug}`))).toBe(
        true,
      );
    }
    expect(merged.getAttribute("report").counts.entriesSeen).toBe(50 + 12);
  });
});

describe("keys and inline records", () => {
  function record(title: string, slug: string, names: string[]) {
    return {
      slug,
      title,
      date: "2020-01-01",
      year: 2020,
      yearInferred: false,
      category: "LG",
      hasCode: false,
      venue: "arXiv",
      venueFull: "arXiv",
      venueYear: null,
      orgs: [],
      abstract: null,
      authors: names.map((name, position) => ({ name, position, source: "profile" as const })),
      authorsTruncated: false,
      sources: { authors: "profile" as const, venue: "default" as const },
      bibKey: null,
      file: "p.txt",
      line: 1,
    };
  }
  function inputOf(papers: ReturnType<typeof record>[], owner = "Ann Lee"): AtlasInput {
    return {
      profile: {
        file: "p.txt",
        header: {
          owner,
          primaryCategory: null,
          hIndex: null,
          papers: null,
          citations: null,
          novelty: null,
          aiScore: null,
        },
        asOf: "2026-01-01",
        papers: [],
        report: { entriesSeen: papers.length, rejected: [], duplicates: [], warnings: [] },
      },
      papers,
      enrich: { matched: 0, unmatchedRecords: [], unmatchedPapers: [], warnings: [] },
      bibRecords: 0,
    };
  }

  it("keeps one node per identity, and suffixes a paper slug clash with -2", () => {
    const g = buildPaperAuthorGraph([
      inputOf([
        record("A", "a", ["Ann Lee", "A. B.", "A B", "a-b"]),
        record("B", "a", ["Ann Lee"]),
      ]),
    ]);
    // "A. B.", "A B" and "a-b" are one identity ("ab"): one node, showing the first form.
    expect(field(g, "author:a-b", "name")).toBe("A. B.");
    expect(g.hasNode("author:a-b-2")).toBe(false);
    expect(field(g, "paper:a", "title")).toBe("A");
    expect(field(g, "paper:a-2", "title")).toBe("B");
  });

  it("suffixes an author slug shared by two identities, in first-seen order", () => {
    // "Ann Lee 李" is another identity ("annlee李") but slugs to ann-lee; "Ann Lee 2" then finds
    // its own slug ann-lee-2 taken. "Ánn Lee" is the first identity again (accents fold).
    const g = buildPaperAuthorGraph([
      inputOf([record("A", "a", ["Ann Lee", "Ann Lee 李", "Ánn Lee", "Ann Lee 2"])]),
    ]);
    const names = g
      .filterNodes((_k, a) => a.kind === "author")
      .map((k) => [k, field(g, k, "name")]);
    expect(names).toEqual([
      ["author:ann-lee", "Ann Lee"],
      ["author:ann-lee-2", "Ann Lee 李"],
      ["author:ann-lee-2-2", "Ann Lee 2"],
    ]);
    expect(g.degree("paper:a")).toBe(3);
  });

  it("warns about a name listed twice and keeps one edge", () => {
    const g = buildPaperAuthorGraph([inputOf([record("A", "a", ["Ann Lee", "Bo Li", "Bo Li"])])]);
    expect(g.degree("paper:a")).toBe(2);
    expect(g.getAttribute("report").warnings.map((w) => w.reason)).toEqual([
      'author "Bo Li" is listed twice on "A"; kept once',
    ]);
  });

  it("adds an owner with no papers, and rejects an empty input list and a bad cap", () => {
    const g = buildPaperAuthorGraph([inputOf([record("A", "a", ["Bo Li"])], "Ann Lee")]);
    expect(g.getNodeAttributes("author:ann-lee")).toMatchObject({ owner: true, paperCount: 0 });
    expect(() => buildPaperAuthorGraph([])).toThrow(/^buildPaperAuthorGraph: /);
    expect(() => buildPaperAuthorGraph([inputOf([])], { hyperauthorCap: 0 })).toThrow(
      /hyperauthorCap/,
    );
  });
});

describe("links (schemaVersion 2)", () => {
  it("gives each paper its record's links: DDIM links to its arXiv abstract", () => {
    const ddim = graph.getNodeAttributes("paper:denoising-diffusion-implicit-models");
    expect(ddim.kind === "paper" && ddim.links).toEqual([
      { kind: "arxiv", url: "https://arxiv.org/abs/2010.02502", source: "bibtex:eprint" },
    ]);
    let withArxiv = 0;
    graph.forEachNode((_k, a) => {
      if (a.kind === "paper" && a.links?.some((l) => l.kind === "arxiv")) withArxiv++;
    });
    expect(withArxiv).toBeGreaterThan(40);
  });

  it("merges the links of a paper's records across profiles, each address once", () => {
    const [first] = input.papers;
    if (!first) throw new Error("no paper");
    const code = { kind: "code" as const, url: "https://github.com/a/b", source: "bibtex:code" };
    const copy = {
      ...input,
      profile: { ...input.profile, file: "other.txt" },
      papers: [{ ...first, links: [...(first.links ?? []), code] }],
    };
    const g = buildPaperAuthorGraph([input, copy]);
    const attrs = g.getNodeAttributes(`paper:${first.slug}`);
    expect(attrs.kind === "paper" && attrs.links).toEqual([...(first.links ?? []), code]);
  });

  it("puts authors' pages on author nodes only where a source named one", () => {
    const [first] = input.papers;
    if (!first) throw new Error("no paper");
    const orcid = {
      kind: "orcid" as const,
      url: "https://orcid.org/0000-0002-1825-0097",
      source: "x",
    };
    const credited = {
      ...input,
      papers: [
        {
          ...first,
          authors: first.authors.map((c, i) => (i === 0 ? { ...c, links: [orcid] } : c)),
        },
        ...input.papers.slice(1),
      ],
    };
    const g = buildPaperAuthorGraph([credited]);
    const firstAuthor = first.authors[0]?.name ?? "";
    const key = g.findNode((_k, a) => a.kind === "author" && a.name === firstAuthor) ?? "";
    expect(g.getNodeAttribute(key, "links")).toEqual([orcid]);
    const others = g.filterNodes((k, a) => a.kind === "author" && k !== key && "links" in a);
    expect(others).toEqual([]);
  });
});

/** Read any node attribute (the node-kind union hides kind-specific ones from getNodeAttribute). */
function field(g: AtlasGraph, key: string, name: string): unknown {
  return (g.getNodeAttributes(key) as unknown as Record<string, unknown>)[name];
}
