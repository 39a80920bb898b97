// sigma events → store: hover highlights a neighbourhood, a click selects a node (or expands a
// "+N authors" fold), a click on the background clears the selection.
import { useEffect } from "react";
import { atlasStore } from "../../store/atlasStore";
import { useSigma } from "../useSigma";

export function GraphEventsController() {
  const sigma = useSigma();

  useEffect(() => {
    const container = sigma.getContainer();
    const onEnter = ({ node }: { node: string }) => {
      container.style.cursor = "pointer";
      atlasStore.getState().setHovered(node);
    };
    const onLeave = () => {
      container.style.cursor = "";
      atlasStore.getState().setHovered(null);
    };
    const onClick = ({ node }: { node: string }) => {
      const store = atlasStore.getState();
      const graph = store.graph;
      if (graph?.hasNode(node) && graph.getNodeAttribute(node, "kind") === "fold") {
        store.setHovered(null);
        store.toggleExpanded(node);
        return;
      }
      store.select(node);
    };
    const onStage = () => {
      if (atlasStore.getState().view.node !== null) atlasStore.getState().select(null);
    };
    sigma.on("enterNode", onEnter);
    sigma.on("leaveNode", onLeave);
    sigma.on("clickNode", onClick);
    sigma.on("clickStage", onStage);
    return () => {
      sigma.off("enterNode", onEnter);
      sigma.off("leaveNode", onLeave);
      sigma.off("clickNode", onClick);
      sigma.off("clickStage", onStage);
    };
  }, [sigma]);

  return null;
}
