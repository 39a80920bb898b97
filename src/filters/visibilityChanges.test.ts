// visibilityChanges on the real default graph: exactly the items whose shown state differs,
// checked against the two visibilities' own answers for every node and edge.
import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW, type ViewState } from "../url/viewState";
import { defaultAppGraph } from "./defaultGraph.fixture";
import { buildFilterIndex } from "./filterIndex";
import { computeVisibility } from "./visibility";
import { visibilityChanges } from "./visibilityChanges";

const graph = defaultAppGraph();
const index = buildFilterIndex(graph);
const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });

function expectExact(prevView: ViewState, nextView: ViewState) {
  const prev = computeVisibility(index, prevView);
  const next = computeVisibility(index, nextView);
  const changes = visibilityChanges(index, prev, next);
  const nodes = new Set(changes.nodes);
  const edges = new Set(changes.edges);
  expect(nodes.size).toBe(changes.nodes.length);
  graph.forEachNode((key) => {
    expect(nodes.has(key)).toBe(prev.isNodeVisible(key) !== next.isNodeVisible(key));
  });
  graph.forEachEdge((key) => {
    expect(edges.has(key)).toBe(prev.isEdgeVisible(key) !== next.isEdgeVisible(key));
  });
  return changes;
}

describe("visibilityChanges", () => {
  it("is empty between equal views", () => {
    const changes = expectExact(DEFAULT_VIEW, view({}));
    expect(changes).toEqual({ nodes: [], edges: [] });
  });

  it("lists the authors and links a year range hides", () => {
    const years = index.yearMax - index.yearMin;
    expect(years).toBeGreaterThan(1);
    const changes = expectExact(DEFAULT_VIEW, view({ from: index.yearMax - 1 }));
    expect(changes.nodes.length).toBeGreaterThan(0);
    expect(changes.edges.length).toBeGreaterThan(0);
  });

  it("is symmetric: showing again lists the same items", () => {
    const narrowed = view({ codeOnly: true });
    const hide = expectExact(DEFAULT_VIEW, narrowed);
    const show = expectExact(narrowed, DEFAULT_VIEW);
    expect([...show.nodes].sort()).toEqual([...hide.nodes].sort());
    expect([...show.edges].sort()).toEqual([...hide.edges].sort());
  });

  it("covers a view-mode switch (papers and authorship edges swap in)", () => {
    const changes = expectExact(DEFAULT_VIEW, view({ view: "bipartite" }));
    const kinds = new Set(changes.nodes.map((k) => graph.getNodeAttribute(k, "kind")));
    expect(kinds.has("paper")).toBe(true);
  });

  it("rejects visibilities from another index", () => {
    const other = computeVisibility(buildFilterIndex(defaultAppGraph()), DEFAULT_VIEW);
    const short = { ...other, nodeVisible: other.nodeVisible.subarray(1) };
    expect(() => visibilityChanges(index, other, short)).toThrow(/visibilityChanges:/);
  });
});
