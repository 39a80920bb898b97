// The toolbar at every width. Wide: its children sit in the top bar as they are. Narrow (phones,
// upright tablets: useNarrowLayout): a compact bar with *Filters* (opens the search and filters
// drawer) and *Menu*, a pop-over holding the same children, whatever they are: controls added
// to the toolbar later land in the menu without changes here.
import { type ReactNode, useCallback, useEffect, useId, useRef, useState } from "react";
import { useDismiss } from "./useDismiss";
import { useNarrowLayout } from "./useNarrowLayout";

export function ToolbarMenu({
  children,
  filtersOpen,
  onToggleFilters,
}: {
  children: ReactNode;
  filtersOpen: boolean;
  onToggleFilters(): void;
}) {
  const narrow = useNarrowLayout();
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  // Leaving the compact layout closes the menu; Escape, a tap outside and focus leaving it too.
  useEffect(() => {
    if (!narrow) setOpen(false);
  }, [narrow]);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, close, button, panel);

  return (
    <>
      <div className="compact-bar">
        <button
          type="button"
          className="button"
          data-testid="open-filters"
          aria-expanded={filtersOpen}
          aria-controls="sidebar"
          onClick={onToggleFilters}
        >
          Search &amp; filters
        </button>
        <button
          ref={button}
          type="button"
          className="button"
          data-testid="open-menu"
          aria-expanded={open}
          aria-controls={menuId}
          onClick={() => setOpen((o) => !o)}
        >
          Menu
        </button>
      </div>
      <div
        ref={panel}
        id={menuId}
        className={open ? "toolbar-slot open" : "toolbar-slot"}
        data-testid="toolbar-menu"
      >
        {children}
      </div>
    </>
  );
}
