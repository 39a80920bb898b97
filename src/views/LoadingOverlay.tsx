// Progress while a dataset loads or the worker ingests files; the page stays usable under it.
// The pipeline's steps are listed with the current one marked, and the bar moves across the
// whole load (loadProgress.ts); before the first measure it runs on its own.

// Cancel (or Escape) stops the load and keeps the network that was showing.
import { useEffect } from "react";
import { describeProgress, LOAD_STEPS } from "./loadProgress";
import { useAtlasStore } from "./stores";
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
  const view = describeProgress(progress?.stage ?? "Loading…", progress?.fraction ?? 0);
  const pct = view.overall === null ? null : Math.round(view.overall * 100);
  return (
    <div className="overlay loading" role="status" aria-live="polite" data-testid="loading">
      <div className="overlay-card">
        <p className="overlay-title" data-testid="loading-stage">
          {view.title}
        </p>
        {progress?.detail && (
          <p className="overlay-detail" data-testid="loading-detail">
            {progress.detail}
          </p>
        )}
        {view.step >= 0 && (
          <ol className="load-steps" aria-label="Steps">
            {LOAD_STEPS.map((s, i) => (
              <li
                key={s.label}
                className={i < view.step ? "done" : i === view.step ? "current" : undefined}
                aria-current={i === view.step ? "step" : undefined}
              >
                {s.label}
              </li>
            ))}
          </ol>
        )}
        {pct === null ? (
          <progress aria-label="Loading progress" data-testid="loading-bar" />
        ) : (
          <progress max={100} value={pct} aria-label="Loading progress" data-testid="loading-bar">
            {pct}%
          </progress>
        )}
        <div className="actions">
          <button type="button" className="button" onClick={cancelLoad}>
            Cancel
          </button>
        </div>
      </div>
    </div>
  );
}
