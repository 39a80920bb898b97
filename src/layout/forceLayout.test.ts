// Tests for the seeded layout: reproducible, finite, and placing papers and discs as promised.
import { describe, expect, it } from "vitest";
import { buildPaperAuthorGraph } from "../graph/build";
import { assignCommunities, assignCommunitiesOfLinks } from "../graph/clusters";
import { buildCoauthorGraph, buildCoauthorLinks, isolatedUnderCap } from "../graph/coauthors";
import { realData } from "../graph/realData.testing";
import {
  authorSize,
  completeAtlasLayout,
  type LayoutEngine,
  layoutAtlasGraph,
  MULTILEVEL_THRESHOLD,
  paperSize,
  planAtlasLayout,
} from "./forceLayout";
import { multilevelLayoutCsr } from "./multilevel";

function laidOut(seed: number, iterations?: number, engine?: LayoutEngine) {
  const graph = buildPaperAuthorGraph([realData().input]);
  const coauthors = buildCoauthorGraph(graph);
  assignCommunities(graph, coauthors, { seed });
  const progress: number[] = [];
  layoutAtlasGraph(graph, coauthors, {
    seed,
    iterations,
    engine,
    onProgress: (f) => progress.push(f),
  });
  return { graph, coauthors, progress };
}

const positions = (g: ReturnType<typeof laidOut>["graph"]) =>
  g.mapNodes((key, a) => ({ key, x: a.x, y: a.y, size: a.size }));

describe.each(["d3", "multilevel"] as const)("layoutAtlasGraph with %s", (engine) => {
  const run = laidOut(1, undefined, engine);

  it("lays out the projection given as arrays as it does the projection graph", () => {
    const graph = buildPaperAuthorGraph([realData().input]);
    const links = buildCoauthorLinks(graph);
    assignCommunitiesOfLinks(graph, links, { seed: 1 });
    layoutAtlasGraph(graph, links, { seed: 1, engine });
    expect(graph.export()).toEqual(run.graph.export());
  });

  it("gives identical positions for the same seed and different ones for another", () => {
    expect(positions(laidOut(1, undefined, engine).graph)).toEqual(positions(run.graph));
    expect(positions(laidOut(2, undefined, engine).graph)).not.toEqual(positions(run.graph));
  });

  it("writes finite, distinct positions and sizes from degree", () => {
    const seen = new Set<string>();
    run.graph.forEachNode((key, a) => {
      expect(Number.isFinite(a.x) && Number.isFinite(a.y), key).toBe(true);
      seen.add(`${a.x},${a.y}`);
      const expected =
        a.kind === "author" ? authorSize(a.paperCount) : paperSize(run.graph.degree(key));
      expect(a.size).toBeCloseTo(expected, 1);
    });
    expect(seen.size).toBe(run.graph.order);
    // The projection carries the same author positions.
    run.coauthors.forEachNode((key, a) => {
      expect([a.x, a.y]).toEqual([
        run.graph.getNodeAttribute(key, "x"),
        run.graph.getNodeAttribute(key, "y"),
      ]);
    });
  });

  it("puts a paper within its laid-out authors' reach, and over-cap-only authors in a disc", () => {
    const isolated = new Set(isolatedUnderCap(run.graph, 25));
    run.graph.forEachNode((paper, a) => {
      if (a.kind !== "paper") return;
      const discMembers = run.graph.neighbors(paper).filter((k) => isolated.has(k));
      if (discMembers.length > 0) {
        // Disc radius: spacing 4 × sqrt(n + 1), plus rounding.
        const limit = 4 * Math.sqrt(discMembers.length + 1) + 0.05;
        for (const k of discMembers) {
          const d = Math.hypot(
            run.graph.getNodeAttribute(k, "x") - a.x,
            run.graph.getNodeAttribute(k, "y") - a.y,
          );
          expect(d).toBeLessThanOrEqual(limit);
        }
        return;
      }
      const authors = run.graph.neighbors(paper);
      const cx =
        authors.reduce((s, k) => s + run.graph.getNodeAttribute(k, "x"), 0) / authors.length;
      const cy =
        authors.reduce((s, k) => s + run.graph.getNodeAttribute(k, "y"), 0) / authors.length;
      const d = Math.hypot(cx - a.x, cy - a.y);
      expect(d).toBeGreaterThanOrEqual(2.9);
      expect(d).toBeLessThanOrEqual(6.1);
    });
  });

  it("reports progress from 0 to 1 and honours the iteration count", () => {
    expect(run.progress[0]).toBe(0);
    expect(run.progress.at(-1)).toBe(1);
    for (let i = 1; i < run.progress.length; i++) {
      expect(run.progress[i]).toBeGreaterThanOrEqual(run.progress[i - 1] ?? 0);
    }
    expect(positions(laidOut(1, 10, engine).graph)).not.toEqual(positions(run.graph));
    expect(() => laidOut(1, -1, engine)).toThrow(/^layoutAtlasGraph: /);
  });
});

describe("layoutAtlasGraph engine choice", () => {
  it("keeps d3-force for the default profile, which is below the multilevel threshold", () => {
    const auto = laidOut(1);
    expect(auto.coauthors.order).toBeLessThanOrEqual(MULTILEVEL_THRESHOLD);
    expect(positions(auto.graph)).toEqual(positions(laidOut(1, undefined, "d3").graph));
    expect(positions(auto.graph)).not.toEqual(positions(laidOut(1, undefined, "multilevel").graph));
  });

  it("lays out on the d3 scale: mean coauthor link near the d3 link distance", () => {
    for (const engine of ["d3", "multilevel"] as const) {
      const { coauthors } = laidOut(1, undefined, engine);
      let total = 0;
      coauthors.forEachEdge((_e, _a, s, t) => {
        total += Math.hypot(
          coauthors.getNodeAttribute(s, "x") - coauthors.getNodeAttribute(t, "x"),
          coauthors.getNodeAttribute(s, "y") - coauthors.getNodeAttribute(t, "y"),
        );
      });
      const mean = total / coauthors.size;
      expect(mean, engine).toBeGreaterThan(10);
      expect(mean, engine).toBeLessThan(90);
    }
  });

  it("rejects an unknown engine", () => {
    expect(() => laidOut(1, undefined, "fa2" as LayoutEngine)).toThrow(
      /^layoutAtlasGraph: engine must be/,
    );
  });
});

describe("planAtlasLayout / completeAtlasLayout", () => {
  function built() {
    const graph = buildPaperAuthorGraph([realData().input]);
    const coauthors = buildCoauthorGraph(graph);
    return { graph, coauthors };
  }

  it("plans a multilevel job over the laid-out nodes, and completes as layoutAtlasGraph", () => {
    const { graph, coauthors } = built();
    const plan = planAtlasLayout(graph, coauthors, { seed: 5, engine: "multilevel" });
    const isolated = new Set(isolatedUnderCap(graph));
    const linked = coauthors.filterNodes((key) => !isolated.has(key)).length;
    expect(plan.multilevel?.csr.nodes.length).toBeGreaterThanOrEqual(linked);
    expect(plan.multilevel?.csr.nodes.slice(0, linked)).toEqual(
      coauthors.filterNodes((key) => !isolated.has(key)),
    );
    const job = plan.multilevel;
    if (!job) throw new Error("no multilevel job");
    completeAtlasLayout(plan, multilevelLayoutCsr(job.csr, job.options));
    const direct = built();
    layoutAtlasGraph(direct.graph, direct.coauthors, { seed: 5, engine: "multilevel" });
    expect(graph.export()).toEqual(direct.graph.export());
  });

  it("plans no job for d3, and refuses to complete a multilevel plan without its positions", () => {
    const { graph, coauthors } = built();
    expect(planAtlasLayout(graph, coauthors, { engine: "d3", iterations: 1 }).multilevel).toBe(
      null,
    );
    const plan = planAtlasLayout(graph, coauthors, { engine: "multilevel" });
    expect(() => completeAtlasLayout(plan)).toThrow(/^layoutAtlasGraph: the multilevel job needs/);
    const half = { xs: new Float64Array(1), ys: new Float64Array(1) };
    expect(() => completeAtlasLayout(plan, half)).toThrow(/needs \d+ positions, got 1/);
  });
});
