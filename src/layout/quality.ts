// Neighbourhood preservation: how well a layout keeps a node's graph neighbours next to it.
// For each sampled node of degree k, the share of its k nearest nodes in the plane that are
// graph neighbours; the metric is the mean share (1 = every node's nearest nodes are exactly
// its neighbours). It ignores scale, rotation and translation, so layouts compare directly.
import type Graph from "graphology";
import { mulberry32 } from "../graph/random";
import { buildKdTree, nearestNeighbours } from "./kdTree";

export type Positions = Record<string, { x: number; y: number }>;

export interface NeighbourhoodPreservationOptions {
  /** Nodes to sample (nodes with no neighbours are never sampled); default 1000. */
  sample?: number;
  /** Seed for the sample; default 1. */
  seed?: number;
}

/**
 * Mean neighbourhood preservation over a seeded sample of the nodes that have neighbours.
 * `positions` maps every node key to its place. Self-loops and edge direction are ignored;
 * parallel edges count once. Returns 0 for a graph without edges.
 */
export function neighbourhoodPreservation(
  graph: Graph,
  positions: Positions,
  options: NeighbourhoodPreservationOptions = {},
): number {
  const sample = options.sample ?? 1000;
  const seed = options.seed ?? 1;
  if (!Number.isInteger(sample) || sample < 1) {
    throw new Error(`quality: sample must be a positive integer, got ${sample}`);
  }
  const nodes = graph.nodes();
  const n = nodes.length;
  const index = new Map<string, number>();
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const key = nodes[i] as string;
    index.set(key, i);
    const p = positions[key];
    if (!p || !Number.isFinite(p.x) || !Number.isFinite(p.y)) {
      throw new Error(`quality: node "${key}" has no finite position`);
    }
    xs[i] = p.x;
    ys[i] = p.y;
  }
  const neighbours: Int32Array[] = new Array(n);
  const candidates: number[] = [];
  for (let i = 0; i < n; i++) {
    const set = new Set<number>();
    for (const other of graph.neighbors(nodes[i] as string)) {
      const j = index.get(other) as number;
      if (j !== i) set.add(j);
    }
    neighbours[i] = Int32Array.from(set);
    if (set.size > 0) candidates.push(i);
  }
  if (candidates.length === 0) return 0;

  // Partial Fisher-Yates: a seeded sample without repeats, independent of the positions.
  const rng = mulberry32(seed);
  const take = Math.min(sample, candidates.length);
  for (let s = 0; s < take; s++) {
    const r = s + Math.floor(rng() * (candidates.length - s));
    const t = candidates[s] as number;
    candidates[s] = candidates[r] as number;
    candidates[r] = t;
  }

  const tree = buildKdTree(xs, ys);
  const mark = new Int32Array(n).fill(-1);
  let total = 0;
  for (let s = 0; s < take; s++) {
    const i = candidates[s] as number;
    const nb = neighbours[i] as Int32Array;
    const k = Math.min(nb.length, n - 1);
    for (let j = 0; j < nb.length; j++) mark[nb[j] as number] = i;
    const nearest = nearestNeighbours(tree, i, k);
    let hits = 0;
    for (let j = 0; j < nearest.length; j++) if (mark[nearest[j] as number] === i) hits++;
    total += hits / k;
  }
  return total / take;
}
