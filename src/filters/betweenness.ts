// Betweenness centrality of the authors in the coauthor projection: graphology-metrics on a
// graph of the authors alone, built from the filter index's slot pairs. Apart from ./measures.ts
// so that the page's first frame does not load graphology-metrics: the interface computes it on
// small networks, the measures worker on large ones. Pure: runs in Node, a Web Worker and the page.
import Graph from "graphology";
import betweennessCentrality from "graphology-metrics/centrality/betweenness.js";
import type { CoauthorPairs } from "./measures";

/**
 * Per author slot: normalised betweenness centrality in the coauthor projection (unweighted: a
 * joint paper count is a strength, not a distance). O(authors × links).
 */
export function authorBetweenness(pairs: CoauthorPairs): Float64Array {
  const graph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  for (let a = 0; a < pairs.authors; a++) graph.addNode(String(a));
  for (let c = 0; c < pairs.source.length; c++) {
    graph.mergeEdge(String(pairs.source[c]), String(pairs.target[c]));
  }
  const scores = betweennessCentrality(graph, { normalized: true, getEdgeWeight: null });
  const out = new Float64Array(pairs.authors);
  for (let a = 0; a < pairs.authors; a++) out[a] = scores[String(a)] ?? 0;
  return out;
}
