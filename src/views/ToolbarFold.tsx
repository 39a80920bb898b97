// A group of toolbar controls that folds into one button between the compact layout and the
// laptop (1,001–1,160 px, where the whole toolbar does not fit on one line): the button opens
// the same controls in a pop-over under it. At other widths the button is not shown and the
// controls sit in the toolbar (or in the compact layout's menu) as they are. One set of controls in the page, so each keeps its place in
// the tab order and its file input.
import { type ReactNode, useCallback, useId, useRef, useState } from "react";
import { useDismiss } from "./useDismiss";

export function ToolbarFold({
  label,
  testId,
  children,
}: {
  label: string;
  testId: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLSpanElement>(null);
  const close = useCallback(() => setOpen(false), []);
  useDismiss(open, close, button, panel);

  return (
    <span className={open ? "fold open" : "fold"}>
      <button
        ref={button}
        type="button"
        className="button fold-button"
        data-testid={testId}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
      </button>
      {/* A choice made closes the pop-over (the button's own handler has run by then). */}
      {/* biome-ignore lint/a11y/noStaticElementInteractions: the clicks are its buttons' */}
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: a button's Enter arrives as a click */}
      <span
        ref={panel}
        id={panelId}
        className="fold-panel"
        onClick={(e) => {
          if ((e.target as Element).closest("button")) setOpen(false);
        }}
      >
        {children}
      </span>
    </span>
  );
}
