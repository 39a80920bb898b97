import { describe, expect, it } from "vitest";
import { buildFilterIndex } from "../filters/filterIndex";
import { searchIndex, searchMatchKeys } from "../filters/search";
import { computeVisibility } from "../filters/visibility";
import { DEFAULT_VIEW } from "../model/viewState";
import { HOVER_HIGHLIGHT_MAX_ITEMS, onlyVisibilityChanged, reducerInputs } from "./appearance";
import { realAppGraph } from "./testGraph.testing";

describe("reducerInputs", () => {
  const graph = realAppGraph();
  const index = buildFilterIndex(graph);
  const visibility = computeVisibility(index, DEFAULT_VIEW);
  const hovered = graph.nodes()[0] as string;

  it("passes the hovered node on for a graph of the default profile's size", () => {
    expect(graph.order + graph.size).toBeLessThan(HOVER_HIGHLIGHT_MAX_ITEMS);
    const inputs = reducerInputs({ graph, index, visibility, view: DEFAULT_VIEW, hovered });
    expect(inputs.hovered).toBe(hovered);
    expect(inputs.selected).toBe(DEFAULT_VIEW.node);
  });

  it("drops hover highlighting above HOVER_HIGHLIGHT_MAX_ITEMS nodes + edges, not selection", () => {
    // The same graph, grown past the threshold with linked filler nodes.
    const big = graph.copy();
    let i = 0;
    while (big.order + big.size <= HOVER_HIGHLIGHT_MAX_ITEMS) {
      big.addNode(`filler:${i}`, { kind: "author" } as never);
      if (i > 0) big.addEdge(`filler:${i - 1}`, `filler:${i}`);
      i++;
    }
    const view = { ...DEFAULT_VIEW, node: hovered };
    const inputs = reducerInputs({ graph: big, index, visibility, view, hovered });
    expect(inputs.hovered).toBeNull();
    expect(inputs.selected).toBe(hovered);
  });
});

describe("reducerInputs: highlight", () => {
  const graph = realAppGraph();
  const index = buildFilterIndex(graph);
  const visibility = computeVisibility(index, DEFAULT_VIEW);
  const search = searchIndex(graph);
  const base = { graph, index, visibility, hovered: null, search, highlightedCluster: null };

  it("lights the query's matches and a matched paper's authors, the same set while q holds", () => {
    const view = { ...DEFAULT_VIEW, query: "diffusion" };
    const lit = reducerInputs({ ...base, view }).highlight;
    const matches = searchMatchKeys(search, "diffusion");
    expect(matches.length).toBeGreaterThan(0);
    for (const key of matches) {
      expect(lit?.has(key)).toBe(true);
      for (const author of graph.neighbors(key)) expect(lit?.has(author)).toBe(true);
    }
    expect(reducerInputs({ ...base, view }).highlight).toBe(lit);
    expect(reducerInputs({ ...base, view: DEFAULT_VIEW }).highlight).toBeNull();
  });

  it("lights a legend cluster's authors when the search box is empty", () => {
    const lit = reducerInputs({ ...base, view: DEFAULT_VIEW, highlightedCluster: 0 }).highlight;
    const members = graph.filterNodes((_k, a) => a.kind === "author" && a.community === 0);
    expect(lit).toEqual(new Set(members));
  });
});

describe("onlyVisibilityChanged with an ego network", () => {
  const graph = realAppGraph();
  const index = buildFilterIndex(graph);
  const author = graph.findNode((_k, a) => a.kind === "author" && !a.owner) as string;
  const inputsFor = (view: typeof DEFAULT_VIEW) =>
    reducerInputs({
      graph,
      index,
      visibility: computeVisibility(index, view),
      view,
      hovered: null,
    });
  const ego = { node: author, hops: 2 as const };

  it("entering or leaving a hidden-rest ego network is a GPU-only change", () => {
    const plain = inputsFor(DEFAULT_VIEW);
    const hidden = inputsFor({ ...DEFAULT_VIEW, ego });
    expect(onlyVisibilityChanged(plain, hidden)).toBe(true);
    expect(onlyVisibilityChanged(hidden, plain)).toBe(true);
  });

  it("a faded one needs the reducers' pass (they dim the rest)", () => {
    const plain = inputsFor(DEFAULT_VIEW);
    const faded = inputsFor({ ...DEFAULT_VIEW, ego, egoFade: true });
    expect(onlyVisibilityChanged(plain, faded)).toBe(false);
    expect(onlyVisibilityChanged(faded, plain)).toBe(false);
  });

  it("a path needs the reducers' pass", () => {
    const view = { ...DEFAULT_VIEW, path: [author, author] as [string, string] };
    expect(onlyVisibilityChanged(inputsFor(DEFAULT_VIEW), inputsFor(view))).toBe(false);
  });
});
