// The filters: year range, categories, venues and has-code, each with its own reset, plus
// "Clear all". Filters hide nodes through the store's visibility; the graph is never rebuilt.

import { categoryColor } from "../render/palette";
import { selectFiltersActive } from "../store/selectors";
import { FacetFilter } from "./FacetFilter";
import { FilterHead } from "./FilterHead";
import { useAtlasStore } from "./stores";
import { YearRangeFilter } from "./YearRangeFilter";

export function FiltersPanel() {
  const facets = useAtlasStore((s) => s.visibility?.facets);
  const categoriesActive = useAtlasStore((s) => s.view.categories !== null);
  const venuesActive = useAtlasStore((s) => s.view.venues !== null);
  const codeOnly = useAtlasStore((s) => s.view.codeOnly);
  const anyActive = useAtlasStore(selectFiltersActive);
  const toggleCategory = useAtlasStore((s) => s.toggleCategory);
  const toggleVenue = useAtlasStore((s) => s.toggleVenue);
  const setCodeOnly = useAtlasStore((s) => s.setCodeOnly);
  const resetFilter = useAtlasStore((s) => s.resetFilter);
  const clearFilters = useAtlasStore((s) => s.clearFilters);

  if (!facets) return null;
  return (
    <section className="panel filters" aria-labelledby="filters-title">
      <div className="panel-head">
        <h2 id="filters-title">Filters</h2>
        <button type="button" className="link-button" onClick={clearFilters} disabled={!anyActive}>
          Clear all
        </button>
      </div>
      <YearRangeFilter />
      <section className="filter" aria-labelledby="filter-code">
        <FilterHead
          id="filter-code"
          title="Code"
          active={codeOnly}
          onReset={() => resetFilter("code")}
          resetLabel="Reset code filter"
        />
        <label className="check">
          <input
            type="checkbox"
            checked={codeOnly}
            onChange={(e) => setCodeOnly(e.currentTarget.checked)}
          />
          Only papers with public code
        </label>
      </section>
      <FacetFilter
        id="categories"
        title="Categories"
        active={categoriesActive}
        onToggle={toggleCategory}
        onReset={() => resetFilter("categories")}
        items={facets.categories.map((c) => ({
          value: c.code,
          name: `${c.code} ${c.name}`,
          label: (
            <>
              <span className="swatch square" style={{ background: categoryColor(c.code) }} />
              <span className="code">{c.code}</span> {c.name !== c.code ? c.name : ""}
            </>
          ),
          visible: c.visible,
          total: c.total,
          selected: c.selected,
        }))}
      />
      <FacetFilter
        id="venues"
        title="Venues"
        active={venuesActive}
        onToggle={toggleVenue}
        onReset={() => resetFilter("venues")}
        items={facets.venues.map((v) => ({
          value: v.venue,
          name: v.venue,
          label: v.venue,
          visible: v.visible,
          total: v.total,
          selected: v.selected,
        }))}
      />
    </section>
  );
}
