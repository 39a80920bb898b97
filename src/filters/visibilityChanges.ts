// What a filter change changed: the nodes and edges whose shown state differs between two
// visibilities of the same index. Lets the renderer update only those items (sigma's partial
// refresh) instead of re-running its reducers over the whole graph: at 50k nodes a year-range
// change touches a fraction of the items, and a full pass costs far more than a frame.
import type { FilterIndex } from "./filterIndex";
import type { Visibility } from "./visibility";

export interface VisibilityChanges {
  /** Keys of nodes shown in one visibility and hidden in the other. */
  nodes: string[];
  /** Keys of edges shown in one visibility and hidden in the other. */
  edges: string[];
}

/**
 * The items whose shown state differs between `prev` and `next` (both computed on `index`).
 * O(nodes + edges) over bytes; only changed items cost a key lookup.
 */
export function visibilityChanges(
  index: FilterIndex,
  prev: Visibility,
  next: Visibility,
): VisibilityChanges {
  const a = prev.nodeVisible;
  const b = next.nodeVisible;
  const ea = prev.edgeVisible;
  const eb = next.edgeVisible;
  if (a.length !== index.nodeCount || b.length !== index.nodeCount) {
    throw new Error("visibilityChanges: visibilities were not computed on this index (nodes)");
  }
  if (ea.length !== index.edgeCount || eb.length !== index.edgeCount) {
    throw new Error("visibilityChanges: visibilities were not computed on this index (edges)");
  }
  const nodes: string[] = [];
  const edges: string[] = [];
  const { nodeKeys, edgeKeys } = index;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) nodes.push(nodeKeys[i] as string);
  for (let i = 0; i < ea.length; i++) if (ea[i] !== eb[i]) edges.push(edgeKeys[i] as string);
  return { nodes, edges };
}
