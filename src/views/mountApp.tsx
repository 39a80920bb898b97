// React's entry, loaded by main.tsx once the default dataset is loaded (or failed to) and the
// network's first frame drawn: the panels, toolbar and controllers.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { networkStore } from "../store/networkStore";
import { App } from "./App";
import { EmbedApp } from "./EmbedApp";

export function mountApp(root: HTMLElement): void {
  createRoot(root).render(
    <StrictMode>{networkStore.getState().embed ? <EmbedApp /> : <App />}</StrictMode>,
  );
}
