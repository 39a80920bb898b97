// Reference build of the filter index: buildFilterIndex as first written, from the graph alone
// (a key lookup per edge end and per joint paper). Kept so tests can check the faster build gives
// the identical index and the benchmark can time the two in one run. Not used by the app.
import type { AppGraph } from "../graph/appGraph";
import {
  EDGE_AUTHORSHIP,
  EDGE_COAUTHOR,
  EDGE_FOLD,
  type FilterIndex,
  NODE_AUTHOR,
  NODE_FOLD,
  NODE_PAPER,
} from "./filterIndex";

function facetOrder(names: string[], totals: Map<string, number>): string[] {
  return names.sort((a, b) => (totals.get(b) ?? 0) - (totals.get(a) ?? 0) || (a < b ? -1 : 1));
}

/** The filter index as first written: key lookups for every endpoint and joint paper. */
export function referenceFilterIndex(graph: AppGraph): FilterIndex {
  const nodeCount = graph.order;
  const nodeKeys: string[] = new Array(nodeCount);
  const nodeIndex = new Map<string, number>();
  const nodeKind = new Uint8Array(nodeCount);
  const paperYear = new Int32Array(nodeCount);
  const isOwner = new Uint8Array(nodeCount);
  const paperHasCode = new Uint8Array(nodeCount);
  const paperNamesake = new Uint8Array(nodeCount);
  const categoryNames: string[] = [];
  const venueNames: string[] = [];
  const categoryCount = new Map<string, number>();
  const venueCount = new Map<string, number>();
  const paperList: number[] = [];
  const authorList: number[] = [];
  const foldList: number[] = [];
  const ownerKeys: string[] = [];
  // Facet names per paper (in paperList order), turned into ids once the facets are sorted.
  const paperCategoryName: string[] = [];
  const paperVenueName: string[] = [];
  let yearMin = Number.POSITIVE_INFINITY;
  let yearMax = Number.NEGATIVE_INFINITY;

  let i = 0;
  graph.forEachNode((key, attrs) => {
    nodeKeys[i] = key;
    nodeIndex.set(key, i);
    if (attrs.kind === "paper") {
      nodeKind[i] = NODE_PAPER;
      paperList.push(i);
      paperCategoryName.push(attrs.category);
      paperVenueName.push(attrs.venue);
      paperYear[i] = attrs.year;
      paperHasCode[i] = attrs.hasCode ? 1 : 0;
      paperNamesake[i] = attrs.namesake ? 1 : 0;
      if (attrs.year < yearMin) yearMin = attrs.year;
      if (attrs.year > yearMax) yearMax = attrs.year;
      const c = categoryCount.get(attrs.category);
      if (c === undefined) categoryNames.push(attrs.category);
      categoryCount.set(attrs.category, (c ?? 0) + 1);
      const v = venueCount.get(attrs.venue);
      if (v === undefined) venueNames.push(attrs.venue);
      venueCount.set(attrs.venue, (v ?? 0) + 1);
    } else if (attrs.kind === "author") {
      nodeKind[i] = NODE_AUTHOR;
      authorList.push(i);
      if (attrs.owner) {
        isOwner[i] = 1;
        ownerKeys.push(key);
      }
    } else {
      nodeKind[i] = NODE_FOLD;
      foldList.push(i);
    }
    i++;
  });

  const categories = facetOrder(categoryNames, categoryCount);
  const venues = facetOrder(venueNames, venueCount);
  const categoryId = new Map(categories.map((c, id) => [c, id] as const));
  const venueId = new Map(venues.map((v, id) => [v, id] as const));
  const categoryTotals = Int32Array.from(categories, (c) => categoryCount.get(c) ?? 0);
  const venueTotals = Int32Array.from(venues, (v) => venueCount.get(v) ?? 0);
  const paperCategory = new Int32Array(nodeCount).fill(-1);
  const paperVenue = new Int32Array(nodeCount).fill(-1);
  if (paperList.length === 0) {
    yearMin = 0;
    yearMax = -1;
  }
  const yearTotals = new Int32Array(Math.max(0, yearMax - yearMin + 1));
  for (let k = 0; k < paperList.length; k++) {
    const p = paperList[k] as number;
    paperCategory[p] = categoryId.get(paperCategoryName[k] as string) ?? -1;
    paperVenue[p] = venueId.get(paperVenueName[k] as string) ?? -1;
    const y = (paperYear[p] as number) - yearMin;
    yearTotals[y] = (yearTotals[y] as number) + 1;
  }

  // Edges, with the author → papers and coauthor-edge → papers lists gathered as we go.
  const edgeCount = graph.size;
  const edgeKeys: string[] = new Array(edgeCount);
  const edgeIndex = new Map<string, number>();
  const edgeKind = new Uint8Array(edgeCount);
  const edgeSource = new Int32Array(edgeCount);
  const edgeTarget = new Int32Array(edgeCount);
  const authorPaperCount = new Int32Array(nodeCount);
  const hasCoauthor = new Uint8Array(nodeCount);
  const coauthorList: number[] = [];
  const bipartiteList: number[] = [];
  const coauthorPaperStartList: number[] = [0];
  const coauthorPaperList: number[] = [];
  let e = 0;
  graph.forEachEdge((key, attrs, source, target) => {
    const s = nodeIndex.get(source) as number;
    const t = nodeIndex.get(target) as number;
    edgeKeys[e] = key;
    edgeIndex.set(key, e);
    edgeSource[e] = s;
    edgeTarget[e] = t;
    if (attrs.kind === "authorship") {
      edgeKind[e] = EDGE_AUTHORSHIP;
      bipartiteList.push(e);
      const author = nodeKind[s] === NODE_AUTHOR ? s : t;
      authorPaperCount[author] = (authorPaperCount[author] ?? 0) + 1;
    } else if (attrs.kind === "coauthor") {
      edgeKind[e] = EDGE_COAUTHOR;
      coauthorList.push(e);
      for (const paper of attrs.papers) coauthorPaperList.push(nodeIndex.get(paper) ?? 0);
      coauthorPaperStartList.push(coauthorPaperList.length);
      hasCoauthor[s] = 1;
      hasCoauthor[t] = 1;
    } else {
      edgeKind[e] = EDGE_FOLD;
      bipartiteList.push(e);
    }
    e++;
  });

  // Author → papers (CSR, in author order).
  const authors = Int32Array.from(authorList);
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
    const [author, paper] = nodeKind[s] === NODE_AUTHOR ? [s, t] : [t, s];
    const slot = authorSlot[author] as number;
    authorPapers[fill[slot] as number] = paper;
    fill[slot] = (fill[slot] as number) + 1;
  }

  // Isolated under the cap: authors with papers but no coauthor edge.
  const isIsolated = new Uint8Array(nodeCount);
  let isolatedCount = 0;
  for (const a of authorList) {
    if ((authorPaperCount[a] as number) > 0 && hasCoauthor[a] === 0) {
      isIsolated[a] = 1;
      isolatedCount++;
    }
  }

  // Coauthor edge → joint papers (CSR), gathered in the edge pass above.
  const coauthorEdges = Int32Array.from(coauthorList);
  const coauthorPaperStart = Int32Array.from(coauthorPaperStartList);
  const coauthorPapers = Int32Array.from(coauthorPaperList);

  // Fold nodes: their paper and members (CSR); each member points back at its fold.
  const folds = Int32Array.from(foldList);
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
    bipartiteEdges: Int32Array.from(bipartiteList),
    papers: Int32Array.from(paperList),
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
    paperCount: paperList.length,
    authorCount: authorList.length,
  };
}
