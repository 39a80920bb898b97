// The store's pure reducers, one block per action, on the real default graph.
import { describe, expect, it } from "vitest";
import { defaultSerialized } from "../filters/defaultGraph.fixture";
import { DEFAULT_VIEW, sameView } from "../model/viewState";
import * as r from "./reducers";

const loaded = r.loadGraph(r.INITIAL_STATE, defaultSerialized(), "default");
const index = loaded.index as NonNullable<typeof loaded.index>;
const owner = index.ownerKeys[0] as string;
const bigBenchFold = index.nodeKeys.find((k) => k.startsWith("fold:")) as string;

describe("loadGraph", () => {
  it("prepares the graph, the index and visibility, and bumps the version", () => {
    expect(loaded.status).toBe("ready");
    expect(loaded.source).toBe("default");
    expect(loaded.graphVersion).toBe(1);
    expect(loaded.graph?.hasNode(owner)).toBe(true);
    expect(loaded.visibility?.visiblePapers).toBe(50);
    expect(loaded.view).toEqual(DEFAULT_VIEW);
  });

  it("on first load keeps a URL view applied earlier, dropping what the data lacks", () => {
    const early = r.applyUrl(
      r.INITIAL_STATE,
      "?view=bipartite&cat=LG,QQ&node=author:nobody&from=2021",
    );
    expect(early.visibility).toBeNull();
    expect(early.view.categories).toEqual(["LG", "QQ"]);
    const s = r.loadGraph(early, defaultSerialized(), "default");
    expect(s.view).toMatchObject({ view: "bipartite", categories: ["LG"], node: null, from: 2021 });
    expect(s.notices).toEqual([
      "Ignored unknown category QQ",
      "Ignored unknown node author:nobody",
    ]);
  });

  it("a later load resets filters and selection, keeping the view mode", () => {
    let s = r.setViewMode(loaded, "bipartite");
    s = r.setCodeOnly(r.select(s, owner), true);
    const again = r.loadGraph(s, defaultSerialized(), "other.txt");
    expect(again.graphVersion).toBe(2);
    expect(again.view).toEqual({ ...DEFAULT_VIEW, view: "bipartite" });
    expect(again.graph).not.toBe(loaded.graph);
  });

  it("throws a module-prefixed error for data that is not a graph", () => {
    expect(() => r.loadGraph(r.INITIAL_STATE, {} as never, "x")).toThrow(/^prepareAtlasGraph:/);
  });
});

describe("filters", () => {
  it("setViewMode switches and recomputes; an unknown mode changes nothing", () => {
    const s = r.setViewMode(loaded, "bipartite");
    expect(s.view.view).toBe("bipartite");
    expect(s.visibility?.shownNodes).not.toBe(loaded.visibility?.shownNodes);
    expect(r.setViewMode(loaded, "3d" as never)).toBe(loaded);
    expect(r.setViewMode(loaded, "coauthors")).toBe(loaded);
  });

  it("setYearRange filters, swaps from > to, clamps and opens bounds at the data's ends", () => {
    const s = r.setYearRange(loaded, 2022, 2021);
    expect(s.view).toMatchObject({ from: 2021, to: 2022 });
    const inRange = s.visibility?.histogram
      .filter((b) => b.inRange)
      .reduce((n, b) => n + b.total, 0);
    expect(s.visibility?.visiblePapers).toBe(inRange);
    expect(s.visibility?.visiblePapers).toBeLessThan(50);
    const clamped = r.setYearRange(loaded, 1900, 2100);
    expect(clamped.view).toMatchObject({ from: null, to: null });
    expect(r.setYearRange(loaded, index.yearMin, index.yearMax)).toBe(loaded);
    expect(r.setYearRange(loaded, index.yearMax + 5, null).view.from).toBe(index.yearMax);
    expect(r.setYearRange(loaded, Number.NaN, 2022).view).toMatchObject({ from: null, to: 2022 });
  });

  it("toggleCategory unchecks from all, re-checking the last one returns to all", () => {
    const off = r.toggleCategory(loaded, "LG");
    expect(off.view.categories).toEqual(index.categories.filter((c) => c !== "LG"));
    const lg = off.visibility?.facets.categories.find((f) => f.code === "LG");
    expect(lg?.selected).toBe(false);
    expect(off.visibility?.visiblePapers).toBe(50 - (lg?.total ?? 0));
    expect(r.toggleCategory(off, "LG").view.categories).toBeNull();
    expect(r.toggleCategory(loaded, "QQ")).toBe(loaded);
  });

  it("toggling off the last checked category leaves none, and no paper shown", () => {
    let s = r.setCategories(loaded, ["CV"]);
    expect(s.view.categories).toEqual(["CV"]);
    s = r.toggleCategory(s, "CV");
    expect(s.view.categories).toEqual([]);
    expect(s.visibility?.visiblePapers).toBe(0);
    expect(r.toggleCategory(s, "CV").view.categories).toEqual(["CV"]);
  });

  it("setCategories keeps known codes in the index's order, all of them means null", () => {
    expect(r.setCategories(loaded, ["CV", "LG", "QQ", "CV"]).view.categories).toEqual(
      index.categories.filter((c) => c === "LG" || c === "CV"),
    );
    expect(r.setCategories(loaded, [...index.categories]).view.categories).toBeNull();
    expect(r.setCategories(loaded, null).view.categories).toBeNull();
  });

  it("toggleVenue and setVenues work like categories", () => {
    const off = r.toggleVenue(loaded, "arXiv");
    const arxiv = off.visibility?.facets.venues.find((f) => f.venue === "arXiv");
    expect(off.visibility?.visiblePapers).toBe(50 - (arxiv?.total ?? 0));
    expect(r.toggleVenue(off, "arXiv").view.venues).toBeNull();
    expect(r.toggleVenue(loaded, "Nowhere")).toBe(loaded);
    const one = r.setVenues(loaded, ["NeurIPS"]);
    expect(one.visibility?.visiblePapers).toBe(
      one.visibility?.facets.venues.find((f) => f.venue === "NeurIPS")?.total,
    );
  });

  it("setCodeOnly keeps only papers with code", () => {
    const s = r.setCodeOnly(loaded, true);
    const withCode = s.visibility?.histogram.reduce((n, b) => n + b.visible, 0);
    expect(s.visibility?.visiblePapers).toBe(withCode);
    expect(s.visibility?.visiblePapers).toBeLessThan(50);
    expect(r.setCodeOnly(loaded, false)).toBe(loaded);
  });

  it("setHideOwner, setShowIsolated and toggleExpanded change what is shown", () => {
    const hidden = r.setHideOwner(loaded, true);
    expect(hidden.visibility?.isNodeVisible(owner)).toBe(false);
    const iso = r.setShowIsolated(loaded, true);
    expect(iso.visibility?.hiddenIsolated).toBe(0);
    expect(loaded.visibility?.hiddenIsolated).toBe(index.isolatedCount);
    const bip = r.setViewMode(loaded, "bipartite");
    const open = r.toggleExpanded(bip, bigBenchFold);
    expect(open.view.expanded).toEqual([bigBenchFold]);
    expect(open.visibility?.isNodeVisible(bigBenchFold)).toBe(false);
    expect(r.toggleExpanded(open, bigBenchFold).view.expanded).toEqual([]);
    expect(r.toggleExpanded(bip, owner)).toBe(bip);
    expect(r.toggleExpanded(bip, "fold:nothing")).toBe(bip);
  });

  it("resetFilter resets one filter and leaves the others", () => {
    let s = r.setYearRange(loaded, 2021, 2022);
    s = r.toggleCategory(s, "LG");
    s = r.toggleVenue(s, "arXiv");
    s = r.setCodeOnly(s, true);
    s = r.setQuery(s, "diffusion");
    const years = r.resetFilter(s, "years");
    expect(years.view).toMatchObject({ from: null, to: null, codeOnly: true });
    expect(years.view.categories).toBe(s.view.categories);
    expect(r.resetFilter(s, "categories").view.categories).toBeNull();
    expect(r.resetFilter(s, "venues").view.venues).toBeNull();
    expect(r.resetFilter(s, "code").view.codeOnly).toBe(false);
    expect(r.resetFilter(s, "query").view.query).toBe("");
    expect(r.resetFilter(s, "query").view.from).toBe(2021);
    expect(r.resetFilter(s, "bogus" as never)).toBe(s);
  });

  it("clearFilters restores every filter but keeps mode, selection and camera", () => {
    let s = r.setViewMode(loaded, "bipartite");
    s = r.select(s, owner);
    s = r.setCamera(s, { x: 0.5, y: 0.5, ratio: 2 });
    s = r.setYearRange(s, 2021, 2022);
    s = r.toggleCategory(s, "LG");
    s = r.setCodeOnly(s, true);
    s = r.setQuery(s, "x");
    const c = r.clearFilters(s);
    expect(c.view).toEqual({
      ...DEFAULT_VIEW,
      view: "bipartite",
      node: owner,
      camera: s.view.camera,
    });
    expect(c.visibility?.visiblePapers).toBe(50);
  });
});

describe("selection, camera, query, hover", () => {
  it("select sets a known key, null clears, an unknown key changes nothing", () => {
    const s = r.select(loaded, owner);
    expect(s.view.node).toBe(owner);
    expect(s.visibility).toBe(loaded.visibility);
    expect(r.select(s, null).view.node).toBeNull();
    expect(r.select(s, "author:nobody")).toBe(s);
    expect(r.select(s, "__proto__")).toBe(s);
  });

  it("setCamera rounds, ignores NaN and non-positive ratios, and never recomputes visibility", () => {
    const s = r.setCamera(loaded, { x: 0.1234567, y: 1, ratio: 0.5 });
    expect(s.view.camera).toEqual({ x: 0.12346, y: 1, ratio: 0.5 });
    expect(s.visibility).toBe(loaded.visibility);
    expect(r.setCamera(s, { x: Number.NaN, y: 0, ratio: 1 })).toBe(s);
    expect(r.setCamera(s, { x: 0, y: 0, ratio: -1 })).toBe(s);
    expect(r.setCamera(s, { x: 0.123456, y: 1, ratio: 0.5 })).toBe(s);
    expect(r.setCamera(s, null).view.camera).toBeNull();
  });

  it("setQuery stores the text (capped) without filtering", () => {
    const s = r.setQuery(loaded, "stuhl");
    expect(s.view.query).toBe("stuhl");
    expect(s.visibility).toBe(loaded.visibility);
    expect(r.setQuery(loaded, "q".repeat(500)).view.query).toHaveLength(200);
  });

  it("setHovered sets and clears, leaving the view alone", () => {
    const s = r.setHovered(loaded, owner);
    expect(s.hovered).toBe(owner);
    expect(s.view).toBe(loaded.view);
    expect(r.setHovered(s, owner)).toBe(s);
    expect(r.setHovered(s, null).hovered).toBeNull();
  });

  it("setHighlightedCluster lights one cluster, outside the view, and a load clears it", () => {
    const s = r.setHighlightedCluster(loaded, 2);
    expect(s.highlightedCluster).toBe(2);
    expect(s.view).toBe(loaded.view);
    expect(r.setHighlightedCluster(s, 2)).toBe(s);
    expect(r.setHighlightedCluster(s, -1).highlightedCluster).toBeNull();
    expect(r.setHighlightedCluster(s, null).highlightedCluster).toBeNull();
    expect(r.loadGraph(s, defaultSerialized(), "again").highlightedCluster).toBeNull();
  });

  it("showNode lifts the filter that hides the selection", () => {
    const paper = loaded.graph?.findNode(
      (_k, a) => a.kind === "paper" && a.venue !== "NeurIPS",
    ) as string;
    const filtered = r.setVenues(loaded, ["NeurIPS"]);
    expect(filtered.visibility?.nodePasses[filtered.index?.nodeIndex.get(paper) as number]).toBe(0);
    const shown = r.showNode(filtered, paper);
    expect(shown.view.venues).toBeNull();
    expect(r.showNode(shown, paper)).toBe(shown);
  });
});

describe("applyUrl, notices, loading", () => {
  it("restores a view from a link and reports what it dropped", () => {
    const s = r.applyUrl(
      loaded,
      `?view=bipartite&from=abc&to=2022&cat=LG,XX&node=${owner}&cam=0.5,0.5,1`,
    );
    expect(s.view).toMatchObject({
      view: "bipartite",
      from: null,
      to: 2022,
      categories: ["LG"],
      node: owner,
    });
    expect(s.view.camera).toEqual({ x: 0.5, y: 0.5, ratio: 1 });
    expect(s.notices).toEqual(["Ignored from=abc: not a year", "Ignored cat=XX: unknown category"]);
    expect(s.visibility?.visiblePapers).toBeLessThan(50);
  });

  it("never throws on garbage", () => {
    for (const search of [
      "?%%%",
      "??",
      "&&&=",
      "?node=%00&cam=1,2,NaN",
      `?q=${"x".repeat(10_000)}`,
    ]) {
      const s = r.applyUrl(loaded, search);
      expect(s.visibility).not.toBeNull();
    }
  });

  it("dismissNotice removes one notice; addNotice appends", () => {
    const s = r.addNotice(r.addNotice(loaded, "a"), "b");
    expect(s.notices).toEqual(["a", "b"]);
    expect(r.dismissNotice(s, 0).notices).toEqual(["b"]);
    expect(r.dismissNotice(s, 5)).toBe(s);
    expect(r.dismissNotice(s, -1)).toBe(s);
  });

  it("setLoading and setError track the load status", () => {
    const l = r.setLoading(loaded, { stage: "layout", fraction: 0.5 });
    expect(l.status).toBe("loading");
    expect(l.progress).toEqual({ stage: "layout", fraction: 0.5 });
    const e = r.setError(l, { file: "x.txt", line: 3, reason: "bad" });
    expect(e.status).toBe("error");
    expect(e.progress).toBeNull();
    expect(e.error).toEqual({ file: "x.txt", line: 3, reason: "bad" });
    expect(e.graph).toBe(loaded.graph);
  });

  it("cancelLoading goes back to the loaded graph, or to idle when none was loaded", () => {
    const back = r.cancelLoading(r.setLoading(loaded, { stage: "layout", fraction: 0.5 }));
    expect(back.status).toBe("ready");
    expect(back.progress).toBeNull();
    expect(back.graph).toBe(loaded.graph);
    expect(r.cancelLoading(r.setLoading(r.INITIAL_STATE, null)).status).toBe("idle");
    expect(r.cancelLoading(loaded)).toBe(loaded);
  });

  it("clearError goes back to the loaded graph, or to idle when none was loaded", () => {
    const failed = r.setError(r.setLoading(loaded, null), {
      file: "x.txt",
      line: 3,
      reason: "bad",
    });
    const back = r.clearError(failed);
    expect(back.status).toBe("ready");
    expect(back.error).toBeNull();
    expect(back.graph).toBe(loaded.graph);
    const first = r.clearError(
      r.setError(r.INITIAL_STATE, { file: "y", line: null, reason: "no" }),
    );
    expect(first.status).toBe("idle");
    expect(first.error).toBeNull();
    expect(r.clearError(loaded)).toBe(loaded);
  });
});

describe("applyUrl keeps what the link does not change", () => {
  it("reuses the visibility when the link restates the view in effect", () => {
    const same = r.applyUrl(loaded, "");
    expect(same.view).toEqual(loaded.view);
    expect(same.visibility).toBe(loaded.visibility);
    const later = r.applyUrl(loaded, `?from=${index.yearMax}`);
    expect(later.view.from).toBe(index.yearMax);
    expect(later.visibility).not.toBe(loaded.visibility);
    expect(later.visibility?.visiblePapers).toBeLessThan(loaded.visibility?.visiblePapers ?? 0);
  });

  it("compares views field by field, arrays and objects by value", () => {
    expect(sameView(DEFAULT_VIEW, { ...DEFAULT_VIEW })).toBe(true);
    expect(sameView(DEFAULT_VIEW, { ...DEFAULT_VIEW, categories: ["cs.LG"] })).toBe(false);
    expect(
      sameView({ ...DEFAULT_VIEW, venues: ["NeurIPS"] }, { ...DEFAULT_VIEW, venues: ["NeurIPS"] }),
    ).toBe(true);
    expect(sameView(DEFAULT_VIEW, { ...DEFAULT_VIEW, camera: { x: 0.5, y: 0.5, ratio: 1 } })).toBe(
      false,
    );
    expect(sameView(DEFAULT_VIEW, { ...DEFAULT_VIEW, codeOnly: true })).toBe(false);
  });
});
