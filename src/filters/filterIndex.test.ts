// buildFilterIndex on the default data: with the positions prepareAtlasGraphOrdered hands on, and
// without them, it gives exactly the index of the straightforward build (key lookups throughout).
import { describe, expect, it } from "vitest";
import { prepareAtlasGraphOrdered } from "../graph/appGraph";
import { defaultSerialized } from "./defaultGraph.fixture";
import { buildFilterIndex, EDGE_COAUTHOR, NODE_FOLD } from "./filterIndex";
import { referenceFilterIndex } from "./filterIndexReference.testing";

describe("buildFilterIndex", () => {
  it.each([
    ["the data's own cap", {}],
    ["a cap of 3", { cap: 3 }],
  ])("equals the reference build, with and without the build's positions (%s)", (_n, options) => {
    const { graph, order } = prepareAtlasGraphOrdered(defaultSerialized(), options);
    const reference = referenceFilterIndex(graph);
    expect(reference.edgeKind.includes(EDGE_COAUTHOR)).toBe(true);
    expect(reference.nodeKind.includes(NODE_FOLD)).toBe(true);
    expect(buildFilterIndex(graph, order)).toEqual(reference);
    expect(buildFilterIndex(graph)).toEqual(reference);
  });

  it("refuses positions that do not describe the graph", () => {
    const { order } = prepareAtlasGraphOrdered(defaultSerialized());
    const other = prepareAtlasGraphOrdered(defaultSerialized(), { cap: 3 }).graph;
    expect(() => buildFilterIndex(other, order)).toThrow(/^buildFilterIndex: /);
  });
});
