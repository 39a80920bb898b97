// Pictures of the current view: PNG through sigma's own @sigma/export-image (a second sigma
// instance on the same graph, settings and camera, drawn off screen) and SVG written from
// sigma's public display data (positions, sizes and colours after the reducers, so filters,
// hover and selection look as on screen). No React.

import { drawOnCanvas } from "@sigma/export-image";
import type Sigma from "sigma";
import { atlasPrograms } from "./atlasSigma";
import { drawCircleHover } from "./drawHover";
import { graphPane } from "./graphPane";
import { installLabelLayer } from "./labelLayer";
import { createLabelPlacer } from "./labelPlacer";

/** The exported PNG has this many pixels per device pixel of the pane. */
export const PNG_SCALE = 2;
const BACKGROUND = "#ffffff";

/**
 * The view as a PNG at PNG_SCALE × the device's pixels. The off-screen instance gets a label
 * placer of its own (the on-screen one is tied to the page's instance's render events), so its
 * labels are placed the way the page places them.
 */
export async function viewToPng(sigma: Sigma): Promise<Blob> {
  const visibility = graphPane().visibility();
  if (visibility === null) throw new Error("the network is not drawn yet");
  const placer = createLabelPlacer();
  // The page's programs and label layer: the picture shows what the filters show.
  const programs = atlasPrograms(visibility, placer);
  // sigma and the exporter size their canvases by window.devicePixelRatio: raised for the
  // duration of the drawing, then the window's own property is put back as it was.
  const original = Object.getOwnPropertyDescriptor(window, "devicePixelRatio");
  const ratio = (window.devicePixelRatio || 1) * PNG_SCALE;
  Object.defineProperty(window, "devicePixelRatio", { value: ratio, configurable: true });
  let canvas: HTMLCanvasElement;
  try {
    canvas = await drawOnCanvas(sigma, {
      backgroundColor: BACKGROUND,
      sigmaSettings: {
        defaultDrawNodeLabel: placer.draw,
        defaultDrawNodeHover: drawCircleHover,
        ...programs.settings,
      },
      withTempRenderer: (renderer) => {
        const labelLayer = installLabelLayer(renderer, visibility, placer);
        renderer.refresh();
        labelLayer.remove();
      },
    });
  } finally {
    if (original) Object.defineProperty(window, "devicePixelRatio", original);
    else Reflect.deleteProperty(window, "devicePixelRatio");
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error("PNG encoding failed"))),
      "image/png",
    ),
  );
}

function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A colour sigma accepts, as SVG accepts it (both take CSS colour strings). */
function paint(color: string | undefined, fallback: string): string {
  return color && /^[#a-z0-9(),.\s%]+$/i.test(color) ? color : fallback;
}

interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

const overlaps = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

/**
 * The view as SVG: edges, then nodes (discs for authors, squares for papers), then the labels
 * the page's label layer drew (`labelled`), biggest node first, each dropped where it would overlap one already placed
 * (as the page's label placer does). Only what lies in the pane is written.
 */
export function viewToSvg(
  sigma: Sigma,
  nodes: Iterable<string>,
  edges: Iterable<string>,
  labelled: ReadonlySet<string>,
): string {
  const { width, height } = sigma.getDimensions();
  const settings = sigma.getSettings();
  const ratio = sigma.getCamera().getState().ratio;
  const inside = (x: number, y: number, r: number) =>
    x + r >= 0 && y + r >= 0 && x - r <= width && y - r <= height;
  const graph = sigma.getGraph();

  const place = new Map<string, { x: number; y: number; r: number }>();
  const nodeParts: string[] = [];
  const drawn: { key: string; x: number; y: number; r: number; label: string }[] = [];
  for (const key of nodes) {
    const data = sigma.getNodeDisplayData(key);
    if (!data || data.hidden) continue;
    const { x, y } = sigma.framedGraphToViewport(data);
    const r = sigma.scaleSize(data.size, ratio);
    place.set(key, { x, y, r });
    if (!inside(x, y, r)) continue;
    const fill = paint(data.color, "#999999");
    nodeParts.push(
      data.type === "square"
        ? `<rect x="${(x - r).toFixed(2)}" y="${(y - r).toFixed(2)}" width="${(2 * r).toFixed(2)}" height="${(2 * r).toFixed(2)}" fill="${fill}"/>`
        : `<circle cx="${x.toFixed(2)}" cy="${y.toFixed(2)}" r="${r.toFixed(2)}" fill="${fill}"/>`,
    );
    if (data.label) drawn.push({ key, x, y, r, label: data.label });
  }

  const edgeParts: string[] = [];
  for (const key of edges) {
    const data = sigma.getEdgeDisplayData(key);
    if (!data || data.hidden) continue;
    const a = place.get(graph.source(key));
    const b = place.get(graph.target(key));
    if (!a || !b) continue;
    if (!inside(a.x, a.y, 0) && !inside(b.x, b.y, 0)) continue;
    const stroke = paint(data.color, settings.defaultEdgeColor);
    const w = Math.max(0.5, sigma.scaleSize(data.size, ratio));
    edgeParts.push(
      `<line x1="${a.x.toFixed(2)}" y1="${a.y.toFixed(2)}" x2="${b.x.toFixed(2)}" y2="${b.y.toFixed(2)}" stroke="${stroke}" stroke-width="${w.toFixed(2)}"/>`,
    );
  }

  const shown = labelled;
  const size = settings.labelSize;
  const taken: Box[] = [];
  const labelParts: string[] = [];
  drawn.sort((p, q) => q.r - p.r);
  for (const n of drawn) {
    if (!shown.has(n.key)) continue;
    // A glyph is about 0.55 em wide in the system sans-serif the page labels with.
    const box = {
      x0: n.x + n.r + 3,
      y0: n.y - size / 2,
      x1: n.x + n.r + 3 + n.label.length * size * 0.55,
      y1: n.y + size / 2,
    };
    if (taken.some((t) => overlaps(t, box))) continue;
    taken.push(box);
    labelParts.push(
      `<text x="${box.x0.toFixed(2)}" y="${(n.y + size / 3).toFixed(2)}">${xml(n.label)}</text>`,
    );
  }

  const font = xml(settings.labelFont);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<rect width="100%" height="100%" fill="${BACKGROUND}"/>`,
    `<g class="edges">${edgeParts.join("")}</g>`,
    `<g class="nodes">${nodeParts.join("")}</g>`,
    `<g class="labels" font-family="${font}" font-size="${size}" font-weight="${xml(String(settings.labelWeight))}" fill="#1f2328">${labelParts.join("")}</g>`,
    `</svg>`,
    "",
  ].join("\n");
}
