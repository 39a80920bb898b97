// What the details panel shows before anything is selected: whose network this is, the
// profile's own figures, what reading the files rejected, merged or warned about, and how to
// explore it.
import { LoadReport } from "./LoadReport";
import { useAtlasStore } from "./stores";

export function ProfileOverview() {
  const graph = useAtlasStore((s) => s.graph);
  if (!graph) return null;
  const profiles = graph.getAttribute("profiles") ?? [];
  const asOf = graph.getAttribute("asOf");
  const cap = graph.getAttribute("hyperauthorCap");
  const report = graph.getAttribute("report");
  return (
    <article className="details-body overview">
      <p className="eyebrow">Profile</p>
      {profiles.map((p) => (
        <div key={p.ownerKey}>
          <h2 className="details-title">{p.owner}</h2>
          <dl className="facts">
            {p.header.primaryCategory && (
              <>
                <dt>Primary category</dt>
                <dd>{p.header.primaryCategory}</dd>
              </>
            )}
            {p.header.hIndex !== null && (
              <>
                <dt>h-index</dt>
                <dd>{p.header.hIndex}</dd>
              </>
            )}
            {p.header.citations !== null && (
              <>
                <dt>Citations</dt>
                <dd>{p.header.citations.toLocaleString("en-US")}</dd>
              </>
            )}
            <dt>Papers</dt>
            <dd>
              {p.listed} in the export
              {p.header.papers !== null && p.header.papers !== p.listed && (
                <span className="muted"> (profile: {p.header.papers})</span>
              )}
            </dd>
            <dt>Source</dt>
            <dd className="muted">{p.file}</dd>
          </dl>
        </div>
      ))}
      {report && (
        <p className="muted small">
          {report.counts.matched} of {report.counts.papers} papers enriched from BibTeX · as of{" "}
          {asOf}
          {typeof cap === "number" &&
            ` · papers with more than ${cap} authors add no coauthor links`}
        </p>
      )}
      {report && <LoadReport report={report} />}
      <h3>Explore</h3>
      <ul className="hints">
        <li>Hover a node to highlight its neighbourhood; click it for details.</li>
        <li>Search for an author or a title to fly to it.</li>
        <li>Filter by years, categories, venues or code; the counts follow.</li>
        <li>Switch to “Authors + papers” to see papers; click “+N authors” to unfold.</li>
        <li>Copy link shares exactly this view.</li>
      </ul>
    </article>
  );
}
