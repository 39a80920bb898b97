// Named selectors over the store, module-level so their identity is stable. Each returns a value
// that only changes when what it names changes; selectors returning new objects or tuples must
// be read with zustand's `useShallow`. Only the camera/URL controller reads the camera.
import type { AtlasStore } from "./atlasStore";

export const selectStatus = (s: AtlasStore) => s.status;
export const selectProgress = (s: AtlasStore) => s.progress;
export const selectError = (s: AtlasStore) => s.error;
export const selectSource = (s: AtlasStore) => s.source;
export const selectGraph = (s: AtlasStore) => s.graph;
export const selectGraphVersion = (s: AtlasStore) => s.graphVersion;
export const selectIndex = (s: AtlasStore) => s.index;
export const selectSearchIndex = (s: AtlasStore) => s.search;
export const selectVisibility = (s: AtlasStore) => s.visibility;
export const selectNotices = (s: AtlasStore) => s.notices;
export const selectHovered = (s: AtlasStore) => s.hovered;

/** The whole view: for the URL controller only (it changes with every camera move). */
export const selectView = (s: AtlasStore) => s.view;
export const selectCamera = (s: AtlasStore) => s.view.camera;
export const selectViewMode = (s: AtlasStore) => s.view.view;
export const selectSelectedNode = (s: AtlasStore) => s.view.node;
export const selectQuery = (s: AtlasStore) => s.view.query;
export const selectCategories = (s: AtlasStore) => s.view.categories;
export const selectVenues = (s: AtlasStore) => s.view.venues;
export const selectCodeOnly = (s: AtlasStore) => s.view.codeOnly;
export const selectYearFrom = (s: AtlasStore) => s.view.from;
export const selectYearTo = (s: AtlasStore) => s.view.to;
export const selectHideOwner = (s: AtlasStore) => s.view.hideOwner;
export const selectShowIsolated = (s: AtlasStore) => s.view.showIsolated;
export const selectExpanded = (s: AtlasStore) => s.view.expanded;

/** `[from, to]`: a new tuple each call, read it with `useShallow`. */
export const selectYearRange = (s: AtlasStore): [number | null, number | null] => [
  s.view.from,
  s.view.to,
];

export const selectVisiblePapers = (s: AtlasStore) => s.visibility?.visiblePapers ?? 0;
export const selectVisibleAuthors = (s: AtlasStore) => s.visibility?.visibleAuthors ?? 0;
export const selectHiddenIsolated = (s: AtlasStore) => s.visibility?.hiddenIsolated ?? 0;
/** A new object each call, read it with `useShallow`. */
export const selectVisibleCounts = (s: AtlasStore) => ({
  papers: s.visibility?.visiblePapers ?? 0,
  authors: s.visibility?.visibleAuthors ?? 0,
  totalPapers: s.visibility?.totalPapers ?? 0,
  totalAuthors: s.visibility?.totalAuthors ?? 0,
  hiddenIsolated: s.visibility?.hiddenIsolated ?? 0,
});
export const selectCategoryFacets = (s: AtlasStore) => s.visibility?.facets.categories ?? EMPTY;
export const selectVenueFacets = (s: AtlasStore) => s.visibility?.facets.venues ?? EMPTY_VENUES;
export const selectHistogram = (s: AtlasStore) => s.visibility?.histogram ?? EMPTY_BINS;
/** [min, max] year of the data, or null before a load. New tuple: use `useShallow`. */
export const selectYearSpan = (s: AtlasStore): [number, number] | null =>
  s.index && s.index.paperCount > 0 ? [s.index.yearMin, s.index.yearMax] : null;

/** True when any filter (years, categories, venues, code, query) differs from its default. */
export const selectFiltersActive = (s: AtlasStore) =>
  s.view.from !== null ||
  s.view.to !== null ||
  s.view.categories !== null ||
  s.view.venues !== null ||
  s.view.codeOnly ||
  s.view.query !== "";

const EMPTY: NonNullable<AtlasStore["visibility"]>["facets"]["categories"] = [];
const EMPTY_VENUES: NonNullable<AtlasStore["visibility"]>["facets"]["venues"] = [];
const EMPTY_BINS: NonNullable<AtlasStore["visibility"]>["histogram"] = [];
