// Graph coarsening for the multilevel layout: merge each node with its most strongly tied
// neighbour (heavy-edge matching, normalised by node size so clusters stay balanced), let
// leftovers and leaves join a neighbour's group, group tie-less nodes, and collapse each group into one node whose
// edges sum the group's ties. Repeating this gives a pyramid of ever smaller graphs.
import type { RandomSource } from "../graph/random";

/** One level of the pyramid: a weighted undirected graph in CSR form. */
export interface Level {
  n: number;
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  /** Finest-level nodes each node stands for. */
  size: Float64Array;
  /** Repulsion charge (sums of the finest charges). */
  charge: Float64Array;
}

/** Groups larger than this stop taking members, except leaves that have nowhere else to go. */
const MAX_GROUP = 4;

/** Collapse `level` one step; `parent[i]` is the coarse node fine node i joined. */
export function coarsen(level: Level, rng: RandomSource): { coarse: Level; parent: Int32Array } {
  const { n, offsets, targets, weights, size } = level;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    const t = order[i] as number;
    order[i] = order[j] as number;
    order[j] = t;
  }

  const parent = new Int32Array(n).fill(-1);
  const members: number[] = [];
  let groups = 0;
  // Nodes without ties (authors only on papers over the hyperauthor cap, say) would never
  // merge and stall the pyramid; they go in groups of their own, placed by repulsion alone.
  let loners = -1;
  for (let o = 0; o < n; o++) {
    const u = order[o] as number;
    if ((parent[u] as number) >= 0) continue;
    if (offsets[u] === offsets[u + 1]) {
      if (loners < 0 || (members[loners] as number) >= MAX_GROUP) {
        loners = groups++;
        members.push(0);
      }
      parent[u] = loners;
      members[loners] = (members[loners] as number) + 1;
      continue;
    }
    let bestFree = -1;
    let bestFreeScore = -1;
    let bestTaken = -1;
    let bestTakenScore = -1;
    const start = offsets[u] as number;
    const end = offsets[u + 1] as number;
    const su = size[u] as number;
    for (let e = start; e < end; e++) {
      const v = targets[e] as number;
      if (v === u) continue;
      const score = (weights[e] as number) / (su * (size[v] as number));
      const g = parent[v] as number;
      if (g < 0) {
        if (score > bestFreeScore) {
          bestFreeScore = score;
          bestFree = v;
        }
      } else if (
        score > bestTakenScore &&
        ((members[g] as number) < MAX_GROUP || end - start === 1)
      ) {
        bestTakenScore = score;
        bestTaken = v;
      }
    }
    if (bestFree >= 0) {
      parent[u] = groups;
      parent[bestFree] = groups;
      members.push(2);
      groups++;
    } else if (bestTaken >= 0) {
      const g = parent[bestTaken] as number;
      parent[u] = g;
      members[g] = (members[g] as number) + 1;
    } else {
      parent[u] = groups;
      members.push(1);
      groups++;
    }
  }
  return { coarse: collapse(level, parent, groups), parent };
}

/** Build the coarse graph of `groups` nodes from the fine graph and its node-to-group map. */
export function collapse(level: Level, parent: Int32Array, groups: number): Level {
  const { n, offsets, targets, weights, size, charge } = level;
  // Members of each group, contiguous (counting sort by group).
  const start = new Int32Array(groups + 1);
  for (let i = 0; i < n; i++) {
    const g = parent[i] as number;
    start[g + 1] = (start[g + 1] as number) + 1;
  }
  for (let g = 0; g < groups; g++) start[g + 1] = (start[g + 1] as number) + (start[g] as number);
  const fill = start.slice(0, groups);
  const byGroup = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const g = parent[i] as number;
    byGroup[fill[g] as number] = i;
    fill[g] = (fill[g] as number) + 1;
  }

  const cOffsets = new Int32Array(groups + 1);
  const cTargets = new Int32Array(targets.length);
  const cWeights = new Float64Array(targets.length);
  const cSize = new Float64Array(groups);
  const cCharge = new Float64Array(groups);
  const mark = new Int32Array(groups).fill(-1);
  const slot = new Int32Array(groups);
  let len = 0;
  for (let g = 0; g < groups; g++) {
    for (let m = start[g] as number, e = start[g + 1] as number; m < e; m++) {
      const u = byGroup[m] as number;
      cSize[g] = (cSize[g] as number) + (size[u] as number);
      cCharge[g] = (cCharge[g] as number) + (charge[u] as number);
      for (let k = offsets[u] as number, ke = offsets[u + 1] as number; k < ke; k++) {
        const h = parent[targets[k] as number] as number;
        if (h === g) continue;
        if (mark[h] !== g) {
          mark[h] = g;
          slot[h] = len;
          cTargets[len] = h;
          cWeights[len] = weights[k] as number;
          len++;
        } else {
          const s = slot[h] as number;
          cWeights[s] = (cWeights[s] as number) + (weights[k] as number);
        }
      }
    }
    cOffsets[g + 1] = len;
  }
  return {
    n: groups,
    offsets: cOffsets,
    targets: cTargets.slice(0, len),
    weights: cWeights.slice(0, len),
    size: cSize,
    charge: cCharge,
  };
}
