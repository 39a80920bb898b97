// Framing: the graph-space box sigma fits to the canvas (its "custom bounding box"). sigma frames
// every node by default, hidden ones included, so the coauthor view would keep room for the
// hidden BIG-bench disc and draw the network small in one corner. We frame what the view shows.
//
// The box is a function of the view mode and the owner / isolated toggles only, never of the
// filters, expanded folds or selection: the camera in a link (`cam`) is relative to this box, so
// the box must be recomputable from the link alone for the link to reopen the same picture, and
// a filter must not make the camera jump.
import type { FilterIndex } from "../filters/filterIndex";
import { computeVisibility, type Visibility } from "../filters/visibility";
import type { AppGraph } from "../graph/appGraph";
import { DEFAULT_VIEW, sameView, type ViewState } from "../model/viewState";

export interface BBox {
  x: [number, number];
  y: [number, number];
}

/** The part of a view the framing depends on, as a string that changes exactly when it does. */
export function framingKey(view: ViewState): string {
  return `${view.view}|${view.hideOwner ? 1 : 0}|${view.showIsolated ? 1 : 0}`;
}

/** The view whose shown nodes define the frame: same mode and toggles, no filter, nothing expanded. */
export function framingView(view: ViewState): ViewState {
  return {
    ...DEFAULT_VIEW,
    view: view.view,
    hideOwner: view.hideOwner,
    showIsolated: view.showIsolated,
  };
}

/**
 * The extent of the nodes `view` shows with no filter applied, or null when it shows none (sigma
 * then frames the whole graph). Reads node positions from `graph`, so fold nodes must already be
 * placed. O(nodes + edges): computed on load and on a view or toggle change, never per frame.
 */
export function viewBBox(
  graph: AppGraph,
  index: FilterIndex,
  view: ViewState,
  visibility: Visibility | null = null,
): BBox | null {
  // `visibility` (the view's own, when known) serves when the view has no filter on.
  const framing = framingView(view);
  const shown =
    visibility !== null && sameView(framing, view)
      ? visibility.nodeVisible
      : computeVisibility(index, framing).nodeVisible;
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < index.nodeCount; i++) {
    if (shown[i] !== 1) continue;
    const key = index.nodeKeys[i] as string;
    if (!graph.hasNode(key)) continue;
    const { x, y } = graph.getNodeAttributes(key);
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  if (minX > maxX) return null;
  // A single node (or a line of them) has no extent on an axis: give it some, as sigma does.
  if (minX === maxX) {
    minX -= 0.5;
    maxX += 0.5;
  }
  if (minY === maxY) {
    minY -= 0.5;
    maxY += 0.5;
  }
  return { x: [minX, maxX], y: [minY, maxY] };
}
