// The graph from the keyboard: the canvas takes focus (Tab), arrow keys move the selection to
// the nearest shown node in that direction (from the selected node, or the canvas centre), the
// camera follows when it leaves the screen, and Enter moves focus into its details.
import { useEffect } from "react";
import { shownNodesOnViewport } from "../../render/cameraMoves";
import { focusNode } from "../../render/focusNode";
import { type Direction, nearestInDirection } from "../../render/viewportGeometry";
import { atlasStore } from "../../store/atlasStore";
import { useSigma } from "../useSigma";

const KEYS: Record<string, Direction> = {
  ArrowLeft: "left",
  ArrowRight: "right",
  ArrowUp: "up",
  ArrowDown: "down",
};

export const GRAPH_KEYBOARD_LABEL =
  "Collaboration network. Arrow keys move between nodes, Enter opens the details, Escape closes them.";

export function KeyboardNavController() {
  const sigma = useSigma();

  useEffect(() => {
    const container = sigma.getContainer();
    container.tabIndex = 0;
    container.setAttribute("role", "application");
    container.setAttribute("aria-label", GRAPH_KEYBOARD_LABEL);

    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      const store = atlasStore.getState();
      if (e.key === "Enter") {
        if (store.view.node === null) return;
        e.preventDefault();
        document.querySelector<HTMLElement>('[data-testid="details"]')?.focus();
        return;
      }
      const direction = KEYS[e.key];
      if (!direction) return;
      e.preventDefault();
      const nodes = shownNodesOnViewport(sigma);
      const { width, height } = sigma.getDimensions();
      const selected = nodes.find((n) => n.key === store.view.node);
      const from = selected ?? { x: width / 2, y: height / 2 };
      const candidates = nodes.filter((n) => n !== selected);
      // With nothing selected, the first arrow picks the node nearest the centre that way.
      const i = nearestInDirection(candidates, from, direction);
      const next = candidates[i];
      if (!next) return;
      store.select(next.key);
      const onScreen = next.x >= 0 && next.y >= 0 && next.x <= width && next.y <= height;
      if (!onScreen) focusNode(sigma, next.key, sigma.getCamera().ratio);
    };
    container.addEventListener("keydown", onKey);
    return () => container.removeEventListener("keydown", onKey);
  }, [sigma]);

  return null;
}
