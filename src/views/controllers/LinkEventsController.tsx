// sigma edge events → coauthor link explanations: hovering a coauthor link shows a card with the
// pair's joint papers and shared topics beside the pointer; clicking it opens the pair in the
// details panel. The card is React state of its own, not store state, so hovering a link runs
// no sigma pass (the reducers do not read it) and leaves the filter painter's path alone.
import { useEffect, useMemo, useState } from "react";
import type { AppGraph } from "../../graph/appGraph";
import { jointWork } from "../../graph/jointWork";
import { atlasStore } from "../../store/atlasStore";
import { JointPaperList, jointCount, SharedTopics } from "../JointWorkSummary";
import { useAtlasStore } from "../stores";
import { useSigma } from "../useSigma";

/** Papers listed on the card; the panel lists them all. */
const CARD_PAPERS = 5;

interface Hovered {
  edge: string;
  a: string;
  b: string;
  /** Pointer position in the page (the card is fixed-positioned next to it). */
  x: number;
  y: number;
}

/** The two authors of a coauthor link, or null for any other edge. */
function coauthorEnds(graph: AppGraph | null, edge: string): [string, string] | null {
  if (!graph?.hasEdge(edge) || graph.getEdgeAttribute(edge, "kind") !== "coauthor") return null;
  const [a, b] = graph.extremities(edge);
  return [a, b];
}

export function LinkEventsController() {
  const sigma = useSigma();
  const graph = useAtlasStore((s) => s.graph);
  const [hovered, setHovered] = useState<Hovered | null>(null);

  useEffect(() => {
    const container = sigma.getContainer();
    const onEnter = ({ edge, event }: { edge: string; event: { x: number; y: number } }) => {
      const ends = coauthorEnds(atlasStore.getState().graph, edge);
      if (!ends) return;
      const rect = container.getBoundingClientRect();
      container.style.cursor = "pointer";
      setHovered({ edge, a: ends[0], b: ends[1], x: rect.left + event.x, y: rect.top + event.y });
    };
    const onLeave = () => {
      container.style.cursor = "";
      setHovered(null);
    };
    const onClick = ({ edge }: { edge: string }) => {
      const ends = coauthorEnds(atlasStore.getState().graph, edge);
      if (!ends) return;
      setHovered(null);
      atlasStore.getState().selectLink({ a: ends[0], b: ends[1] });
    };
    sigma.on("enterEdge", onEnter);
    sigma.on("leaveEdge", onLeave);
    sigma.on("clickEdge", onClick);
    return () => {
      sigma.off("enterEdge", onEnter);
      sigma.off("leaveEdge", onLeave);
      sigma.off("clickEdge", onClick);
    };
  }, [sigma]);

  // A new graph takes the hovered link with it.
  useEffect(() => {
    if (graph) setHovered(null);
  }, [graph]);

  const work = useMemo(
    () =>
      graph && hovered && graph.hasEdge(hovered.edge)
        ? jointWork(graph, hovered.a, hovered.b)
        : null,
    [graph, hovered],
  );
  if (!graph || !hovered || !work) return null;
  const name = (key: string) => {
    const a = graph.getNodeAttributes(key);
    return a.kind === "author" ? a.name : key;
  };
  // Beside the pointer, flipped to its left / above it near the window's edges.
  const style = {
    left: hovered.x + 14,
    top: hovered.y + 14,
    transform: `translate(${hovered.x > window.innerWidth - 380 ? "calc(-100% - 28px)" : "0"}, ${
      hovered.y > window.innerHeight - 320 ? "calc(-100% - 28px)" : "0"
    })`,
  };
  return (
    <div className="link-card" style={style} role="tooltip" data-testid="link-card">
      <p className="link-card-title">
        {name(hovered.a)} — {name(hovered.b)}
      </p>
      <p className="muted">{jointCount(work)}</p>
      <JointPaperList papers={work.papers.slice(0, CARD_PAPERS)} label="Joint papers" />
      {work.papers.length > CARD_PAPERS && (
        <p className="muted">and {work.papers.length - CARD_PAPERS} more: click the link</p>
      )}
      <SharedTopics work={work} />
    </div>
  );
}
