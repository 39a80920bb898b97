// Counts of visible papers and authors: always on screen, and the numbers alone inside their
// test hooks so tests (and screen readers) read them without parsing.
import { useShallow } from "zustand/react/shallow";
import { useAtlasStore } from "../store/atlasStore";
import { selectVisibleCounts } from "../store/selectors";

export function VisibleCounts() {
  const c = useAtlasStore(useShallow(selectVisibleCounts));
  return (
    <div className="counts" role="status" aria-live="polite" aria-label="Visible counts">
      <span className="count">
        <strong data-testid="visible-papers">{c.papers}</strong>
        <span className="count-total"> / {c.totalPapers} papers</span>
      </span>
      <span className="count">
        <strong data-testid="visible-authors">{c.authors}</strong>
        <span className="count-total"> / {c.totalAuthors} authors</span>
      </span>
    </div>
  );
}
