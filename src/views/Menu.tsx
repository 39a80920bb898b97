// A toolbar drop-down: a <details> element (keyboard- and screen-reader-friendly without
// script) that also closes on Escape, on a click outside it, when focus leaves it
// (useDismiss, as the other pop-overs) and after an item is chosen.
import { type ReactNode, useCallback, useRef, useState } from "react";
import "./portable.css";
import { useDismiss } from "./useDismiss";

export function Menu({
  label,
  testId,
  onOpen,
  children,
}: {
  label: string;
  testId: string;
  onOpen?: () => void;
  children: (close: () => void) => ReactNode;
}) {
  const ref = useRef<HTMLDetailsElement>(null);
  const summary = useRef<HTMLElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  // Mirrors the element's own open state (its toggle event), for useDismiss.
  const [open, setOpen] = useState(false);
  const close = useCallback(() => {
    if (ref.current) ref.current.open = false;
  }, []);
  useDismiss(open, close, summary, panel);
  return (
    <details
      ref={ref}
      className="menu"
      data-testid={testId}
      onToggle={(e) => {
        const isOpen = e.currentTarget.open;
        setOpen(isOpen);
        if (isOpen) onOpen?.();
      }}
    >
      <summary ref={summary} className="button">
        {label}
      </summary>
      <div ref={panel} className="menu-panel">
        {children(close)}
      </div>
    </details>
  );
}
