// The app shell: top bar, filters on the left, the graph in the middle, details on the right;
// on a phone or an upright tablet (1,000 px or less) the graph fills the screen, search and
// filters open as a drawer from the compact toolbar and details as a sheet under the graph. Overlays (counts, camera
// buttons, notices) sit in a bar above the canvas, never over a node.
// Mounted by main.tsx once the default profile is loaded (or failed to) and its first frame drawn.
import { useEffect, useMemo, useState } from "react";
import { ownersOf } from "../graph/owners";
import { CameraControls } from "./CameraControls";
import { AutoFitController } from "./controllers/AutoFitController";
import { CameraController } from "./controllers/CameraController";
import { FocusCameraController } from "./controllers/FocusCameraController";
import { GraphEventsController } from "./controllers/GraphEventsController";
import { KeyboardNavController } from "./controllers/KeyboardNavController";
import { LinkEventsController } from "./controllers/LinkEventsController";
import { MeasuresController } from "./controllers/MeasuresController";
import { PlayController } from "./controllers/PlayController";
import { UrlController } from "./controllers/UrlController";
import { DetailsPanel } from "./DetailsPanel";
import { EgoBar } from "./EgoBar";
import { EmptyState } from "./EmptyState";
import { ErrorPanel } from "./ErrorPanel";
import { FiltersPanel } from "./FiltersPanel";
import { GraphView } from "./GraphView";
import { IdentityPanel } from "./IdentityPanel";
import { Legend } from "./Legend";
import { LoadingOverlay } from "./LoadingOverlay";
import { NetworkMenu } from "./NetworkMenu";
import { Notices } from "./Notices";
import { SearchBox } from "./SearchBox";
import { useAtlasStore } from "./stores";
import { TableToggle } from "./TableToggle";
import { TableView } from "./TableView";
import { ThemeToggle } from "./ThemeToggle";
import { Toolbar } from "./Toolbar";
import { ToolbarMenu } from "./ToolbarMenu";
import { openFiles } from "./useDataset";
import { useFileDrop } from "./useFileDrop";
import { VisibleCounts } from "./VisibleCounts";

export function App() {
  const source = useAtlasStore((s) => s.source);
  // Whom the network is about: a profile's owner, or the owners marked for a list.
  const graph = useAtlasStore((s) => s.graph);
  const owner = useMemo(() => {
    const names = graph ? ownersOf(graph).map((o) => o.name) : [];
    if (names.length === 0) return null;
    return names.length <= 2 ? names.join(", ") : `${names[0]} and ${names.length - 1} more`;
  }, [graph]);
  const dragging = useFileDrop(openFiles);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const selected = useAtlasStore((s) => s.view.node);
  const table = useAtlasStore((s) => s.view.table);

  // A pick in the drawer (a search result, a node link) shows the graph and its details.
  useEffect(() => {
    if (selected !== null) setFiltersOpen(false);
  }, [selected]);
  useEffect(() => {
    if (!filtersOpen) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape" || e.defaultPrevented) return;
      e.preventDefault();
      setFiltersOpen(false);
      document.querySelector<HTMLElement>('[data-testid="open-filters"]')?.focus();
    };
    document.addEventListener("keydown", onKey, true);
    return () => document.removeEventListener("keydown", onKey, true);
  }, [filtersOpen]);

  return (
    // A fragment, not a re-indented tree: the shell is shared by several branches.
    <>
      <div className="app">
        <header className="topbar">
          <div className="brand">
            <span className="brand-mark" aria-hidden="true" />
            <h1>Coauthor Atlas</h1>
          </div>
          <ToolbarMenu filtersOpen={filtersOpen} onToggleFilters={() => setFiltersOpen((o) => !o)}>
            <Toolbar />
            <ThemeToggle />
          </ToolbarMenu>
        </header>
        <aside
          id="sidebar"
          className={filtersOpen ? "sidebar open" : "sidebar"}
          aria-label="Search, filters and legend"
        >
          <button
            type="button"
            className="button drawer-close"
            onClick={() => setFiltersOpen(false)}
          >
            Show the network
          </button>
          <SearchBox />
          <FiltersPanel />
          <IdentityPanel />
          <Legend />
        </aside>
        <main className="stage" aria-label="Network">
          <div className="stage-bar">
            <div className="stage-info">
              <NetworkMenu />
              {owner && <span className="stage-owner">{owner}</span>}
              {source && source !== "default" && <span className="muted small">{source}</span>}
              <VisibleCounts />
            </div>
            <TableToggle />
            {table === null && <CameraControls />}
          </div>
          <EgoBar />
          <Notices />
          <div className="graph-area">
            {/* The table covers the canvas, which stays laid out (sigma keeps its size). */}
            <div className="graph-layer" inert={table !== null}>
              <GraphView>
                <GraphEventsController />
                <CameraController />
                <AutoFitController />
                <FocusCameraController />
                <KeyboardNavController />
                <LinkEventsController />
              </GraphView>
            </div>
            {table !== null && <TableView kind={table} />}
          </div>
          <EmptyState />
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
        <PlayController />
        <MeasuresController />
      </div>
    </>
  );
}
