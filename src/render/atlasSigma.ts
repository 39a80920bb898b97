// The app's sigma instance: its programs (authors as discs, papers as squares, each node and
// edge program drawing only what the filters show), its label layer and settings.
// Framework-free: the graph pane creates it before React is even loaded.
import { NodeSquareProgram } from "@sigma/node-square";
import Graph from "graphology";
import Sigma from "sigma";
import {
  createNodeCompoundProgram,
  EdgeRectangleProgram,
  NodeCircleProgram,
} from "sigma/rendering";
import { drawCircleHover, drawSquareHover } from "./drawHover";
import { installLabelLayer } from "./labelLayer";
import { type Box, createLabelPlacer } from "./labelPlacer";
import { VisibilityBytes, withEdgeVisibility, withNodeVisibility } from "./visibilityPrograms";

const LABEL_FONT =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif';

/** Panels floating over the canvas (counts, notices): labels under them would be hidden. */
const FLOATING = ".stage-info, .notices";

function coveredAreas(container: HTMLElement): Box[] {
  const stage = container.closest(".stage");
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

/** The sigma instance and the visibility bytes its programs and labels read. */
export interface AtlasSigma {
  sigma: Sigma;
  visibility: VisibilityBytes;
}

/**
 * The node and edge programs, drawing only what `visibility` shows; labels and hover through
 * `placer`. Shared by the page's sigma and the PNG export's off-screen one.
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
  return {
    nodeProgramClasses: {
      circle: withNodeVisibility(NodeCircleProgram, visibility),
      square: SquareProgram,
    },
    edgeProgramClasses: { line: withEdgeVisibility(EdgeRectangleProgram, visibility) },
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
    // Undirected links only: sigma's default arrow programs would be compiled for nothing.
    ...programs,
    defaultEdgeType: "line",
    minCameraRatio: 0.02,
    maxCameraRatio: 4,
    stagePadding: 24,
  });
  const removeLabelLayer = installLabelLayer(sigma, visibility, labels);
  // sigma only listens to window resizes; the pane can change size on its own. As sigma does
  // for the window: a full pass, which rebuilds the label grid for the new size.
  let width = container.offsetWidth;
  let height = container.offsetHeight;
  const observer = new ResizeObserver(() => {
    if (container.offsetWidth === width && container.offsetHeight === height) return;
    width = container.offsetWidth;
    height = container.offsetHeight;
    sigma.scheduleRefresh();
  });
  observer.observe(container);
  sigma.on("kill", () => {
    observer.disconnect();
    removeLabelLayer();
  });
  return { sigma, visibility };
}
