// The table view's rows: the authors the canvas draws or the papers passing the filters (the
// same sets the counters count), with the facts each column shows and sorts by. Papers, years
// and coauthors are counted under the current filters, so the table reads like the canvas.
// Pure: the filter index, the app graph's attributes and a visibility in, plain rows out.
import type { AppGraph } from "../graph/appGraph";
import { type FilterIndex, NODE_AUTHOR } from "./filterIndex";
import type { Visibility } from "./visibility";

export interface AuthorRow {
  key: string;
  name: string;
  /** Papers passing the filters. */
  papers: number;
  /** Coauthors linked to this author in the current view. */
  coauthors: number;
  /** Community number (the legend shows it plus one). */
  cluster: number;
  /** First and last year of the papers passing the filters. */
  firstYear: number;
  lastYear: number;
}

export interface PaperRow {
  key: string;
  title: string;
  venue: string;
  year: number;
  category: string;
  authors: number;
}

export type AuthorColumn = "name" | "papers" | "coauthors" | "cluster" | "years";
export type PaperColumn = "title" | "venue" | "year" | "category" | "authors";
export type SortDirection = "ascending" | "descending";

export interface TableSort<C extends string> {
  column: C;
  direction: SortDirection;
}

/** Authors the view draws, in graph order. O(authors' papers + coauthor links). */
export function authorRows(
  index: FilterIndex,
  graph: AppGraph,
  visibility: Visibility,
): AuthorRow[] {
  const { authors, authorPaperStart, authorPapers, nodeKeys, paperYear } = index;
  const { nodeVisible, nodePasses, edgeVisible } = visibility;
  const coauthors = new Int32Array(index.nodeCount);
  const { coauthorEdges, edgeSource, edgeTarget } = index;
  for (let c = 0; c < coauthorEdges.length; c++) {
    const e = coauthorEdges[c] as number;
    if (edgeVisible[e] !== 1) continue;
    const s = edgeSource[e] as number;
    const t = edgeTarget[e] as number;
    coauthors[s] = (coauthors[s] as number) + 1;
    coauthors[t] = (coauthors[t] as number) + 1;
  }
  const rows: AuthorRow[] = [];
  for (let a = 0; a < authors.length; a++) {
    const node = authors[a] as number;
    if (nodeVisible[node] !== 1 || index.nodeKind[node] !== NODE_AUTHOR) continue;
    let papers = 0;
    let firstYear = Number.POSITIVE_INFINITY;
    let lastYear = Number.NEGATIVE_INFINITY;
    const end = authorPaperStart[a + 1] as number;
    for (let j = authorPaperStart[a] as number; j < end; j++) {
      const p = authorPapers[j] as number;
      if (nodePasses[p] !== 1) continue;
      papers++;
      const year = paperYear[p] as number;
      if (year < firstYear) firstYear = year;
      if (year > lastYear) lastYear = year;
    }
    const key = nodeKeys[node] as string;
    const attrs = graph.getNodeAttributes(key);
    rows.push({
      key,
      name: attrs.kind === "author" ? attrs.name : key,
      papers,
      coauthors: coauthors[node] as number,
      cluster: attrs.kind === "author" ? attrs.community : -1,
      firstYear: papers > 0 ? firstYear : 0,
      lastYear: papers > 0 ? lastYear : 0,
    });
  }
  return rows;
}

/** Papers passing the filters, in graph order. */
export function paperRows(index: FilterIndex, graph: AppGraph, visibility: Visibility): PaperRow[] {
  const rows: PaperRow[] = [];
  const { papers, nodeKeys } = index;
  for (let k = 0; k < papers.length; k++) {
    const node = papers[k] as number;
    if (visibility.nodePasses[node] !== 1) continue;
    const key = nodeKeys[node] as string;
    const attrs = graph.getNodeAttributes(key);
    if (attrs.kind !== "paper") continue;
    rows.push({
      key,
      title: attrs.title,
      venue: attrs.venue,
      year: attrs.year,
      category: attrs.category,
      authors: attrs.authorCount,
    });
  }
  return rows;
}

const collator = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });

type Compare<R> = (a: R, b: R) => number;

const AUTHOR_ORDER: Record<AuthorColumn, Compare<AuthorRow>> = {
  name: (a, b) => collator.compare(a.name, b.name),
  papers: (a, b) => a.papers - b.papers,
  coauthors: (a, b) => a.coauthors - b.coauthors,
  cluster: (a, b) => a.cluster - b.cluster,
  years: (a, b) => a.firstYear - b.firstYear || a.lastYear - b.lastYear,
};

const PAPER_ORDER: Record<PaperColumn, Compare<PaperRow>> = {
  title: (a, b) => collator.compare(a.title, b.title),
  venue: (a, b) => collator.compare(a.venue, b.venue),
  year: (a, b) => a.year - b.year,
  category: (a, b) => collator.compare(a.category, b.category),
  authors: (a, b) => a.authors - b.authors,
};

/** A sorted copy; ties keep the key order, so the same view always lists the same way. */
function sorted<R extends { key: string }>(
  rows: R[],
  compare: Compare<R>,
  dir: SortDirection,
): R[] {
  const sign = dir === "ascending" ? 1 : -1;
  return [...rows].sort(
    (a, b) => sign * compare(a, b) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
  );
}

export function sortAuthorRows(rows: AuthorRow[], sort: TableSort<AuthorColumn>): AuthorRow[] {
  return sorted(rows, AUTHOR_ORDER[sort.column], sort.direction);
}

export function sortPaperRows(rows: PaperRow[], sort: TableSort<PaperColumn>): PaperRow[] {
  return sorted(rows, PAPER_ORDER[sort.column], sort.direction);
}
