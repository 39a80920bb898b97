// The legend: shapes (author, paper, fold), author clusters by colour, paper categories by
// colour. Colours come from the same palette the reducers use (in the theme in effect). A
// cluster entry is a toggle that lights that cluster on the canvas; the many small clusters
// past the coloured ones are summed up in words.
import { useMemo } from "react";
import { categoryLabel } from "../filters/categories";
import { clusterNamesOf } from "../graph/clusterNames";
import { canvasColors } from "../render/canvasTheme";
import { CLUSTER_COLORS, categoryColor } from "../render/palette";
import { atlasStore } from "../store/atlasStore";
import { AppearanceOptions } from "./AppearanceOptions";
import { plural } from "./format";
import { useAtlasStore } from "./stores";
import { useTheme } from "./useTheme";

const SIZE_WORDS = { papers: "papers", coauthors: "coauthors", betweenness: "betweenness" };

export function Legend() {
  const graph = useAtlasStore((s) => s.graph);
  const mode = useAtlasStore((s) => s.view.view);
  const categories = useAtlasStore((s) => s.index?.categories);
  const linkColors = useAtlasStore((s) => s.linkColors);
  const size = useAtlasStore((s) => s.view.size);
  const color = useAtlasStore((s) => s.view.color);
  const highlighted = useAtlasStore((s) => s.highlightedCluster);
  const setHighlighted = useAtlasStore((s) => s.setHighlightedCluster);
  useTheme();
  const clusters = useMemo(() => (graph ? clusterNamesOf(graph) : []), [graph]);
  if (!graph) return null;
  const colors = canvasColors();
  const coloured = clusters.filter((c) => c.community < CLUSTER_COLORS.length);
  const rest = clusters.filter((c) => c.community >= CLUSTER_COLORS.length);
  const restSize = rest.reduce((n, c) => n + c.size, 0);
  const restLargest = rest.reduce((n, c) => Math.max(n, c.size), 0);

  return (
    <section className="panel legend" aria-labelledby="legend-title">
      <div className="panel-head">
        <h2 id="legend-title">Legend</h2>
      </div>
      <AppearanceOptions />
      <ul className="legend-list shapes">
        <li>
          <span className="swatch circle" style={{ background: CLUSTER_COLORS[0] }} /> Author (size:{" "}
          {SIZE_WORDS[size]})
        </li>
        {mode === "bipartite" && (
          <>
            <li>
              <span className="swatch square" style={{ background: categoryColor("LG") }} /> Paper
            </li>
            <li>
              <span className="swatch circle" style={{ background: colors.fold }} /> “+N authors”:
              click to expand
            </li>
          </>
        )}
        {mode === "coauthors" && <li className="muted">Line width: joint papers</li>}
      </ul>
      {mode === "coauthors" && color === "cluster" && (
        <label className="check legend-option">
          <input
            type="checkbox"
            checked={linkColors === "category"}
            onChange={(e) =>
              atlasStore.getState().setLinkColors(e.currentTarget.checked ? "category" : "plain")
            }
          />
          Colour links by their papers’ main category
        </label>
      )}
      <h3>Author clusters</h3>
      <ul className="legend-list">
        {coloured.map((c) => {
          const name = c.leaders.length > 0 ? c.leaders.join(", ") : `Cluster ${c.community + 1}`;
          const on = highlighted === c.community;
          return (
            <li key={c.community}>
              <button
                type="button"
                className="legend-button"
                aria-pressed={on}
                data-testid="legend-cluster"
                title={on ? "Show every cluster" : `Light up ${name} on the map`}
                onClick={() => setHighlighted(on ? null : c.community)}
              >
                <span
                  className="swatch circle"
                  style={{ background: CLUSTER_COLORS[c.community] }}
                />
                <span className="legend-text">{name}</span>
                <span className="legend-count">{plural(c.size, "author")}</span>
              </button>
            </li>
          );
        })}
        {rest.length > 0 && (
          <li data-testid="legend-rest">
            <span className="swatch circle" style={{ background: colors.otherCluster }} />
            <span className="legend-text wrap">
              {rest.length === 1
                ? `One smaller cluster of ${plural(restSize, "author")}, in grey`
                : `${rest.length} smaller clusters of ${restLargest === 1 ? "1 author" : `1 to ${restLargest} authors`} each (${restSize} authors in all), in grey`}
            </span>
          </li>
        )}
      </ul>
      {categories && categories.length > 0 && (
        <>
          <h3>Paper categories</h3>
          <ul className="legend-list">
            {categories.map((code) => (
              <li key={code}>
                <span className="swatch square" style={{ background: categoryColor(code) }} />
                <span className="legend-text" title={categoryLabel(code)}>
                  {categoryLabel(code)}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
