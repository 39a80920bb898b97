// Author measures for node size and the details panel: papers, coauthor links (degree in the
// coauthor view: joint papers under the hyperauthorship cap), and sizes from them or from
// betweenness centrality (computed in ./betweenness.ts). Read from the filter index's typed
// arrays. Pure: runs in Node, in a Web Worker and in the page.
import { cachedPer } from "../model/cachedPer";
import type { SizeMode } from "../model/viewState";
import type { FilterIndex } from "./filterIndex";

/** The coauthor projection as author slots (positions in `index.authors`) and slot pairs. */
export interface CoauthorPairs {
  authors: number;
  source: Int32Array;
  target: Int32Array;
}

/** Smallest and largest author sizes, as the layout's paper-based sizes span. */
export const AUTHOR_SIZE_MIN = 3;
export const AUTHOR_SIZE_MAX = 16;

/** Above this many authors betweenness is computed in a Web Worker, not in the page. */
export const BETWEENNESS_IN_PAGE_MAX_AUTHORS = 1500;

/** Per author slot: papers in the network. */
export function authorPaperCounts(index: FilterIndex): Int32Array {
  const counts = new Int32Array(index.authors.length);
  for (let a = 0; a < counts.length; a++) {
    counts[a] = (index.authorPaperStart[a + 1] as number) - (index.authorPaperStart[a] as number);
  }
  return counts;
}

/** The coauthor edges as pairs of author slots. */
export function coauthorPairs(index: FilterIndex): CoauthorPairs {
  const slot = new Int32Array(index.nodeCount).fill(-1);
  index.authors.forEach((node, a) => {
    slot[node] = a;
  });
  const n = index.coauthorEdges.length;
  const source = new Int32Array(n);
  const target = new Int32Array(n);
  for (let c = 0; c < n; c++) {
    const e = index.coauthorEdges[c] as number;
    source[c] = slot[index.edgeSource[e] as number] as number;
    target[c] = slot[index.edgeTarget[e] as number] as number;
  }
  return { authors: index.authors.length, source, target };
}

/** Per author slot: coauthor links (degree in the coauthor projection). */
export function coauthorDegrees(pairs: CoauthorPairs): Int32Array {
  const degree = new Int32Array(pairs.authors);
  for (let c = 0; c < pairs.source.length; c++) {
    const s = pairs.source[c] as number;
    const t = pairs.target[c] as number;
    degree[s] = (degree[s] as number) + 1;
    degree[t] = (degree[t] as number) + 1;
  }
  return degree;
}

/** coauthorDegrees of a loaded index, computed once (author details and sizes both read it). */
export const coauthorDegreesOf = cachedPer((index: FilterIndex) =>
  coauthorDegrees(coauthorPairs(index)),
);

/**
 * Node sizes for `mode`, per node index (authors only; other nodes NaN: they keep their own):
 * the measure's square root scaled into the author size range, so the largest author is as
 * large as the layout's largest. Null for "papers" (the layout's sizes are already by papers)
 * or when the values are not known yet.
 */
export function authorSizes(
  index: FilterIndex,
  mode: SizeMode,
  values: ArrayLike<number> | null,
): Float32Array | null {
  if (mode === "papers" || values === null) return null;
  const sizes = new Float32Array(index.nodeCount).fill(Number.NaN);
  let max = 0;
  for (let a = 0; a < values.length; a++) max = Math.max(max, values[a] as number);
  for (let a = 0; a < index.authors.length; a++) {
    const v = (values[a] as number | undefined) ?? 0;
    const share = max > 0 ? Math.sqrt(v / max) : 0;
    sizes[index.authors[a] as number] =
      AUTHOR_SIZE_MIN + (AUTHOR_SIZE_MAX - AUTHOR_SIZE_MIN) * share;
  }
  return sizes;
}
