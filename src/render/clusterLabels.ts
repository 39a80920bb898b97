// Cluster names on the canvas: each large cluster's name (its best-connected members and its
// dominant category, graph/clusterNames.ts) at the centre of its members, while the camera shows
// the whole picture; zoomed in, node labels take over and the names are hidden. HTML over the
// canvas (pointer events pass through), placed before each sigma frame with the public
// graphToViewport, largest cluster first, so the node labels drawn after the frame keep clear
// of them (atlasSigma.ts counts them as covered); a name that would overlap one already placed
// waits for the user to zoom, and a cluster the filters hide entirely is not named.
import type Sigma from "sigma";
import { categoryName } from "../filters/categories";
import { type ClusterName, clusterNamesOf } from "../graph/clusterNames";
import { atlasStore } from "../store/atlasStore";
import { CLUSTER_COLORS } from "./palette";

/** Camera ratios below this (zoomed in) hide the names. */
export const CLUSTER_LABEL_MIN_RATIO = 0.55;
/** Clusters smaller than this are not named on the canvas (the legend sums them up). */
export const CLUSTER_LABEL_MIN_SIZE = 5;

interface Named extends ClusterName {
  members: string[];
}

/** The text on the canvas for a cluster: its leaders, and its dominant category apart. */
export function clusterLabelText(c: ClusterName): { who: string; field: string | null } {
  const who = c.leaders.length > 0 ? c.leaders.join(", ") : `Cluster ${c.community + 1}`;
  return { who, field: c.category ? categoryName(c.category) : null };
}

function measure(span: HTMLElement): { w: number; h: number } {
  return { w: span.offsetWidth, h: span.offsetHeight };
}

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** The names placed in the last frame, per sigma container, in its pixels. */
const placedBoxes = new WeakMap<HTMLElement, Rect[]>();

/** Where the cluster names in `container` sit now: node labels keep clear of them. */
export function clusterLabelBoxes(container: HTMLElement): readonly Rect[] {
  return placedBoxes.get(container) ?? [];
}

const overlaps = (a: Rect, b: Rect) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/** Add the cluster-name layer to `sigma`'s container; returns the function that removes it. */
export function attachClusterLabels(sigma: Sigma): () => void {
  const layer = document.createElement("div");
  layer.className = "cluster-labels";
  layer.dataset.testid = "cluster-labels";
  // The legend names the same clusters for assistive technology.
  layer.setAttribute("aria-hidden", "true");
  const container = sigma.getContainer();
  container.appendChild(layer);

  let graphSeen: unknown = null;
  let named: Named[] = [];
  let spans: HTMLSpanElement[] = [];
  let sizes: ({ w: number; h: number } | undefined)[] = [];

  const rebuild = () => {
    const { graph } = atlasStore.getState();
    graphSeen = graph;
    layer.replaceChildren();
    named = [];
    spans = [];
    sizes = [];
    if (!graph) return;
    for (const c of clusterNamesOf(graph)) {
      if (c.community >= CLUSTER_COLORS.length || c.size < CLUSTER_LABEL_MIN_SIZE) continue;
      const members = graph.filterNodes(
        (_k, a) => a.kind === "author" && a.community === c.community,
      );
      named.push({ ...c, members });
      const { who, field } = clusterLabelText(c);
      const span = document.createElement("span");
      span.className = "cluster-label";
      span.dataset.community = String(c.community);
      const name = document.createElement("b");
      name.textContent = who;
      span.appendChild(name);
      if (field) {
        const sub = document.createElement("small");
        sub.textContent = field;
        span.appendChild(sub);
      }
      layer.appendChild(span);
      spans.push(span);
    }
  };

  const place = () => {
    const { graph, visibility } = atlasStore.getState();
    if (graph !== graphSeen) rebuild();
    const zoomedIn = sigma.getCamera().ratio < CLUSTER_LABEL_MIN_RATIO;
    layer.hidden = zoomedIn || named.length === 0;
    const placed: Rect[] = [];
    placedBoxes.set(container, placed);
    if (layer.hidden) return;
    const { width, height } = sigma.getDimensions();
    // A name's size is read once (its text never changes within a graph), and all the names
    // not measured yet in one go: shown first, then read, so the page is laid out once.
    const unmeasured = spans.filter((_span, i) => !sizes[i]);
    for (const span of unmeasured) span.hidden = false;
    const measured = new Map(unmeasured.map((span) => [span, measure(span)]));
    named.forEach((c, i) => {
      const span = spans[i] as HTMLSpanElement;
      const shown = visibility ? c.members.some((k) => visibility.isNodeVisible(k)) : true;
      const p = sigma.graphToViewport({ x: c.x, y: c.y });
      let size = sizes[i];
      if (!size) {
        size = measured.get(span) ?? { w: 0, h: 0 };
        if (size.w > 0) sizes[i] = size;
      }
      const { w, h } = size;
      const box = { x0: p.x - w / 2, y0: p.y - h / 2, x1: p.x + w / 2, y1: p.y + h / 2 };
      const inside = box.x0 >= 0 && box.y0 >= 0 && box.x1 <= width && box.y1 <= height;
      span.hidden = !shown || !inside || placed.some((b) => overlaps(b, box));
      if (span.hidden) return;
      placed.push(box);
      span.style.transform = `translate(${Math.round(box.x0)}px, ${Math.round(box.y0)}px)`;
    });
  };

  sigma.on("beforeRender", place);
  return () => {
    sigma.off("beforeRender", place);
    placedBoxes.delete(container);
    layer.remove();
  };
}
