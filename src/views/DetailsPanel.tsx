// The right-hand panel: details of the selected node (data-testid="details"), closed with its
// button or Escape; with nothing selected it shows the profile's overview and how to explore.
// Closing returns focus where it was when the node was selected (the canvas, the search box),
// and a selection the filters hide says so, with a button that shows it again.
import { useEffect, useLayoutEffect, useMemo, useRef } from "react";
import { isHiddenByView } from "../filters/reveal";
import { atlasStore } from "../store/atlasStore";
import { AuthorDetails } from "./AuthorDetails";
import { CoauthorLinkDetails } from "./CoauthorLinkDetails";
import { NodeButton } from "./NodeButton";
import { nodeDetails } from "./nodeDetails";
import { PaperDetails } from "./PaperDetails";
import { PathPanel } from "./PathPanel";
import { ProfileOverview } from "./ProfileOverview";
import { useAtlasStore } from "./stores";

export function DetailsPanel() {
  const graph = useAtlasStore((s) => s.graph);
  const selected = useAtlasStore((s) => s.view.node);
  const link = useAtlasStore((s) => s.link);
  const details = useMemo(
    () => (graph && selected ? nodeDetails(graph, selected) : null),
    [graph, selected],
  );
  const hidden = useAtlasStore(
    (s) => selected !== null && s.index !== null && isHiddenByView(s.index, s.view, selected),
  );
  const returnFocus = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(false);

  // Where focus was when the details opened (not inside the panel itself).
  useLayoutEffect(() => {
    const open = selected !== null;
    if (open && !wasOpen.current) {
      const active = document.activeElement;
      returnFocus.current =
        active instanceof HTMLElement && active !== document.body ? active : null;
    }
    if (!open && wasOpen.current) {
      const target = returnFocus.current;
      returnFocus.current = null;
      const inPage = target?.isConnected && target.offsetParent !== null;
      const fallback = document.querySelector<HTMLElement>('[data-testid="graph"]');
      // Only when focus was lost with the panel (it sat on the panel or fell to the body).
      const active = document.activeElement;
      if (active === null || active === document.body) (inPage ? target : fallback)?.focus();
    }
    wasOpen.current = open;
  }, [selected]);

  const open = selected !== null || link !== null;
  useEffect(() => {
    if (!open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape" || e.defaultPrevented) return;
      // A coauthor pair closes first, back to the node it was opened from.
      const store = atlasStore.getState();
      if (store.link !== null) store.selectLink(null);
      else store.select(null);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [open]);

  if (graph && link) {
    return (
      <aside
        className="details-panel"
        aria-label="Details"
        data-testid="details"
        key={`${link.a}|${link.b}`}
      >
        <button
          type="button"
          className="close"
          onClick={() => atlasStore.getState().select(null)}
          aria-label="Close details"
          title="Close (Esc)"
        >
          ×
        </button>
        <PathPanel />
        <CoauthorLinkDetails graph={graph} pair={link} />
      </aside>
    );
  }

  if (!details) {
    return (
      <aside className="details-panel" aria-label="Overview">
        <PathPanel />
        <ProfileOverview />
      </aside>
    );
  }
  return (
    <aside
      className="details-panel"
      aria-label="Details"
      data-testid="details"
      key={details.key}
      tabIndex={-1}
    >
      <button
        type="button"
        className="close"
        onClick={() => atlasStore.getState().select(null)}
        aria-label="Close details"
        title="Close (Esc)"
      >
        ×
      </button>
      <PathPanel />
      {hidden && (
        <p className="note hidden-selection" data-testid="hidden-selection">
          Hidden by the current filters.{" "}
          <button
            type="button"
            className="link-button"
            onClick={() => atlasStore.getState().showNode(details.key)}
          >
            Show it
          </button>
        </p>
      )}
      {details.kind === "paper" && <PaperDetails details={details} />}
      {details.kind === "author" && <AuthorDetails details={details} />}
      {details.kind === "fold" && (
        <article className="details-body" aria-labelledby="details-title">
          <p className="eyebrow">Folded authors</p>
          <h2 id="details-title" className="details-title">
            {details.members.length} authors with no other paper here
          </h2>
          <p>
            of <NodeButton nodeKey={details.paper.key}>{details.paper.title}</NodeButton>
          </p>
          <button
            type="button"
            className="button"
            onClick={() => atlasStore.getState().toggleExpanded(details.key)}
          >
            Expand / fold in the graph
          </button>
          <ul className="node-list inline" aria-label="Folded authors">
            {details.members.map((m) => (
              <li key={m.key}>
                <NodeButton nodeKey={m.key}>{m.name}</NodeButton>
              </li>
            ))}
          </ul>
        </article>
      )}
    </aside>
  );
}
