import { describe, expect, it } from "vitest";
import {
  CLUSTER_COLORS,
  categoryColor,
  clusterColor,
  coauthorEdgeSize,
  OTHER_CLUSTER_COLOR,
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
});
