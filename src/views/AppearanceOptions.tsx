// Colour and size of the map: authors (and links) coloured by cluster, by first collaboration
// year or by category, and authors sized by papers, coauthor links or betweenness. Both are part
// of the view (URL `color`, `size`). Colouring by year shows its scale, from the network's first
// year to its last, in the colours the canvas uses in the theme in effect.
import { useMemo } from "react";
import { firstYears } from "../filters/firstYears";
import type { ColorMode, SizeMode } from "../model/viewState";
import { yearScaleColor } from "../render/palette";
import { atlasStore } from "../store/atlasStore";
import { type Choice, ChoiceGroup } from "./ChoiceGroup";
import { useAtlasStore } from "./stores";
import { useTheme } from "./useTheme";

const COLOR_CHOICES: readonly Choice<ColorMode>[] = [
  { value: "cluster", label: "cluster" },
  { value: "year", label: "first year" },
  { value: "category", label: "category" },
];

const SIZE_CHOICES: readonly Choice<SizeMode>[] = [
  { value: "papers", label: "papers" },
  { value: "coauthors", label: "coauthors" },
  { value: "betweenness", label: "betweenness" },
];

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
      <ChoiceGroup
        legend="Colour by"
        name="color-mode"
        testId="color-mode"
        value={color}
        choices={COLOR_CHOICES}
        onChange={(m) => atlasStore.getState().setColorMode(m)}
      />
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
      <ChoiceGroup
        legend="Size authors by"
        name="size-mode"
        testId="size-mode"
        value={size}
        choices={SIZE_CHOICES}
        onChange={(m) => atlasStore.getState().setSizeMode(m)}
      />
      {computing && (
        <span className="muted small" role="status">
          Computing betweenness…
        </span>
      )}
    </div>
  );
}
