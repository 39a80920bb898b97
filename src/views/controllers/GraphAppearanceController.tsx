// Store → sigma appearance: installs the node/edge reducers once and refreshes sigma when what
// they read changes (visibility after a filter, hover, selection, view mode). Camera moves and
// typing in the search box do not reach here.
import { useEffect } from "react";
import { atlasStore } from "../../store/atlasStore";
import { createReducers, type ReducerInputs } from "../graphReducers";
import { useSigma } from "../useSigma";

function inputs(): ReducerInputs {
  const s = atlasStore.getState();
  return {
    graph: s.graph,
    visibility: s.visibility,
    mode: s.view.view,
    hovered: s.hovered,
    selected: s.view.node,
  };
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

export function GraphAppearanceController() {
  const sigma = useSigma();

  useEffect(() => {
    const { nodeReducer, edgeReducer } = createReducers(inputs);
    sigma.setSettings({ nodeReducer, edgeReducer });
    let last = inputs();
    const unsubscribe = atlasStore.subscribe(() => {
      const next = inputs();
      if (same(last, next)) return;
      const graphChanged = last.graph !== next.graph;
      last = next;
      // A new graph is refreshed by setGraph itself (GraphDataController).
      if (!graphChanged) sigma.scheduleRefresh();
    });
    // The reducers stay installed on cleanup: this controller only unmounts with the sigma
    // instance itself, which may already be killed by then.
    return unsubscribe;
  }, [sigma]);

  return null;
}
