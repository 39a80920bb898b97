// "Show it": the smallest change to the view that brings a hidden node back, for a selection
// the filters or toggles hid. Filters are lifted one at a time (the one that alone shows the
// node wins); when no single one does, they are lifted together. Pure.
import type { ViewState } from "../model/viewState";
import { type FilterIndex, NODE_PAPER } from "./filterIndex";
import { computeVisibility } from "./visibility";

/** Unfolding the "+N authors" node that holds `key`, in the bipartite view. */
function foldLift(index: FilterIndex, view: ViewState, key: string): Partial<ViewState>[] {
  const i = index.nodeIndex.get(key);
  if (view.view !== "bipartite" || i === undefined) return [];
  const slot = index.foldedBy[i] ?? -1;
  if (slot < 0) return [];
  const foldKey = index.nodeKeys[index.folds[slot] as number] as string;
  return view.expanded.includes(foldKey) ? [] : [{ expanded: [...view.expanded, foldKey] }];
}

/** Each way of lifting one filter or toggle, least disruptive first. */
const LIFTS: { name: string; patch: Partial<ViewState> }[] = [
  { name: "ego", patch: { ego: null } },
  { name: "owner", patch: { hideOwner: false } },
  { name: "isolated", patch: { showIsolated: true } },
  { name: "code", patch: { codeOnly: false } },
  { name: "years", patch: { from: null, to: null } },
  { name: "venues", patch: { venues: null } },
  { name: "categories", patch: { categories: null } },
];

/** Whether `key` shows in `view`: drawn, or for a paper in the coauthor view, passing. */
function shows(index: FilterIndex, view: ViewState, key: string): boolean {
  const i = index.nodeIndex.get(key);
  if (i === undefined) return false;
  const v = computeVisibility(index, view);
  // The coauthor view draws no papers: a paper "shows" there when it passes the filters.
  if (view.view === "coauthors" && index.nodeKind[i] === NODE_PAPER) return v.nodePasses[i] === 1;
  return v.nodeVisible[i] === 1;
}

/** Whether the view hides `key` (unknown keys are not "hidden": there is nothing to show). */
export function isHiddenByView(index: FilterIndex, view: ViewState, key: string): boolean {
  return index.nodeIndex.has(key) && !shows(index, view, key);
}

/** The view patch that shows `key`, or null when it already shows or nothing would. */
export function revealPatch(
  index: FilterIndex,
  view: ViewState,
  key: string,
): Partial<ViewState> | null {
  if (!isHiddenByView(index, view, key)) return null;
  const lifts = [...foldLift(index, view, key), ...LIFTS.map((l) => l.patch)];
  for (const patch of lifts) {
    if (shows(index, { ...view, ...patch }, key)) return patch;
  }
  let combined: Partial<ViewState> = {};
  for (const patch of lifts) {
    combined = { ...combined, ...patch };
    if (shows(index, { ...view, ...combined }, key)) return combined;
  }
  return null;
}
