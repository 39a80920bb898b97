// Tests for the seeded layout: reproducible, finite, and placing papers and discs as promised.
import { describe, expect, it } from "vitest";
import { buildPaperAuthorGraph } from "../graph/build";
import { assignCommunities } from "../graph/clusters";
import { buildCoauthorGraph, isolatedUnderCap } from "../graph/coauthors";
import { realData } from "../graph/realData.testing";
import { authorSize, layoutAtlasGraph, paperSize } from "./forceLayout";

function laidOut(seed: number, iterations?: number) {
  const graph = buildPaperAuthorGraph([realData().input]);
  const coauthors = buildCoauthorGraph(graph);
  assignCommunities(graph, coauthors, { seed });
  const progress: number[] = [];
  layoutAtlasGraph(graph, coauthors, { seed, iterations, onProgress: (f) => progress.push(f) });
  return { graph, coauthors, progress };
}

const positions = (g: ReturnType<typeof laidOut>["graph"]) =>
  g.mapNodes((key, a) => ({ key, x: a.x, y: a.y, size: a.size }));

describe("layoutAtlasGraph", () => {
  const run = laidOut(1);

  it("gives identical positions for the same seed and different ones for another", () => {
    expect(positions(laidOut(1).graph)).toEqual(positions(run.graph));
    expect(positions(laidOut(2).graph)).not.toEqual(positions(run.graph));
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
    expect(positions(laidOut(1, 10).graph)).not.toEqual(positions(run.graph));
    expect(() => laidOut(1, -1)).toThrow(/^layoutAtlasGraph: /);
  });
});
