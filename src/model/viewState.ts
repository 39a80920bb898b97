// The shareable view: everything a link must carry to reopen exactly the same picture.
// Shared by the URL codec, the store and the views.

export type ViewMode = "coauthors" | "bipartite";

/** How nodes and links are coloured: author cluster, first collaboration year, or category. */
export type ColorMode = "cluster" | "year" | "category";
export const COLOR_MODES: readonly ColorMode[] = ["cluster", "year", "category"];

/** What an author's size shows: papers, coauthor links (degree) or betweenness centrality. */
export type SizeMode = "papers" | "coauthors" | "betweenness";
export const SIZE_MODES: readonly SizeMode[] = ["papers", "coauthors", "betweenness"];

export interface CameraState {
  x: number;
  y: number;
  ratio: number;
}

export interface ViewState {
  /** `view`: coauthors (default) or bipartite. */
  view: ViewMode;
  /** `from` / `to`: inclusive year range; null = open end. */
  from: number | null;
  to: number | null;
  /** `cat`: category codes shown; null = all. */
  categories: string[] | null;
  /** `venue`: short venue names shown; null = all. */
  venues: string[] | null;
  /** `code=1`: only papers with public code. */
  codeOnly: boolean;
  /** `q`: the search box text. */
  query: string;
  /** `node`: selected node key, or null. */
  node: string | null;
  /** `cam`: camera `x,y,ratio`, or null for the default framing. */
  camera: CameraState | null;
  /** `owner=0`: hide the profile owner(s) in the coauthor view. */
  hideOwner: boolean;
  /** `isolated=1`: show coauthor-view authors that have no link under the hyperauthorship cap. */
  showIsolated: boolean;
  /** `expand`: keys of bipartite "+N authors" fold nodes the user expanded. */
  expanded: string[];
  /** `namesakes=0`: hide papers flagged as likely a namesake's. */
  hideNamesakes: boolean;
  /**
   * `merge`, `split` (pairs of author names, `A~B`), `exclude`, `keep` (paper keys), `owners`
   * (author names marked as owners): identity decisions, applied to the loaded graph
   * (src/graph/identityDecisions.ts).
   */
  identity: IdentityChoices;
  /** `color`: cluster (default), year (first collaboration) or category. */
  color: ColorMode;
  /** `size`: papers (default), coauthors or betweenness. */
  size: SizeMode;
  /** `ego=<key>,<hops>`: show only this node's neighbourhood (src/filters/ego.ts), or null. */
  ego: EgoFocus | null;
  /** `fade=1`: an ego network fades the rest of the graph instead of hiding it. */
  egoFade: boolean;
  /** `path=<key>,<key>`: the collaboration path asked for between two authors, or null. */
  path: [string, string] | null;
  /** `table=authors|papers`: the table of visible items replaces the canvas; null = graph. */
  table: TableKind | null;
}

/** Hops around the focused node an ego network shows. */
export type EgoHops = 1 | 2;

export interface EgoFocus {
  node: string;
  hops: EgoHops;
}

export type TableKind = "authors" | "papers";

/** The user's identity decisions (the same shape as an identities file's). */
export interface IdentityChoices {
  merge: [string, string][];
  split: [string, string][];
  exclude: string[];
  keep: string[];
  owner: string[];
}

export const NO_IDENTITY_CHOICES: IdentityChoices = {
  merge: [],
  split: [],
  exclude: [],
  keep: [],
  owner: [],
};

export const DEFAULT_VIEW: ViewState = {
  view: "coauthors",
  from: null,
  to: null,
  categories: null,
  venues: null,
  codeOnly: false,
  query: "",
  node: null,
  camera: null,
  hideOwner: false,
  showIsolated: false,
  expanded: [],
  hideNamesakes: false,
  identity: NO_IDENTITY_CHOICES,
  color: "cluster",
  size: "papers",
  ego: null,
  egoFade: false,
  path: null,
  table: null,
};

/** Whether two views are field for field the same (arrays and objects by value). */
export function sameView(a: ViewState, b: ViewState): boolean {
  if (a === b) return true;
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof ViewState>;
  for (const key of keys) {
    const x = a[key];
    const y = b[key];
    if (x === y) continue;
    if (typeof x !== "object" || typeof y !== "object" || x === null || y === null) return false;
    if (JSON.stringify(x) !== JSON.stringify(y)) return false;
  }
  return true;
}
