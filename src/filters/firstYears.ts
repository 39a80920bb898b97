// First collaboration years: for "colour by year" and for Play, the year each author and each
// link enters the network. An author's is the year of their first paper here (every paper in a
// network joins its author to at least the profile's owner, or stands alone); a coauthor link's
// is the year of the pair's first joint paper; a paper's is its own year, and an authorship edge
// takes its paper's. One pass over the filter index's typed arrays, once per loaded graph.
import { EDGE_AUTHORSHIP, type FilterIndex, NODE_PAPER } from "./filterIndex";

/** Year of an item that has none (a fold node, an author without papers). */
export const NO_YEAR = -1;

export interface FirstYears {
  /** Per node index: a paper's year, an author's first paper's year, else NO_YEAR. */
  node: Int32Array;
  /** Per edge index: a coauthor link's first joint paper's year, an authorship's paper's year. */
  edge: Int32Array;
  /** Span of the years above ([0, -1] when there are none). */
  min: number;
  max: number;
}

/** Earliest year of row `row`'s papers in a CSR list (`start`, `papers`), NO_YEAR when none. */
function earliestYear(
  paperYear: ArrayLike<number>,
  papers: ArrayLike<number>,
  start: ArrayLike<number>,
  row: number,
): number {
  let first = NO_YEAR;
  const end = start[row + 1] as number;
  for (let j = start[row] as number; j < end; j++) {
    const year = paperYear[papers[j] as number] as number;
    if (first === NO_YEAR || year < first) first = year;
  }
  return first;
}

/** The year every node and edge of the index first appears. O(nodes + edges + joint papers). */
export function firstYears(index: FilterIndex): FirstYears {
  const node = new Int32Array(index.nodeCount).fill(NO_YEAR);
  const edge = new Int32Array(index.edgeCount).fill(NO_YEAR);
  const { papers, paperYear, authors, authorPaperStart, authorPapers } = index;
  for (let k = 0; k < papers.length; k++) {
    const p = papers[k] as number;
    node[p] = paperYear[p] as number;
  }
  for (let a = 0; a < authors.length; a++) {
    node[authors[a] as number] = earliestYear(paperYear, authorPapers, authorPaperStart, a);
  }
  const { coauthorEdges, coauthorPaperStart, coauthorPapers } = index;
  for (let c = 0; c < coauthorEdges.length; c++) {
    edge[coauthorEdges[c] as number] = earliestYear(
      paperYear,
      coauthorPapers,
      coauthorPaperStart,
      c,
    );
  }
  const { edgeKind, edgeSource, edgeTarget, nodeKind } = index;
  for (let e = 0; e < index.edgeCount; e++) {
    if (edgeKind[e] !== EDGE_AUTHORSHIP) continue;
    const s = edgeSource[e] as number;
    const paper = nodeKind[s] === NODE_PAPER ? s : (edgeTarget[e] as number);
    edge[e] = paperYear[paper] as number;
  }
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const year of node) {
    if (year === NO_YEAR) continue;
    if (year < min) min = year;
    if (year > max) max = year;
  }
  return Number.isFinite(min) ? { node, edge, min, max } : { node, edge, min: 0, max: -1 };
}

/** Where `year` sits in [min, max], from 0 (first) to 1 (last); 1 for a one-year span. */
export function yearPosition(year: number, min: number, max: number): number {
  if (max <= min) return 1;
  return Math.min(1, Math.max(0, (year - min) / (max - min)));
}
