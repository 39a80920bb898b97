// Canvas colours per theme: labels keep AA contrast on the stage and on their halo, hover cards
// are readable, paper colours stand out from the dark stage, and switching changes what the
// palette returns.
import { afterEach, describe, expect, it } from "vitest";
import {
  canvasColors,
  contrast,
  DARK_CANVAS,
  LIGHT_CANVAS,
  lighten,
  setCanvasTheme,
} from "./canvasTheme";
import { CLUSTER_COLORS, categoryColor } from "./palette";

/** `rgba(r, g, b, a)` → `#rrggbb` (the halo's colour; its alpha only softens edges behind it). */
function rgbHex(rgba: string): string {
  const [r, g, b] = (rgba.match(/\d+/g) ?? []).map(Number) as [number, number, number];
  return `#${((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1)}`;
}

afterEach(() => {
  setCanvasTheme("light");
});

describe("canvas themes", () => {
  for (const [name, c] of [
    ["light", LIGHT_CANVAS],
    ["dark", DARK_CANVAS],
  ] as const) {
    it(`${name}: labels pass AA (4.5:1) on the stage, the halo and the hover card`, () => {
      expect(contrast(c.label, c.stage)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(c.label, rgbHex(c.halo))).toBeGreaterThanOrEqual(4.5);
      expect(contrast(c.label, c.card)).toBeGreaterThanOrEqual(4.5);
    });

    it(`${name}: dimmed nodes recede (closer to the stage than any cluster colour)`, () => {
      const dim = contrast(c.dimmedNode, c.stage);
      for (const colour of CLUSTER_COLORS) expect(contrast(colour, c.stage)).toBeGreaterThan(dim);
    });
  }

  it("dark: paper colours are lightened to stand out (3:1) from the dark stage", () => {
    setCanvasTheme("dark");
    for (const code of ["LG", "CV", "CL", "IV", "AI", "ML", "RO", "QQ"]) {
      expect(contrast(categoryColor(code), DARK_CANVAS.stage), code).toBeGreaterThanOrEqual(3);
    }
  });

  it("switching reports a change once and the palette follows", () => {
    const light = categoryColor("LG");
    expect(setCanvasTheme("dark")).toBe(true);
    expect(setCanvasTheme("dark")).toBe(false);
    expect(canvasColors()).toBe(DARK_CANVAS);
    expect(categoryColor("LG")).not.toBe(light);
    expect(categoryColor("LG")).toBe(lighten(light, DARK_CANVAS.paperLighten));
  });

  it("contrast is the WCAG ratio", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 6);
    expect(contrast("#777777", "#777777")).toBeCloseTo(1, 6);
    expect(lighten("#000000", 0.5)).toBe("#808080");
  });
});
