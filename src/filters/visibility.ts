// Visibility: which nodes and edges a view shows, and the counts the panels display. One linear
// pass over the filter index's typed arrays per filter change; sigma's reducers then answer
// per node in O(1) through `isNodeVisible` / `isEdgeVisible` (a Map lookup and a byte).
import type { ViewState } from "../model/viewState";
import { categoryName } from "./categories";
import { restrictToEgo } from "./ego";
import type { FilterIndex } from "./filterIndex";

export interface CategoryFacet {
  code: string;
  name: string;
  /** Papers of this category that pass every other filter (year, venue, code). */
  visible: number;
  total: number;
  /** Checked in the current view. */
  selected: boolean;
}

export interface VenueFacet {
  venue: string;
  /** Papers at this venue that pass every other filter (year, category, code). */
  visible: number;
  total: number;
  selected: boolean;
}

export interface YearBin {
  year: number;
  /** Papers of this year that pass every filter but the year range. */
  visible: number;
  total: number;
  /** Inside the current year range. */
  inRange: boolean;
}

export interface Visibility {
  /** Shown in the current view mode, per node / edge index of the filter index. */
  nodeVisible: Uint8Array;
  edgeVisible: Uint8Array;
  /**
   * What the canvas draws: the same arrays as nodeVisible / edgeVisible, except in a faded ego
   * network (`fade=1`), where the rest of the view is drawn too, dimmed, but not counted.
   */
  drawnNodes: Uint8Array;
  drawnEdges: Uint8Array;
  /** Per node, 1 inside the ego network (src/filters/ego.ts); null without one. */
  egoMembers: Uint8Array | null;
  /**
   * Per node: a paper passing the filters, or an author with at least one such paper; inside
   * an ego network, only its members (and in the coauthor view, their papers).
   */
  nodePasses: Uint8Array;
  isNodeVisible(key: string): boolean;
  isEdgeVisible(key: string): boolean;
  /** Papers passing every filter. */
  visiblePapers: number;
  /**
   * Authors with at least one visible paper. Like `visiblePapers` this counts data passing the
   * filters: view-only hiding (owner toggle, isolated authors, folds) does not change it, so the
   * two counts mean the same thing in both views and in a shared link.
   */
  visibleAuthors: number;
  totalPapers: number;
  totalAuthors: number;
  /** Coauthor view: authors passing the filters but hidden as unlinked under the cap. */
  hiddenIsolated: number;
  /** Nodes and edges actually shown in the current view mode. */
  shownNodes: number;
  shownEdges: number;
  facets: { categories: CategoryFacet[]; venues: VenueFacet[] };
  histogram: YearBin[];
}

const FAIL_YEAR = 1;
const FAIL_CATEGORY = 2;
const FAIL_VENUE = 4;
const FAIL_CODE = 8;
const FAIL_NAMESAKE = 16;

function allowedIds(ids: Map<string, number>, size: number, chosen: string[] | null): Uint8Array {
  const allowed = new Uint8Array(size);
  if (chosen === null) return allowed.fill(1);
  for (const name of chosen) {
    const id = ids.get(name);
    if (id !== undefined) allowed[id] = 1;
  }
  return allowed;
}

/** Compute what `view` shows of the indexed graph. Pure; O(nodes + edges + joint papers). */
export function computeVisibility(index: FilterIndex, view: ViewState): Visibility {
  const n = index.nodeCount;
  const nodePasses = new Uint8Array(n);
  const nodeVisible = new Uint8Array(n);
  const edgeVisible = new Uint8Array(index.edgeCount);
  const catAllowed = allowedIds(index.categoryId, index.categories.length, view.categories);
  const venueAllowed = allowedIds(index.venueId, index.venues.length, view.venues);
  const from = view.from ?? Number.NEGATIVE_INFINITY;
  const to = view.to ?? Number.POSITIVE_INFINITY;
  const codeOnly = view.codeOnly;
  const hideNamesakes = view.hideNamesakes;
  const catVisible = new Int32Array(index.categories.length);
  const venueVisible = new Int32Array(index.venues.length);
  const yearVisible = new Int32Array(index.yearTotals.length);
  const { papers, paperYear, paperCategory, paperVenue, paperHasCode, paperNamesake, yearMin } =
    index;

  // Papers: a bit per failed filter, so each facet can count "passes all but me" in one pass.
  let visiblePapers = 0;
  for (let k = 0; k < papers.length; k++) {
    const p = papers[k] as number;
    const year = paperYear[p] as number;
    const cat = paperCategory[p] as number;
    const venue = paperVenue[p] as number;
    let fail = 0;
    if (year < from || year > to) fail |= FAIL_YEAR;
    if (catAllowed[cat] !== 1) fail |= FAIL_CATEGORY;
    if (venueAllowed[venue] !== 1) fail |= FAIL_VENUE;
    if (codeOnly && paperHasCode[p] !== 1) fail |= FAIL_CODE;
    if (hideNamesakes && paperNamesake[p] === 1) fail |= FAIL_NAMESAKE;
    if (fail === 0) {
      nodePasses[p] = 1;
      visiblePapers++;
    }
    if ((fail & ~FAIL_CATEGORY) === 0) catVisible[cat] = (catVisible[cat] as number) + 1;
    if ((fail & ~FAIL_VENUE) === 0) venueVisible[venue] = (venueVisible[venue] as number) + 1;
    if ((fail & ~FAIL_YEAR) === 0) {
      yearVisible[year - yearMin] = (yearVisible[year - yearMin] as number) + 1;
    }
  }

  // Authors: visible iff at least one visible paper.
  const { authors, authorPaperStart, authorPapers } = index;
  let visibleAuthors = 0;
  for (let a = 0; a < authors.length; a++) {
    const end = authorPaperStart[a + 1] as number;
    for (let j = authorPaperStart[a] as number; j < end; j++) {
      if (nodePasses[authorPapers[j] as number] === 1) {
        nodePasses[authors[a] as number] = 1;
        visibleAuthors++;
        break;
      }
    }
  }

  // What the view mode shows of that.
  let hiddenIsolated = 0;
  let shownNodes = 0;
  let shownEdges = 0;
  const { edgeSource, edgeTarget } = index;
  if (view.view === "coauthors") {
    const { isOwner, isIsolated } = index;
    for (let a = 0; a < authors.length; a++) {
      const node = authors[a] as number;
      if (nodePasses[node] !== 1) continue;
      if (view.hideOwner && isOwner[node] === 1) continue;
      if (!view.showIsolated && isIsolated[node] === 1) {
        hiddenIsolated++;
        continue;
      }
      nodeVisible[node] = 1;
      shownNodes++;
    }
    const { coauthorEdges, coauthorPaperStart, coauthorPapers } = index;
    for (let c = 0; c < coauthorEdges.length; c++) {
      const edge = coauthorEdges[c] as number;
      if (nodeVisible[edgeSource[edge] as number] !== 1) continue;
      if (nodeVisible[edgeTarget[edge] as number] !== 1) continue;
      const end = coauthorPaperStart[c + 1] as number;
      for (let j = coauthorPaperStart[c] as number; j < end; j++) {
        if (nodePasses[coauthorPapers[j] as number] === 1) {
          edgeVisible[edge] = 1;
          shownEdges++;
          break;
        }
      }
    }
  } else {
    for (let k = 0; k < papers.length; k++) {
      const p = papers[k] as number;
      nodeVisible[p] = nodePasses[p] as number;
    }
    shownNodes += visiblePapers;
    const { foldedBy, folds, foldPaper } = index;
    const expanded = new Uint8Array(folds.length);
    for (const key of view.expanded) {
      const node = index.nodeIndex.get(key);
      const slot = node === undefined ? -1 : folds.indexOf(node);
      if (slot >= 0) expanded[slot] = 1;
    }
    for (let a = 0; a < authors.length; a++) {
      const node = authors[a] as number;
      if (nodePasses[node] !== 1) continue;
      const fold = foldedBy[node] as number;
      if (fold >= 0 && expanded[fold] !== 1) continue;
      nodeVisible[node] = 1;
      shownNodes++;
    }
    for (let f = 0; f < folds.length; f++) {
      if (expanded[f] === 1) continue;
      if (nodePasses[foldPaper[f] as number] === 1) {
        nodeVisible[folds[f] as number] = 1;
        shownNodes++;
      }
    }
    // Authorship and fold edges: shown iff both ends are.
    const { bipartiteEdges } = index;
    for (let k = 0; k < bipartiteEdges.length; k++) {
      const edge = bipartiteEdges[k] as number;
      if (
        nodeVisible[edgeSource[edge] as number] === 1 &&
        nodeVisible[edgeTarget[edge] as number] === 1
      ) {
        edgeVisible[edge] = 1;
        shownEdges++;
      }
    }
  }

  // An ego network narrows all of that to a neighbourhood, counts included.
  let drawnNodes: Uint8Array = nodeVisible;
  let drawnEdges: Uint8Array = edgeVisible;
  let egoMembers: Uint8Array | null = null;
  if (view.ego !== null) {
    const ego = restrictToEgo(index, view.view, view.ego, view.egoFade, {
      nodePasses,
      nodeVisible,
      edgeVisible,
    });
    egoMembers = ego.members;
    drawnNodes = ego.drawnNodes ?? nodeVisible;
    drawnEdges = ego.drawnEdges ?? edgeVisible;
    visiblePapers = ego.visiblePapers;
    visibleAuthors = ego.visibleAuthors;
    shownNodes = ego.shownNodes;
    shownEdges = ego.shownEdges;
  }

  const catSelected = view.categories === null ? null : new Set(view.categories);
  const venueSelected = view.venues === null ? null : new Set(view.venues);
  const { nodeIndex, edgeIndex } = index;
  return {
    nodeVisible,
    edgeVisible,
    drawnNodes,
    drawnEdges,
    egoMembers,
    nodePasses,
    isNodeVisible: (key) => {
      const i = nodeIndex.get(key);
      return i !== undefined && nodeVisible[i] === 1;
    },
    isEdgeVisible: (key) => {
      const i = edgeIndex.get(key);
      return i !== undefined && edgeVisible[i] === 1;
    },
    visiblePapers,
    visibleAuthors,
    totalPapers: index.paperCount,
    totalAuthors: index.authorCount,
    hiddenIsolated,
    shownNodes,
    shownEdges,
    facets: {
      categories: index.categories.map((code, id) => ({
        code,
        name: categoryName(code),
        visible: catVisible[id] as number,
        total: index.categoryTotals[id] as number,
        selected: catSelected === null || catSelected.has(code),
      })),
      venues: index.venues.map((venue, id) => ({
        venue,
        visible: venueVisible[id] as number,
        total: index.venueTotals[id] as number,
        selected: venueSelected === null || venueSelected.has(venue),
      })),
    },
    histogram: Array.from(index.yearTotals, (total, k) => {
      const year = yearMin + k;
      return {
        year,
        visible: yearVisible[k] as number,
        total,
        inRange: year >= from && year <= to,
      };
    }),
  };
}
