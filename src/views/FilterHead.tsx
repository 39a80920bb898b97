// The head of a filter section: its title (the section's label), an optional current value,
// and a Reset button that is disabled while the filter is inactive.
import type { ReactNode } from "react";

export function FilterHead({
  id,
  title,
  active,
  onReset,
  resetLabel,
  children,
}: {
  /** Element id of the title; the section points at it with aria-labelledby. */
  id: string;
  title: string;
  active: boolean;
  onReset: () => void;
  resetLabel: string;
  /** Shown between the title and the button (e.g. the selected year range). */
  children?: ReactNode;
}) {
  return (
    <div className="filter-head">
      <h3 id={id}>{title}</h3>
      {children}
      <button
        type="button"
        className="link-button"
        onClick={onReset}
        disabled={!active}
        aria-label={resetLabel}
      >
        Reset
      </button>
    </div>
  );
}
