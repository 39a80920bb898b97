// The canvas in each theme: edge, dimmed, fold and label colours, the labels' halo and the hover
// card, tuned so labels keep AA contrast (4.5:1) on the stage and on their halo. Paper colours
// (dark, dense tones on the light stage) are lightened on the dark stage. The active set is
// module state read by the reducers and label drawers on every frame; `setCanvasTheme` switches
// it and the caller refreshes sigma.
import type { Theme } from "./theme";

export interface CanvasColors {
  /** The stage behind the transparent canvas (app.css's --stage-bg). */
  stage: string;
  label: string;
  halo: string;
  card: string;
  cardBorder: string;
  shadow: string;
  edge: string;
  coauthorEdge: string;
  dimmedNode: string;
  dimmedEdge: string;
  focusEdge: string;
  fold: string;
  otherCluster: string;
  /** Mix of white into paper colours (0: as they are). */
  paperLighten: number;
  /** First collaboration year, oldest to newest: stops of the colour scale (palette.yearColor). */
  yearScale: readonly string[];
}

export const LIGHT_CANVAS: CanvasColors = {
  stage: "#fbfbfc",
  label: "#1f2328",
  halo: "rgba(251, 251, 252, 0.92)",
  card: "#ffffff",
  cardBorder: "rgba(31, 35, 40, 0.18)",
  shadow: "rgba(31, 35, 40, 0.28)",
  edge: "#cfd4da",
  coauthorEdge: "#b9c0c9",
  dimmedNode: "#e3e6ea",
  dimmedEdge: "#f0f1f3",
  focusEdge: "#5f6b7a",
  fold: "#c3c9d1",
  otherCluster: "#a3a9b1",
  paperLighten: 0,
  yearScale: ["#3b4cc0", "#7b3fa0", "#c23b6e", "#e0702a", "#c99a00"],
};

export const DARK_CANVAS: CanvasColors = {
  stage: "#12161b",
  label: "#e7eaee",
  halo: "rgba(18, 22, 27, 0.9)",
  card: "#222931",
  cardBorder: "rgba(231, 234, 238, 0.25)",
  shadow: "rgba(0, 0, 0, 0.6)",
  edge: "#3b434e",
  coauthorEdge: "#4a5563",
  dimmedNode: "#272d35",
  dimmedEdge: "#1b2027",
  focusEdge: "#aeb8c5",
  fold: "#5d6773",
  otherCluster: "#7d8794",
  paperLighten: 0.45,
  yearScale: ["#6f8cff", "#b47be6", "#f0679a", "#ff9a4d", "#f2d04b"],
};

let active: CanvasColors = LIGHT_CANVAS;

/** The colours in effect. */
export function canvasColors(): CanvasColors {
  return active;
}

/** Switch the canvas colours; true when they changed (the caller then refreshes sigma). */
export function setCanvasTheme(theme: Theme): boolean {
  const next = theme === "dark" ? DARK_CANVAS : LIGHT_CANVAS;
  if (next === active) return false;
  active = next;
  return true;
}

/** `#rrggbb` mixed with white by `amount` (0..1). */
export function lighten(hex: string, amount: number): string {
  if (amount <= 0) return hex;
  const n = Number.parseInt(hex.slice(1), 16);
  const mix = (c: number) => Math.round(c + (255 - c) * amount);
  const r = mix((n >> 16) & 255);
  const g = mix((n >> 8) & 255);
  const b = mix(n & 255);
  return `#${((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1)}`;
}

/** WCAG relative luminance of an `#rrggbb` colour. */
export function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return (
    0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255)
  );
}

/** WCAG contrast ratio of two `#rrggbb` colours (1..21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
