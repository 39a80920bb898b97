// prepareAtlasGraph on the default data: the added coauthor edges match the projection,
// fold nodes hold exactly the hyperauthored papers' single-paper authors, data stays untouched.
import { describe, expect, it } from "vitest";
import { defaultIngest, defaultSerialized } from "../filters/defaultGraph.fixture";
import {
  type AppGraph,
  appCoauthorEdgeKey,
  foldEdgeKey,
  foldNodeKey,
  prepareAtlasGraph,
  prepareAtlasGraphOrdered,
} from "./appGraph";
import { referenceAtlasGraph } from "./appGraphReference.testing";
import { buildCoauthorGraph } from "./coauthors";
import type { SerializedAtlasGraph } from "./schema";

const CAP = 25;

describe("prepareAtlasGraph", () => {
  const serialized = defaultSerialized();
  const graph = prepareAtlasGraph(serialized);
  const source = defaultIngest().graph;

  it("keeps every data node and edge as it was", () => {
    for (const node of serialized.nodes) {
      expect(graph.getNodeAttributes(node.key)).toEqual(node.attributes);
    }
    const authorship = graph.filterEdges((_e, a) => a.kind === "authorship");
    expect(authorship.length).toBe(serialized.edges.length);
  });

  it("adds one coauthor edge per projected pair, with its weight and joint papers", () => {
    const projection = buildCoauthorGraph(source, { hyperauthorCap: CAP });
    const coauthor = graph.filterEdges((_e, a) => a.kind === "coauthor");
    expect(coauthor.length).toBe(projection.size);
    projection.forEachEdge((_key, attrs, a, b) => {
      const key = appCoauthorEdgeKey(a, b);
      expect(key.startsWith("co:")).toBe(true);
      const mine = graph.getEdgeAttributes(key);
      if (mine.kind !== "coauthor") throw new Error(`${key} is not a coauthor edge`);
      expect(mine.weight).toBe(attrs.weight);
      expect(mine.papers.length).toBe(attrs.weight);
      for (const paper of mine.papers) {
        expect(source.hasEdge(a, paper) && source.hasEdge(b, paper)).toBe(true);
        expect(source.degree(paper)).toBeLessThanOrEqual(CAP);
      }
    });
  });

  it("folds each paper over the cap into one node of its single-paper authors", () => {
    const over = source.filterNodes((k, a) => a.kind === "paper" && source.degree(k) > CAP);
    const bigBench = source.findNode(
      (_k, a) => a.kind === "paper" && a.title.startsWith("Beyond the Imitation Game"),
    );
    expect(over).toContain(bigBench);
    const folds = graph.filterNodes((_k, a) => a.kind === "fold");
    expect(folds.sort()).toEqual(over.map(foldNodeKey).sort());
    for (const paper of over) {
      const fold = graph.getNodeAttributes(foldNodeKey(paper));
      if (fold.kind !== "fold") throw new Error("not a fold node");
      const expected = source.neighbors(paper).filter((a) => source.degree(a) === 1);
      expect([...fold.members].sort()).toEqual(expected.sort());
      expect(fold.label).toBe(`+${expected.length} authors`);
      expect(graph.hasEdge(foldEdgeKey(paper))).toBe(true);
      expect(graph.extremities(foldEdgeKey(paper)).sort()).toEqual(
        [foldNodeKey(paper), paper].sort(),
      );
    }
    const bb = graph.getNodeAttributes(foldNodeKey(bigBench as string));
    // BIG-bench has 444 authors; the owner and a few others have other papers.
    expect(bb.kind === "fold" && bb.members.length).toBeGreaterThan(400);
  });

  it("places each fold apart from its paper, where its authors' disc was, reproducibly", () => {
    const again = prepareAtlasGraph(defaultSerialized());
    let minX = Number.POSITIVE_INFINITY;
    let maxX = Number.NEGATIVE_INFINITY;
    source.forEachNode((_k, a) => {
      minX = Math.min(minX, a.x);
      maxX = Math.max(maxX, a.x);
    });
    graph.forEachNode((key, a) => {
      if (a.kind !== "fold") return;
      const p = graph.getNodeAttributes(a.paper);
      expect(Math.hypot(a.x - p.x, a.y - p.y)).toBeGreaterThanOrEqual(0.04 * (maxX - minX) - 1e-9);
      expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
      expect(again.getNodeAttributes(key)).toEqual(a);
    });
  });

  it("rejects input that is not a serialized graph, naming the module", () => {
    expect(() => prepareAtlasGraph(null as never)).toThrow(/^prepareAtlasGraph: /);
    expect(() => prepareAtlasGraph(defaultSerialized(), { cap: 0 })).toThrow(
      /prepareAtlasGraph: cap/,
    );
  });
});

/** Every node and edge with its key, ends and attributes, in order, plus each node's own edges. */
function snapshot(graph: AppGraph) {
  return {
    graph: graph.export(),
    nodeEdges: graph.mapNodes((key) => graph.edges(key)),
    neighbors: graph.mapNodes((key) => graph.neighbors(key)),
  };
}

/** The default data with some author keys renamed to array indices ("0", "7", ...). */
function withIndexKeys(serialized: SerializedAtlasGraph): SerializedAtlasGraph {
  const authors = serialized.nodes.filter((n) => n.attributes?.kind === "author");
  // Every 37th author, so hyperauthored and ordinary papers both get some.
  const renamed = new Map(
    authors.filter((_n, i) => i % 37 === 0).map((n, i) => [n.key, String((i * 7919) % 1000)]),
  );
  const key = (k: string) => renamed.get(k) ?? k;
  return {
    ...serialized,
    nodes: serialized.nodes.map((n) => ({ ...n, key: key(n.key) })),
    edges: serialized.edges.map((e) => ({ ...e, source: key(e.source), target: key(e.target) })),
  };
}

describe("prepareAtlasGraph against the straightforward construction", () => {
  it.each([
    ["the data's own cap", {}],
    ["a cap of 3 (many folds, few coauthor links)", { cap: 3 }],
    ["no cap", { cap: Number.POSITIVE_INFINITY }],
  ])("builds the identical graph with %s", (_name, options) => {
    const fast = prepareAtlasGraph(defaultSerialized(), options);
    const reference = referenceAtlasGraph(defaultSerialized(), options);
    expect(fast.size).toBeGreaterThan(defaultSerialized().edges.length);
    expect(snapshot(fast)).toEqual(snapshot(reference));
  });

  it("builds the identical graph when keys are array indices (enumerated first by objects)", () => {
    const serialized = withIndexKeys(defaultSerialized());
    expect(serialized.nodes.some((n) => n.key === "0")).toBe(true);
    const fast = prepareAtlasGraph(serialized);
    const reference = referenceAtlasGraph(withIndexKeys(defaultSerialized()));
    expect(snapshot(fast)).toEqual(snapshot(reference));
  });

  it("hands on positions that describe the graph it returns", () => {
    const { graph, order } = prepareAtlasGraphOrdered(defaultSerialized());
    expect(order.nodeKeys).toEqual(graph.nodes());
    expect([...order.nodeIndex.keys()]).toEqual(graph.nodes());
    expect([...order.nodeIndex.values()]).toEqual(graph.nodes().map((_k, i) => i));
    const ends = graph.mapEdges((_e, _a, s, t) => [order.nodeIndex.get(s), order.nodeIndex.get(t)]);
    expect(ends).toEqual(Array.from(order.edgeSource, (s, e) => [s, order.edgeTarget[e]]));
    const joint: number[][] = [];
    graph.forEachEdge((_e, a) => {
      if (a.kind === "coauthor") joint.push(a.papers.map((p) => order.nodeIndex.get(p) as number));
    });
    const start = order.coauthorPaperStart as Int32Array;
    const papers = order.coauthorPapers as Int32Array;
    expect(start.length).toBe(joint.length + 1);
    expect(joint.length).toBeGreaterThan(0);
    expect(joint).toEqual(
      joint.map((_j, c) => Array.from(papers.subarray(start[c], start[c + 1]))),
    );
  });
});

describe("prepareAtlasGraph and schemaVersion", () => {
  const withVersion = (version: unknown): SerializedAtlasGraph => {
    const serialized = defaultSerialized();
    return {
      ...serialized,
      attributes: { ...serialized.attributes, schemaVersion: version },
    } as SerializedAtlasGraph;
  };

  it("reads versions 1 and 2 (2 only adds attributes)", () => {
    for (const version of [1, 2]) {
      expect(prepareAtlasGraph(withVersion(version)).order).toBe(
        prepareAtlasGraph(defaultSerialized()).order,
      );
    }
  });

  it("refuses another version with a one-line error naming it", () => {
    expect(() => prepareAtlasGraph(withVersion(3))).toThrow(
      /^prepareAtlasGraph: schemaVersion 3 is not one this app reads \(1, 2\)$/,
    );
  });
});
