// Move the camera to a node: search results and links in the details panel bring the node into
// view, zooming in only when the camera is further out than `ratio`.
import type Sigma from "sigma";

export function focusNode(sigma: Sigma, key: string, ratio = 0.35): void {
  if (!sigma.getGraph().hasNode(key)) return;
  // The camera lives in sigma's normalised ("framed") space. Display data are only normalised
  // after the next render (a selection schedules one), so convert from the graph attributes:
  // graph → viewport → framed cancels the current camera out.
  const attrs = sigma.getGraph().getNodeAttributes(key) as { x: number; y: number };
  const data = sigma.viewportToFramedGraph(sigma.graphToViewport({ x: attrs.x, y: attrs.y }));
  const camera = sigma.getCamera();
  void camera.animate(
    { x: data.x, y: data.y, ratio: Math.min(camera.ratio, ratio) },
    { duration: 450, easing: "quadraticInOut" },
  );
}
