// Browser history for the view: which store changes make a new history entry (Back returns to
// the state before them) and which rewrite the current one. Each discrete change (view mode, a
// facet, the code toggle, a selection, another network) is one entry; a burst of the same
// continuous change (dragging the year slider, typing in the search box) coalesces into one;
// moving the camera never makes an entry. Pure: the URL controller applies the answer.
import type { ViewState } from "../model/viewState";

export type ChangeGroup =
  | "camera"
  | "years"
  | "query"
  | "view"
  | "categories"
  | "venues"
  | "code"
  | "node"
  | "owner"
  | "isolated"
  | "expanded"
  | "namesakes"
  | "identity"
  | "color"
  | "size"
  | "ego"
  | "path"
  | "table"
  | "network"
  | "several";

/** Changes of the same continuous group closer together than this share one entry. */
export const COALESCE_MS = 1000;
const CONTINUOUS: ReadonlySet<ChangeGroup> = new Set(["years", "query", "network"]);

const same = (a: readonly string[] | null, b: readonly string[] | null) =>
  a === b || (a !== null && b !== null && a.length === b.length && a.every((v, i) => v === b[i]));

/** What changed between two views, as one group (camera only when nothing else changed). */
export function changeGroup(prev: ViewState, next: ViewState): ChangeGroup | null {
  const groups: ChangeGroup[] = [];
  if (prev.view !== next.view) groups.push("view");
  if (prev.from !== next.from || prev.to !== next.to) groups.push("years");
  if (!same(prev.categories, next.categories)) groups.push("categories");
  if (!same(prev.venues, next.venues)) groups.push("venues");
  if (prev.codeOnly !== next.codeOnly) groups.push("code");
  if (prev.query !== next.query) groups.push("query");
  if (prev.node !== next.node) groups.push("node");
  if (prev.hideOwner !== next.hideOwner) groups.push("owner");
  if (prev.showIsolated !== next.showIsolated) groups.push("isolated");
  if (!same(prev.expanded, next.expanded)) groups.push("expanded");
  if (prev.hideNamesakes !== next.hideNamesakes) groups.push("namesakes");
  if (JSON.stringify(prev.identity) !== JSON.stringify(next.identity)) groups.push("identity");
  if (prev.color !== next.color) groups.push("color");
  if (prev.size !== next.size) groups.push("size");
  if (
    prev.ego?.node !== next.ego?.node ||
    prev.ego?.hops !== next.ego?.hops ||
    prev.egoFade !== next.egoFade
  ) {
    groups.push("ego");
  }
  if (!same(prev.path, next.path)) groups.push("path");
  if (prev.table !== next.table) groups.push("table");
  if (groups.length === 1) return groups[0] as ChangeGroup;
  if (groups.length > 1) return "several";
  const a = prev.camera;
  const b = next.camera;
  const cameraMoved =
    a !== b && (a === null || b === null || a.x !== b.x || a.y !== b.y || a.ratio !== b.ratio);
  return cameraMoved ? "camera" : null;
}

export interface LastEntry {
  group: ChangeGroup;
  /** When the entry was last written (ms, any monotonic clock). */
  at: number;
}

/**
 * "push" for a new entry, "replace" to rewrite the current one. `last` is the group and time
 * of the change that last made or extended an entry.
 */
export function historyStep(
  group: ChangeGroup,
  last: LastEntry | null,
  now: number,
): "push" | "replace" {
  if (group === "camera") return "replace";
  if (
    last !== null &&
    last.group === group &&
    CONTINUOUS.has(group) &&
    now - last.at < COALESCE_MS
  ) {
    return "replace";
  }
  return "push";
}
