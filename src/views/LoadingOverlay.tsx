// Progress while a dataset loads or the worker ingests files; the page stays usable under it.
import { useAtlasStore } from "../store/atlasStore";

export function LoadingOverlay() {
  const status = useAtlasStore((s) => s.status);
  const progress = useAtlasStore((s) => s.progress);
  if (status !== "loading") return null;
  const pct = Math.round(Math.max(0, Math.min(1, progress?.fraction ?? 0)) * 100);
  return (
    <div className="overlay loading" role="status" aria-live="polite">
      <div className="overlay-card">
        <p className="overlay-title">{progress?.stage ?? "Loading…"}</p>
        <progress max={100} value={pct} aria-label="Loading progress">
          {pct}%
        </progress>
      </div>
    </div>
  );
}
