// An author's career in the network, for the details panel: papers per year (every year from
// the first to the last, empty ones included, so the bars read as a time axis) and the year each
// of their top coauthors (most joint papers) first wrote with them, earliest first. Counted over
// all the author's papers, hyperauthored ones included, as the panel's coauthor list is.
import type { AppGraph } from "./appGraph";

export interface YearCount {
  year: number;
  papers: number;
}

export interface FirstMeeting {
  key: string;
  name: string;
  /** Joint papers in all. */
  joint: number;
  /** Year of the first joint paper. */
  year: number;
}

export interface AuthorTimeline {
  perYear: YearCount[];
  firstMet: FirstMeeting[];
}

/** Top coauthors shown by default. */
export const TIMELINE_COAUTHORS = 8;

/** The timeline of author `key` (empty for a node that is not an author). */
export function authorTimeline(
  graph: AppGraph,
  key: string,
  limit = TIMELINE_COAUTHORS,
): AuthorTimeline {
  if (!graph.hasNode(key) || graph.getNodeAttribute(key, "kind") !== "author") {
    return { perYear: [], firstMet: [] };
  }
  const counts = new Map<number, number>();
  const met = new Map<string, { joint: number; year: number }>();
  graph.forEachEdge(key, (_edge, attrs, source, target) => {
    if (attrs.kind !== "authorship") return;
    const paper = source === key ? target : source;
    const p = graph.getNodeAttributes(paper);
    if (p.kind !== "paper") return;
    counts.set(p.year, (counts.get(p.year) ?? 0) + 1);
    graph.forEachEdge(paper, (_e, a, s, t) => {
      if (a.kind !== "authorship") return;
      const other = s === paper ? t : s;
      if (other === key) return;
      const seen = met.get(other);
      if (seen) {
        seen.joint++;
        seen.year = Math.min(seen.year, p.year);
      } else met.set(other, { joint: 1, year: p.year });
    });
  });
  const perYear: YearCount[] = [];
  if (counts.size > 0) {
    const years = [...counts.keys()];
    const first = Math.min(...years);
    const last = Math.max(...years);
    for (let year = first; year <= last; year++) {
      perYear.push({ year, papers: counts.get(year) ?? 0 });
    }
  }
  const nameOf = (k: string) => {
    const a = graph.getNodeAttributes(k);
    return a.kind === "author" ? a.name : k;
  };
  const firstMet = [...met]
    .map(([k, m]) => ({ key: k, name: nameOf(k), joint: m.joint, year: m.year }))
    .sort((a, b) => b.joint - a.joint || a.year - b.year || a.name.localeCompare(b.name))
    .slice(0, limit)
    .sort((a, b) => a.year - b.year || b.joint - a.joint || a.name.localeCompare(b.name));
  return { perYear, firstMet };
}
