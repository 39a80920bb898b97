// Progress while a dataset loads or the worker ingests files; the page stays usable under it.
// Cancel (or Escape) stops the load and keeps the network that was showing.
import { useEffect } from "react";
import { useAtlasStore } from "../store/atlasStore";
import { cancelLoad } from "./useDataset";

export function LoadingOverlay() {
  const status = useAtlasStore((s) => s.status);
  const progress = useAtlasStore((s) => s.progress);
  const loading = status === "loading";
  useEffect(() => {
    if (!loading) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape") return;
      event.preventDefault();
      cancelLoad();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [loading]);
  if (!loading) return null;
  const pct = Math.round(Math.max(0, Math.min(1, progress?.fraction ?? 0)) * 100);
  return (
    <div className="overlay loading" role="status" aria-live="polite">
      <div className="overlay-card">
        <p className="overlay-title">{progress?.stage ?? "Loading…"}</p>
        <progress max={100} value={pct} aria-label="Loading progress">
          {pct}%
        </progress>
        <div className="actions">
          <button type="button" className="button" onClick={cancelLoad}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  );
}
