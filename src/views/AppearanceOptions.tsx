// Colour and size of the map: authors (and links) coloured by cluster, by first collaboration
// year or by category, and authors sized by papers, coauthor links or betweenness. Both are part
// of the view (URL `color`, `size`). Colouring by year shows its scale, from the network's first
// year to its last, in the colours the canvas uses in the theme in effect.
import { useMemo } from "react";
import { firstYears } from "../filters/firstYears";
import type { ColorMode, SizeMode } from "../model/viewState";
import { yearScaleColor } from "../render/palette";
import { atlasStore, useAtlasStore } from "../store/atlasStore";
import { useTheme } from "./useTheme";

const COLOR_LABELS: Record<ColorMode, string> = {
  cluster: "cluster",
  year: "first collaboration year",
  category: "main category",
};

const SIZE_LABELS: Record<SizeMode, string> = {
  papers: "papers",
  coauthors: "coauthors (links)",
  betweenness: "betweenness",
};

/** Colour stops of the year scale as a CSS gradient. */
function scaleGradient(): string {
  const stops = Array.from({ length: 11 }, (_v, k) => `${yearScaleColor(k / 10)} ${k * 10}%`);
  return `linear-gradient(to right, ${stops.join(", ")})`;
}

export function AppearanceOptions() {
  const color = useAtlasStore((s) => s.view.color);
  const size = useAtlasStore((s) => s.view.size);
  const index = useAtlasStore((s) => s.index);
  const computing = useAtlasStore(
    (s) => s.view.size === "betweenness" && s.betweenness?.status === "computing",
  );
  useTheme();
  const span = useMemo(() => {
    if (!index || color !== "year") return null;
    const years = firstYears(index);
    return years.max >= years.min ? years : null;
  }, [index, color]);
  return (
    <div className="appearance-options">
      <label>
        Colour by
        <select
          data-testid="color-mode"
          value={color}
          onChange={(e) => atlasStore.getState().setColorMode(e.currentTarget.value as ColorMode)}
        >
          {(Object.keys(COLOR_LABELS) as ColorMode[]).map((m) => (
            <option key={m} value={m}>
              {COLOR_LABELS[m]}
            </option>
          ))}
        </select>
      </label>
      {span && (
        <div data-testid="year-scale">
          <div
            className="year-scale"
            style={{ background: scaleGradient() }}
            role="img"
            aria-label={`Colour scale of first collaboration years, from ${span.min} to ${span.max}`}
          />
          <div className="year-scale-ends" aria-hidden="true">
            <span>{span.min}</span>
            <span>{span.max}</span>
          </div>
        </div>
      )}
      {color === "category" && (
        <p className="muted small">
          Authors in their papers’ main category, links in their joint papers’.
        </p>
      )}
      <label>
        Size authors by
        <select
          data-testid="size-mode"
          value={size}
          onChange={(e) => atlasStore.getState().setSizeMode(e.currentTarget.value as SizeMode)}
        >
          {(Object.keys(SIZE_LABELS) as SizeMode[]).map((m) => (
            <option key={m} value={m}>
              {SIZE_LABELS[m]}
            </option>
          ))}
        </select>
        {computing && (
          <span className="muted small" role="status">
            computing…
          </span>
        )}
      </label>
    </div>
  );
}
