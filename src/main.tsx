// Entry point: mounts the explorer and exposes the test handle `window.__atlas`.
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { atlasStore } from "./store/atlasStore";
import { App } from "./views/App";
import { prefetchDefaultDataset } from "./views/useDataset";
import "./views/app.css";

window.__atlas = { sigma: null, store: atlasStore };
prefetchDefaultDataset();

const root = document.getElementById("root");
if (!root) throw new Error("main: #root is missing from index.html");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
