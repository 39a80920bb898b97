// What two coauthors worked on, as the hover card and the details panel show it: their joint
// papers (title, year, venue) and shared topics (categories, distinctive title words).
import type { ReactNode } from "react";
import { categoryLabel } from "../filters/categories";
import type { JointPaper, JointWork } from "../graph/jointWork";
import { categoryColor } from "../render/palette";
import { plural } from "./format";
import "./links.css";

export function SharedTopics({ work }: { work: JointWork }) {
  const { categories, words } = work.topics;
  if (categories.length === 0) return null;
  return (
    <div className="shared-topics">
      <ul className="tags" aria-label="Categories of the joint papers">
        {categories.map((c) => (
          <li key={c.code} className="tag" title={categoryLabel(c.code)}>
            <span className="swatch square" style={{ background: categoryColor(c.code) }} />
            {c.code} <span className="muted">{c.count}</span>
          </li>
        ))}
      </ul>
      {words.length > 0 && (
        <p className="topic-words">
          <span className="muted">Distinctive title words: </span>
          {words.map((w) => w.word).join(", ")}
        </p>
      )}
    </div>
  );
}

/** "ICLR 2021" or "arXiv 2020": the venue as the filters name it, with its year. */
export function venueText(p: JointPaper): string {
  const venue = p.venue || "arXiv";
  return p.venueYear !== null ? `${venue} ${p.venueYear}` : venue;
}

export function JointPaperList({
  papers,
  label,
  renderTitle,
}: {
  papers: JointPaper[];
  label: string;
  renderTitle?: (p: JointPaper) => ReactNode;
}) {
  return (
    <ul className="joint-papers" aria-label={label}>
      {papers.map((p) => (
        <li key={p.key}>
          <span className="year">
            {p.year}
            {p.yearInferred ? "*" : ""}
          </span>
          <span className="joint-title">{renderTitle ? renderTitle(p) : p.title}</span>
          <span className="joint-venue muted">{venueText(p)}</span>
        </li>
      ))}
    </ul>
  );
}

export function jointCount(work: JointWork): string {
  return plural(work.papers.length, "joint paper");
}
