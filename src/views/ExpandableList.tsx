// A list that shows its first items and a "Show all N" button: BIG-bench alone has 444 authors.
import { type ReactNode, useState } from "react";

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
  const shown = all ? items : items.slice(0, initial);
  return (
    <>
      <ul className={className ?? "node-list"} aria-label={label}>
        {shown.map((item) => (
          <li key={itemKey(item)}>{render(item)}</li>
        ))}
      </ul>
      {items.length > initial && (
        <button type="button" className="link-button more" onClick={() => setAll((v) => !v)}>
          {all ? "Show fewer" : `Show all ${items.length}`}
        </button>
      )}
    </>
  );
}
