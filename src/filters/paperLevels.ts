// Levels of detail for papers in the authors + papers view: at overview zoom thousands of paper
// squares would fall on top of one another, so each paper gets the coarsest zoom level at which
// it can be drawn without crowding the papers already drawn, and the canvas draws a paper only
// once the camera is zoomed in to its level. Pure: positions, sizes and the drawn bytes in,
// levels and masks out; the render side (src/render/levelOfDetail.ts) turns the camera into a
// level. Greedy thinning on a pyramid of grids: at level L the cells are `topCell / 2^L` wide,
// and the papers of levels <= L lie at least one such cell apart (the 3×3 cells around a paper
// hold every paper closer than that). Higher-priority papers (larger, then earlier
// in graph order) are placed first, so the overview keeps the prominent ones.
import { type FilterIndex, NODE_AUTHOR, NODE_FOLD, NODE_PAPER } from "./filterIndex";

/** Levels of the pyramid; a paper still crowded at the finest one is drawn from there on. */
export const PAPER_LEVEL_COUNT = 16;

/** Below this many drawn papers every paper is drawn at every zoom (the view is legible). */
export const PAPER_DETAIL_MIN_PAPERS = 500;

export interface PaperLevels {
  /**
   * Per node: the coarsest level at which it is drawn. Papers 0..PAPER_LEVEL_COUNT; a fold node
   * takes its paper's level; authors and undrawn nodes 0.
   */
  level: Uint8Array;
  /** Width of a level-0 cell, in graph coordinates (the drawn papers' extent). */
  topCell: number;
  /** Drawn papers the levels were computed over. */
  papers: number;
  /** Whether levels apply (enough drawn papers); when false every level is 0. */
  active: boolean;
}

/** The nodes' positions and sizes by filter index, read once per graph. */
export interface NodePlaces {
  x: Float64Array;
  y: Float64Array;
  size: Float64Array;
}

/** Levels of the papers `drawnNodes` draws (one byte per node, 1 = drawn). */
export function paperLevels(
  index: FilterIndex,
  places: NodePlaces,
  drawnNodes: Uint8Array,
): PaperLevels {
  const level = new Uint8Array(index.nodeCount);
  const drawn: number[] = [];
  for (const p of index.papers) if (drawnNodes[p] === 1) drawn.push(p);
  if (drawn.length < PAPER_DETAIL_MIN_PAPERS) {
    return { level, topCell: 0, papers: drawn.length, active: false };
  }
  const { x, y, size } = places;
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const p of drawn) {
    const px = x[p] as number;
    const py = y[p] as number;
    if (px < minX) minX = px;
    if (px > maxX) maxX = px;
    if (py < minY) minY = py;
    if (py > maxY) maxY = py;
  }
  // A touch wider than the extent, so the far edge falls inside the last cell.
  const topCell = Math.max(maxX - minX, maxY - minY, Number.MIN_VALUE) * (1 + 1e-9);
  drawn.sort((a, b) => (size[b] as number) - (size[a] as number) || a - b);

  // Per level: cell key → papers placed at that level or a coarser one.
  const grids: Map<number, number[]>[] = Array.from({ length: PAPER_LEVEL_COUNT }, () => new Map());
  const crowded = (p: number, l: number): boolean => {
    const cell = topCell / 2 ** l;
    const side = 2 ** l + 2;
    const cx = Math.floor(((x[p] as number) - minX) / cell) + 1;
    const cy = Math.floor(((y[p] as number) - minY) / cell) + 1;
    const grid = grids[l] as Map<number, number[]>;
    const cell2 = cell * cell;
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        const others = grid.get((cx + dx) * side + cy + dy);
        if (others === undefined) continue;
        for (const q of others) {
          const ex = (x[q] as number) - (x[p] as number);
          const ey = (y[q] as number) - (y[p] as number);
          if (ex * ex + ey * ey < cell2) return true;
        }
      }
    }
    return false;
  };
  const place = (p: number, from: number) => {
    for (let l = from; l < PAPER_LEVEL_COUNT; l++) {
      const cell = topCell / 2 ** l;
      const side = 2 ** l + 2;
      const key =
        (Math.floor(((x[p] as number) - minX) / cell) + 1) * side +
        Math.floor(((y[p] as number) - minY) / cell) +
        1;
      const grid = grids[l] as Map<number, number[]>;
      const list = grid.get(key);
      if (list === undefined) grid.set(key, [p]);
      else list.push(p);
    }
  };
  // A paper placed at level l is drawn at every finer level too, so it must stand apart from
  // the papers of each finer level, not only of its own: its level is one past the finest
  // level at which it is crowded.
  for (const p of drawn) {
    let l = PAPER_LEVEL_COUNT;
    while (l > 0 && !crowded(p, l - 1)) l--;
    level[p] = l;
    if (l < PAPER_LEVEL_COUNT) place(p, l);
  }
  const { folds, foldPaper } = index;
  for (let f = 0; f < folds.length; f++) {
    level[folds[f] as number] = level[foldPaper[f] as number] as number;
  }
  return { level, topCell, papers: drawn.length, active: true };
}

/**
 * The finest level drawn when a graph unit spans `pixelsPerUnit` on screen and papers need
 * cells of at least `minCellPixels` to stand apart (0 at overview or when zoomed out further).
 */
export function levelForZoom(
  levels: PaperLevels,
  pixelsPerUnit: number,
  minCellPixels: number,
): number {
  if (!levels.active) return PAPER_LEVEL_COUNT;
  const cellsAcross = (levels.topCell * pixelsPerUnit) / minCellPixels;
  if (!(cellsAcross > 1)) return 0;
  return Math.min(PAPER_LEVEL_COUNT, Math.floor(Math.log2(cellsAcross)));
}

export interface DetailMask {
  nodes: Uint8Array;
  edges: Uint8Array;
  /** Papers drawn at this level, and drawn papers left for a closer zoom. */
  drawnPapers: number;
  foldedPapers: number;
}

/**
 * What the canvas draws at `maxLevel`: `drawnNodes` less the papers (and their "+N authors"
 * fold nodes) of finer levels, `drawnEdges` less the edges touching them. `keep` lists node
 * indices drawn whatever their level (the selected node and its neighbours).
 */
export function maskByLevel(
  index: FilterIndex,
  drawnNodes: Uint8Array,
  drawnEdges: Uint8Array,
  levels: PaperLevels,
  maxLevel: number,
  keep: readonly number[] = [],
): DetailMask {
  let drawnPapers = 0;
  for (const p of index.papers) if (drawnNodes[p] === 1) drawnPapers++;
  if (!levels.active || maxLevel >= PAPER_LEVEL_COUNT) {
    return { nodes: drawnNodes, edges: drawnEdges, drawnPapers, foldedPapers: 0 };
  }
  const nodes = new Uint8Array(drawnNodes);
  const { level } = levels;
  const { nodeKind } = index;
  let foldedPapers = 0;
  const kept = new Set(keep);
  for (let n = 0; n < nodes.length; n++) {
    if (nodes[n] !== 1 || (level[n] as number) <= maxLevel || kept.has(n)) continue;
    const kind = nodeKind[n];
    if (kind === NODE_AUTHOR) continue;
    nodes[n] = 0;
    if (kind === NODE_PAPER) foldedPapers++;
  }
  // A kept paper keeps its "+N authors" fold with it.
  for (let f = 0; f < index.folds.length; f++) {
    const fold = index.folds[f] as number;
    if (nodeKind[fold] === NODE_FOLD && drawnNodes[fold] === 1) {
      if (nodes[index.foldPaper[f] as number] === 1) nodes[fold] = 1;
    }
  }
  const edges = new Uint8Array(drawnEdges);
  const { edgeSource, edgeTarget } = index;
  for (let e = 0; e < edges.length; e++) {
    if (edges[e] !== 1) continue;
    if (nodes[edgeSource[e] as number] !== 1 || nodes[edgeTarget[e] as number] !== 1) edges[e] = 0;
  }
  return { nodes, edges, drawnPapers: drawnPapers - foldedPapers, foldedPapers };
}
