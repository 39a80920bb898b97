// Store → sigma appearance: installs the node/edge reducers once and refreshes sigma when what
// they read changes (visibility after a filter, hover, selection, view mode). Camera moves and
// typing in the search box do not reach here.
// A filter change alone repaints only the items whose shown state flipped (sigma's partial
// refresh, each item written into its existing slot): at large sizes a full reducer pass costs
// more than a frame. Partial refreshes do not rebuild sigma's label grid, so one full refresh
// follows LABEL_REFRESH_MS after the last filter change, giving newly shown nodes their labels.
import { useEffect } from "react";
import type Sigma from "sigma";
import { visibilityChanges } from "../../filters/visibilityChanges";
import { atlasStore } from "../../store/atlasStore";
import { createReducers, type ReducerInputs } from "../graphReducers";
import { useSigma } from "../useSigma";

/** Delay after the last filter change before the full refresh that restores labels. */
export const LABEL_REFRESH_MS = 300;

/** Above this share of nodes + edges changed, a full refresh is cheaper than a partial one. */
const PARTIAL_MAX_SHARE = 0.3;

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

/**
 * Repaint only what a visibility change flipped; false when that is not possible or not worth it
 * (the caller then refreshes fully). With a hovered or selected node, the highlighted
 * neighbourhood and forced labels also depend on visibility, beyond the flipped items.
 */
function partialRefresh(sigma: Sigma, prev: ReducerInputs, next: ReducerInputs): boolean {
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
  let changes: ReturnType<typeof visibilityChanges>;
  try {
    changes = visibilityChanges(index, prev.visibility, next.visibility);
  } catch {
    return false;
  }
  const total = next.graph.order + next.graph.size;
  if (changes.nodes.length + changes.edges.length >= PARTIAL_MAX_SHARE * total) return false;
  try {
    // = scheduleRefresh({ partialGraph, skipIndexation }): sigma 3.0.3's typing of
    // scheduleRefresh omits skipIndexation (it spreads its options into refresh at run time).
    sigma.refresh({ partialGraph: changes, skipIndexation: true, schedule: true });
  } catch {
    // sigma has not indexed these items yet (no full pass since the graph was set).
    return false;
  }
  return true;
}

export function GraphAppearanceController() {
  const sigma = useSigma();

  useEffect(() => {
    const { nodeReducer, edgeReducer } = createReducers(inputs);
    sigma.setSettings({ nodeReducer, edgeReducer });
    let last = inputs();
    let labelTimer: ReturnType<typeof setTimeout> | null = null;
    const cancelLabelRefresh = () => {
      if (labelTimer !== null) clearTimeout(labelTimer);
      labelTimer = null;
    };
    const unsubscribe = atlasStore.subscribe(() => {
      const next = inputs();
      if (same(last, next)) return;
      const prev = last;
      last = next;
      // A new graph is refreshed by setGraph itself (GraphDataController).
      if (prev.graph !== next.graph) {
        cancelLabelRefresh();
        return;
      }
      if (partialRefresh(sigma, prev, next)) {
        cancelLabelRefresh();
        labelTimer = setTimeout(() => {
          labelTimer = null;
          sigma.scheduleRefresh();
        }, LABEL_REFRESH_MS);
        return;
      }
      cancelLabelRefresh();
      sigma.scheduleRefresh();
    });
    // The reducers stay installed on cleanup: this controller only unmounts with the sigma
    // instance itself, which may already be killed by then.
    return () => {
      unsubscribe();
      cancelLabelRefresh();
    };
  }, [sigma]);

  return null;
}
