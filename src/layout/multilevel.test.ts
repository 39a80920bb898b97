// Tests for the multilevel layout: determinism, quality against d3-force on the real coauthor
// graph, awkward graphs (empty, disconnected, isolated nodes), weights, progress and options.
import {
  forceCenter,
  forceLink,
  forceManyBody,
  forceSimulation,
  type SimulationNodeDatum,
} from "d3-force";
import Graph from "graphology";
import { beforeAll, describe, expect, it } from "vitest";
import { buildPaperAuthorGraph } from "../graph/build";
import { buildCoauthorGraph } from "../graph/coauthors";
import { mulberry32 } from "../graph/random";
import { realData } from "../graph/realData.testing";
import { coarsen, type Level } from "./coarsen";
import { graphToCsr } from "./csr";
import {
  assignMultilevelLayout,
  type MultilevelProgress,
  multilevelLayout,
  multilevelLayoutCsr,
} from "./multilevel";
import { neighbourhoodPreservation, type Positions } from "./quality";

let coauthors: Graph;
beforeAll(() => {
  coauthors = buildCoauthorGraph(buildPaperAuthorGraph([realData().input])) as unknown as Graph;
});

/** d3-force with its default forces, run to convergence (its 300 ticks), seeded. */
function d3Layout(graph: Graph): Positions {
  const nodes: (SimulationNodeDatum & { key: string })[] = graph.nodes().map((key) => ({ key }));
  const index = new Map(nodes.map((d, i) => [d.key, i]));
  const links = graph.mapEdges((_e, _a, s, t) => ({
    source: index.get(s) as number,
    target: index.get(t) as number,
  }));
  forceSimulation(nodes)
    .randomSource(mulberry32(1))
    .force("link", forceLink(links))
    .force("charge", forceManyBody())
    .force("center", forceCenter())
    .stop()
    .tick(300);
  return Object.fromEntries(nodes.map((d) => [d.key, { x: d.x ?? 0, y: d.y ?? 0 }]));
}

function allFinite(graph: Graph, positions: Positions): boolean {
  return graph.everyNode((node) => {
    const p = positions[node];
    return p !== undefined && Number.isFinite(p.x) && Number.isFinite(p.y);
  });
}

describe("multilevelLayout", () => {
  it("places every author of the real coauthor graph, better than d3-force's defaults", () => {
    const ours = multilevelLayout(coauthors, { seed: 1 });
    expect(allFinite(coauthors, ours)).toBe(true);
    const q = neighbourhoodPreservation(coauthors, ours, { sample: 1000 });
    const d3 = neighbourhoodPreservation(coauthors, d3Layout(coauthors), { sample: 1000 });
    expect(q).toBeGreaterThanOrEqual(d3);
  });

  it("is deterministic for a seed and differs across seeds", () => {
    const a = multilevelLayout(coauthors, { seed: 4 });
    const b = multilevelLayout(coauthors, { seed: 4 });
    const c = multilevelLayout(coauthors, { seed: 5 });
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
  });

  it("gives the same positions from CSR arrays as from the graph", () => {
    const csr = graphToCsr(coauthors);
    const { xs, ys } = multilevelLayoutCsr(csr, { seed: 2 });
    const fromGraph = multilevelLayout(coauthors, { seed: 2 });
    const key = csr.nodes[10] as string;
    expect(fromGraph[key]).toEqual({ x: xs[10], y: ys[10] });
  });

  it("keeps separate components and isolated nodes finite and in view", () => {
    const g = new Graph({ type: "undirected" });
    for (let c = 0; c < 3; c++) {
      for (let i = 0; i < 40; i++) g.addNode(`c${c}-${i}`);
      for (let i = 1; i < 40; i++) g.addEdge(`c${c}-${i}`, `c${c}-${Math.floor((i - 1) / 2)}`);
    }
    for (let i = 0; i < 5; i++) g.addNode(`alone${i}`);
    const pos = multilevelLayout(g, { seed: 1 });
    expect(allFinite(g, pos)).toBe(true);
    // Extent against the typical link: components must not drift off to infinity.
    let total = 0;
    g.forEachEdge((_e, _a, s, t) => {
      total += Math.hypot((pos[s]?.x ?? 0) - (pos[t]?.x ?? 0), (pos[s]?.y ?? 0) - (pos[t]?.y ?? 0));
    });
    const meanLink = total / g.size;
    const xs = Object.values(pos).map((p) => p.x);
    const ys = Object.values(pos).map((p) => p.y);
    const extent = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    expect(extent / meanLink).toBeLessThan(100);
  });

  it("handles the empty graph, one node and one edge", () => {
    expect(multilevelLayout(new Graph())).toEqual({});
    const one = new Graph();
    one.addNode("a");
    expect(allFinite(one, multilevelLayout(one))).toBe(true);
    const two = new Graph();
    two.mergeEdge("a", "b");
    const pos = multilevelLayout(two);
    expect(allFinite(two, pos)).toBe(true);
    expect(pos.a).not.toEqual(pos.b);
  });

  it("pulls strongly tied authors closer than weakly tied ones", () => {
    // A ring of 30 where every other link weighs 10: heavy links end up shorter on average.
    const g = new Graph({ type: "undirected" });
    for (let i = 0; i < 30; i++) g.addNode(`n${i}`);
    for (let i = 0; i < 30; i++)
      g.addEdge(`n${i}`, `n${(i + 1) % 30}`, { weight: i % 2 === 0 ? 10 : 1 });
    const pos = multilevelLayout(g, { seed: 3 });
    let heavy = 0;
    let light = 0;
    g.forEachEdge((_e, a, s, t) => {
      const d = Math.hypot(
        (pos[s]?.x ?? 0) - (pos[t]?.x ?? 0),
        (pos[s]?.y ?? 0) - (pos[t]?.y ?? 0),
      );
      if (a.weight === 10) heavy += d;
      else light += d;
    });
    expect(heavy).toBeLessThan(light);
  });

  it("reports progress per level, ending at 1", () => {
    const seen: MultilevelProgress[] = [];
    multilevelLayout(coauthors, { seed: 1, onProgress: (p) => seen.push(p) });
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.map((p) => p.level)).toEqual([...seen.map((p) => p.level)].sort((a, b) => b - a));
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i]?.fraction).toBeGreaterThanOrEqual(seen[i - 1]?.fraction ?? 0);
    }
    expect(seen[seen.length - 1]?.fraction).toBeCloseTo(1, 12);
    expect(seen[seen.length - 1]?.level).toBe(0);
  });

  it("writes x and y with assignMultilevelLayout", () => {
    const g = coauthors.copy();
    assignMultilevelLayout(g, { seed: 1 });
    const pos = multilevelLayout(coauthors, { seed: 1 });
    const key = g.nodes()[0] as string;
    expect({ x: g.getNodeAttribute(key, "x"), y: g.getNodeAttribute(key, "y") }).toEqual(pos[key]);
  });

  it("rejects bad options with the module's name", () => {
    expect(() => multilevelLayout(coauthors, { iterations: -1 })).toThrow(
      /^multilevel: iterations/,
    );
    expect(() => multilevelLayout(coauthors, { cooling: 0 })).toThrow(/^multilevel: cooling/);
  });
});

describe("coarsen", () => {
  it("maps every node to a group and keeps the ties between groups", () => {
    const csr = graphToCsr(coauthors);
    const n = csr.nodes.length;
    const level: Level = {
      n,
      offsets: csr.offsets,
      targets: csr.targets,
      weights: csr.weights,
      size: new Float64Array(n).fill(1),
      charge: new Float64Array(n).fill(2),
    };
    const { coarse, parent } = coarsen(level, mulberry32(1));
    expect(coarse.n).toBeLessThan(n * 0.75);
    expect(parent.every((g) => g >= 0 && g < coarse.n)).toBe(true);
    expect(coarse.size.reduce((a, b) => a + b, 0)).toBe(n);
    expect(coarse.charge.reduce((a, b) => a + b, 0)).toBe(2 * n);
    // Weight between groups is conserved: fine entries whose ends differ in group.
    let crossing = 0;
    for (let i = 0; i < n; i++) {
      for (let e = csr.offsets[i] as number; e < (csr.offsets[i + 1] as number); e++) {
        if (parent[i] !== parent[csr.targets[e] as number]) crossing += csr.weights[e] as number;
      }
    }
    expect(coarse.weights.reduce((a, b) => a + b, 0)).toBeCloseTo(crossing, 9);
    // No self-loops, no duplicate entries per row.
    for (let g = 0; g < coarse.n; g++) {
      const row = Array.from(coarse.targets.subarray(coarse.offsets[g], coarse.offsets[g + 1]));
      expect(row).not.toContain(g);
      expect(new Set(row).size).toBe(row.length);
    }
  });
});
