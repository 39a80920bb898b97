// Collaboration paths: the shortest chain of coauthors between two authors over the links the
// filters leave (a joint paper passing them), the owner left out when the view hides it. Among
// the shortest chains, the one with the most joint papers wins (then the first in graph order,
// so a shared link always shows the same chain). Pure.
//
// Written over the filter index's typed arrays rather than with graphology-shortest-path: the
// library walks a graphology graph, and building the filtered coauthor graph for it (then
// walking it through graphology's API) took longer than a frame's budget many times over on a
// 10k-author network, on every filter change while a path is shown. Two breadth-first searches
// over the index are linear and allocation-light; the unit tests check their lengths against
// graphology-shortest-path's on the real network.
import { type FilterIndex, NODE_AUTHOR } from "./filterIndex";
import { coauthorIncidence } from "./incidence";

export interface PathStep {
  from: string;
  to: string;
  /** The coauthor link's key. */
  edge: string;
  /** Joint papers of the two that pass the filters (paper keys, graph order). */
  papers: string[];
}

export type PathResult =
  | { found: true; nodes: string[]; steps: PathStep[]; jointPapers: number }
  | { found: false; reason: string };

export interface PathOptions {
  /** Per node: a paper passing the filters, or an author with one (Visibility.nodePasses). */
  nodePasses: Uint8Array;
  /** Leave the profile owner(s) out (*Hide owner*). */
  excludeOwner: boolean;
}

/** Per coauthor link: joint papers passing the filters, 0 where the link is unusable. */
function linkWeights(index: FilterIndex, options: PathOptions): Int32Array {
  const { nodePasses, excludeOwner } = options;
  const { isOwner, coauthorEdges, coauthorPaperStart, coauthorPapers, edgeSource, edgeTarget } =
    index;
  const usable = (node: number) => nodePasses[node] === 1 && !(excludeOwner && isOwner[node] === 1);
  const weights = new Int32Array(coauthorEdges.length);
  for (let c = 0; c < coauthorEdges.length; c++) {
    const e = coauthorEdges[c] as number;
    if (!usable(edgeSource[e] as number) || !usable(edgeTarget[e] as number)) continue;
    let w = 0;
    const end = coauthorPaperStart[c + 1] as number;
    for (let j = coauthorPaperStart[c] as number; j < end; j++) {
      if (nodePasses[coauthorPapers[j] as number] === 1) w++;
    }
    weights[c] = w;
  }
  return weights;
}

/** Breadth-first distances from `source` over usable links, up to `limit` steps (-1: unreached). */
function distances(
  index: FilterIndex,
  weights: Int32Array,
  source: number,
  limit: number,
  stopAt = -1,
): Int32Array {
  const { start, items: links } = coauthorIncidence(index);
  const { coauthorEdges, edgeSource, edgeTarget } = index;
  const dist = new Int32Array(index.nodeCount).fill(-1);
  dist[source] = 0;
  let frontier = [source];
  for (let d = 1; d <= limit && frontier.length > 0 && dist[stopAt] !== d - 1; d++) {
    const next: number[] = [];
    for (const node of frontier) {
      const end = start[node + 1] as number;
      for (let j = start[node] as number; j < end; j++) {
        const c = links[j] as number;
        if (weights[c] === 0) continue;
        const e = coauthorEdges[c] as number;
        const s = edgeSource[e] as number;
        const other = s === node ? (edgeTarget[e] as number) : s;
        if (dist[other] !== -1) continue;
        dist[other] = d;
        next.push(other);
      }
    }
    frontier = next;
  }
  return dist;
}

/** A one-line reason an end cannot be on any path, or null when it can. */
function endProblem(index: FilterIndex, key: string, options: PathOptions): string | null {
  const i = index.nodeIndex.get(key);
  if (i === undefined || index.nodeKind[i] !== NODE_AUTHOR) return `${key} is not an author here`;
  if (options.nodePasses[i] !== 1) return `${key} has no paper passing the current filters`;
  if (options.excludeOwner && index.isOwner[i] === 1) return `${key} is the hidden owner`;
  return null;
}

const NO_LINK = "no collaboration links them under the current filters";

/** The shortest collaboration path from `from` to `to`, most joint papers among equals. */
export function collaborationPath(
  index: FilterIndex,
  from: string,
  to: string,
  options: PathOptions,
): PathResult {
  const problem = endProblem(index, from, options) ?? endProblem(index, to, options);
  if (problem !== null) return { found: false, reason: problem };
  if (from === to) return { found: true, nodes: [from], steps: [], jointPapers: 0 };
  const source = index.nodeIndex.get(from) as number;
  const target = index.nodeIndex.get(to) as number;
  const weights = linkWeights(index, options);
  const fromSource = distances(index, weights, source, index.nodeCount, target);
  const length = fromSource[target] as number;
  if (length < 0) return { found: false, reason: NO_LINK };
  const fromTarget = distances(index, weights, target, length);

  // Walk the layers of nodes on some shortest path, keeping the best joint-paper total to each
  // and the neighbour it came from (the first in graph order among equals).
  const { start, items: links } = coauthorIncidence(index);
  const { coauthorEdges, edgeSource, edgeTarget } = index;
  const best = new Int32Array(index.nodeCount).fill(-1);
  const previous = new Int32Array(index.nodeCount).fill(-1);
  const via = new Int32Array(index.nodeCount).fill(-1);
  best[source] = 0;
  let layer = [source];
  for (let d = 1; d <= length; d++) {
    const next = new Set<number>();
    for (const node of layer) {
      const end = start[node + 1] as number;
      for (let j = start[node] as number; j < end; j++) {
        const c = links[j] as number;
        if (weights[c] === 0) continue;
        const e = coauthorEdges[c] as number;
        const s = edgeSource[e] as number;
        const other = s === node ? (edgeTarget[e] as number) : s;
        if (fromSource[other] !== d || fromTarget[other] !== length - d) continue;
        const score = (best[node] as number) + (weights[c] as number);
        const better =
          score > (best[other] as number) ||
          (score === best[other] && node < (previous[other] as number));
        if (better) {
          best[other] = score;
          previous[other] = node;
          via[other] = c;
        }
        next.add(other);
      }
    }
    layer = [...next];
  }

  const chain = [target];
  while (chain[chain.length - 1] !== source) {
    chain.push(previous[chain[chain.length - 1] as number] as number);
  }
  chain.reverse();
  const { nodeKeys, coauthorPaperStart, coauthorPapers, edgeKeys } = index;
  const steps = chain.slice(1).map((node, k) => {
    const c = via[node] as number;
    const papers: string[] = [];
    const end = coauthorPaperStart[c + 1] as number;
    for (let j = coauthorPaperStart[c] as number; j < end; j++) {
      const paper = coauthorPapers[j] as number;
      if (options.nodePasses[paper] === 1) papers.push(nodeKeys[paper] as string);
    }
    return {
      from: nodeKeys[chain[k] as number] as string,
      to: nodeKeys[node] as string,
      edge: edgeKeys[coauthorEdges[c] as number] as string,
      papers,
    };
  });
  return {
    found: true,
    nodes: chain.map((n) => nodeKeys[n] as string),
    steps,
    jointPapers: best[target] as number,
  };
}
