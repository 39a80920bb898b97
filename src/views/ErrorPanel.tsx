// A load that failed: which file, which line, and why, with the ways out (default profile or
// back to the network that was showing).
import { atlasStore, useAtlasStore } from "../store/atlasStore";
import { loadDefaultDataset } from "./useDataset";

// The store has no "dismiss error" action yet; after a failed open the previous graph is still
// loaded, so going back to it is just leaving the error state.
function dismissError(): void {
  atlasStore.setState((s) => ({ status: s.graph ? "ready" : "idle", error: null }));
}

export function ErrorPanel() {
  const status = useAtlasStore((s) => s.status);
  const error = useAtlasStore((s) => s.error);
  const hasGraph = useAtlasStore((s) => s.graph !== null);
  if (status !== "error" || !error) return null;
  return (
    <div className="overlay">
      <div className="overlay-card error" role="alert" aria-labelledby="error-title">
        <h2 id="error-title">Could not load the network</h2>
        <dl className="facts">
          <dt>File</dt>
          <dd className="mono">{error.file || "—"}</dd>
          <dt>Line</dt>
          <dd className="mono">{error.line ?? "—"}</dd>
          <dt>Reason</dt>
          <dd>{error.reason}</dd>
        </dl>
        <div className="actions">
          {hasGraph && (
            <button type="button" className="button" onClick={dismissError}>
              Back to the network
            </button>
          )}
          <button
            type="button"
            className="button primary"
            onClick={() => void loadDefaultDataset()}
          >
            Load the default profile
          </button>
        </div>
      </div>
    </div>
  );
}
