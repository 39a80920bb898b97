// Each node's edges in CSR form over the filter index, for the walks that start from a node
// (ego networks over every edge, collaboration paths over the coauthor links). Built once per
// index and kind, and kept while the index lives.
import type { FilterIndex } from "./filterIndex";

/** Node `i`'s edges are `items[start[i] .. start[i+1]]`, as positions in the walked edge list. */
export interface Incidence {
  start: Int32Array;
  items: Int32Array;
}

const allEdges = new WeakMap<FilterIndex, Incidence>();
const coauthorLinks = new WeakMap<FilterIndex, Incidence>();

/** Positions `0 .. count-1` of `edgeAt` (edge indices), grouped by endpoint. */
function build(index: FilterIndex, count: number, edgeAt: (k: number) => number): Incidence {
  const { nodeCount, edgeSource, edgeTarget } = index;
  const start = new Int32Array(nodeCount + 1);
  for (let k = 0; k < count; k++) {
    const e = edgeAt(k);
    const s = (edgeSource[e] as number) + 1;
    const t = (edgeTarget[e] as number) + 1;
    start[s] = (start[s] as number) + 1;
    start[t] = (start[t] as number) + 1;
  }
  for (let i = 0; i < nodeCount; i++)
    start[i + 1] = (start[i + 1] as number) + (start[i] as number);
  const fill = start.slice(0, nodeCount);
  const items = new Int32Array(count * 2);
  for (let k = 0; k < count; k++) {
    const e = edgeAt(k);
    for (const end of [edgeSource[e] as number, edgeTarget[e] as number]) {
      const at = fill[end] as number;
      items[at] = k;
      fill[end] = at + 1;
    }
  }
  return { start, items };
}

/** Every edge of each node (items are edge indices). */
export function edgeIncidence(index: FilterIndex): Incidence {
  let built = allEdges.get(index);
  if (!built) {
    built = build(index, index.edgeCount, (e) => e);
    allEdges.set(index, built);
  }
  return built;
}

/** Each node's coauthor links (items are positions in `index.coauthorEdges`). */
export function coauthorIncidence(index: FilterIndex): Incidence {
  let built = coauthorLinks.get(index);
  if (!built) {
    const { coauthorEdges } = index;
    built = build(index, coauthorEdges.length, (c) => coauthorEdges[c] as number);
    coauthorLinks.set(index, built);
  }
  return built;
}
