// The baseline page: a bare sigma instance, no React, no store, no reducers. Two modes:
// - `mode=startup`: fetch the graph JSON, import it and draw it, as a plain sigma page would;
//   `data-ready` turns "true" after the first frame (the app's own signal, for the same wait).
// - `mode=filter`: the same graph the app builds (coauthor edges and fold nodes added), with the
//   visibility of each benchmark step precomputed before timing; a step then only sets the
//   `hidden` attributes and refreshes sigma: the least work any page could do to show it.
// Query: graph (a same-origin path), w and h (the canvas size, matched to the app's graph pane).

import { NodeSquareProgram } from "@sigma/node-square";
import Graph from "graphology";
import Sigma from "sigma";
import type { AppLooks, BareApi, StepView } from "./bareApi";

const params = new URLSearchParams(window.location.search);
const graphPath = params.get("graph") ?? "";
const mode = params.get("mode") === "filter" ? "filter" : "startup";
const container = document.getElementById("graph") as HTMLDivElement;
container.style.width = `${Number(params.get("w") ?? 800)}px`;
container.style.height = `${Number(params.get("h") ?? 600)}px`;

// Only paths on this origin: the page fetches nothing the bench did not put beside it.
if (!graphPath.startsWith("/") || graphPath.startsWith("//")) {
  throw new Error(`bare: graph must be a same-origin path, got "${graphPath}"`);
}

type Attrs = Record<string, unknown>;

/** Labels as the app draws them: author names, paper titles. */
function labelled(graph: Graph): void {
  graph.updateEachNodeAttributes((_key, attrs: Attrs) => {
    attrs.label = (attrs.name as string | undefined) ?? (attrs.title as string | undefined) ?? null;
    return attrs;
  });
}

/** sigma's constructor draws the first frame synchronously: mark the pane ready right after. */
function markReady(): void {
  container.dataset.ready = "true";
}

async function fetchJson(): Promise<unknown> {
  const response = await fetch(graphPath);
  if (!response.ok) throw new Error(`bare: ${graphPath}: HTTP ${response.status}`);
  return response.json();
}

async function startup(): Promise<void> {
  const graph = new Graph();
  graph.import((await fetchJson()) as Parameters<Graph["import"]>[0]);
  labelled(graph);
  const sigma = new Sigma(graph, container, { allowInvalidContainer: true });
  markReady();
  window.__bare = { sigma, graph, steps: 0, apply: () => {}, show: () => {}, showJsOnly: () => 0 };
}

/** Filter mode: returns once the first step is drawn. */
async function filter(views: StepView[], looks: AppLooks | null): Promise<void> {
  // The app's graph and the visibility of each step, computed before any timing.
  const { prepareStepMasks } = await import("./bareMasks");
  const { graph, nodeMasks, edgeMasks, nodeKeys, edgeKeys } = prepareStepMasks(
    (await fetchJson()) as never,
    views,
  );
  labelled(graph as unknown as Graph);
  // The live attribute objects, so a step is one plain loop (no events, no lookups).
  const nodeAttrs = nodeKeys.map((k) => graph.getNodeAttributes(k) as unknown as Attrs);
  const edgeAttrs = edgeKeys.map((k) => graph.getEdgeAttributes(k) as unknown as Attrs);
  const apply = (step: number) => {
    const nodes = nodeMasks[step] as Uint8Array;
    const edges = edgeMasks[step] as Uint8Array;
    for (let i = 0; i < nodeAttrs.length; i++) (nodeAttrs[i] as Attrs).hidden = nodes[i] !== 1;
    for (let i = 0; i < edgeAttrs.length; i++) (edgeAttrs[i] as Attrs).hidden = edges[i] !== 1;
  };
  apply(0);
  if (looks) wearLooks(graph as unknown as Graph, looks);
  const sigma = new Sigma(graph as unknown as Graph, container, {
    allowInvalidContainer: true,
    // Only what drawing the app's picture needs: its square papers and its stacking order; and
    // its links' picking layer when they answer the pointer, as the app's do.
    nodeProgramClasses: { square: NodeSquareProgram },
    zIndex: looks !== null,
    enableEdgeEvents: looks?.edgeEvents ?? false,
  });
  if (looks) sigma.getCamera().setState(looks.camera);
  const internals = sigma as unknown as { process(): void; needToProcess: boolean };
  window.__bare = {
    sigma,
    graph: graph as unknown as Graph,
    steps: views.length,
    apply,
    show: (step) => {
      apply(step);
      sigma.scheduleRefresh();
    },
    showJsOnly: (step) => {
      const t0 = performance.now();
      apply(step);
      sigma.scheduleRefresh();
      // What the scheduled frame would process first, done now so it can be timed apart from
      // drawing; the frame then only draws.
      if (internals.needToProcess) {
        internals.process();
        internals.needToProcess = false;
      }
      return performance.now() - t0;
    },
  };
  markReady();
}

/** The app's sizes, colours, shapes and stacking order, as plain attributes sigma reads. */
function wearLooks(graph: Graph, looks: AppLooks): void {
  for (const n of looks.nodes) {
    graph.mergeNodeAttributes(n.key, {
      size: n.size,
      color: n.color,
      type: n.type,
      zIndex: n.zIndex,
    });
  }
  for (const e of looks.edges) {
    graph.mergeEdgeAttributes(e.key, { size: e.size, color: e.color, zIndex: e.zIndex });
  }
}

window.__bareStart = mode === "filter" ? filter : undefined;
if (mode === "startup") void startup();

declare global {
  interface Window {
    __bare?: BareApi;
    __bareStart?: (views: StepView[], looks: AppLooks | null) => Promise<void>;
  }
}
