// Frame sigma on what the current view shows (see framing.ts), either as a fresh frame (a load,
// a link, or a camera still at its default) or keeping the picture on screen: when the user is
// zoomed in and switches view, the same part of the network stays where it was.
import type Sigma from "sigma";
import { atlasStore } from "../store/atlasStore";
import { type BBox, viewBBox } from "./framing";

/** The frame for the store's current graph and view; null frames the whole graph. */
export function currentFrame(): BBox | null {
  const { graph, index, view, visibility } = atlasStore.getState();
  return graph && index ? viewBBox(graph, index, view, visibility) : null;
}

/** Set sigma's frame and redraw now; with `keepPicture`, move the camera so nothing moves. */
export function applyFrame(sigma: Sigma, box: BBox | null, keepPicture: boolean): void {
  const camera = sigma.getCamera();
  const keep = keepPicture && sigma.getGraph().order > 0 && !camera.isAnimated();
  if (!keep) {
    sigma.setCustomBBox(box);
    sigma.refresh();
    return;
  }
  // Measure the picture in graph space (its centre and how many graph units a stretch of screen
  // spans), reframe, measure again with the same camera, then correct the camera.
  const { width, height } = sigma.getDimensions();
  const span = () => {
    const a = sigma.viewportToGraph({ x: width / 2, y: height / 2 });
    const b = sigma.viewportToGraph({ x: width / 2 + 100, y: height / 2 });
    return { centre: a, length: Math.hypot(b.x - a.x, b.y - a.y) };
  };
  const before = span();
  sigma.setCustomBBox(box);
  sigma.refresh();
  const after = span();
  const framed = sigma.viewportToFramedGraph(sigma.graphToViewport(before.centre));
  const ratio = camera.ratio * (after.length > 0 ? before.length / after.length : 1);
  if (![framed.x, framed.y, ratio].every(Number.isFinite) || ratio <= 0) return;
  camera.setState({ x: framed.x, y: framed.y, ratio });
}
