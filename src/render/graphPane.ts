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
import { focusNode } from "./focusNode";
import type { LabelLayer } from "./labelLayer";
import { currentFrame } from "./sigmaFraming";
import type { VisibilityBytes } from "./visibilityPrograms";

/** Test and benchmark hook, read through the pane: the sigma instance and the store. */
export interface AtlasTestHook {
  readonly sigma: Sigma | null;
  readonly store: typeof atlasStore;
  /** Whether the node is drawn now (what the programs read), as `GraphPane.isNodeShown`. */
  isNodeShown(key: string): boolean;
}

declare global {
  interface Window {
    __atlas?: AtlasTestHook;
  }
}

/** The one handle on the renderer: the app reaches sigma through it and nothing else. */
export interface GraphPane {
  /** The element sigma draws in (`data-testid="graph"`); React's GraphView hosts it. */
  readonly container: HTMLDivElement;
  /** The sigma instance, null until the first graph. */
  sigma(): Sigma | null;
  /** Called when the sigma instance is created; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Whether the node is drawn now: in the graph and shown by the filters and view mode. */
  isNodeShown(key: string): boolean;
  /** The nodes whose labels the last frame drew (none before the first). */
  displayedLabels(): ReadonlySet<string>;
  /** The visibility bytes the programs read (null before the first graph). */
  visibility(): VisibilityBytes | null;
  /** Fly the camera to a node and its visible neighbours (no-op before the first graph). */
  focusNode(key: string): void;
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
  let visibility: VisibilityBytes | null = null;
  let labelLayer: LabelLayer | null = null;
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
    // Fold nodes came placed with the app graph (prepareAtlasGraph): they are part of the frame.
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
        const created = createAtlasSigma(container);
        sigma = created.sigma;
        visibility = created.visibility;
        labelLayer = created.labels;
        sigma.on("kill", bindAppearance(sigma, visibility));
        attachClusterLabels(sigma);
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
  atlasStore.subscribe(queue);
  const handle: GraphPane = {
    container,
    sigma: () => sigma,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    visibility: () => visibility,
    focusNode(key) {
      if (sigma !== null) focusNode(sigma, key);
    },
    isNodeShown(key) {
      const index = atlasStore.getState().index;
      return visibility?.isNodeShown(index?.nodeIndex.get(key)) ?? false;
    },
    displayedLabels: () => labelLayer?.displayed() ?? new Set(),
  };
  pane = handle;
  window.__atlas = {
    get sigma() {
      return handle.sigma();
    },
    store: atlasStore,
    isNodeShown: (key) => handle.isNodeShown(key),
  };
  onStore();
  return handle;
}
