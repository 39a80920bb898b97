// The app shell: top bar, filters on the left, the graph in the middle, details on the right.
// Boots by loading the default profile and applying the link it was opened with.
import { useCallback, useEffect, useRef, useState } from "react";
import type Sigma from "sigma";
import { useAtlasStore } from "../store/atlasStore";
import { CameraController } from "./controllers/CameraController";
import { GraphAppearanceController } from "./controllers/GraphAppearanceController";
import { GraphDataController } from "./controllers/GraphDataController";
import { GraphEventsController } from "./controllers/GraphEventsController";
import { UrlController } from "./controllers/UrlController";
import { DetailsPanel } from "./DetailsPanel";
import { EmptyState } from "./EmptyState";
import { ErrorPanel } from "./ErrorPanel";
import { FiltersPanel } from "./FiltersPanel";
import { GraphView } from "./GraphView";
import { Legend } from "./Legend";
import { LoadingOverlay } from "./LoadingOverlay";
import { Notices } from "./Notices";
import { SearchBox } from "./SearchBox";
import { SigmaHandleContext } from "./sigmaHandle";
import { Toolbar } from "./Toolbar";
import { loadDefaultDataset, openFiles } from "./useDataset";
import { useFileDrop } from "./useFileDrop";
import { VisibleCounts } from "./VisibleCounts";

// Read before anything writes the URL: the link the page was opened with.
const initialSearch = typeof window === "undefined" ? "" : window.location.search;

// One boot per page, even when StrictMode mounts the app twice in development.
let boot: Promise<boolean> | null = null;

export function App() {
  const sigmaRef = useRef<Sigma | null>(null);
  const [booted, setBooted] = useState(false);
  // The side panels mount after the first frame with data: rendered with the data before it,
  // they would hold that frame back by their render and layout (see GraphDataController).
  const [panels, setPanels] = useState(false);
  const onDrawn = useCallback(() => setPanels(true), []);
  const source = useAtlasStore((s) => s.source);
  const owner = useAtlasStore((s) => s.graph?.getAttribute("profiles")?.[0]?.owner ?? null);
  const dragging = useFileDrop(openFiles);

  useEffect(() => {
    let cancelled = false;
    boot ??= loadDefaultDataset(initialSearch);
    void boot.then(() => {
      if (!cancelled) setBooted(true);
    });
    return () => {
      cancelled = true;
    };
  }, []);

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
          {panels && (
            <>
              <SearchBox />
              <FiltersPanel />
              <Legend />
            </>
          )}
        </aside>
        <main className="stage" aria-label="Network">
          <GraphView>
            <GraphAppearanceController />
            <GraphDataController onDrawn={onDrawn} />
            <GraphEventsController />
            <CameraController />
          </GraphView>
          <div className="stage-info">
            {owner && <span className="stage-owner">{owner}</span>}
            {source && source !== "default" && <span className="muted small">{source}</span>}
            {panels && <VisibleCounts />}
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
        {panels ? <DetailsPanel /> : <aside className="details-panel" aria-label="Overview" />}
        <UrlController enabled={booted} />
      </div>
    </SigmaHandleContext.Provider>
  );
}
