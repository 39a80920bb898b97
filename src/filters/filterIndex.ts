// The filter index: every per-node and per-edge fact a filter reads, precomputed once per load
// into typed arrays, so a filter change is a linear pass over numbers (no strings, no graph
// traversal). Built from the app graph (prepareAtlasGraph's output); never rebuilt per frame.
// At load it takes the positions prepareAtlasGraphOrdered learnt, so no key is looked up twice.
import type { AppGraph, AppGraphOrder } from "../graph/appGraph";

export const NODE_PAPER = 0;
export const NODE_AUTHOR = 1;
export const NODE_FOLD = 2;

export const EDGE_AUTHORSHIP = 0;
export const EDGE_COAUTHOR = 1;
export const EDGE_FOLD = 2;

export interface FilterIndex {
  /** Node index ↔ key (graph order). */
  nodeCount: number;
  nodeKeys: string[];
  nodeIndex: Map<string, number>;
  /** NODE_PAPER / NODE_AUTHOR / NODE_FOLD per node. */
  nodeKind: Uint8Array;

  /** Edge index ↔ key (graph order); endpoints as node indices. */
  edgeCount: number;
  edgeKeys: string[];
  edgeIndex: Map<string, number>;
  /** EDGE_AUTHORSHIP / EDGE_COAUTHOR / EDGE_FOLD per edge. */
  edgeKind: Uint8Array;
  edgeSource: Int32Array;
  edgeTarget: Int32Array;
  /** Edge indices of authorship and fold edges: what the bipartite view may show. */
  bipartiteEdges: Int32Array;

  /** Node indices of papers, in graph order. */
  papers: Int32Array;
  /** Per node (meaningful for papers only): year, category id, venue id, has-code flag. */
  paperYear: Int32Array;
  paperCategory: Int32Array;
  paperVenue: Int32Array;
  paperHasCode: Uint8Array;
  /** 1 for a paper flagged as likely a namesake's (schemaVersion 2 `namesake`). */
  paperNamesake: Uint8Array;

  /** Node indices of authors, and each author's papers in CSR form (node indices). */
  authors: Int32Array;
  authorPaperStart: Int32Array;
  authorPapers: Int32Array;
  /** Per node: 1 for a profile owner. */
  isOwner: Uint8Array;
  /** Per node: 1 for an author with papers but no coauthor link under the cap. */
  isIsolated: Uint8Array;
  ownerKeys: string[];
  isolatedCount: number;

  /** Edge indices of coauthor edges, and each one's joint papers in CSR form (node indices). */
  coauthorEdges: Int32Array;
  coauthorPaperStart: Int32Array;
  coauthorPapers: Int32Array;

  /** Node indices of fold nodes, their paper (node index) and members in CSR form. */
  folds: Int32Array;
  foldPaper: Int32Array;
  foldMemberStart: Int32Array;
  foldMembers: Int32Array;
  /** Per node: the fold slot (index into `folds`) that folds this author, or -1. */
  foldedBy: Int32Array;

  /** Facets: ids are positions in these lists, ordered by total (desc) then name. */
  categories: string[];
  categoryTotals: Int32Array;
  categoryId: Map<string, number>;
  venues: string[];
  venueTotals: Int32Array;
  venueId: Map<string, number>;

  /** Year span of the papers ([0, -1] when there are none) and papers per year from yearMin. */
  yearMin: number;
  yearMax: number;
  yearTotals: Int32Array;

  /** Data nodes: papers and authors. */
  paperCount: number;
  authorCount: number;
}

/** Facet ids in display order: total (desc), then name. Returns the names in that order. */
function facetOrder(names: string[], totals: Int32Array): { order: string[]; rank: Int32Array } {
  const ids = names.map((_n, k) => k);
  ids.sort((a, b) => {
    const x = names[a] as string;
    const y = names[b] as string;
    return (totals[b] as number) - (totals[a] as number) || (x < y ? -1 : 1);
  });
  const rank = new Int32Array(names.length);
  ids.forEach((id, r) => {
    rank[id] = r;
  });
  return { order: ids.map((id) => names[id] as string), rank };
}

/** Ids for the distinct values of one facet, in order of first appearance. */
class FacetIds {
  readonly names: string[] = [];
  readonly ids = new Map<string, number>();
  counts: number[] = [];
  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
      this.counts.push(0);
    }
    this.counts[id] = (this.counts[id] as number) + 1;
    return id;
  }
}

/**
 * Build the index of an app graph. O(nodes + edges + joint papers). `order` is what
 * prepareAtlasGraphOrdered returned with this graph (unchanged since): with it, node keys are
 * not indexed again and no edge end or joint paper is looked up by key.
 */
export function buildFilterIndex(graph: AppGraph, order?: AppGraphOrder): FilterIndex {
  const nodeCount = graph.order;
  const edgeCount = graph.size;
  if (order && (order.nodeKeys.length !== nodeCount || order.edgeSource.length !== edgeCount)) {
    throw new Error("buildFilterIndex: the order given does not describe this graph");
  }
  const nodeKeys: string[] = order ? order.nodeKeys : new Array(nodeCount);
  const nodeIndex = order ? order.nodeIndex : new Map<string, number>();
  const nodeKind = new Uint8Array(nodeCount);
  const paperYear = new Int32Array(nodeCount);
  const isOwner = new Uint8Array(nodeCount);
  const paperHasCode = new Uint8Array(nodeCount);
  const paperNamesake = new Uint8Array(nodeCount);
  const categoryFacet = new FacetIds();
  const venueFacet = new FacetIds();
  const paperList = new Int32Array(nodeCount);
  const authorList = new Int32Array(nodeCount);
  const foldList = new Int32Array(nodeCount);
  let paperCount = 0;
  let authorCount = 0;
  let foldCount = 0;
  const ownerKeys: string[] = [];
  // Facet ids per node in order of first appearance, renumbered once the facets are sorted.
  const paperCategory = new Int32Array(nodeCount).fill(-1);
  const paperVenue = new Int32Array(nodeCount).fill(-1);
  let yearMin = Number.POSITIVE_INFINITY;
  let yearMax = Number.NEGATIVE_INFINITY;

  let i = 0;
  graph.forEachNode((key, attrs) => {
    if (!order) {
      nodeKeys[i] = key;
      nodeIndex.set(key, i);
    }
    if (attrs.kind === "paper") {
      nodeKind[i] = NODE_PAPER;
      paperList[paperCount++] = i;
      paperCategory[i] = categoryFacet.id(attrs.category);
      paperVenue[i] = venueFacet.id(attrs.venue);
      paperYear[i] = attrs.year;
      paperHasCode[i] = attrs.hasCode ? 1 : 0;
      paperNamesake[i] = attrs.namesake ? 1 : 0;
      if (attrs.year < yearMin) yearMin = attrs.year;
      if (attrs.year > yearMax) yearMax = attrs.year;
    } else if (attrs.kind === "author") {
      nodeKind[i] = NODE_AUTHOR;
      authorList[authorCount++] = i;
      if (attrs.owner) {
        isOwner[i] = 1;
        ownerKeys.push(key);
      }
    } else {
      nodeKind[i] = NODE_FOLD;
      foldList[foldCount++] = i;
    }
    i++;
  });

  const categoryTotalsFirst = Int32Array.from(categoryFacet.counts);
  const venueTotalsFirst = Int32Array.from(venueFacet.counts);
  const categoryOrder = facetOrder(categoryFacet.names, categoryTotalsFirst);
  const venueOrder = facetOrder(venueFacet.names, venueTotalsFirst);
  const categories = categoryOrder.order;
  const venues = venueOrder.order;
  const categoryId = new Map(categories.map((c, id) => [c, id] as const));
  const venueId = new Map(venues.map((v, id) => [v, id] as const));
  const categoryTotals = Int32Array.from(
    categories,
    (c) => categoryTotalsFirst[categoryFacet.ids.get(c) as number] as number,
  );
  const venueTotals = Int32Array.from(
    venues,
    (v) => venueTotalsFirst[venueFacet.ids.get(v) as number] as number,
  );
  if (paperCount === 0) {
    yearMin = 0;
    yearMax = -1;
  }
  const yearTotals = new Int32Array(Math.max(0, yearMax - yearMin + 1));
  for (let k = 0; k < paperCount; k++) {
    const p = paperList[k] as number;
    paperCategory[p] = categoryOrder.rank[paperCategory[p] as number] as number;
    paperVenue[p] = venueOrder.rank[paperVenue[p] as number] as number;
    const y = (paperYear[p] as number) - yearMin;
    yearTotals[y] = (yearTotals[y] as number) + 1;
  }

  // Edges, with the author → papers and coauthor-edge → papers lists gathered as we go.
  const edgeKeys: string[] = new Array(edgeCount);
  const edgeIndex = new Map<string, number>();
  const edgeKind = new Uint8Array(edgeCount);
  const edgeSource = order ? order.edgeSource : new Int32Array(edgeCount);
  const edgeTarget = order ? order.edgeTarget : new Int32Array(edgeCount);
  const authorPaperCount = new Int32Array(nodeCount);
  const hasCoauthor = new Uint8Array(nodeCount);
  const coauthorList = new Int32Array(edgeCount);
  const bipartiteList = new Int32Array(edgeCount);
  let coauthorCount = 0;
  let bipartiteCount = 0;
  // Joint papers come with the order when it has them; otherwise from the edges' attributes.
  const knownPapers = order?.coauthorPapers && order.coauthorPaperStart ? order : null;
  const coauthorPaperStartList: number[] = [0];
  const coauthorPaperList: number[] = [];
  let e = 0;
  graph.forEachEdge((key, attrs, source, target) => {
    let s: number;
    let t: number;
    if (order) {
      s = edgeSource[e] as number;
      t = edgeTarget[e] as number;
    } else {
      s = nodeIndex.get(source) as number;
      t = nodeIndex.get(target) as number;
      edgeSource[e] = s;
      edgeTarget[e] = t;
    }
    edgeKeys[e] = key;
    edgeIndex.set(key, e);
    if (attrs.kind === "authorship") {
      edgeKind[e] = EDGE_AUTHORSHIP;
      bipartiteList[bipartiteCount++] = e;
      const author = nodeKind[s] === NODE_AUTHOR ? s : t;
      authorPaperCount[author] = (authorPaperCount[author] as number) + 1;
    } else if (attrs.kind === "coauthor") {
      edgeKind[e] = EDGE_COAUTHOR;
      coauthorList[coauthorCount++] = e;
      if (!knownPapers) {
        for (const paper of attrs.papers) coauthorPaperList.push(nodeIndex.get(paper) ?? 0);
        coauthorPaperStartList.push(coauthorPaperList.length);
      }
      hasCoauthor[s] = 1;
      hasCoauthor[t] = 1;
    } else {
      edgeKind[e] = EDGE_FOLD;
      bipartiteList[bipartiteCount++] = e;
    }
    e++;
  });
  if (knownPapers && knownPapers.coauthorPaperStart?.length !== coauthorCount + 1) {
    throw new Error("buildFilterIndex: the order's joint papers do not match the coauthor edges");
  }

  // Author → papers (CSR, in author order).
  const authors = authorList.slice(0, authorCount);
  const authorPaperStart = new Int32Array(authors.length + 1);
  const authorSlot = new Int32Array(nodeCount).fill(-1);
  for (let a = 0; a < authors.length; a++) {
    const node = authors[a] as number;
    authorSlot[node] = a;
    authorPaperStart[a + 1] = (authorPaperStart[a] as number) + (authorPaperCount[node] as number);
  }
  const authorPapers = new Int32Array(authorPaperStart[authors.length] as number);
  const fill = authorPaperStart.slice(0, authors.length);
  for (let k = 0; k < edgeCount; k++) {
    if (edgeKind[k] !== EDGE_AUTHORSHIP) continue;
    const s = edgeSource[k] as number;
    const t = edgeTarget[k] as number;
    const sIsAuthor = nodeKind[s] === NODE_AUTHOR;
    const slot = authorSlot[sIsAuthor ? s : t] as number;
    const at = fill[slot] as number;
    authorPapers[at] = sIsAuthor ? t : s;
    fill[slot] = at + 1;
  }

  // Isolated under the cap: authors with papers but no coauthor edge.
  const isIsolated = new Uint8Array(nodeCount);
  let isolatedCount = 0;
  for (const a of authors) {
    if ((authorPaperCount[a] as number) > 0 && hasCoauthor[a] === 0) {
      isIsolated[a] = 1;
      isolatedCount++;
    }
  }

  // Coauthor edge → joint papers (CSR): from the order, or gathered in the edge pass above.
  const coauthorEdges = coauthorList.slice(0, coauthorCount);
  const coauthorPaperStart =
    knownPapers?.coauthorPaperStart ?? Int32Array.from(coauthorPaperStartList);
  const coauthorPapers = knownPapers?.coauthorPapers ?? Int32Array.from(coauthorPaperList);

  // Fold nodes: their paper and members (CSR); each member points back at its fold.
  const folds = foldList.slice(0, foldCount);
  const foldPaper = new Int32Array(folds.length);
  const foldMemberStart = new Int32Array(folds.length + 1);
  const memberList: number[] = [];
  const foldedBy = new Int32Array(nodeCount).fill(-1);
  for (let f = 0; f < folds.length; f++) {
    const attrs = graph.getNodeAttributes(nodeKeys[folds[f] as number] as string);
    if (attrs.kind === "fold") {
      foldPaper[f] = nodeIndex.get(attrs.paper) ?? -1;
      for (const m of attrs.members) {
        const mi = nodeIndex.get(m);
        if (mi === undefined) continue;
        memberList.push(mi);
        foldedBy[mi] = f;
      }
    }
    foldMemberStart[f + 1] = memberList.length;
  }

  return {
    nodeCount,
    nodeKeys,
    nodeIndex,
    nodeKind,
    edgeCount,
    edgeKeys,
    edgeIndex,
    edgeKind,
    edgeSource,
    edgeTarget,
    bipartiteEdges: bipartiteList.slice(0, bipartiteCount),
    papers: paperList.slice(0, paperCount),
    paperYear,
    paperCategory,
    paperVenue,
    paperHasCode,
    paperNamesake,
    authors,
    authorPaperStart,
    authorPapers,
    isOwner,
    isIsolated,
    ownerKeys,
    isolatedCount,
    coauthorEdges,
    coauthorPaperStart,
    coauthorPapers,
    folds,
    foldPaper,
    foldMemberStart,
    foldMembers: Int32Array.from(memberList),
    foldedBy,
    categories,
    categoryTotals,
    categoryId,
    venues,
    venueTotals,
    venueId,
    yearMin,
    yearMax,
    yearTotals,
    paperCount,
    authorCount,
  };
}

/** The index's answer to "does this exist?", in the shape the URL parser takes. */
export function indexKnowledge(index: FilterIndex): {
  nodeExists: (key: string) => boolean;
  categories: Set<string>;
  venues: Set<string>;
  years: [number, number] | null;
} {
  return {
    nodeExists: (key) => index.nodeIndex.has(key),
    categories: new Set(index.categories),
    venues: new Set(index.venues),
    years: index.paperCount > 0 ? [index.yearMin, index.yearMax] : null,
  };
}
