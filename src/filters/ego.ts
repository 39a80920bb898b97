// Ego networks: a node and its neighbourhood within a few hops over the links the view shows,
// so filters and view toggles still apply inside it (a hidden owner is not a shortcut between
// everyone). computeVisibility narrows what it shows to these members; with `fade` the rest
// stays drawn, dimmed by the reducers, but is no longer counted. Pure: typed arrays only.
import type { EgoFocus, ViewMode } from "../model/viewState";
import { type FilterIndex, NODE_AUTHOR, NODE_PAPER } from "./filterIndex";
import { edgeIncidence } from "./incidence";

/**
 * Steps of the view's graph that make one hop: a coauthor link in the coauthor view; in the
 * bipartite view a hop goes through a paper to its authors, two edges.
 */
export function egoDepth(mode: ViewMode, hops: number): number {
  return mode === "bipartite" ? hops * 2 : hops;
}

/**
 * Nodes within `depth` steps of `center` over the edges `edgeVisible` marks, the centre
 * included (even when the view hides it). Breadth-first; O(members' edges).
 */
export function egoMembers(
  index: FilterIndex,
  edgeVisible: Uint8Array,
  center: number,
  depth: number,
): Uint8Array {
  const members = new Uint8Array(index.nodeCount);
  if (center < 0 || center >= index.nodeCount) return members;
  const { start, items: edges } = edgeIncidence(index);
  const { edgeSource, edgeTarget } = index;
  let frontier = [center];
  members[center] = 1;
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const next: number[] = [];
    for (const node of frontier) {
      const end = start[node + 1] as number;
      for (let j = start[node] as number; j < end; j++) {
        const e = edges[j] as number;
        if (edgeVisible[e] !== 1) continue;
        const s = edgeSource[e] as number;
        const other = s === node ? (edgeTarget[e] as number) : s;
        if (members[other] === 1) continue;
        members[other] = 1;
        next.push(other);
      }
    }
    frontier = next;
  }
  return members;
}

/** What an ego network leaves of a visibility, and what it still draws faded. */
export interface EgoRestriction {
  members: Uint8Array;
  /** With `fade`: what the canvas still draws (the view before the ego network); else null. */
  drawnNodes: Uint8Array | null;
  drawnEdges: Uint8Array | null;
  visiblePapers: number;
  visibleAuthors: number;
  shownNodes: number;
  shownEdges: number;
}

/**
 * Narrow `nodePasses`, `nodeVisible` and `edgeVisible` (in place) to the ego network of `focus`.
 * Authors count when they are members; papers when they are members (bipartite view) or, in the
 * coauthor view where papers are links, when two of their authors are.
 */
export function restrictToEgo(
  index: FilterIndex,
  mode: ViewMode,
  focus: EgoFocus,
  fade: boolean,
  arrays: { nodePasses: Uint8Array; nodeVisible: Uint8Array; edgeVisible: Uint8Array },
): EgoRestriction {
  const { nodePasses, nodeVisible, edgeVisible } = arrays;
  const center = index.nodeIndex.get(focus.node) ?? -1;
  const members = egoMembers(index, edgeVisible, center, egoDepth(mode, focus.hops));
  const drawnNodes = fade ? nodeVisible.slice() : null;
  const drawnEdges = fade ? edgeVisible.slice() : null;

  const { authors, authorPaperStart, authorPapers, nodeKind } = index;
  const paperKept = new Uint8Array(index.nodeCount);
  if (mode === "coauthors") {
    // Papers are the links here: a paper counts when two of its authors are members.
    const membersOn = new Uint8Array(index.nodeCount);
    for (let a = 0; a < authors.length; a++) {
      if (members[authors[a] as number] !== 1) continue;
      const end = authorPaperStart[a + 1] as number;
      for (let j = authorPaperStart[a] as number; j < end; j++) {
        const p = authorPapers[j] as number;
        if (membersOn[p] === 1) paperKept[p] = 1;
        else membersOn[p] = 1;
      }
    }
  } else {
    paperKept.set(members);
  }

  let visiblePapers = 0;
  let visibleAuthors = 0;
  let shownNodes = 0;
  for (let i = 0; i < index.nodeCount; i++) {
    const kind = nodeKind[i];
    if (nodePasses[i] === 1) {
      const kept = kind === NODE_PAPER ? paperKept[i] === 1 : members[i] === 1;
      if (!kept) nodePasses[i] = 0;
      else if (kind === NODE_PAPER) visiblePapers++;
      else if (kind === NODE_AUTHOR) visibleAuthors++;
    }
    if (nodeVisible[i] === 1) {
      if (members[i] === 1) shownNodes++;
      else nodeVisible[i] = 0;
    }
  }
  let shownEdges = 0;
  const { edgeSource, edgeTarget } = index;
  for (let e = 0; e < index.edgeCount; e++) {
    if (edgeVisible[e] !== 1) continue;
    if (nodeVisible[edgeSource[e] as number] === 1 && nodeVisible[edgeTarget[e] as number] === 1) {
      shownEdges++;
    } else {
      edgeVisible[e] = 0;
    }
  }
  return {
    members,
    drawnNodes,
    drawnEdges,
    visiblePapers,
    visibleAuthors,
    shownNodes,
    shownEdges,
  };
}
