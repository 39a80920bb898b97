// Details of a paper: every text field is rendered as a React text node, so markup in a title
// or abstract shows literally.
import { categoryArxivId, categoryName } from "../filters/categories";
import { categoryColor } from "../render/palette";
import { ExpandableList } from "./ExpandableList";
import { formatDate, plural } from "./format";
import { LinkList } from "./LinkList";
import { paperLinkView } from "./linkLabels";
import { NodeButton } from "./NodeButton";
import type { PaperDetails as PaperDetailsData } from "./nodeDetails";

/** Authors listed before "Show all N" (BIG-bench alone has 444). */
export const PAPER_AUTHORS_SHOWN = 12;

export function PaperDetails({ details }: { details: PaperDetailsData }) {
  const { paper, authors } = details;
  const arxiv = categoryArxivId(paper.category);
  const venueDiffers = paper.venueFull.trim() !== "" && paper.venueFull !== paper.venue;
  // Absent in graphs of schemaVersion 1.
  const links = (paper.links ?? []).map(paperLinkView);
  return (
    <article className="details-body" aria-labelledby="details-title">
      <p className="eyebrow">Paper</p>
      <h2 id="details-title" className="details-title">
        {paper.title}
      </h2>
      {paper.namesake && (
        <div className="namesake-note" role="note">
          <span className="badge warn">likely a namesake's paper</span>
          <span className="muted small"> score {paper.namesake.score}</span>
          <ul className="identity-reasons">
            {paper.namesake.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
        </div>
      )}
      <dl className="facts">
        <dt>Date</dt>
        <dd>
          {formatDate(paper.date)}
          {paper.yearInferred && (
            <span
              className="badge warn"
              title="The export gave no year; it was inferred from the export date"
            >
              year inferred
            </span>
          )}
        </dd>
        <dt>Category</dt>
        <dd>
          <span className="swatch square" style={{ background: categoryColor(paper.category) }} />
          <span className="code">{paper.category}</span>{" "}
          {categoryName(paper.category) !== paper.category && categoryName(paper.category)}
          {arxiv && <span className="muted"> ({arxiv})</span>}
        </dd>
        <dt>Venue</dt>
        <dd>
          <span className="venue-short">{paper.venue || "arXiv"}</span>
          {paper.venueYear !== null && <span className="muted"> {paper.venueYear}</span>}
          {venueDiffers && <div className="muted venue-full">{paper.venueFull}</div>}
        </dd>
        {links.length > 0 && (
          <>
            <dt>Links</dt>
            <dd>
              <LinkList links={links} label="Links out" />
            </dd>
          </>
        )}
        {paper.orgs.length > 0 && (
          <>
            <dt>Organisations</dt>
            <dd>
              <ul className="tags" aria-label="Organisations">
                {paper.orgs.map((org) => (
                  <li key={org} className="tag">
                    {org}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt>Code</dt>
        <dd>
          {paper.hasCode ? (
            <span className="badge ok">Code available</span>
          ) : (
            <span className="muted">No public code listed</span>
          )}
        </dd>
      </dl>

      <h3>
        Authors <span className="muted">({authors.length})</span>
      </h3>
      {paper.authorsTruncated && (
        <p className="note" role="note">
          The author list is still cut: the sources name only {plural(authors.length, "author")}
          {paper.sources.authors === "profile" ? " (the profile export shows at most three)" : ""}.
        </p>
      )}
      <ExpandableList
        items={authors}
        // A dozen names, then the abstract: a long author list must not push it off screen.
        initial={PAPER_AUTHORS_SHOWN}
        label="Authors"
        className="node-list inline"
        itemKey={(a) => a.key}
        render={(a) => <NodeButton nodeKey={a.key}>{a.name}</NodeButton>}
      />

      <h3>Abstract</h3>
      {paper.abstract ? (
        <p className="abstract">{paper.abstract}</p>
      ) : (
        <p className="muted">The export has no abstract for this paper.</p>
      )}
    </article>
  );
}
