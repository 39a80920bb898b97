// Camera moves behind the zoom and fit buttons, the automatic fit after a filter change and the
// keyboard navigation: where the shown nodes are on screen, and fitting the camera to them.
// Public sigma API only (graphToViewport, viewportToFramedGraph, the camera's animations).
import type Sigma from "sigma";
import { atlasStore } from "../store/atlasStore";
import { anyOnScreen, fitPoints, type Point } from "./viewportGeometry";

const ANIMATION = { duration: 350, easing: "quadraticInOut" as const };
/** Room kept between the fitted nodes and the canvas edge, in pixels. */
const FIT_PADDING = 36;

export interface ShownNode extends Point {
  key: string;
}

/** Every node the view shows, at its viewport position for the current camera. */
export function shownNodesOnViewport(sigma: Sigma): ShownNode[] {
  const { graph, index, visibility } = atlasStore.getState();
  if (!graph || !index || !visibility) return [];
  const out: ShownNode[] = [];
  for (let i = 0; i < index.nodeCount; i++) {
    if (visibility.nodeVisible[i] !== 1) continue;
    const key = index.nodeKeys[i] as string;
    if (!graph.hasNode(key)) continue;
    const { x, y } = graph.getNodeAttributes(key);
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    const p = sigma.graphToViewport({ x, y });
    out.push({ key, x: p.x, y: p.y });
  }
  return out;
}

/** Whether at least one shown node is inside the canvas (true when nothing is shown). */
export function someShownNodeOnScreen(sigma: Sigma): boolean {
  const points = shownNodesOnViewport(sigma);
  const { width, height } = sigma.getDimensions();
  return points.length === 0 || anyOnScreen(points, width, height);
}

/** Move the camera so every shown node is on the canvas; false when none is shown. */
export function fitShownNodes(sigma: Sigma, animate = true): boolean {
  return fitViewportPoints(sigma, shownNodesOnViewport(sigma), animate);
}

/** Move the camera so these nodes (a collaboration path) are on the canvas. */
export function fitNodes(sigma: Sigma, keys: readonly string[], animate = true): boolean {
  const { graph } = atlasStore.getState();
  if (!graph) return false;
  const points: Point[] = [];
  for (const key of keys) {
    if (!graph.hasNode(key)) continue;
    const { x, y } = graph.getNodeAttributes(key);
    if (Number.isFinite(x) && Number.isFinite(y)) points.push(sigma.graphToViewport({ x, y }));
  }
  return fitViewportPoints(sigma, points, animate);
}

function fitViewportPoints(sigma: Sigma, points: Point[], animate: boolean): boolean {
  const { width, height } = sigma.getDimensions();
  const fit = fitPoints(points, width, height, FIT_PADDING);
  if (!fit) return false;
  const camera = sigma.getCamera();
  const centre = sigma.viewportToFramedGraph(fit.centre);
  const ratio = camera.getBoundedRatio(camera.ratio * fit.scale);
  const target = { x: centre.x, y: centre.y, ratio };
  if (![target.x, target.y, target.ratio].every(Number.isFinite)) return false;
  if (animate) void camera.animate(target, ANIMATION);
  else camera.setState(target);
  return true;
}

/** Back to the view's full frame (every node the view can show). */
export function fitAll(sigma: Sigma): void {
  void sigma.getCamera().animatedReset(ANIMATION);
}

export function zoomIn(sigma: Sigma): void {
  void sigma.getCamera().animatedZoom(ANIMATION);
}

export function zoomOut(sigma: Sigma): void {
  void sigma.getCamera().animatedUnzoom(ANIMATION);
}
