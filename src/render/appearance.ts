// Store → sigma appearance: installs the node/edge reducers, hands the current visibility to
// the programs and the label layer, and redraws when what they read changes (visibility after a
// filter, hover, selection, view mode). Camera moves and typing in the search box do not reach
// here.
// A filter change alone (same graph and view mode, no hover or selection) uploads the new
// visibility and schedules a frame: the programs hide what it hides on the GPU
// (visibilityPrograms.ts), so no reducer runs and sigma processes nothing. Everything else is a
// full refresh (the reducers' dimming and forced labels depend on the focused node).
import type Sigma from "sigma";
import { atlasStore } from "../store/atlasStore";
import type { AtlasState } from "../store/reducers";
import { createReducers, type ReducerInputs } from "./graphReducers";
import type { VisibilityBytes } from "./visibilityPrograms";

/**
 * Above this many nodes + edges, hovering a node does not highlight its neighbourhood: dimming
 * the rest is a full sigma pass (about 3 µs per item here, ~0.1 s at this size, a second at
 * 50k nodes) on every node the pointer crosses. sigma's hover card still shows the node, and a
 * click (selection) still highlights the neighbourhood.
 */
export const HOVER_HIGHLIGHT_MAX_ITEMS = 30_000;

type InputState = Pick<AtlasState, "graph" | "index" | "visibility" | "view" | "hovered">;

/** What the reducers read of the store. */
export function reducerInputs(s: InputState): ReducerInputs {
  const large = s.graph !== null && s.graph.order + s.graph.size > HOVER_HIGHLIGHT_MAX_ITEMS;
  return {
    graph: s.graph,
    index: s.index,
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
    a.index === b.index &&
    a.visibility === b.visibility &&
    a.mode === b.mode &&
    a.hovered === b.hovered &&
    a.selected === b.selected
  );
}

/** Only what is shown changed: the GPU hides it, no reducer output depends on it. */
export function onlyVisibilityChanged(prev: ReducerInputs, next: ReducerInputs): boolean {
  return (
    prev.graph === next.graph &&
    prev.index === next.index &&
    prev.mode === next.mode &&
    prev.hovered === null &&
    next.hovered === null &&
    prev.selected === null &&
    next.selected === null &&
    prev.visibility !== null &&
    next.visibility !== null
  );
}

/**
 * Install the reducers on `sigma`, keep `visibility` equal to the store's and follow the store;
 * returns the unbinding function.
 */
export function bindAppearance(sigma: Sigma, visibility: VisibilityBytes): () => void {
  const { nodeReducer, edgeReducer } = createReducers(inputs);
  sigma.setSettings({ nodeReducer, edgeReducer });
  const upload = (state: ReducerInputs) => {
    if (state.visibility !== null) {
      visibility.set(state.visibility.nodeVisible, state.visibility.edgeVisible);
    }
  };
  let last = inputs();
  upload(last);
  return atlasStore.subscribe(() => {
    const next = inputs();
    if (same(last, next)) return;
    const prev = last;
    last = next;
    if (prev.visibility !== next.visibility) upload(next);
    // A new graph is refreshed by setGraph itself (graphPane.ts).
    if (prev.graph !== next.graph) return;
    if (onlyVisibilityChanged(prev, next)) sigma.scheduleRender();
    else sigma.scheduleRefresh();
  });
}
