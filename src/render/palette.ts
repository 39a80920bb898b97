// Colours of the map: authors by cluster, papers by category, and the dimmed tones used while a
// neighbourhood is highlighted. Pure, so the legend and the renderer agree by construction; the
// theme-dependent tones come from canvasTheme.ts.
import { canvasColors, lighten } from "./canvasTheme";

/**
 * Twelve cluster colours, picked to stay apart from each other on a light background (Tableau 10
 * plus two). Clusters are numbered by size, so the twelve largest get a colour and the rest grey:
 * beyond a dozen hues nobody can tell clusters apart anyway.
 */
export const CLUSTER_COLORS: readonly string[] = [
  "#4e79a7",
  "#f28e2b",
  "#e15759",
  "#59a14f",
  "#76b7b2",
  "#edc948",
  "#b07aa1",
  "#ff9da7",
  "#9c755f",
  "#17becf",
  "#bcbd22",
  "#8c6bb1",
];

/** Authors of the small clusters past the twelfth. */
export const OTHER_CLUSTER_COLOR = "#a3a9b1";

/**
 * Papers use darker, denser tones than authors (and a square shape) so the two kinds never read
 * as one; known categories have a fixed colour so a link shared today looks the same tomorrow.
 */
const CATEGORY_COLORS: Record<string, string> = {
  LG: "#1d3557",
  CV: "#6a3d9a",
  CL: "#a0522d",
  IV: "#1b7837",
  AI: "#8e0152",
  ML: "#2f4b7c",
  RO: "#7f6000",
  NE: "#5d4037",
  SD: "#00695c",
  IR: "#4a148c",
  CR: "#b71c1c",
  HC: "#37474f",
};

/** Categories outside the table get one of these, chosen by a hash of the code (stable). */
const CATEGORY_FALLBACK = ["#3e4a61", "#5b3a29", "#2e5e4e", "#4b3869", "#6b4423", "#34495e"];

export const FOLD_COLOR = "#c3c9d1";
/** Papers flagged as likely a namesake's: near black, apart from every category colour. */
export const NAMESAKE_PAPER_COLOR = "#1d1f24";
export const DIMMED_NODE_COLOR = "#e3e6ea";
export const EDGE_COLOR = "#cfd4da";
export const COAUTHOR_EDGE_COLOR = "#b9c0c9";
export const DIMMED_EDGE_COLOR = "#f0f1f3";
export const FOCUS_EDGE_COLOR = "#5f6b7a";

export function clusterColor(community: number): string {
  return CLUSTER_COLORS[community] ?? canvasColors().otherCluster;
}

/** A category's colour in the active theme (lightened on the dark stage). */
export function categoryColor(code: string): string {
  return lighten(baseCategoryColor(code), canvasColors().paperLighten);
}

function baseCategoryColor(code: string): string {
  const known = CATEGORY_COLORS[code];
  if (known) return known;
  let hash = 0;
  for (let i = 0; i < code.length; i++) hash = (hash * 31 + code.charCodeAt(i)) >>> 0;
  return CATEGORY_FALLBACK[hash % CATEGORY_FALLBACK.length] as string;
}

/** Coauthor edge thickness: grows with joint papers but slowly, so one tight pair cannot shout. */
export function coauthorEdgeSize(weight: number): number {
  return Math.min(6, 0.8 + 1.4 * Math.log2(Math.max(1, weight)));
}

/**
 * A coauthor link coloured by its joint papers' dominant category: the category's colour
 * blended a third of the way to white, so thick links do not outweigh the nodes they join.
 */
export function categoryLinkColor(code: string): string {
  const hex = categoryColor(code);
  const channel = (i: number) => {
    const v = Number.parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
    return Math.round(v + (255 - v) / 3)
      .toString(16)
      .padStart(2, "0");
  };
  return `#${channel(0)}${channel(1)}${channel(2)}`;
}

/** `#rrggbb` of channel values. */
function hexOf(r: number, g: number, b: number): string {
  const c = (v: number) => Math.round(v).toString(16).padStart(2, "0");
  return `#${c(r)}${c(g)}${c(b)}`;
}

/** `a` mixed toward `b` by `t` (0..1), channel by channel. */
export function mixColors(a: string, b: string, t: number): string {
  const x = Number.parseInt(a.slice(1), 16);
  const y = Number.parseInt(b.slice(1), 16);
  const mix = (shift: number) => {
    const u = (x >> shift) & 255;
    return u + (((y >> shift) & 255) - u) * t;
  };
  return hexOf(mix(16), mix(8), mix(0));
}

/**
 * The colour of a position on the first-year scale (0 = oldest, 1 = newest) in the active
 * theme: a blend between the scale's neighbouring stops.
 */
export function yearScaleColor(position: number): string {
  const stops = canvasColors().yearScale;
  const t = Math.min(1, Math.max(0, Number.isFinite(position) ? position : 1));
  const at = t * (stops.length - 1);
  const k = Math.min(stops.length - 2, Math.floor(at));
  return mixColors(stops[k] as string, stops[k + 1] as string, at - k);
}

/** A link on the year scale: its colour a third of the way to the stage, so nodes stay on top. */
export function yearLinkColor(position: number): string {
  return mixColors(yearScaleColor(position), canvasColors().stage, 1 / 3);
}
