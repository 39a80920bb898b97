// Levels of detail for papers in the authors + papers view: at overview zoom thousands of paper
// squares would fall on top of one another, so each paper gets the coarsest zoom level at which
// it can be drawn without crowding the papers already drawn, and the canvas draws a paper only
// once the camera is zoomed in to its level. Pure: positions, sizes and the drawn bytes in,
// levels and masks out; the render side (src/render/levelOfDetail.ts) turns the camera into a
// level. Greedy thinning on a pyramid of grids: at level L the cells are `topCell / 2^L` wide,
// and the papers of levels <= L lie at least one such cell apart (the 3×3 cells around a paper
// hold every paper closer than that); a paper waits for the first level with room for it. Higher-priority papers (larger, then earlier
// in graph order) are placed first, so the overview keeps the prominent ones.
import { extentOf } from "../layout/extent";
import { type FilterIndex, NODE_AUTHOR, NODE_FOLD, NODE_PAPER } from "./filterIndex";

/** Levels of the pyramid; a paper still crowded at the finest one is drawn from there on. */
export const PAPER_LEVEL_COUNT = 12;

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
  const { minX, minY, maxX, maxY } = extentOf(x, y, drawn);
  // A touch wider than the extent, so the far edge falls inside the last cell.
  const topCell = Math.max(maxX - minX, maxY - minY, Number.MIN_VALUE) * (1 + 1e-9);
  drawn.sort((a, b) => (size[b] as number) - (size[a] as number) || a - b);

  // Level by level, coarse to fine: the papers placed so far go into a grid of that level's
  // cells, then each paper still waiting (in priority order) is placed there when no placed paper
  // lies closer than one cell. A hash table of cells (open addressing) heads a linked list of
  // its papers, all in typed arrays: a filter change in this view reruns it.
  const count = drawn.length;
  const px = new Float64Array(count);
  const py = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    px[k] = (x[drawn[k] as number] as number) - minX;
    py[k] = (y[drawn[k] as number] as number) - minY;
  }
  const slots = 2 ** Math.ceil(Math.log2(count * 2 + 2));
  const slotMask = slots - 1;
  const slotKey = new Int32Array(slots);
  const slotHead = new Int32Array(slots);
  const next = new Int32Array(count);
  const placed = new Int32Array(count);
  let placedCount = 0;
  const waiting = Int32Array.from({ length: count }, (_, k) => k);
  let waitingCount = count;
  const slotOf = (key: number): number => {
    let slot = Math.imul(key, 0x9e3779b1) >>> 0;
    slot &= slotMask;
    while (slotKey[slot] !== -1 && slotKey[slot] !== key) slot = (slot + 1) & slotMask;
    return slot;
  };
  for (let l = 0; l < PAPER_LEVEL_COUNT && waitingCount > 0; l++) {
    const cell = topCell / 2 ** l;
    const cell2 = cell * cell;
    const side = 2 ** l + 2;
    const keyOf = (k: number) =>
      (Math.floor((px[k] as number) / cell) + 1) * side + Math.floor((py[k] as number) / cell) + 1;
    slotKey.fill(-1);
    const insert = (k: number) => {
      const slot = slotOf(keyOf(k));
      if (slotKey[slot] === -1) {
        slotKey[slot] = keyOf(k);
        slotHead[slot] = -1;
      }
      next[k] = slotHead[slot] as number;
      slotHead[slot] = k;
    };
    for (let j = 0; j < placedCount; j++) insert(placed[j] as number);
    let still = 0;
    for (let w = 0; w < waitingCount; w++) {
      const k = waiting[w] as number;
      const key = keyOf(k);
      let crowded = false;
      for (let dx = -side; dx <= side && !crowded; dx += side) {
        for (let dy = -1; dy <= 1 && !crowded; dy++) {
          const slot = slotOf(key + dx + dy);
          if (slotKey[slot] === -1) continue;
          for (let q = slotHead[slot] as number; q !== -1; q = next[q] as number) {
            const ex = (px[q] as number) - (px[k] as number);
            const ey = (py[q] as number) - (py[k] as number);
            if (ex * ex + ey * ey < cell2) {
              crowded = true;
              break;
            }
          }
        }
      }
      if (crowded) {
        waiting[still++] = k;
      } else {
        level[drawn[k] as number] = l;
        placed[placedCount++] = k;
        insert(k);
      }
    }
    waitingCount = still;
  }
  for (let w = 0; w < waitingCount; w++) {
    level[drawn[waiting[w] as number] as number] = PAPER_LEVEL_COUNT;
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
