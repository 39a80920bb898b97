// Move the camera to a node: search results and links in the details panel bring the node into
// view, zooming in only when the camera is further out than `ratio`. A node the view hides (a
// paper in the coauthor view) is shown through its visible neighbours: the camera goes to their
// centre instead.
import type Sigma from "sigma";
import type { Visibility } from "../filters/visibility";
import type { AppGraph } from "../graph/appGraph";
import { atlasStore } from "../store/atlasStore";
import { visibleNeighbours } from "./graphReducers";

function anchors(graph: AppGraph, visibility: Visibility | null, key: string): string[] {
  if (visibility === null || visibility.isNodeVisible(key)) return [key];
  return visibleNeighbours(graph, visibility, key);
}

export function focusNode(sigma: Sigma, key: string, ratio = 0.35): void {
  const { graph, visibility } = atlasStore.getState();
  if (!graph?.hasNode(key)) return;
  const points = anchors(graph, visibility, key);
  if (points.length === 0) return;
  // The camera lives in sigma's normalised ("framed") space. Display data are only normalised
  // after the next render (a selection schedules one), so convert from the graph attributes:
  // graph → viewport → framed cancels the current camera out.
  let x = 0;
  let y = 0;
  for (const p of points) {
    const a = graph.getNodeAttributes(p);
    const framed = sigma.viewportToFramedGraph(sigma.graphToViewport({ x: a.x, y: a.y }));
    x += framed.x;
    y += framed.y;
  }
  const camera = sigma.getCamera();
  const target = points.length === 1 ? ratio : Math.max(ratio, 0.6);
  void camera.animate(
    { x: x / points.length, y: y / points.length, ratio: Math.min(camera.ratio, target) },
    { duration: 450, easing: "quadraticInOut" },
  );
}
