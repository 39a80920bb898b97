import { describe, expect, it } from "vitest";
import { buildFilterIndex } from "../filters/filterIndex";
import { computeVisibility } from "../filters/visibility";
import { DEFAULT_VIEW } from "../model/viewState";
import { HOVER_HIGHLIGHT_MAX_ITEMS, reducerInputs } from "./appearance";
import { realAppGraph } from "./testGraph.testing";

describe("reducerInputs", () => {
  const graph = realAppGraph();
  const visibility = computeVisibility(buildFilterIndex(graph), DEFAULT_VIEW);
  const hovered = graph.nodes()[0] as string;

  it("passes the hovered node on for a graph of the default profile's size", () => {
    expect(graph.order + graph.size).toBeLessThan(HOVER_HIGHLIGHT_MAX_ITEMS);
    const inputs = reducerInputs({ graph, visibility, view: DEFAULT_VIEW, hovered });
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
    const inputs = reducerInputs({ graph: big, visibility, view, hovered });
    expect(inputs.hovered).toBeNull();
    expect(inputs.selected).toBe(hovered);
  });
});
