// The graph pane without React: the store drives one sigma instance in one container element.
// main.tsx starts it before React is loaded, so the first frame of the network waits only for
// sigma and the data: React, the panels and their layout come after it (and the bare-sigma
// startup benchmark is matched step for step).
// sigma is created when the first graph is in the store, in the task that sets and draws it:
// an instance created empty draws a frame of its own, and in software WebGL every frame costs a
// read-back of each canvas. `data-ready` on the container turns "true" in sigma's afterRender
// for the current graph (not through React, which would land after the browser composites).
import type Sigma from "sigma";
import { atlasStore } from "../store/atlasStore";
import { bindAppearance } from "./appearance";
import { createAtlasSigma } from "./atlasSigma";
import { attachClusterLabels } from "./clusterLabels";
import { placeFoldNodes } from "./placeFolds";
import { currentFrame } from "./sigmaFraming";

declare global {
  interface Window {
    /** Test and benchmark hook: the sigma instance (once created) and the store. */
    __atlas?: { sigma: Sigma | null; store: typeof atlasStore };
  }
}

export interface GraphPane {
  /** The element sigma draws in (`data-testid="graph"`); React's GraphView hosts it. */
  readonly container: HTMLDivElement;
  /** The sigma instance, null until the first graph. */
  sigma(): Sigma | null;
  /** Called when the sigma instance is created; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

/** Pane attributes: the container is created here when the page has none. */
function paneElement(existing: HTMLDivElement | null): HTMLDivElement {
  const el = existing ?? document.createElement("div");
  el.className = "graph";
  el.dataset.testid = "graph";
  el.dataset.ready = el.dataset.ready ?? "false";
  el.setAttribute("role", "img");
  el.setAttribute(
    "aria-label",
    "Collaboration network. Use the search box to find a node; details appear in the panel.",
  );
  return el;
}

let pane: GraphPane | null = null;

/** The page's one graph pane, started on first call (in `existing` if given). */
export function graphPane(existing: HTMLDivElement | null = null): GraphPane {
  if (pane) return pane;
  const container = paneElement(existing);
  let sigma: Sigma | null = null;
  // Graph versions (the store's count of loaded graphs, 0 before the first) set in sigma and
  // drawn by it; -1: nothing drawn yet, so the pane is not ready before the first graph.
  let shownVersion = 0;
  let drawnVersion = -1;
  const listeners = new Set<() => void>();

  const syncReady = () => {
    const s = atlasStore.getState();
    const ready = drawnVersion === s.graphVersion && s.status !== "loading";
    const value = ready ? "true" : "false";
    if (container.dataset.ready !== value) container.dataset.ready = value;
  };

  const show = (instance: Sigma) => {
    const { graph, graphVersion, view } = atlasStore.getState();
    if (graph === null) return;
    shownVersion = graphVersion;
    // The layout came with the data: positions are used as they are, no layout runs here.
    const camera = view.camera;
    if (camera) instance.getCamera().setState({ ...camera, angle: 0 });
    else instance.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    placeFoldNodes(graph);
    // After the folds are placed: their positions are part of the bipartite frame.
    instance.setCustomBBox(currentFrame());
    instance.once("afterRender", () => {
      drawnVersion = graphVersion;
      syncReady();
    });
    instance.setGraph(graph as never);
  };

  const onStore = () => {
    const { graph, graphVersion } = atlasStore.getState();
    if (graph !== null && graphVersion !== shownVersion) {
      if (sigma === null) {
        sigma = createAtlasSigma(container);
        bindAppearance(sigma);
        attachClusterLabels(sigma);
        window.__atlas = { sigma, store: atlasStore };
        for (const listener of listeners) listener();
      }
      show(sigma);
    }
    syncReady();
  };

  // Reactions wait for the end of the current task's synchronous work: loading a dataset and
  // applying the link it was opened with are two store actions, and the first frame must
  // already be the linked view (camera included).
  let queued = false;
  const queue = () => {
    if (queued) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      onStore();
    });
  };
  window.__atlas = { sigma: null, store: atlasStore };
  atlasStore.subscribe(queue);
  onStore();
  pane = {
    container,
    sigma: () => sigma,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return pane;
}
