// Collaboration paths: the shortest chain of coauthors between two authors over the links the
// filters leave (a joint paper passing them), the owner left out when the view hides it. Among
// the shortest chains, the one with the most joint papers wins (then the first by key, so a
// shared link always shows the same chain). Distances come from graphology-shortest-path; the
// tie-break walks the layers those distances define. Pure.
import { UndirectedGraph } from "graphology";
import { singleSourceLength } from "graphology-shortest-path/unweighted";
import { type FilterIndex, NODE_AUTHOR } from "./filterIndex";

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

interface LinkFacts {
  edge: number;
  papers: number[];
}

/** The coauthor graph the filters leave: authors as nodes, joint papers passing on each link. */
function filteredCoauthors(index: FilterIndex, options: PathOptions): UndirectedGraph {
  const { nodePasses, excludeOwner } = options;
  const { nodeKeys, isOwner, coauthorEdges, coauthorPaperStart, coauthorPapers } = index;
  const usable = (node: number) => nodePasses[node] === 1 && !(excludeOwner && isOwner[node] === 1);
  const graph = new UndirectedGraph<Record<string, never>, LinkFacts>();
  for (let c = 0; c < coauthorEdges.length; c++) {
    const edge = coauthorEdges[c] as number;
    const s = index.edgeSource[edge] as number;
    const t = index.edgeTarget[edge] as number;
    if (!usable(s) || !usable(t)) continue;
    const papers: number[] = [];
    const end = coauthorPaperStart[c + 1] as number;
    for (let j = coauthorPaperStart[c] as number; j < end; j++) {
      const paper = coauthorPapers[j] as number;
      if (nodePasses[paper] === 1) papers.push(paper);
    }
    if (papers.length === 0) continue;
    const a = nodeKeys[s] as string;
    const b = nodeKeys[t] as string;
    graph.mergeNode(a);
    graph.mergeNode(b);
    graph.mergeEdge(a, b, { edge, papers });
  }
  return graph;
}

/** A one-line reason an end cannot be on any path, or null when it can. */
function endProblem(index: FilterIndex, key: string, options: PathOptions): string | null {
  const i = index.nodeIndex.get(key);
  if (i === undefined || index.nodeKind[i] !== NODE_AUTHOR) return `${key} is not an author here`;
  if (options.nodePasses[i] !== 1) return `${key} has no paper passing the current filters`;
  if (options.excludeOwner && index.isOwner[i] === 1) return `${key} is the hidden owner`;
  return null;
}

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
  const graph = filteredCoauthors(index, options);
  if (!graph.hasNode(from) || !graph.hasNode(to)) {
    return { found: false, reason: "no collaboration links them under the current filters" };
  }
  const fromSource = singleSourceLength(graph, from);
  const length = fromSource[to];
  if (length === undefined) {
    return { found: false, reason: "no collaboration links them under the current filters" };
  }
  const fromTarget = singleSourceLength(graph, to);

  // Nodes on some shortest path, by distance from `from`; the best joint-paper total to each.
  const layers: string[][] = Array.from({ length: length + 1 }, () => []);
  for (const [node, d] of Object.entries(fromSource)) {
    const back = fromTarget[node];
    if (back !== undefined && d + back === length) layers[d]?.push(node);
  }
  const best = new Map<string, number>([[from, 0]]);
  const previous = new Map<string, string>();
  for (let d = 1; d <= length; d++) {
    const layer = (layers[d] as string[]).sort();
    for (const node of layer) {
      let score = -1;
      let pred: string | null = null;
      for (const neighbour of [...graph.neighbors(node)].sort()) {
        if (fromSource[neighbour] !== d - 1) continue;
        const base = best.get(neighbour);
        if (base === undefined) continue;
        const weight = (graph.getEdgeAttributes(neighbour, node) as LinkFacts).papers.length;
        if (base + weight > score) {
          score = base + weight;
          pred = neighbour;
        }
      }
      if (pred !== null) {
        best.set(node, score);
        previous.set(node, pred);
      }
    }
  }

  const nodes = [to];
  for (let node = to; node !== from; ) {
    node = previous.get(node) as string;
    nodes.push(node);
  }
  nodes.reverse();
  const steps = nodes.slice(1).map((next, k) => {
    const prev = nodes[k] as string;
    const facts = graph.getEdgeAttributes(prev, next) as LinkFacts;
    return {
      from: prev,
      to: next,
      edge: index.edgeKeys[facts.edge] as string,
      papers: facts.papers.map((p: number) => index.nodeKeys[p] as string),
    };
  });
  return { found: true, nodes, steps, jointPapers: best.get(to) ?? 0 };
}
