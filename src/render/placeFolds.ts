// Fold nodes ("+N authors") are placed by prepareAtlasGraph at their members' centroid, which for
// a disc of authors laid around their paper is the paper itself: the fold would sit under the
// paper and a click could not reach it. Move such a fold outward from the network's centre, to
// where the disc was, so it reads as the paper's satellite. A no-op when the fold already sits
// apart, so it stays correct if the graph module places folds itself.
import type { AppGraph } from "../graph/appGraph";

export function placeFoldNodes(graph: AppGraph): void {
  let cx = 0;
  let cy = 0;
  let n = 0;
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  graph.forEachNode((_k, a) => {
    if (a.kind === "fold") return;
    cx += a.x;
    cy += a.y;
    n++;
    minX = Math.min(minX, a.x);
    maxX = Math.max(maxX, a.x);
  });
  if (n === 0) return;
  cx /= n;
  cy /= n;
  const minGap = 0.04 * Math.max(1, maxX - minX);
  graph.forEachNode((key, a) => {
    if (a.kind !== "fold") return;
    const p = graph.getNodeAttributes(a.paper);
    const dx0 = a.x - p.x;
    const dy0 = a.y - p.y;
    if (Math.hypot(dx0, dy0) >= minGap) return;
    let radius = 0;
    for (const m of a.members) {
      const q = graph.getNodeAttributes(m);
      radius += Math.hypot(q.x - p.x, q.y - p.y);
    }
    radius = a.members.length > 0 ? radius / a.members.length : 0;
    const distance = Math.max(minGap, 0.7 * radius);
    let dx = p.x - cx;
    let dy = p.y - cy;
    const len = Math.hypot(dx, dy);
    if (len < 1e-9) {
      dx = 1;
      dy = 0;
    } else {
      dx /= len;
      dy /= len;
    }
    graph.mergeNodeAttributes(key, { x: p.x + dx * distance, y: p.y + dy * distance });
  });
}
