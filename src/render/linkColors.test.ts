// Coauthor links coloured by their dominant category: the edge reducer's colours with the option
// on and off, the same look for hidden links (the visibility painter relies on it), focus kept.
import { describe, expect, it } from "vitest";
import { buildFilterIndex } from "../filters/filterIndex";
import { computeVisibility } from "../filters/visibility";
import { coauthorLinkCategories } from "../graph/jointWork";
import { DEFAULT_VIEW } from "../model/viewState";
import { createReducers, type ReducerInputs } from "./graphReducers";
import { COAUTHOR_EDGE_COLOR, categoryColor, categoryLinkColor, FOCUS_EDGE_COLOR } from "./palette";
import { realAppGraph } from "./testGraph.testing";

const graph = realAppGraph();
const index = buildFilterIndex(graph);
const coauthorEdges = graph.filterEdges((_e, a) => a.kind === "coauthor");

function reducers(
  linkColors: "plain" | "category",
  selected: string | null = null,
  codeOnly = false,
) {
  const inputs: ReducerInputs = {
    graph,
    visibility: computeVisibility(index, { ...DEFAULT_VIEW, codeOnly }),
    mode: "coauthors",
    hovered: null,
    selected,
    linkColors,
  };
  return createReducers(() => inputs);
}

const colorOf = (r: ReturnType<typeof reducers>, edge: string) =>
  r.edgeReducer(edge, { ...graph.getEdgeAttributes(edge) }).color;

describe("coauthor link colours", () => {
  it("are one grey by default", () => {
    const r = reducers("plain");
    for (const e of coauthorEdges) expect(colorOf(r, e)).toBe(COAUTHOR_EDGE_COLOR);
  });

  it("follow each link's dominant category when asked, hidden links included", () => {
    const categories = coauthorLinkCategories(graph);
    // A filter hides some links: they keep the colour they show with once shown again.
    const r = reducers("category", null, true);
    const seen = new Set<string>();
    for (const e of coauthorEdges) {
      const category = categories.get(e) as string;
      seen.add(category);
      expect(colorOf(r, e), e).toBe(categoryLinkColor(category));
    }
    expect(seen.size).toBeGreaterThan(1);
  });

  it("keep their colour on a selected author's links", () => {
    const owner = "author:jiaming-song";
    const r = reducers("category", owner);
    const mine = coauthorEdges.filter((e) => graph.extremities(e).includes(owner));
    for (const e of mine) expect(colorOf(r, e)).not.toBe(FOCUS_EDGE_COLOR);
    expect(colorOf(reducers("plain", owner), mine[0] as string)).toBe(FOCUS_EDGE_COLOR);
  });

  it("tint a category's colour a third of the way to white", () => {
    expect(categoryColor("LG")).toBe("#1d3557");
    // 29 + (255 - 29) / 3 = 104 (0x68); 53 -> 120 (0x78); 87 -> 143 (0x8f).
    expect(categoryLinkColor("LG")).toBe("#68788f");
  });
});
