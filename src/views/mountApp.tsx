// React's entry, loaded by main.tsx once the default dataset is loaded (or failed to) and the
// network's first frame drawn: the panels, toolbar and controllers.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";

export function mountApp(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
