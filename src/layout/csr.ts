// Compressed sparse rows: a graphology graph flattened to typed arrays, so the layout's hot
// loops index numbers instead of hashing string keys (and the arrays cross a worker boundary
// as transferables).
import type Graph from "graphology";

/** Undirected adjacency in CSR form: node i's neighbours are targets[offsets[i] .. offsets[i+1]). */
export interface Csr {
  /** Node keys, in the graph's own order: index i is nodes[i]. */
  nodes: string[];
  offsets: Int32Array;
  targets: Int32Array;
  /** Edge weight of each adjacency entry (1 where the graph gives none). */
  weights: Float64Array;
}

export interface CsrOptions {
  /** Edge attribute read as the weight; missing, non-finite or non-positive values count as 1. */
  weightAttribute?: string | null;
}

/**
 * Flatten a graph to CSR. Every edge is stored in both directions (direction carries no
 * meaning for a layout); self-loops are dropped; parallel edges stay as separate entries, which
 * sums their weights in every force.
 */
export function graphToCsr(graph: Graph, options: CsrOptions = {}): Csr {
  const weightAttribute =
    options.weightAttribute === undefined ? "weight" : options.weightAttribute;
  const nodes = graph.nodes();
  const index = new Map<string, number>();
  for (let i = 0; i < nodes.length; i++) index.set(nodes[i] as string, i);

  const sources: number[] = [];
  const dests: number[] = [];
  const ws: number[] = [];
  graph.forEachEdge((_edge, attributes, source, target) => {
    if (source === target) return;
    const s = index.get(source) as number;
    const t = index.get(target) as number;
    let w = 1;
    if (weightAttribute !== null) {
      const raw = attributes[weightAttribute];
      if (typeof raw === "number" && Number.isFinite(raw) && raw > 0) w = raw;
    }
    sources.push(s);
    dests.push(t);
    ws.push(w);
  });
  return csrFromEdgeList(nodes, sources, dests, ws);
}

/** Build CSR from an edge list of node indices (each edge stored both ways). */
export function csrFromEdgeList(
  nodes: string[],
  sources: ArrayLike<number>,
  dests: ArrayLike<number>,
  ws: ArrayLike<number>,
): Csr {
  const n = nodes.length;
  const offsets = new Int32Array(n + 1);
  for (let e = 0; e < sources.length; e++) {
    const s = sources[e] as number;
    const t = dests[e] as number;
    offsets[s + 1] = (offsets[s + 1] as number) + 1;
    offsets[t + 1] = (offsets[t + 1] as number) + 1;
  }
  for (let i = 0; i < n; i++) offsets[i + 1] = (offsets[i + 1] as number) + (offsets[i] as number);
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(offsets[n] as number);
  const weights = new Float64Array(offsets[n] as number);
  for (let e = 0; e < sources.length; e++) {
    const s = sources[e] as number;
    const t = dests[e] as number;
    const w = ws[e] as number;
    let p = fill[s] as number;
    targets[p] = t;
    weights[p] = w;
    fill[s] = p + 1;
    p = fill[t] as number;
    targets[p] = s;
    weights[p] = w;
    fill[t] = p + 1;
  }
  return { nodes, offsets, targets, weights };
}
