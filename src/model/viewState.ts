// The shareable view: everything a link must carry to reopen exactly the same picture.
// Shared by the URL codec, the store and the views.

export type ViewMode = "coauthors" | "bipartite";

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
}

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
};
