// A toolbar drop-down: a <details> element (keyboard- and screen-reader-friendly without
// script) that also closes on Escape, on a click outside it and after an item is chosen.
import { type ReactNode, useEffect, useRef } from "react";
import "./portable.css";

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
  const close = () => {
    if (ref.current) ref.current.open = false;
  };
  useEffect(() => {
    const onPointer = (e: PointerEvent) => {
      const el = ref.current;
      if (el?.open && !el.contains(e.target as Node)) el.open = false;
    };
    const onKey = (e: KeyboardEvent) => {
      const el = ref.current;
      if (e.key === "Escape" && el?.open) {
        el.open = false;
        el.querySelector("summary")?.focus();
      }
    };
    document.addEventListener("pointerdown", onPointer);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("pointerdown", onPointer);
      document.removeEventListener("keydown", onKey);
    };
  }, []);
  return (
    <details
      ref={ref}
      className="menu"
      data-testid={testId}
      onToggle={(e) => {
        if (e.currentTarget.open) onOpen?.();
      }}
    >
      <summary className="button">{label}</summary>
      <div className="menu-panel">{children(close)}</div>
    </details>
  );
}
