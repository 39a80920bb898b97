// What the canvas draws, counted: the counters say how many authors are on screen and, beside
// that, how many authors passing the filters a view toggle keeps off it (owner hidden, authors
// linked only through papers over the hyperauthorship cap, authors folded into "+N authors").
// Pure: derived from the filter index and a visibility, never from sigma.

import type { ViewMode } from "../model/viewState";
import { type FilterIndex, NODE_AUTHOR, NODE_PAPER } from "./filterIndex";
import type { Visibility } from "./visibility";

export interface ShownCounts {
  /** Papers drawn as nodes (bipartite view); 0 in the coauthor view, where papers are links. */
  drawnPapers: number;
  /** Authors drawn as nodes. */
  drawnAuthors: number;
  /** Authors passing the filters. */
  passingAuthors: number;
  /** Passing owners kept off the canvas by *Hide owner*. */
  hiddenOwners: number;
  /** Passing authors hidden as linked only through papers over the cap (coauthor view). */
  hiddenIsolated: number;
  /** Passing authors folded into "+N authors" nodes (bipartite view). */
  foldedAuthors: number;
}

/** Count drawn and toggle-hidden authors of `visibility`. O(nodes). */
export function shownCounts(
  index: FilterIndex,
  visibility: Visibility,
  mode: ViewMode,
): ShownCounts {
  const { nodeKind, isOwner, isIsolated } = index;
  const { nodeVisible, nodePasses } = visibility;
  const coauthorView = mode === "coauthors";
  let drawnPapers = 0;
  let drawnAuthors = 0;
  let passingAuthors = 0;
  let hiddenOwners = 0;
  let hiddenIsolated = 0;
  let foldedAuthors = 0;
  for (let i = 0; i < index.nodeCount; i++) {
    const kind = nodeKind[i];
    if (kind === NODE_PAPER) {
      if (nodeVisible[i] === 1) drawnPapers++;
      continue;
    }
    if (kind !== NODE_AUTHOR || nodePasses[i] !== 1) continue;
    passingAuthors++;
    if (nodeVisible[i] === 1) {
      drawnAuthors++;
    } else if (isOwner[i] === 1) {
      hiddenOwners++;
    } else if (coauthorView && isIsolated[i] === 1) {
      hiddenIsolated++;
    } else {
      foldedAuthors++;
    }
  }
  return { drawnPapers, drawnAuthors, passingAuthors, hiddenOwners, hiddenIsolated, foldedAuthors };
}
