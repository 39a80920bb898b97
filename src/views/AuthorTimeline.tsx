// An author's timeline and measures in their details: papers per year as small bars, the year
// each top coauthor first wrote with them, and the author's coauthor links and betweenness
// (computed off the main thread on large networks; "computing…" meanwhile).
import { useMemo } from "react";
import { coauthorDegreesOf } from "../filters/measures";
import { authorTimeline } from "../graph/authorTimeline";
import { NodeButton } from "./NodeButton";
import { useAtlasStore } from "./stores";

export function AuthorMeasures({ authorKey }: { authorKey: string }) {
  const index = useAtlasStore((s) => s.index);
  const betweenness = useAtlasStore((s) =>
    s.betweenness !== null && s.betweenness.index === s.index ? s.betweenness : null,
  );
  if (index === null) return null;
  const node = index.nodeIndex.get(authorKey);
  const slot = node === undefined ? -1 : index.authors.indexOf(node);
  if (slot < 0) return null;
  const degrees = coauthorDegreesOf(index);
  const value = betweenness?.values?.[slot];
  return (
    <dl className="facts measures" data-testid="author-measures">
      <dt>Coauthor links</dt>
      <dd data-testid="measure-coauthors">{degrees[slot]}</dd>
      <dt>Betweenness</dt>
      <dd data-testid="measure-betweenness">
        {value !== undefined
          ? value.toFixed(4)
          : betweenness?.status === "error"
            ? "could not be computed"
            : "computing…"}
      </dd>
    </dl>
  );
}

export function AuthorTimeline({ authorKey }: { authorKey: string }) {
  const graph = useAtlasStore((s) => s.graph);
  const timeline = useMemo(
    () => (graph ? authorTimeline(graph, authorKey) : null),
    [graph, authorKey],
  );
  if (!timeline || timeline.perYear.length === 0) return null;
  const peak = Math.max(1, ...timeline.perYear.map((y) => y.papers));
  const first = timeline.perYear[0]?.year;
  const last = timeline.perYear[timeline.perYear.length - 1]?.year;
  return (
    <section data-testid="author-timeline" aria-labelledby="timeline-title">
      <h3 id="timeline-title">Timeline</h3>
      <div
        className="timeline"
        role="img"
        aria-label={`Papers per year: ${timeline.perYear
          .filter((y) => y.papers > 0)
          .map((y) => `${y.year}: ${y.papers}`)
          .join(", ")}`}
      >
        {timeline.perYear.map((y) => (
          <div
            key={y.year}
            className={y.papers > 0 ? "timeline-bar" : "timeline-bar empty"}
            title={`${y.year}: ${y.papers} ${y.papers === 1 ? "paper" : "papers"}`}
            style={{ height: `${(y.papers / peak) * 100}%` }}
          />
        ))}
      </div>
      <div className="timeline-ends" aria-hidden="true">
        <span>{first}</span>
        <span>{last}</span>
      </div>
      {timeline.firstMet.length > 0 && (
        <>
          <h3>
            First joint paper <span className="muted">(top coauthors)</span>
          </h3>
          <ul className="first-met" data-testid="first-met">
            {timeline.firstMet.map((m) => (
              <li key={m.key}>
                <span className="year">{m.year}</span>
                <NodeButton nodeKey={m.key}>
                  <span>{m.name}</span>
                </NodeButton>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
