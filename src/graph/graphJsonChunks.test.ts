// Tests for the graph's JSON in pieces: the pieces join to exactly `JSON.stringify(export())`,
// on the published default network and on the shapes `export()` writes differently (no
// attributes, mixed graphs' undirected edges, keys that need escaping), at any chunk size.
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { ingestFiles } from "../filesToGraph/ingestFiles";
import { graphJsonChunks } from "./graphJsonChunks";
import { AS_OF, BIB_FILE, PROFILE_FILE, readRepoFile } from "./realData.testing";

describe("graphJsonChunks", () => {
  it("joins to JSON.stringify(graph.export()) for the default network", () => {
    const { graph } = ingestFiles(
      [
        { name: PROFILE_FILE, text: readRepoFile(PROFILE_FILE) },
        { name: BIB_FILE, text: readRepoFile(BIB_FILE) },
      ],
      { asOf: AS_OF, iterations: 20 },
    );
    const whole = JSON.stringify(graph.export());
    const chunks = [...graphJsonChunks(graph, 20_000)];
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.join("")).toBe(whole);
    // The default chunk size gives the same text.
    expect([...graphJsonChunks(graph)].join("")).toBe(whole);
  });

  it("writes no attributes where export() writes none, and mixed graphs' undirected edges", () => {
    const graph = new Graph({ type: "mixed", multi: true });
    graph.setAttribute("title", 'quote " and \\ backslash');
    graph.addNode("bare");
    graph.addNode('n"1', { label: "Zoë\u2028", orgs: ["a", "b"], nothing: null });
    graph.addDirectedEdgeWithKey("d1", "bare", 'n"1', { weight: 2 });
    graph.addUndirectedEdgeWithKey("u1", "bare", 'n"1');
    graph.addUndirectedEdge('n"1', "bare", { weight: 0.5 });
    const whole = JSON.stringify(graph.export());
    for (const size of [1, 10, 1 << 20]) {
      expect([...graphJsonChunks(graph, size)].join("")).toBe(whole);
    }
  });

  it("writes an empty graph as export() does", () => {
    const graph = new Graph();
    expect([...graphJsonChunks(graph)].join("")).toBe(JSON.stringify(graph.export()));
  });
});
