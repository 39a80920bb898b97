// The app's sigma instance: its programs (authors as discs, papers as squares), label placement
// and settings. Framework-free: the graph pane creates it before React is even loaded.
import { NodeSquareProgram } from "@sigma/node-square";
import Graph from "graphology";
import Sigma from "sigma";
import {
  createNodeCompoundProgram,
  EdgeRectangleProgram,
  NodeCircleProgram,
} from "sigma/rendering";
import { CAMERA_BOUNDS } from "../url/viewParams";
import { drawCircleHover, drawSquareHover } from "./drawHover";
import { type Box, createLabelPlacer } from "./labelPlacer";

/** The page's stack (screens.css): system fonts, then Noto families for CJK and other scripts. */
const LABEL_FONT =
  'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", ' +
  '"Noto Sans CJK SC", "Noto Sans CJK JP", "Noto Sans CJK KR", "Noto Sans CJK TC", ' +
  '"Noto Sans Arabic", "Noto Sans Hebrew", "Noto Sans Devanagari", "Noto Sans Thai", ' +
  '"WenQuanYi Zen Hei", "Droid Sans Fallback", sans-serif';

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

/** A sigma instance on an empty graph in `container`, resized with it. */
export function createAtlasSigma(container: HTMLElement): Sigma {
  // Labels are placed per frame (no two overlap); the square program brings its own label and
  // hover functions, so it is wrapped to use ours.
  const labels = createLabelPlacer(() => coveredAreas(container));
  const SquareProgram = createNodeCompoundProgram(
    [NodeSquareProgram],
    labels.draw,
    drawSquareHover,
  );
  const sigma = new Sigma(new Graph(), container, {
    allowInvalidContainer: true,
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
    nodeProgramClasses: { circle: NodeCircleProgram, square: SquareProgram },
    // Undirected links only: sigma's default arrow programs would be compiled for nothing.
    edgeProgramClasses: { line: EdgeRectangleProgram },
    defaultEdgeType: "line",
    minCameraRatio: CAMERA_BOUNDS.minRatio,
    maxCameraRatio: CAMERA_BOUNDS.maxRatio,
    stagePadding: 24,
  });
  sigma.on("beforeRender", labels.begin);
  sigma.on("afterRender", labels.flush);
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
  sigma.on("kill", () => observer.disconnect());
  return sigma;
}
