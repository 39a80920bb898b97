// prepareAtlasGraph on the default data: the added coauthor edges match the projection,
// fold nodes hold exactly the hyperauthored papers' single-paper authors, data stays untouched.
import { describe, expect, it } from "vitest";
import { defaultIngest, defaultSerialized } from "../filters/defaultGraph.fixture";
import { appCoauthorEdgeKey, foldEdgeKey, foldNodeKey, prepareAtlasGraph } from "./appGraph";
import { buildCoauthorGraph } from "./coauthors";

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
