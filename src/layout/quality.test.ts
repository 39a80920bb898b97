// Tests for the neighbourhood-preservation metric and its k-d tree.
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { mulberry32 } from "../graph/random";
import { buildKdTree, nearestNeighbours } from "./kdTree";
import { neighbourhoodPreservation, type Positions } from "./quality";

function path(n: number): Graph {
  const g = new Graph({ type: "undirected" });
  for (let i = 0; i < n; i++) g.addNode(`n${i}`);
  for (let i = 1; i < n; i++) g.addEdgeWithKey(`e${i}`, `n${i - 1}`, `n${i}`);
  return g;
}

describe("nearestNeighbours", () => {
  it("matches a brute-force scan on random points", () => {
    const rng = mulberry32(11);
    const n = 500;
    const xs = Float64Array.from({ length: n }, () => rng() * 100);
    const ys = Float64Array.from({ length: n }, () => rng() * 100);
    const tree = buildKdTree(xs, ys);
    for (const q of [0, 17, 250, 499]) {
      for (const k of [1, 5, 40]) {
        const brute = Array.from({ length: n }, (_, i) => i)
          .filter((i) => i !== q)
          .sort(
            (a, b) =>
              ((xs[a] as number) - (xs[q] as number)) ** 2 +
                ((ys[a] as number) - (ys[q] as number)) ** 2 -
                (((xs[b] as number) - (xs[q] as number)) ** 2 +
                  ((ys[b] as number) - (ys[q] as number)) ** 2) || a - b,
          )
          .slice(0, k);
        expect(Array.from(nearestNeighbours(tree, q, k))).toEqual(brute);
      }
    }
  });

  it("copes with coincident points and k larger than the point count", () => {
    const xs = new Float64Array(20).fill(1);
    const ys = new Float64Array(20).fill(2);
    const tree = buildKdTree(xs, ys);
    const out = nearestNeighbours(tree, 3, 50);
    expect(out.length).toBe(19);
    expect(Array.from(out)).not.toContain(3);
  });
});

describe("neighbourhoodPreservation", () => {
  it("is 1 for a path laid out on a line and lower once the line is shuffled", () => {
    const g = path(200);
    const line: Positions = {};
    g.forEachNode((node, _a) => {
      line[node] = { x: Number(node.slice(1)), y: 0 };
    });
    // Endpoints have one neighbour and one nearest node: still exact.
    expect(neighbourhoodPreservation(g, line, { sample: 200 })).toBe(1);

    const rng = mulberry32(3);
    const shuffled: Positions = {};
    g.forEachNode((node) => {
      shuffled[node] = { x: rng(), y: rng() };
    });
    expect(neighbourhoodPreservation(g, shuffled, { sample: 200 })).toBeLessThan(0.2);
  });

  it("ignores scale and translation", () => {
    const g = path(50);
    const rng = mulberry32(5);
    const a: Positions = {};
    const b: Positions = {};
    g.forEachNode((node) => {
      const x = rng();
      const y = rng();
      a[node] = { x, y };
      b[node] = { x: x * 1000 - 7, y: y * 1000 + 3 };
    });
    expect(neighbourhoodPreservation(g, a, { sample: 50 })).toBe(
      neighbourhoodPreservation(g, b, { sample: 50 }),
    );
  });

  it("counts a hub's k = degree nearest nodes", () => {
    // A star of 4 leaves plus one far node linked to leaf l0: the hub's 4 nearest are its leaves.
    const g = new Graph({ type: "undirected" });
    for (const n of ["hub", "l0", "l1", "l2", "l3", "far"]) g.addNode(n);
    for (const l of ["l0", "l1", "l2", "l3"]) g.addEdge("hub", l);
    g.addEdge("l0", "far");
    const pos: Positions = {
      hub: { x: 0, y: 0 },
      l0: { x: 1, y: 0 },
      l1: { x: -1, y: 0 },
      l2: { x: 0, y: 1 },
      l3: { x: 0, y: -1 },
      far: { x: 10, y: 0 },
    };
    // Sampling every node: hub 4/4; l1..l3 have k=1 and nearest is the hub: 1 each;
    // l0 has k=2 (hub, far), nearest two are hub and one of l2/l3 (distance sqrt 2): 1/2;
    // far has k=1, nearest is l0: 1. Mean = (1 + 0.5 + 1 + 1 + 1 + 1) / 6.
    expect(neighbourhoodPreservation(g, pos, { sample: 6 })).toBeCloseTo(5.5 / 6, 10);
  });

  it("samples with a seed: same seed, same figure", () => {
    const g = path(300);
    const rng = mulberry32(9);
    const pos: Positions = {};
    g.forEachNode((node) => {
      pos[node] = { x: rng(), y: rng() };
    });
    const a = neighbourhoodPreservation(g, pos, { sample: 20, seed: 4 });
    expect(neighbourhoodPreservation(g, pos, { sample: 20, seed: 4 })).toBe(a);
  });

  it("rejects a missing position and a bad sample size", () => {
    const g = path(3);
    expect(() => neighbourhoodPreservation(g, { n0: { x: 0, y: 0 } })).toThrow(
      /quality: node "n1" has no finite position/,
    );
    expect(() => neighbourhoodPreservation(g, {}, { sample: 0 })).toThrow(/quality: sample/);
  });

  it("is 0 for a graph without edges", () => {
    const g = new Graph();
    g.addNode("a");
    expect(neighbourhoodPreservation(g, { a: { x: 0, y: 0 } })).toBe(0);
  });
});
