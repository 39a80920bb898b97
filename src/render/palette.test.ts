import { describe, expect, it } from "vitest";
import { canvasColors, setCanvasTheme } from "./canvasTheme";
import {
  CLUSTER_COLORS,
  categoryColor,
  clusterColor,
  coauthorEdgeSize,
  mixColors,
  OTHER_CLUSTER_COLOR,
  yearLinkColor,
  yearScaleColor,
} from "./palette";

describe("palette", () => {
  it("gives the twelve largest clusters distinct colours and the rest grey", () => {
    const colours = CLUSTER_COLORS.map((_c, i) => clusterColor(i));
    expect(new Set(colours).size).toBe(12);
    expect(colours).not.toContain(OTHER_CLUSTER_COLOR);
    expect(clusterColor(12)).toBe(OTHER_CLUSTER_COLOR);
    expect(clusterColor(476)).toBe(OTHER_CLUSTER_COLOR);
  });

  it("colours categories apart from clusters, stably for unknown codes", () => {
    for (const code of ["LG", "CV", "CL", "IV", "AI", "QQ"]) {
      expect(CLUSTER_COLORS).not.toContain(categoryColor(code));
      expect(categoryColor(code)).toMatch(/^#[0-9a-f]{6}$/);
    }
    expect(categoryColor("QQ")).toBe(categoryColor("QQ"));
  });

  it("thickens coauthor edges with joint papers, within bounds", () => {
    expect(coauthorEdgeSize(2)).toBeGreaterThan(coauthorEdgeSize(1));
    expect(coauthorEdgeSize(1000)).toBeLessThanOrEqual(6);
    expect(coauthorEdgeSize(0)).toBeGreaterThan(0);
  });

  it("runs the year scale from its first stop to its last, in each theme", () => {
    for (const theme of ["light", "dark"] as const) {
      setCanvasTheme(theme);
      const stops = canvasColors().yearScale;
      expect(yearScaleColor(0)).toBe(stops[0]);
      expect(yearScaleColor(1)).toBe(stops[stops.length - 1]);
      expect(yearScaleColor(0.5)).toBe(stops[(stops.length - 1) / 2]);
      expect(yearScaleColor(-3)).toBe(stops[0]);
      // A link sits a third of the way from its year's colour to the stage.
      expect(yearLinkColor(0)).toBe(mixColors(stops[0] as string, canvasColors().stage, 1 / 3));
    }
    setCanvasTheme("light");
    expect(mixColors("#000000", "#ffffff", 0.5)).toBe("#808080");
    expect(mixColors("#102030", "#102030", 0.7)).toBe("#102030");
  });
});
