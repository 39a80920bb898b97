// Levels of detail for papers: spacing per level, why each paper waits for its level, the mask
// the canvas draws (edges and "+N authors" folds follow their paper, authors stay), and the
// default network left untouched.
import { describe, expect, it } from "vitest";
import { type AppGraph, prepareAtlasGraph } from "../graph/appGraph";
import { DEFAULT_VIEW } from "../model/viewState";
import { defaultAppGraph } from "./defaultGraph.fixture";
import { buildFilterIndex, type FilterIndex, NODE_AUTHOR, NODE_FOLD } from "./filterIndex";
import {
  levelForZoom,
  maskByLevel,
  type NodePlaces,
  PAPER_DETAIL_MIN_PAPERS,
  PAPER_LEVEL_COUNT,
  paperLevels,
} from "./paperLevels";
import { syntheticSerialized } from "./syntheticGraph.fixture";
import { computeVisibility } from "./visibility";

function placesOf(graph: AppGraph, index: FilterIndex): NodePlaces {
  const n = index.nodeCount;
  const places = { x: new Float64Array(n), y: new Float64Array(n), size: new Float64Array(n) };
  index.nodeKeys.forEach((key, i) => {
    const a = graph.getNodeAttributes(key);
    places.x[i] = a.x;
    places.y[i] = a.y;
    places.size[i] = a.size;
  });
  return places;
}

const bipartite = { ...DEFAULT_VIEW, view: "bipartite" as const };

describe("paperLevels on a dense synthetic network", () => {
  // 3,000 papers spread at random over the unit square: a carpet at overview. Frequent
  // hyperauthored papers, so "+N authors" folds occur.
  const graph = prepareAtlasGraph(syntheticSerialized(3_000, 4_000, 11, 0.01));
  const index = buildFilterIndex(graph);
  const places = placesOf(graph, index);
  const visibility = computeVisibility(index, bipartite);
  const levels = paperLevels(index, places, visibility.drawnNodes);
  const drawnPapers = Array.from(index.papers).filter((p) => visibility.drawnNodes[p] === 1);
  const distance = (a: number, b: number) =>
    Math.hypot(
      (places.x[a] as number) - (places.x[b] as number),
      (places.y[a] as number) - (places.y[b] as number),
    );

  it("is active and puts every drawn paper on a level, a few at overview", () => {
    expect(levels.active).toBe(true);
    expect(levels.papers).toBe(drawnPapers.length);
    const atOverview = drawnPapers.filter((p) => levels.level[p] === 0);
    expect(atOverview.length).toBeGreaterThan(0);
    expect(atOverview.length).toBeLessThan(drawnPapers.length / 10);
    for (const p of drawnPapers) expect(levels.level[p]).toBeLessThanOrEqual(PAPER_LEVEL_COUNT);
  });

  it("keeps the papers of each level at least one cell of that level apart", () => {
    for (let l = 0; l <= 6; l++) {
      const cell = levels.topCell / 2 ** l;
      const upTo = drawnPapers.filter((p) => (levels.level[p] as number) <= l);
      let closest = Number.POSITIVE_INFINITY;
      for (let i = 0; i < upTo.length; i++) {
        for (let j = i + 1; j < upTo.length; j++) {
          closest = Math.min(closest, distance(upTo[i] as number, upTo[j] as number));
        }
      }
      expect(upTo.length, `papers up to level ${l}`).toBeGreaterThan(1);
      expect(closest, `closest pair up to level ${l}`).toBeGreaterThanOrEqual(cell);
    }
  });

  it("holds a paper back only where a paper of a coarser level crowds it", () => {
    for (const p of drawnPapers) {
      const l = levels.level[p] as number;
      if (l === 0) continue;
      const cell = levels.topCell / 2 ** (l - 1);
      const crowder = drawnPapers.some(
        (q) => q !== p && (levels.level[q] as number) <= l - 1 && distance(p, q) < cell,
      );
      expect(crowder, `paper ${index.nodeKeys[p]} at level ${l}`).toBe(true);
    }
  });

  it("draws more papers at each finer zoom, all of them at the finest", () => {
    let before = -1;
    for (let l = 0; l <= PAPER_LEVEL_COUNT; l++) {
      const mask = maskByLevel(index, visibility.drawnNodes, visibility.drawnEdges, levels, l);
      expect(mask.drawnPapers + mask.foldedPapers).toBe(drawnPapers.length);
      expect(mask.drawnPapers).toBeGreaterThanOrEqual(before);
      before = mask.drawnPapers;
    }
    expect(before).toBe(drawnPapers.length);
  });

  it("masks papers, their links and folds, never authors; keeps what it is told to", () => {
    const kept = drawnPapers.find((p) => (levels.level[p] as number) > 2) as number;
    const mask = maskByLevel(index, visibility.drawnNodes, visibility.drawnEdges, levels, 2, [
      kept,
    ]);
    expect(mask.nodes[kept]).toBe(1);
    expect(mask.foldedPapers).toBeGreaterThan(0);
    for (let n = 0; n < index.nodeCount; n++) {
      const drawn = visibility.drawnNodes[n] === 1;
      if (index.nodeKind[n] === NODE_AUTHOR) expect(mask.nodes[n] === 1).toBe(drawn);
      else if (!drawn) expect(mask.nodes[n]).toBe(0);
    }
    for (const p of drawnPapers) {
      const shown = (levels.level[p] as number) <= 2 || p === kept;
      expect(mask.nodes[p]).toBe(shown ? 1 : 0);
    }
    let folds = 0;
    for (let f = 0; f < index.folds.length; f++) {
      const fold = index.folds[f] as number;
      if (visibility.drawnNodes[fold] !== 1) continue;
      folds++;
      expect(index.nodeKind[fold]).toBe(NODE_FOLD);
      expect(mask.nodes[fold]).toBe(mask.nodes[index.foldPaper[f] as number]);
    }
    expect(folds).toBeGreaterThan(0);
    for (let e = 0; e < index.edgeCount; e++) {
      const ends =
        mask.nodes[index.edgeSource[e] as number] === 1 &&
        mask.nodes[index.edgeTarget[e] as number] === 1;
      expect(mask.edges[e]).toBe(visibility.drawnEdges[e] === 1 && ends ? 1 : 0);
    }
  });

  it("turns zoom into a level: coarser when zoomed out, the finest when zoomed far in", () => {
    const cell = 10;
    const overview = levelForZoom(levels, 600 / levels.topCell, cell);
    expect(overview).toBe(5);
    expect(levelForZoom(levels, 1 / levels.topCell, cell)).toBe(0);
    expect(levelForZoom(levels, 1e12, cell)).toBe(PAPER_LEVEL_COUNT);
    let last = 0;
    for (let zoom = 1; zoom <= 1024; zoom *= 2) {
      const l = levelForZoom(levels, (600 * zoom) / levels.topCell, cell);
      expect(l).toBeGreaterThanOrEqual(last);
      last = l;
    }
  });

  it("follows the filters: papers filtered out get no level and take no room", () => {
    const recent = computeVisibility(index, { ...bipartite, from: 2020 });
    const narrowed = paperLevels(index, places, recent.drawnNodes);
    for (const p of index.papers) {
      if (recent.drawnNodes[p] !== 1) expect(narrowed.level[p]).toBe(0);
    }
    const overview = (l: PaperLevels) => Array.from(index.papers).filter((p) => l.level[p] === 0);
    // Fewer papers to place: those left are drawn sooner, not held back by filtered ones.
    for (const p of overview(levels)) {
      if (recent.drawnNodes[p] === 1) expect(narrowed.level[p]).toBe(0);
    }
  });
});

type PaperLevels = ReturnType<typeof paperLevels>;

describe("paperLevels on the default network", () => {
  it("leaves a view of a few papers as it is", () => {
    const graph = defaultAppGraph();
    const index = buildFilterIndex(graph);
    const visibility = computeVisibility(index, bipartite);
    expect(visibility.visiblePapers).toBeGreaterThan(0);
    expect(visibility.visiblePapers).toBeLessThan(PAPER_DETAIL_MIN_PAPERS);
    const levels = paperLevels(index, placesOf(graph, index), visibility.drawnNodes);
    expect(levels.active).toBe(false);
    const mask = maskByLevel(index, visibility.drawnNodes, visibility.drawnEdges, levels, 0);
    expect(mask.nodes).toBe(visibility.drawnNodes);
    expect(mask.edges).toBe(visibility.drawnEdges);
    expect(mask.foldedPapers).toBe(0);
    expect(mask.drawnPapers).toBe(visibility.visiblePapers);
  });
});
