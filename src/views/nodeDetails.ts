// What the details panel shows for a node, read from the app graph. Pure (no React, no sigma),
// so the panel stays a thin rendering of these records and the logic is testable in Node.
import type { AppGraph } from "../graph/appGraph";
import type { AuthorNodeAttributes, PaperNodeAttributes } from "../graph/schema";

export interface AuthorRef {
  key: string;
  name: string;
}

export interface PaperRef {
  key: string;
  title: string;
  date: string;
  year: number;
  yearInferred: boolean;
}

export interface PaperDetails {
  kind: "paper";
  key: string;
  paper: PaperNodeAttributes;
  /** In paper order; implied authors (position unknown) last. */
  authors: AuthorRef[];
}

export interface AuthorDetails {
  kind: "author";
  key: string;
  author: AuthorNodeAttributes;
  /** Newest first. */
  papers: PaperRef[];
  /** Ranked by joint papers, then by name. */
  coauthors: (AuthorRef & { joint: number })[];
  years: [number, number] | null;
}

export interface FoldDetails {
  kind: "fold";
  key: string;
  paper: PaperRef;
  members: AuthorRef[];
}

export type NodeDetails = PaperDetails | AuthorDetails | FoldDetails;

function paperRef(graph: AppGraph, key: string): PaperRef {
  const p = graph.getNodeAttributes(key) as PaperNodeAttributes;
  return { key, title: p.title, date: p.date, year: p.year, yearInferred: p.yearInferred };
}

function authorName(graph: AppGraph, key: string): string {
  const a = graph.getNodeAttributes(key);
  return a.kind === "author" ? a.name : key;
}

/** Authors of a paper in paper order (authorship edges carry the position). */
export function paperAuthors(graph: AppGraph, paper: string): AuthorRef[] {
  const rows: { key: string; name: string; position: number }[] = [];
  graph.forEachEdge(paper, (_edge, attrs, source, target) => {
    if (attrs.kind !== "authorship") return;
    const key = source === paper ? target : source;
    rows.push({
      key,
      name: authorName(graph, key),
      position: attrs.position ?? Number.POSITIVE_INFINITY,
    });
  });
  rows.sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
  return rows.map(({ key, name }) => ({ key, name }));
}

/** Papers of an author, newest first. */
export function authorPapers(graph: AppGraph, author: string): PaperRef[] {
  const papers: PaperRef[] = [];
  graph.forEachEdge(author, (_edge, attrs, source, target) => {
    if (attrs.kind !== "authorship") return;
    const key = source === author ? target : source;
    if (graph.getNodeAttribute(key, "kind") === "paper") papers.push(paperRef(graph, key));
  });
  papers.sort((a, b) =>
    a.date < b.date ? 1 : a.date > b.date ? -1 : a.title.localeCompare(b.title),
  );
  return papers;
}

/**
 * Coauthors ranked by joint papers. Counted over all papers, hyperauthored ones included: the
 * coauthor view leaves those out of its links, but the panel answers "who wrote with whom".
 */
export function rankedCoauthors(
  graph: AppGraph,
  author: string,
  papers: PaperRef[] = authorPapers(graph, author),
): (AuthorRef & { joint: number })[] {
  const joint = new Map<string, number>();
  for (const paper of papers) {
    graph.forEachEdge(paper.key, (_edge, attrs, source, target) => {
      if (attrs.kind !== "authorship") return;
      const other = source === paper.key ? target : source;
      if (other !== author) joint.set(other, (joint.get(other) ?? 0) + 1);
    });
  }
  return [...joint]
    .map(([key, n]) => ({ key, name: authorName(graph, key), joint: n }))
    .sort((a, b) => b.joint - a.joint || a.name.localeCompare(b.name));
}

/** Everything the details panel needs for `key`, or null when the node does not exist. */
export function nodeDetails(graph: AppGraph, key: string): NodeDetails | null {
  if (!graph.hasNode(key)) return null;
  const attrs = graph.getNodeAttributes(key);
  if (attrs.kind === "paper") {
    return { kind: "paper", key, paper: attrs, authors: paperAuthors(graph, key) };
  }
  if (attrs.kind === "author") {
    const papers = authorPapers(graph, key);
    let min = Number.POSITIVE_INFINITY;
    let max = Number.NEGATIVE_INFINITY;
    for (const p of papers) {
      min = Math.min(min, p.year);
      max = Math.max(max, p.year);
    }
    return {
      kind: "author",
      key,
      author: attrs,
      papers,
      coauthors: rankedCoauthors(graph, key, papers),
      years: papers.length > 0 ? [min, max] : null,
    };
  }
  return {
    kind: "fold",
    key,
    paper: paperRef(graph, attrs.paper),
    members: attrs.members
      .map((m) => ({ key: m, name: authorName(graph, m) }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  };
}
