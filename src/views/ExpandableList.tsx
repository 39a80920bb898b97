// A list that shows its first items and a "Show all N" button: BIG-bench alone has 444 authors.
import { type ReactNode, useState } from "react";

/** The fewest items a list folds away behind its button. */
export const MIN_FOLDED = 5;

export function ExpandableList<T>({
  items,
  initial,
  render,
  itemKey,
  label,
  className,
}: {
  items: T[];
  initial: number;
  render: (item: T) => ReactNode;
  itemKey: (item: T) => string;
  label: string;
  className?: string;
}) {
  const [all, setAll] = useState(false);
  // A button that would reveal only a few more is noise: such a list shows whole.
  const collapses = items.length - initial >= MIN_FOLDED;
  const shown = all || !collapses ? items : items.slice(0, initial);
  return (
    <>
      <ul className={className ?? "node-list"} aria-label={label}>
        {shown.map((item) => (
          <li key={itemKey(item)}>{render(item)}</li>
        ))}
      </ul>
      {collapses && (
        <button type="button" className="link-button more" onClick={() => setAll((v) => !v)}>
          {all ? "Show fewer" : `Show all ${items.length}`}
        </button>
      )}
    </>
  );
}
