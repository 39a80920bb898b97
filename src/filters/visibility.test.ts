// computeVisibility on the real default graph: each rule of the explorer contract, checked
// against facts recomputed straight from the graph's attributes.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AppGraph, prepareAtlasGraph } from "../graph/appGraph";
import { isolatedUnderCap } from "../graph/coauthors";
import type { PaperNodeAttributes } from "../graph/schema";
import { DEFAULT_VIEW, NO_IDENTITY_CHOICES, type ViewState } from "../model/viewState";
import { defaultAppGraph, defaultIngest } from "./defaultGraph.fixture";
import { buildFilterIndex } from "./filterIndex";
import { syntheticSerialized } from "./syntheticGraph.fixture";
import { computeVisibility } from "./visibility";

const graph: AppGraph = defaultAppGraph();
const index = buildFilterIndex(graph);
const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });

type Paper = { key: string; year: number; category: string; venue: string; hasCode: boolean };
const papers: Paper[] = graph
  .filterNodes((_k, a) => a.kind === "paper")
  .map((key) => {
    const a = graph.getNodeAttributes(key);
    if (a.kind !== "paper") throw new Error("not a paper");
    return { key, year: a.year, category: a.category, venue: a.venue, hasCode: a.hasCode };
  });
const authorsOf = (paper: string) => graph.filterNeighbors(paper, (_k, a) => a.kind === "author");
const papersOf = (author: string) => graph.filterNeighbors(author, (_k, a) => a.kind === "paper");
const authors = graph.filterNodes((_k, a) => a.kind === "author");
const owner = graph.getAttribute("profiles")[0]?.ownerKey as string;
/** Attributes of a node known to be a paper / fold (the union type has no `title`). */
const attrsOf = (key: string) => graph.getNodeAttributes(key) as unknown as Record<string, unknown>;
const bigBench = papers.find((p) =>
  String(attrsOf(p.key).title).startsWith("Beyond the Imitation Game"),
) as Paper;

/** Authors with at least one paper passing `keep`, recomputed from the graph. */
const authorsWith = (keep: (p: Paper) => boolean) =>
  new Set(papers.filter(keep).flatMap((p) => authorsOf(p.key)));

describe("computeVisibility: filters", () => {
  it("shows every paper and author with no filter", () => {
    const v = computeVisibility(index, DEFAULT_VIEW);
    expect(v.visiblePapers).toBe(papers.length);
    expect(v.visiblePapers).toBe(50);
    expect(v.visibleAuthors).toBe(authors.length);
    expect(v.totalPapers).toBe(50);
    expect(v.totalAuthors).toBe(authors.length);
  });

  it("filtering to one year leaves only that year's papers and their authors", () => {
    const year = bigBench.year;
    const v = computeVisibility(index, view({ view: "bipartite", from: year, to: year }));
    const expectedPapers = papers.filter((p) => p.year === year);
    expect(expectedPapers.length).toBeGreaterThan(0);
    expect(v.visiblePapers).toBe(expectedPapers.length);
    for (const p of papers) expect(v.isNodeVisible(p.key)).toBe(p.year === year);
    const expectedAuthors = authorsWith((p) => p.year === year);
    expect(v.visibleAuthors).toBe(expectedAuthors.size);
    for (const a of authors) {
      expect(v.nodePasses[index.nodeIndex.get(a) as number] === 1).toBe(expectedAuthors.has(a));
    }
  });

  it("applies category, venue and code filters together", () => {
    const keep = (p: Paper) =>
      ["LG", "CV"].includes(p.category) && p.venue !== "arXiv" && p.hasCode;
    const venues = index.venues.filter((v) => v !== "arXiv");
    const v = computeVisibility(index, view({ categories: ["LG", "CV"], venues, codeOnly: true }));
    expect(v.visiblePapers).toBe(papers.filter(keep).length);
    expect(v.visiblePapers).toBeGreaterThan(0);
    expect(v.visibleAuthors).toBe(authorsWith(keep).size);
  });

  it("an empty category list shows no paper and no author", () => {
    const v = computeVisibility(index, view({ categories: [] }));
    expect(v.visiblePapers).toBe(0);
    expect(v.visibleAuthors).toBe(0);
    expect(v.shownNodes).toBe(0);
    expect(v.shownEdges).toBe(0);
  });
});

describe("computeVisibility: coauthor view", () => {
  it("hides papers, folds and authorship edges", () => {
    const v = computeVisibility(index, DEFAULT_VIEW);
    for (const p of papers) expect(v.isNodeVisible(p.key)).toBe(false);
    graph.forEachEdge((key, a) => {
      if (a.kind !== "coauthor") expect(v.isEdgeVisible(key)).toBe(false);
    });
    graph.forEachNode((key, a) => {
      if (a.kind === "fold") expect(v.isNodeVisible(key)).toBe(false);
    });
  });

  it("hides the authors left unlinked by the cap unless asked, and counts them", () => {
    const isolated = new Set(isolatedUnderCap(defaultIngest().graph, 25));
    // Every BIG-bench author with no other paper is among them.
    const bigBenchOnly = authorsOf(bigBench.key).filter((a) => papersOf(a).length === 1);
    expect(bigBenchOnly.length).toBeGreaterThan(400);
    for (const a of bigBenchOnly) expect(isolated.has(a)).toBe(true);
    expect(index.isolatedCount).toBe(isolated.size);
    // Here they are exactly the single-paper authors of the papers over the cap (BIG-bench,
    // then Edify Image with 30 authors), i.e. the members of the bipartite view's folds.
    const overCap = papers.filter((p) => authorsOf(p.key).length > 25);
    const singlePaper = overCap.flatMap((p) =>
      authorsOf(p.key).filter((a) => papersOf(a).length === 1),
    );
    expect(new Set(singlePaper)).toEqual(isolated);

    const hidden = computeVisibility(index, DEFAULT_VIEW);
    expect(hidden.hiddenIsolated).toBe(isolated.size);
    for (const a of authors) expect(hidden.isNodeVisible(a)).toBe(!isolated.has(a));
    expect(hidden.visibleAuthors).toBe(authors.length);

    const shown = computeVisibility(index, view({ showIsolated: true }));
    expect(shown.hiddenIsolated).toBe(0);
    for (const a of authors) expect(shown.isNodeVisible(a)).toBe(true);
  });

  it("counts only isolated authors that pass the filters as hidden", () => {
    const v = computeVisibility(index, view({ from: bigBench.year + 1 }));
    const passing = authorsWith((p) => p.year > bigBench.year);
    const isolatedPassing = [...passing].filter(
      (a) => index.isIsolated[index.nodeIndex.get(a) as number] === 1,
    );
    expect(v.hiddenIsolated).toBe(isolatedPassing.length);
  });

  it("the owner toggle hides only the owner and the owner's edges", () => {
    const base = computeVisibility(index, DEFAULT_VIEW);
    const v = computeVisibility(index, view({ hideOwner: true }));
    expect(base.isNodeVisible(owner)).toBe(true);
    expect(v.isNodeVisible(owner)).toBe(false);
    for (const a of authors)
      if (a !== owner) expect(v.isNodeVisible(a)).toBe(base.isNodeVisible(a));
    graph.forEachEdge(owner, (key, a) => {
      if (a.kind === "coauthor") expect(v.isEdgeVisible(key)).toBe(false);
    });
    // Counts are of data passing the filters: the toggle does not change them.
    expect(v.visibleAuthors).toBe(base.visibleAuthors);
    expect(v.shownNodes).toBe(base.shownNodes - 1);
  });

  it("hides a coauthor edge when its only joint papers are filtered out", () => {
    const counted = { hidden: 0, kept: 0 };
    const years = [...new Set(papers.map((p) => p.year))];
    for (const year of years) {
      const v = computeVisibility(index, view({ from: year, to: year }));
      graph.forEachEdge((key, a, s, t) => {
        if (a.kind !== "coauthor") return;
        const jointInYear = a.papers.some((p) => attrsOf(p).year === year);
        const expected = jointInYear && v.isNodeVisible(s) && v.isNodeVisible(t);
        expect(v.isEdgeVisible(key)).toBe(expected);
        // Both authors visible (other papers that year) but no joint paper that year.
        if (!jointInYear && v.isNodeVisible(s) && v.isNodeVisible(t)) counted.hidden++;
        if (expected) counted.kept++;
      });
    }
    expect(counted.hidden).toBeGreaterThan(0);
    expect(counted.kept).toBeGreaterThan(0);
  });
});

describe("computeVisibility: bipartite view", () => {
  const foldKey = `fold:${bigBench.key}`;
  const members = attrsOf(foldKey).members as string[];

  it("shows papers, authors outside folds, folds and authorship edges; no coauthor edges", () => {
    const v = computeVisibility(index, view({ view: "bipartite" }));
    for (const p of papers) expect(v.isNodeVisible(p.key)).toBe(true);
    expect(v.isNodeVisible(foldKey)).toBe(true);
    expect(v.isEdgeVisible(`fold-edge:${bigBench.key}`)).toBe(true);
    for (const m of members) expect(v.isNodeVisible(m)).toBe(false);
    expect(v.isNodeVisible(owner)).toBe(true);
    graph.forEachEdge((key, a, s, t) => {
      if (a.kind === "coauthor") expect(v.isEdgeVisible(key)).toBe(false);
      if (a.kind === "authorship") {
        expect(v.isEdgeVisible(key)).toBe(v.isNodeVisible(s) && v.isNodeVisible(t));
      }
    });
    expect(v.hiddenIsolated).toBe(0);
  });

  it("an expanded fold shows its members and hides itself", () => {
    const v = computeVisibility(index, view({ view: "bipartite", expanded: [foldKey] }));
    expect(v.isNodeVisible(foldKey)).toBe(false);
    for (const m of members) expect(v.isNodeVisible(m)).toBe(true);
    expect(v.isEdgeVisible(`fold-edge:${bigBench.key}`)).toBe(false);
  });

  it("a fold disappears with its paper", () => {
    const v = computeVisibility(index, view({ view: "bipartite", from: bigBench.year + 1 }));
    expect(v.isNodeVisible(bigBench.key)).toBe(false);
    expect(v.isNodeVisible(foldKey)).toBe(false);
  });
});

describe("computeVisibility: facets and histogram", () => {
  it("totals match the graph and visible counts ignore the facet's own filter", () => {
    const year = 2022;
    const v = computeVisibility(index, view({ from: year, to: year, categories: ["LG"] }));
    for (const f of v.facets.categories) {
      expect(f.total).toBe(papers.filter((p) => p.category === f.code).length);
      expect(f.visible).toBe(papers.filter((p) => p.category === f.code && p.year === year).length);
      expect(f.selected).toBe(f.code === "LG");
    }
    expect(v.facets.categories.find((f) => f.code === "LG")?.name).toBe("Machine Learning");
    for (const f of v.facets.venues) {
      const inVenue = papers.filter((p) => p.venue === f.venue);
      expect(f.total).toBe(inVenue.length);
      expect(f.visible).toBe(inVenue.filter((p) => p.year === year && p.category === "LG").length);
    }
    const totals = v.facets.venues.map((f) => f.total);
    expect(totals).toEqual([...totals].sort((a, b) => b - a));
  });

  it("the histogram counts papers per year, visible ones under every filter but years", () => {
    const v = computeVisibility(index, view({ from: 2021, to: 2022, codeOnly: true }));
    const years = papers.map((p) => p.year);
    expect(v.histogram[0]?.year).toBe(Math.min(...years));
    expect(v.histogram.at(-1)?.year).toBe(Math.max(...years));
    for (const bin of v.histogram) {
      expect(bin.total).toBe(papers.filter((p) => p.year === bin.year).length);
      expect(bin.visible).toBe(papers.filter((p) => p.year === bin.year && p.hasCode).length);
      expect(bin.inRange).toBe(bin.year >= 2021 && bin.year <= 2022);
    }
    expect(v.histogram.reduce((n, b) => n + b.total, 0)).toBe(50);
  });
});

describe("computeVisibility: against a naive reference on generated graphs and views", () => {
  // Sparse authors (many with one paper) and frequent hyperauthored papers, so folds, isolated
  // authors and edges losing their joint papers all occur.
  const synth = prepareAtlasGraph(syntheticSerialized(300, 1500, 7, 0.03));
  const synthIndex = buildFilterIndex(synth);
  const paperAttrs = (k: string) => synth.getNodeAttributes(k) as PaperNodeAttributes;

  function reference(v: ViewState) {
    const passes = (k: string) => {
      const a = paperAttrs(k);
      return (
        (v.from === null || a.year >= v.from) &&
        (v.to === null || a.year <= v.to) &&
        (v.categories === null || v.categories.includes(a.category)) &&
        (v.venues === null || v.venues.includes(a.venue)) &&
        (!v.codeOnly || a.hasCode)
      );
    };
    const authorPasses = (k: string) =>
      synth.someNeighbor(k, (n, a) => a.kind === "paper" && passes(n));
    const nodes = new Set<string>();
    const edges = new Set<string>();
    synth.forEachNode((k, a) => {
      if (v.view === "coauthors") {
        if (a.kind !== "author" || !authorPasses(k)) return;
        if (v.hideOwner && a.owner) return;
        const linked = synth.someEdge(k, (_e, ea) => ea.kind === "coauthor");
        if (!v.showIsolated && !linked) return;
        nodes.add(k);
      } else if (a.kind === "paper") {
        if (passes(k)) nodes.add(k);
      } else if (a.kind === "author") {
        if (!authorPasses(k)) return;
        const foldOf = synth.findNode((_n, na) => na.kind === "fold" && na.members.includes(k));
        if (foldOf !== undefined && !v.expanded.includes(foldOf)) return;
        nodes.add(k);
      } else if (a.kind === "fold") {
        if (passes(a.paper) && !v.expanded.includes(k)) nodes.add(k);
      }
    });
    synth.forEachEdge((k, a, s, t) => {
      if (!nodes.has(s) || !nodes.has(t)) return;
      if (a.kind === "coauthor" && v.view === "coauthors" && a.papers.some(passes)) edges.add(k);
      if (a.kind !== "coauthor" && v.view === "bipartite") edges.add(k);
    });
    return { nodes, edges };
  }

  const folds = synth.filterNodes((_k, a) => a.kind === "fold");
  const viewArb = fc.record({
    view: fc.constantFrom("coauthors" as const, "bipartite" as const),
    from: fc.option(fc.integer({ min: 1998, max: 2027 })),
    to: fc.option(fc.integer({ min: 1998, max: 2027 })),
    categories: fc.option(fc.subarray(synthIndex.categories)),
    venues: fc.option(fc.subarray(synthIndex.venues)),
    codeOnly: fc.boolean(),
    query: fc.constant(""),
    node: fc.constant(null),
    camera: fc.constant(null),
    hideOwner: fc.boolean(),
    showIsolated: fc.boolean(),
    expanded: fc.subarray(folds),
    hideNamesakes: fc.constant(false),
    identity: fc.constant(NO_IDENTITY_CHOICES),
    color: fc.constant("cluster" as const),
    size: fc.constant("papers" as const),
    ego: fc.constant(null),
    egoFade: fc.constant(false),
    path: fc.constant(null),
    table: fc.constant(null),
  });

  it("has folds, isolated authors and several owners to exercise", () => {
    expect(folds.length).toBeGreaterThan(3);
    expect(synthIndex.isolatedCount).toBeGreaterThan(0);
    expect(synthIndex.ownerKeys.length).toBe(2);
  });

  it("shows exactly the nodes and edges the rules say", () => {
    fc.assert(
      fc.property(viewArb, (v) => {
        const vis = computeVisibility(synthIndex, v);
        const ref = reference(v);
        const shown = synth.filterNodes((k) => vis.isNodeVisible(k));
        expect(new Set(shown)).toEqual(ref.nodes);
        const shownEdges = synth.filterEdges((k) => vis.isEdgeVisible(k));
        expect(new Set(shownEdges)).toEqual(ref.edges);
        expect(vis.shownNodes).toBe(ref.nodes.size);
        expect(vis.shownEdges).toBe(ref.edges.size);
      }),
      { numRuns: 40 },
    );
  });
});
