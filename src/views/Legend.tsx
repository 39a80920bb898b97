// The legend: shapes (author, paper, fold), author clusters by colour, paper categories by
// colour. Colours come from the same palette the reducers use.
import { useMemo } from "react";
import { categoryLabel } from "../filters/categories";
import { CLUSTER_COLORS, categoryColor, FOLD_COLOR, OTHER_CLUSTER_COLOR } from "../render/palette";
import { useAtlasStore } from "../store/atlasStore";
import { summarizeClusters } from "./clusterSummary";

export function Legend() {
  const graph = useAtlasStore((s) => s.graph);
  const mode = useAtlasStore((s) => s.view.view);
  const categories = useAtlasStore((s) => s.index?.categories);
  const clusters = useMemo(() => (graph ? summarizeClusters(graph) : []), [graph]);
  if (!graph) return null;
  const coloured = clusters.filter((c) => c.community < CLUSTER_COLORS.length);
  const rest = clusters.filter((c) => c.community >= CLUSTER_COLORS.length);
  const restSize = rest.reduce((n, c) => n + c.size, 0);

  return (
    <section className="panel legend" aria-labelledby="legend-title">
      <div className="panel-head">
        <h2 id="legend-title">Legend</h2>
      </div>
      <ul className="legend-list shapes">
        <li>
          <span className="swatch circle" style={{ background: CLUSTER_COLORS[0] }} /> Author (size:
          connections)
        </li>
        {mode === "bipartite" && (
          <>
            <li>
              <span className="swatch square" style={{ background: categoryColor("LG") }} /> Paper
            </li>
            <li>
              <span className="swatch circle" style={{ background: FOLD_COLOR }} /> “+N authors”:
              click to expand
            </li>
          </>
        )}
        {mode === "coauthors" && <li className="muted">Line width: joint papers</li>}
      </ul>
      <h3>Author clusters</h3>
      <ul className="legend-list">
        {coloured.map((c) => (
          <li key={c.community}>
            <span className="swatch circle" style={{ background: CLUSTER_COLORS[c.community] }} />
            <span
              className="legend-text"
              title={c.leaders.length > 0 ? c.leaders.join(", ") : undefined}
            >
              {c.leaders.length > 0 ? c.leaders.join(", ") : `Cluster ${c.community + 1}`}
            </span>
            <span className="legend-count">{c.size}</span>
          </li>
        ))}
        {rest.length > 0 && (
          <li>
            <span className="swatch circle" style={{ background: OTHER_CLUSTER_COLOR }} />
            <span className="legend-text">{rest.length} smaller clusters</span>
            <span className="legend-count">{restSize}</span>
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
