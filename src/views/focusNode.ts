// Move the camera to a node: search results and links in the details panel bring the node into
// view, zooming in only when the camera is further out than `ratio`.
import type Sigma from "sigma";

export function focusNode(sigma: Sigma, key: string, ratio = 0.35): void {
  if (!sigma.getGraph().hasNode(key)) return;
  // Display data are in the camera's (normalised) coordinate space, unlike graph attributes.
  const data = sigma.getNodeDisplayData(key);
  if (!data) return;
  const camera = sigma.getCamera();
  void camera.animate(
    { x: data.x, y: data.y, ratio: Math.min(camera.ratio, ratio) },
    { duration: 450, easing: "quadraticInOut" },
  );
}
