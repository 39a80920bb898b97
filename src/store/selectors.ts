// Named selectors the panels share, module-level so their identity is stable. Selectors
// returning new objects must be read with zustand's `useShallow`.
import type { AtlasStore } from "./atlasStore";

export const selectVisiblePapers = (s: AtlasStore) => s.visibility?.visiblePapers ?? 0;
export const selectVisibleAuthors = (s: AtlasStore) => s.visibility?.visibleAuthors ?? 0;

/** The counts on screen. A new object each call: read it with `useShallow`. */
export const selectVisibleCounts = (s: AtlasStore) => ({
  papers: s.visibility?.visiblePapers ?? 0,
  authors: s.visibility?.visibleAuthors ?? 0,
  totalPapers: s.visibility?.totalPapers ?? 0,
  totalAuthors: s.visibility?.totalAuthors ?? 0,
});

export const selectCategoryFacets = (s: AtlasStore) => s.visibility?.facets.categories ?? EMPTY;

/**
 * True when a filter that hides papers (years, categories, venues, code) differs from its
 * default: what "Clear all" in the filters panel undoes. The search text is not one of them.
 */
export const selectFiltersActive = (s: AtlasStore) =>
  s.view.from !== null ||
  s.view.to !== null ||
  s.view.categories !== null ||
  s.view.venues !== null ||
  s.view.codeOnly;

const EMPTY: NonNullable<AtlasStore["visibility"]>["facets"]["categories"] = [];
