// Counts of what the canvas draws: papers passing the filters, authors drawn, and beside them
// what a view toggle keeps off the canvas (authors linked only through papers over the cap, the
// hidden owner, authors folded into "+N authors"). The numbers sit alone inside their test
// hooks so tests (and screen readers) read them without parsing. In the authors + papers view
// of a large network the papers count keeps every paper the filters keep, and a note says how
// many of them wait for a closer zoom (levels of detail, src/render/levelOfDetail.ts).
import { useMemo, useSyncExternalStore } from "react";
import { useShallow } from "zustand/react/shallow";
import { shownCounts } from "../filters/shownCounts";
import { paperDetailStatus } from "../render/levelOfDetail";
import { plural } from "./format";
import { useAtlasStore } from "./stores";

export function VisibleCounts() {
  const { index, visibility, mode, cap } = useAtlasStore(
    useShallow((s) => ({
      index: s.index,
      visibility: s.visibility,
      mode: s.view.view,
      cap: s.graph?.getAttribute("hyperauthorCap") ?? null,
    })),
  );
  const counts = useMemo(
    () => (index && visibility ? shownCounts(index, visibility, mode) : null),
    [index, visibility, mode],
  );
  const detail = useSyncExternalStore(paperDetailStatus.subscribe, paperDetailStatus.get);
  const papers = visibility?.visiblePapers ?? 0;
  const totalPapers = visibility?.totalPapers ?? 0;
  return (
    <div className="counts" role="status" aria-live="polite" aria-label="Visible counts">
      <span className="count">
        <strong data-testid="visible-papers">{papers}</strong>
        <span className="count-total">
          {" "}
          of {totalPapers} {totalPapers === 1 ? "paper" : "papers"}
        </span>
      </span>
      <span className="count">
        <strong data-testid="visible-authors">{counts?.drawnAuthors ?? 0}</strong>
        <span className="count-total">
          {" "}
          {counts?.drawnAuthors === 1 ? "author" : "authors"} shown
        </span>
      </span>
      {/* The bar keeps one line (screens.css): a note that does not fit is cut, whole in its title. */}
      {counts && counts.hiddenIsolated > 0 && (
        <Note testId="hidden-isolated">
          {`${plural(counts.hiddenIsolated, "author")} hidden: only on papers over ${cap ?? "the cap"} authors`}
        </Note>
      )}
      {counts && counts.hiddenOwners > 0 && <Note testId="hidden-owner">owner hidden</Note>}
      {mode === "bipartite" && detail.foldedPapers > 0 && (
        <Note testId="papers-by-zoom">
          {`papers appear as you zoom in: ${detail.drawnPapers} of ${detail.drawnPapers + detail.foldedPapers} drawn`}
        </Note>
      )}
      {counts && counts.foldedAuthors > 0 && (
        <Note testId="folded-authors">
          {`${plural(counts.foldedAuthors, "author")} folded into “+N authors”`}
        </Note>
      )}
    </div>
  );
}

function Note({ testId, children }: { testId: string; children: string }) {
  return (
    <span className="count-hidden" data-testid={testId} title={children}>
      {children}
    </span>
  );
}
