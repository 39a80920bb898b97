// The graph canvas: owns the single sigma instance (created once, in a ref'd container) and
// mounts the render-less controllers that bridge it to the store.
// sigma is created when the first graph is in the store, not before: an instance created
// empty draws a frame of its own, and in software WebGL every frame costs a read-back of each
// canvas (~0.2-0.3 s at startup). Created in the same task as the data, it draws once.
import { NodeSquareProgram } from "@sigma/node-square";
import Graph from "graphology";
import { type ReactNode, useContext, useLayoutEffect, useRef, useState } from "react";
import Sigma from "sigma";
import {
  createNodeCompoundProgram,
  EdgeRectangleProgram,
  NodeCircleProgram,
} from "sigma/rendering";
import { atlasStore, useAtlasStore } from "../store/atlasStore";
import { drawCircleHover, drawSquareHover } from "./drawHover";
import { type Box, createLabelPlacer } from "./labelPlacer";
import { SigmaHandleContext } from "./sigmaHandle";
import { SigmaContext } from "./useSigma";

const LABEL_FONT =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif';

declare global {
  interface Window {
    __atlas?: { sigma: Sigma | null; store: typeof atlasStore };
  }
}

/** Panels floating over the canvas (counts, notices): labels under them would be hidden. */
const FLOATING = ".stage-info, .notices";

function coveredAreas(container: HTMLElement): Box[] {
  const stage = container.parentElement;
  if (!stage) return [];
  const origin = container.getBoundingClientRect();
  return Array.from(stage.querySelectorAll(FLOATING), (el) => {
    const r = el.getBoundingClientRect();
    return {
      x0: r.left - origin.left,
      y0: r.top - origin.top,
      x1: r.right - origin.left,
      y1: r.bottom - origin.top,
    };
  });
}

export function GraphView({ children }: { children?: ReactNode }) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [sigma, setSigma] = useState<Sigma | null>(null);
  const handle = useContext(SigmaHandleContext);
  // Turns true with the first graph and stays so: later datasets reuse the same instance.
  const [armed, setArmed] = useState(false);
  const hasGraph = useAtlasStore((s) => s.graph !== null);
  if (hasGraph && !armed) setArmed(true);

  // A layout effect: its state update renders the controllers in the same task, so the graph is
  // set and drawn before the browser paints the empty instance.
  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container || !armed) return;
    // Labels are placed per frame (no two overlap); the square program brings its own label
    // and hover functions, so it is wrapped to use ours.
    const labels = createLabelPlacer(() => coveredAreas(container));
    const SquareProgram = createNodeCompoundProgram(
      [NodeSquareProgram],
      labels.draw,
      drawSquareHover,
    );
    // Created empty: GraphDataController swaps the app graph in (same instance, setGraph).
    const instance = new Sigma(new Graph(), container, {
      allowInvalidContainer: true,
      renderEdgeLabels: false,
      enableEdgeEvents: false,
      zIndex: true,
      labelFont: LABEL_FONT,
      labelSize: 12,
      labelWeight: "500",
      labelColor: { color: "#1f2328" },
      // Generous: the grid only proposes labels; labelPlacer.ts drops the ones that would overlap.
      labelDensity: 1.6,
      labelGridCellSize: 90,
      labelRenderedSizeThreshold: 5,
      defaultDrawNodeLabel: labels.draw,
      defaultDrawNodeHover: drawCircleHover,
      defaultEdgeColor: "#cfd4da",
      defaultNodeType: "circle",
      nodeProgramClasses: { circle: NodeCircleProgram, square: SquareProgram },
      // Undirected links only: sigma's default arrow programs would be compiled for nothing.
      edgeProgramClasses: { line: EdgeRectangleProgram },
      defaultEdgeType: "line",
      minCameraRatio: 0.02,
      maxCameraRatio: 4,
      stagePadding: 24,
    });
    instance.on("beforeRender", labels.begin);
    instance.on("afterRender", labels.flush);
    setSigma(instance);
    handle.current = instance;
    window.__atlas = { sigma: instance, store: atlasStore };
    // sigma only listens to window resizes; the grid cell can change size on its own.
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(container);
    return () => {
      observer.disconnect();
      instance.kill();
      if (window.__atlas?.sigma === instance) window.__atlas = { sigma: null, store: atlasStore };
      if (handle.current === instance) handle.current = null;
      setSigma(null);
    };
  }, [handle, armed]);

  return (
    <div
      ref={containerRef}
      className="graph"
      data-testid="graph"
      data-ready="false"
      role="img"
      aria-label="Collaboration network. Use the search box to find a node; details appear in the panel."
    >
      {sigma && <SigmaContext.Provider value={sigma}>{children}</SigmaContext.Provider>}
    </div>
  );
}
