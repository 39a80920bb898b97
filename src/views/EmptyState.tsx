// What the canvas says when it has nothing to draw: filters that leave no paper (with a way to
// clear them), or papers whose authors the coauthor view hides (with a way to show them).
import { useShallow } from "zustand/react/shallow";
import { useAtlasStore } from "./stores";

export function EmptyState() {
  const s = useAtlasStore(
    useShallow((st) => ({
      ready: st.status === "ready" && st.visibility !== null,
      papers: st.visibility?.visiblePapers ?? 0,
      shown: st.visibility?.shownNodes ?? 0,
      hiddenIsolated: st.visibility?.hiddenIsolated ?? 0,
      coauthors: st.view.view === "coauthors",
      hideOwner: st.view.hideOwner,
    })),
  );
  const clearFilters = useAtlasStore((st) => st.clearFilters);
  const setShowIsolated = useAtlasStore((st) => st.setShowIsolated);
  const setHideOwner = useAtlasStore((st) => st.setHideOwner);
  if (!s.ready || (s.papers > 0 && s.shown > 0)) return null;

  let message: string;
  let action: { label: string; run: () => void };
  if (s.papers === 0) {
    message = "No papers match these filters.";
    action = { label: "Clear all filters", run: clearFilters };
  } else if (s.coauthors && s.hiddenIsolated > 0) {
    message = `The ${s.hiddenIsolated} authors of the matching papers have no coauthor link under the hyperauthorship cap, so this view hides them.`;
    action = { label: "Show them", run: () => setShowIsolated(true) };
  } else if (s.hideOwner) {
    message = "Only the hidden owner is left in this view.";
    action = { label: "Show the owner", run: () => setHideOwner(false) };
  } else {
    message = "Nothing to show in this view.";
    action = { label: "Clear all filters", run: clearFilters };
  }
  return (
    <div className="stage-empty">
      <div className="overlay-card" role="status">
        <p className="overlay-title">{message}</p>
        <div className="actions">
          <button type="button" className="button" onClick={action.run}>
            {action.label}
          </button>
        </div>
      </div>
    </div>
  );
}
