// Store → sigma appearance: installs the node/edge reducers and refreshes sigma when what they
// read changes (visibility after a filter, hover, selection, view mode). Camera moves and
// typing in the search box do not reach here.
// A filter change alone (same graph, view mode, no hover or selection) is painted by
// visibilityPainter.ts: only the flipped items are rewritten in sigma's buffers and labels come
// from a grid over every node, a few milliseconds where a full refresh takes a second at 50k
// nodes. Everything else is a full refresh.
import type Sigma from "sigma";
import { atlasStore } from "../store/atlasStore";
import type { AtlasState } from "../store/reducers";
import { createReducers, type ReducerInputs } from "./graphReducers";
import { createVisibilityPainter, type VisibilityPainter } from "./visibilityPainter";

/**
 * Above this many nodes + edges, hovering a node does not highlight its neighbourhood: dimming
 * the rest is a full sigma pass (about 3 µs per item here, ~0.1 s at this size, a second at
 * 50k nodes) on every node the pointer crosses. sigma's hover card still shows the node, and a
 * click (selection) still highlights the neighbourhood.
 */
export const HOVER_HIGHLIGHT_MAX_ITEMS = 30_000;

type InputState = Pick<AtlasState, "graph" | "visibility" | "view" | "hovered">;

/** What the reducers read of the store. */
export function reducerInputs(s: InputState): ReducerInputs {
  const large = s.graph !== null && s.graph.order + s.graph.size > HOVER_HIGHLIGHT_MAX_ITEMS;
  return {
    graph: s.graph,
    visibility: s.visibility,
    mode: s.view.view,
    hovered: large ? null : s.hovered,
    selected: s.view.node,
  };
}

function inputs(): ReducerInputs {
  return reducerInputs(atlasStore.getState());
}

function same(a: ReducerInputs, b: ReducerInputs): boolean {
  return (
    a.graph === b.graph &&
    a.visibility === b.visibility &&
    a.mode === b.mode &&
    a.hovered === b.hovered &&
    a.selected === b.selected
  );
}

/**
 * Paint a visibility change without a refresh; false when that is not possible (the caller then
 * refreshes fully). With a hovered or selected node, the highlighted neighbourhood and forced
 * labels also depend on visibility, beyond the flipped items.
 */
function paintVisibility(
  painter: VisibilityPainter,
  prev: ReducerInputs,
  next: ReducerInputs,
): boolean {
  if (
    prev.graph !== next.graph ||
    prev.mode !== next.mode ||
    prev.hovered !== next.hovered ||
    prev.selected !== next.selected ||
    next.hovered !== null ||
    next.selected !== null ||
    prev.visibility === null ||
    next.visibility === null ||
    next.graph === null
  ) {
    return false;
  }
  const index = atlasStore.getState().index;
  if (index === null) return false;
  return painter.paint(index, prev.visibility, next.visibility);
}

/** Install the reducers on `sigma` and follow the store; returns the unbinding function. */
export function bindAppearance(sigma: Sigma): () => void {
  const { nodeReducer, edgeReducer } = createReducers(inputs);
  sigma.setSettings({ nodeReducer, edgeReducer });
  const painter = createVisibilityPainter(sigma, () => atlasStore.getState().index);
  let last = inputs();
  const unsubscribe = atlasStore.subscribe(() => {
    const next = inputs();
    if (same(last, next)) return;
    const prev = last;
    last = next;
    // A new graph is refreshed by setGraph itself (graphPane.ts).
    if (prev.graph !== next.graph) return;
    if (paintVisibility(painter, prev, next)) return;
    sigma.scheduleRefresh();
  });
  return () => {
    unsubscribe();
    painter.kill();
  };
}
