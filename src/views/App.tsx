// The app shell: top bar, filters on the left, the graph in the middle, details on the right.
// Mounted by main.tsx once the default profile is loaded (or failed to) and its first frame drawn.
import { useRef } from "react";
import type Sigma from "sigma";
import { useAtlasStore } from "../store/atlasStore";
import { CameraController } from "./controllers/CameraController";
import { GraphEventsController } from "./controllers/GraphEventsController";
import { UrlController } from "./controllers/UrlController";
import { DetailsPanel } from "./DetailsPanel";
import { EmptyState } from "./EmptyState";
import { ErrorPanel } from "./ErrorPanel";
import { FiltersPanel } from "./FiltersPanel";
import { GraphView } from "./GraphView";
import { IdentityPanel } from "./IdentityPanel";
import { Legend } from "./Legend";
import { LoadingOverlay } from "./LoadingOverlay";
import { Notices } from "./Notices";
import { SearchBox } from "./SearchBox";
import { SigmaHandleContext } from "./sigmaHandle";
import { Toolbar } from "./Toolbar";
import { openFiles } from "./useDataset";
import { useFileDrop } from "./useFileDrop";
import { VisibleCounts } from "./VisibleCounts";

export function App() {
  const sigmaRef = useRef<Sigma | null>(null);
  const source = useAtlasStore((s) => s.source);
  const owner = useAtlasStore((s) => s.graph?.getAttribute("profiles")?.[0]?.owner ?? null);
  const dragging = useFileDrop(openFiles);

  return (
    <SigmaHandleContext.Provider value={sigmaRef}>
      <div className="app">
        <header className="topbar">
          <div className="brand">
            <span className="brand-mark" aria-hidden="true" />
            <h1>Coauthor Atlas</h1>
          </div>
          <Toolbar />
        </header>
        <aside className="sidebar" aria-label="Search, filters and legend">
          <SearchBox />
          <FiltersPanel />
          <IdentityPanel />
          <Legend />
        </aside>
        <main className="stage" aria-label="Network">
          <GraphView>
            <GraphEventsController />
            <CameraController />
          </GraphView>
          <div className="stage-info">
            {owner && <span className="stage-owner">{owner}</span>}
            {source && source !== "default" && <span className="muted small">{source}</span>}
            <VisibleCounts />
          </div>
          <EmptyState />
          <Notices />
          <LoadingOverlay />
          <ErrorPanel />
          {dragging && (
            <div className="overlay drop" aria-hidden="true">
              <div className="overlay-card">
                Drop a profile export (.txt) and BibTeX files (.bib)
              </div>
            </div>
          )}
        </main>
        <DetailsPanel />
        <UrlController />
      </div>
    </SigmaHandleContext.Provider>
  );
}
