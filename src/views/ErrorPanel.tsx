// A load that failed: which file, which line, and why, with the ways out (default profile or
// back to the network that was showing).

import { useAtlasStore } from "./stores";
import { loadDefaultDataset } from "./useDataset";

export function ErrorPanel() {
  const status = useAtlasStore((s) => s.status);
  const error = useAtlasStore((s) => s.error);
  const hasGraph = useAtlasStore((s) => s.graph !== null);
  // A failed open keeps the previous graph: going back to it is just leaving the error state.
  const clearError = useAtlasStore((s) => s.clearError);
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
            <button type="button" className="button" onClick={clearError}>
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
