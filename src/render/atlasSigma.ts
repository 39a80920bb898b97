// The app's sigma instance: its programs (authors as discs, papers as squares, each node and
// edge program drawing only what the filters show), its label layer and settings.
// Framework-free: the graph pane creates it before React is even loaded.
import { NodeSquareProgram } from "@sigma/node-square";
import Graph from "graphology";
import Sigma from "sigma";
import {
  createNodeCompoundProgram,
  type EdgeProgramType,
  EdgeRectangleProgram,
  NodeCircleProgram,
  type NodeProgramType,
} from "sigma/rendering";
import { CAMERA_BOUNDS } from "../url/viewParams";
import { clusterLabelBoxes } from "./clusterLabels";
import { DeferredPrograms } from "./deferredPrograms";
import { drawCircleHover, drawSquareHover } from "./drawHover";
import { installLabelLayer, type LabelLayer } from "./labelLayer";
import { type Box, createLabelPlacer } from "./labelPlacer";
import { VisibilityBytes, withEdgeVisibility, withNodeVisibility } from "./visibilityPrograms";
import { whenIdle } from "./whenIdle";

/** The page's stack (screens.css): system fonts, then Noto families for CJK and other scripts. */
const LABEL_FONT =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", ' +
  '"Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans CJK KR", "Noto Sans CJK TC", ' +
  '"Noto Sans Arabic", "Noto Sans Hebrew", "Noto Sans Devanagari", "Noto Sans Thai", ' +
  '"WenQuanYi Zen Hei", "Droid Sans Fallback", sans-serif';

/** Panels floating over the canvas (counts, notices): labels under them would be hidden. */
const FLOATING = ".stage-info, .notices";

/**
 * Where a node label must not go: under the floating panels, and over the cluster names shown
 * at overview zoom (clusterLabels.ts places them before each frame), which it would garble.
 */
function coveredAreas(container: HTMLElement): Box[] {
  const stage = container.closest(".stage");
  if (!stage) return [...clusterLabelBoxes(container)];
  const origin = container.getBoundingClientRect();
  const panels = Array.from(stage.querySelectorAll(FLOATING), (el) => {
    const r = el.getBoundingClientRect();
    return {
      x0: r.left - origin.left,
      y0: r.top - origin.top,
      x1: r.right - origin.left,
      y1: r.bottom - origin.top,
    };
  });
  return [...panels, ...clusterLabelBoxes(container)];
}

/** The sigma instance and the visibility bytes its programs and labels read. */
export interface AtlasSigma {
  sigma: Sigma;
  visibility: VisibilityBytes;
  labels: LabelLayer;
}

/**
 * The node and edge programs, drawing only what `visibility` shows; labels and hover through
 * `placer`. Shared by the page's sigma and the PNG export's off-screen one. The hover layer's
 * programs and the one sigma adds for arrows (the app's links have no direction: an edge typed
 * `arrow` is drawn as a line) are compiled when first used, or by `deferred.warmUp()`.
 */
export function atlasPrograms(
  visibility: VisibilityBytes,
  placer: ReturnType<typeof createLabelPlacer>,
) {
  const SquareProgram = createNodeCompoundProgram(
    [withNodeVisibility(NodeSquareProgram, visibility) as unknown as typeof NodeSquareProgram],
    placer.draw,
    drawSquareHover,
  );
  const CircleProgram = withNodeVisibility(NodeCircleProgram, visibility);
  const LineProgram = withEdgeVisibility(EdgeRectangleProgram, visibility);
  const deferred = new DeferredPrograms();
  return {
    deferred,
    settings: {
      nodeProgramClasses: { circle: CircleProgram, square: SquareProgram },
      nodeHoverProgramClasses: {
        circle: deferred.node(CircleProgram as unknown as NodeProgramType),
        square: deferred.node(SquareProgram),
      },
      edgeProgramClasses: {
        line: LineProgram,
        arrow: deferred.edge(LineProgram as unknown as EdgeProgramType),
      },
    },
  };
}

/** A sigma instance on an empty graph in `container`, resized with it. */
export function createAtlasSigma(container: HTMLElement): AtlasSigma {
  const visibility = new VisibilityBytes();
  // Labels are placed per frame (no two overlap) by the app's label layer; the square program
  // brings its own label and hover functions, so it is wrapped to use ours.
  const labels = createLabelPlacer(() => coveredAreas(container));
  const programs = atlasPrograms(visibility, labels);
  const sigma = new Sigma(new Graph(), container, {
    allowInvalidContainer: true,
    // Node labels come from labelLayer.ts, which knows what the filters show.
    renderLabels: false,
    renderEdgeLabels: false,
    // Hovering or clicking a coauthor link explains it (LinkEventsController.tsx). Edges are
    // then drawn into sigma's picking buffer too, from the same program buffers the visibility
    // painter writes, so a hidden link is never picked.
    enableEdgeEvents: true,
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
    ...programs.settings,
    defaultEdgeType: "line",
    minCameraRatio: CAMERA_BOUNDS.minRatio,
    maxCameraRatio: CAMERA_BOUNDS.maxRatio,
    stagePadding: 24,
  });
  const labelLayer = installLabelLayer(sigma, visibility, labels);
  // The hover layer's programs, built once the first frame with a graph is out, so that the
  // first hover does not wait for a compile.
  const warmUp = () => {
    if (sigma.getGraph().order === 0) return;
    sigma.off("afterRender", warmUp);
    whenIdle(() => programs.deferred.warmUp());
  };
  sigma.on("afterRender", warmUp);
  // sigma only listens to window resizes; the pane can change size on its own (the bar above it
  // wraps as its counts change). Nothing sigma processes depends on the pane's size, only the
  // label grid does: resize the canvases, rebuild that grid and draw a frame — no full pass,
  // which would cost a filter change its fast path.
  let width = container.offsetWidth;
  let height = container.offsetHeight;
  const observer = new ResizeObserver(() => {
    if (container.offsetWidth === width && container.offsetHeight === height) return;
    width = container.offsetWidth;
    height = container.offsetHeight;
    sigma.resize();
    labelLayer.relayout();
    sigma.scheduleRender();
  });
  observer.observe(container);
  sigma.on("kill", () => {
    observer.disconnect();
    labelLayer.remove();
  });
  return { sigma, visibility, labels: labelLayer };
}
