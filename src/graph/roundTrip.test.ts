// Round trip of the serialized graph: the real data's export → JSON text → import → export is
// lossless, and a re-imported graph is the same graph (nodes, edges, attributes and order).
import Graph from "graphology";
import type { SerializedGraph } from "graphology-types";
import { beforeAll, describe, expect, it } from "vitest";
import { ingestFiles } from "../filesToGraph/ingestFiles";
import { prepareAtlasGraph } from "./appGraph";
import { AS_OF, BIB_FILE, PROFILE_FILE, readRepoFile } from "./realData.testing";
import type { SerializedAtlasGraph } from "./schema";

/** Everything a graph holds, in its own order: what "identical" means here. */
function snapshot(graph: Graph) {
  return {
    type: graph.type,
    multi: graph.multi,
    allowSelfLoops: graph.allowSelfLoops,
    attributes: graph.getAttributes(),
    nodes: graph.mapNodes((key, attributes) => ({ key, attributes })),
    edges: graph.mapEdges((key, attributes, source, target, _s, _t, undirected) => ({
      key,
      source,
      target,
      undirected,
      attributes,
    })),
  };
}

describe("serialized graph round trip on the real data", () => {
  let serialized: SerializedAtlasGraph;
  let json: string;
  let reloaded: SerializedGraph;

  beforeAll(() => {
    const result = ingestFiles(
      [
        { name: PROFILE_FILE, text: readRepoFile(PROFILE_FILE) },
        { name: BIB_FILE, text: readRepoFile(BIB_FILE) },
      ],
      { asOf: AS_OF },
    );
    serialized = result.serialized;
    json = JSON.stringify(serialized);
    reloaded = JSON.parse(json);
    // Ingestion runs the layout: give it the test timeout, not the 10 s hook default.
  }, 120_000);

  it("survives JSON unchanged (no undefined, Infinity, NaN or class instances inside)", () => {
    expect(reloaded).toEqual(serialized);
    expect(JSON.stringify(reloaded)).toBe(json);
    expect(reloaded.nodes.length).toBeGreaterThan(50);
    expect(reloaded.edges.length).toBeGreaterThan(50);
  });

  it("imports and exports again to the same data, byte for byte", () => {
    const graph = Graph.from(reloaded);
    const again = graph.export();
    expect(again).toEqual(reloaded);
    expect(JSON.stringify(again)).toBe(json);
  });

  it("re-imports into an identical graph: same nodes, edges, attributes and order", () => {
    const first = Graph.from(reloaded);
    const second = Graph.from(JSON.parse(JSON.stringify(first.export())));
    const a = snapshot(first);
    const b = snapshot(second);
    expect(b).toEqual(a);
    expect(b.nodes.map((n) => n.key)).toEqual(serialized.nodes.map((n) => n.key));
    expect(b.edges.map((e) => e.key)).toEqual(serialized.edges.map((e) => e.key));
    expect(second.order).toBe(serialized.nodes.length);
    expect(second.size).toBe(serialized.edges.length);
  });

  it("keeps every atlas node and edge through the app's own import", () => {
    const app = prepareAtlasGraph(JSON.parse(json));
    const atlas = Graph.from(reloaded);
    atlas.forEachNode((key, attributes) => {
      expect(app.getNodeAttributes(key)).toEqual(attributes);
    });
    atlas.forEachEdge((key, attributes, source, target) => {
      expect(app.getEdgeAttributes(key)).toEqual(attributes);
      expect(app.extremities(key).sort()).toEqual([source, target].sort());
    });
    expect(app.getAttributes()).toEqual(atlas.getAttributes());
  });
});
