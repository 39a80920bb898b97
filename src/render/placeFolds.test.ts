import { describe, expect, it } from "vitest";
import { placeFoldNodes } from "./placeFolds";
import { realAppGraph } from "./testGraph.testing";

function foldGaps(graph: ReturnType<typeof realAppGraph>): number[] {
  return graph
    .filterNodes((_k, a) => a.kind === "fold")
    .map((fold) => {
      const f = graph.getNodeAttributes(fold);
      if (f.kind !== "fold") throw new Error("not a fold");
      const p = graph.getNodeAttributes(f.paper);
      return Math.hypot(f.x - p.x, f.y - p.y);
    });
}

describe("placeFoldNodes", () => {
  it("moves every fold clear of its paper and leaves other nodes where they were", () => {
    const graph = realAppGraph();
    const before = new Map(
      graph.filterNodes((_k, a) => a.kind !== "fold").map((k) => [k, graph.getNodeAttributes(k)]),
    );
    placeFoldNodes(graph);
    let minX = Number.POSITIVE_INFINITY;
    let maxX = Number.NEGATIVE_INFINITY;
    for (const [k, a] of before) {
      expect(graph.getNodeAttribute(k, "x")).toBe(a.x);
      expect(graph.getNodeAttribute(k, "y")).toBe(a.y);
      minX = Math.min(minX, a.x);
      maxX = Math.max(maxX, a.x);
    }
    const gaps = foldGaps(graph);
    expect(gaps.length).toBeGreaterThan(0);
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(0.04 * (maxX - minX) - 1e-9);
  });

  it("is idempotent", () => {
    const graph = realAppGraph();
    placeFoldNodes(graph);
    const once = foldGaps(graph);
    placeFoldNodes(graph);
    expect(foldGaps(graph)).toEqual(once);
  });
});
