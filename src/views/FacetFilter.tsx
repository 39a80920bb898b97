// A checkbox list for one facet (categories or venues) with visible/total counts and a reset.
import type { ReactNode } from "react";
import { FilterHead } from "./FilterHead";

export interface FacetItem {
  value: string;
  label: ReactNode;
  /** Accessible name and tooltip (the full text when the label is cut). */
  name: string;
  visible: number;
  total: number;
  selected: boolean;
}

export function FacetFilter({
  id,
  title,
  items,
  active,
  onToggle,
  onReset,
}: {
  id: string;
  title: string;
  items: FacetItem[];
  active: boolean;
  onToggle: (value: string) => void;
  onReset: () => void;
}) {
  return (
    <section className="filter" aria-labelledby={`filter-${id}`}>
      <FilterHead
        id={`filter-${id}`}
        title={title}
        active={active}
        onReset={onReset}
        resetLabel={`Reset ${title.toLowerCase()}`}
      />
      <ul className="facet-list">
        {items.map((item) => (
          <li key={item.value}>
            <label className={item.visible === 0 ? "facet empty" : "facet"}>
              <input
                type="checkbox"
                checked={item.selected}
                onChange={() => onToggle(item.value)}
                aria-label={`${item.name}: ${item.visible} of ${item.total} papers`}
              />
              <span className="facet-label" title={item.name}>
                {item.label}
              </span>
              <span className="facet-count" aria-hidden="true">
                {item.visible}/{item.total}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
