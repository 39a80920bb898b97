// React's entry, loaded by main.tsx after the network's first frame: the panels, toolbar and
// controllers. `boot` is the default dataset's load (true once loaded).
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./App";

export function mountApp(root: HTMLElement, boot: Promise<boolean>): void {
  createRoot(root).render(
    <StrictMode>
      <App boot={boot} />
    </StrictMode>,
  );
}
