// The read-only view for iframes (`embed=1`): the graph with its counts, hover, and details on
// click; no toolbar, no filters, no file opening, and no history entries (Back in the host page
// stays the host's). "Open in Coauthor Atlas" opens the full app on the same network and view.
import { networkSearch } from "../networks/dataParam";
import { atlasStore } from "../store/atlasStore";
import { networkStore } from "../store/networkStore";
import { serializeViewParams } from "../url/viewParams";
import { CameraController } from "./controllers/CameraController";
import { GraphEventsController } from "./controllers/GraphEventsController";
import { DetailsPanel } from "./DetailsPanel";
import { ErrorPanel } from "./ErrorPanel";
import { GraphView } from "./GraphView";
import { LoadingOverlay } from "./LoadingOverlay";
import { Notices } from "./Notices";
import { VisibleCounts } from "./VisibleCounts";
import "./portable.css";
import { useAtlasStore, useNetworkStore } from "./stores";

/** The full app's address for what the embed shows now. */
function fullViewUrl(): string {
  const { source, files } = networkStore.getState();
  const view = serializeViewParams(atlasStore.getState().view);
  return `${window.location.origin}${window.location.pathname}${networkSearch(source, files, false, view)}`;
}

export function EmbedApp() {
  const selected = useAtlasStore((s) => s.view.node !== null);
  const name = useNetworkStore((s) => s.name);
  return (
    <>
      <div className="app embed" data-testid="embed">
        <main className="stage" aria-label="Network">
          <GraphView>
            <GraphEventsController />
            <CameraController />
          </GraphView>
          <div className="stage-info">
            {name && <span className="stage-owner">{name}</span>}
            <VisibleCounts />
          </div>
          <a
            className="button embed-open"
            href={fullViewUrl()}
            target="_blank"
            rel="noopener noreferrer"
            onPointerDown={(e) => {
              e.currentTarget.href = fullViewUrl();
            }}
            onFocus={(e) => {
              e.currentTarget.href = fullViewUrl();
            }}
          >
            Open in Coauthor Atlas
          </a>
          <Notices />
          <LoadingOverlay />
          <ErrorPanel />
        </main>
        {selected && <DetailsPanel />}
      </div>
    </>
  );
}
