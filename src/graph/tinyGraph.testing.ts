// Test fixture: a hand-written network of a few papers (year, category, authors), serialized as
// an ingest writes it, so tests can state their expected answers by reading the list.
import { SCHEMA_VERSION, type SerializedAtlasGraph } from "./schema";

export interface TinyPaper {
  key: string;
  year: number;
  category?: string;
  /** Default "arXiv". */
  venue?: string;
  /** Author names; the node key is `author:<name>`. */
  authors: string[];
}

/**
 * A serialized atlas graph of `papers`; `owners` are flagged as profile owners (default: the
 * first author of the first paper).
 */
export function tinySerialized(
  papers: TinyPaper[],
  owners: readonly string[] = papers[0]?.authors.slice(0, 1) ?? [],
): SerializedAtlasGraph {
  const nodes: SerializedAtlasGraph["nodes"] = [];
  const edges: SerializedAtlasGraph["edges"] = [];
  const paperCounts = new Map<string, number>();
  papers.forEach((p, i) => {
    nodes.push({
      key: `paper:${p.key}`,
      attributes: {
        kind: "paper",
        title: `Paper ${p.key}`,
        date: `${p.year}-01-01`,
        year: p.year,
        yearInferred: false,
        category: p.category ?? "LG",
        hasCode: false,
        venue: p.venue ?? "arXiv",
        venueFull: "",
        venueYear: p.year,
        orgs: [],
        abstract: null,
        authorsTruncated: false,
        authorCount: p.authors.length,
        sources: { authors: "profile", venue: "default" },
        bibKey: null,
        x: i,
        y: 0,
        size: 2,
      },
    });
    p.authors.forEach((name, position) => {
      paperCounts.set(name, (paperCounts.get(name) ?? 0) + 1);
      edges.push({
        key: `a:author:${name}|paper:${p.key}`,
        source: `author:${name}`,
        target: `paper:${p.key}`,
        attributes: { kind: "authorship", position, source: "profile" },
      });
    });
  });
  [...paperCounts].forEach(([name, count], i) => {
    nodes.push({
      key: `author:${name}`,
      attributes: {
        kind: "author",
        name,
        paperCount: count,
        community: 0,
        owner: owners.includes(name),
        x: i,
        y: 1,
        size: 3,
      },
    });
  });
  return serializedOf(nodes, edges, papers.length, paperCounts.size);
}

/**
 * A serialized atlas graph of these nodes and edges, with the graph attributes an ingest writes
 * (a clean report counting `papers` and `authors`): the envelope every test fixture shares.
 */
export function serializedOf(
  nodes: SerializedAtlasGraph["nodes"],
  edges: SerializedAtlasGraph["edges"],
  papers: number,
  authors: number,
): SerializedAtlasGraph {
  return {
    options: { type: "undirected", multi: false, allowSelfLoops: false },
    attributes: {
      schemaVersion: SCHEMA_VERSION,
      profiles: [],
      asOf: "2026-11-28",
      hyperauthorCap: 25,
      report: {
        counts: {
          entriesSeen: papers,
          papers,
          duplicates: 0,
          rejected: 0,
          authors,
          edges: edges.length,
          bibRecords: 0,
          matched: 0,
        },
        rejected: [],
        duplicates: [],
        warnings: [],
        unmatchedRecords: [],
        unmatchedPapers: [],
      },
    },
    nodes,
    edges,
  };
}
