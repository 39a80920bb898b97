// Reducers for coauthor links: which pair's joint work the details panel shows, and how links
// are coloured. Pure `(state, ...args) => state`, like ./reducers.ts; neither is in the URL.
// Generic over the state (the fields they read), so ./reducers.ts can import these types
// without a cycle.
import type { AppGraph } from "../graph/appGraph";

/** Two coauthors, by author node key. */
export interface CoauthorPair {
  a: string;
  b: string;
}

export type LinkColors = "plain" | "category";

/** The part of the store's state these reducers read and write. */
export interface LinkState {
  graph: AppGraph | null;
  link: CoauthorPair | null;
  linkColors: LinkColors;
}

function isAuthor(state: LinkState, key: string): boolean {
  const graph = state.graph;
  return graph?.hasNode(key) === true && graph.getNodeAttribute(key, "kind") === "author";
}

/**
 * Show the joint work of `a` and `b` (null closes it). Two distinct authors of the loaded graph
 * only; the node selection stays, so closing the pair goes back to it.
 */
export function selectLink<S extends LinkState>(state: S, pair: CoauthorPair | null): S {
  if (pair === null) return state.link === null ? state : { ...state, link: null };
  if (pair.a === pair.b || !isAuthor(state, pair.a) || !isAuthor(state, pair.b)) return state;
  const same = state.link !== null && state.link.a === pair.a && state.link.b === pair.b;
  return same ? state : { ...state, link: { a: pair.a, b: pair.b } };
}

export function setLinkColors<S extends LinkState>(state: S, mode: LinkColors): S {
  if (mode !== "plain" && mode !== "category") return state;
  return state.linkColors === mode ? state : { ...state, linkColors: mode };
}
