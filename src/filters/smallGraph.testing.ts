// Test fixture: a small app graph written as papers and their authors, for computations whose
// right answer can be worked out by hand (ego networks, collaboration paths). Node-only.
import { prepareAtlasGraph } from "../graph/appGraph";
import { SCHEMA_VERSION, type SerializedAtlasGraph } from "../graph/schema";
import { buildFilterIndex, type FilterIndex } from "./filterIndex";

export interface SmallPaper {
  /** Paper key suffix: the node is `paper:<id>`. */
  id: string;
  /** Author key suffixes: the nodes are `author:<name>`. */
  authors: string[];
  year?: number;
}

/** The serialized graph of `papers`; `owners` are flagged as profile owners. */
export function smallSerialized(papers: SmallPaper[], owners: string[] = []): SerializedAtlasGraph {
  const nodes: SerializedAtlasGraph["nodes"] = [];
  const edges: SerializedAtlasGraph["edges"] = [];
  const paperCounts = new Map<string, number>();
  for (const p of papers) {
    const year = p.year ?? 2020;
    nodes.push({
      key: `paper:${p.id}`,
      attributes: {
        kind: "paper",
        title: `Paper ${p.id}`,
        date: `${year}-01-01`,
        year,
        yearInferred: false,
        category: "LG",
        hasCode: false,
        venue: "NeurIPS",
        venueFull: "",
        venueYear: year,
        orgs: [],
        abstract: null,
        authorsTruncated: false,
        authorCount: p.authors.length,
        sources: { authors: "profile", venue: "default" },
        bibKey: null,
        x: nodes.length,
        y: 0,
        size: 2,
      },
    });
    p.authors.forEach((a, position) => {
      paperCounts.set(a, (paperCounts.get(a) ?? 0) + 1);
      edges.push({
        key: `a:author:${a}|paper:${p.id}`,
        source: `author:${a}`,
        target: `paper:${p.id}`,
        attributes: { kind: "authorship", position, source: "profile" },
      });
    });
  }
  for (const [name, count] of paperCounts) {
    nodes.push({
      key: `author:${name}`,
      attributes: {
        kind: "author",
        name,
        paperCount: count,
        community: 0,
        owner: owners.includes(name),
        x: nodes.length,
        y: 1,
        size: 2,
      },
    });
  }
  return {
    options: { type: "undirected", multi: false, allowSelfLoops: false },
    attributes: {
      schemaVersion: SCHEMA_VERSION,
      profiles: [],
      asOf: "2026-11-28",
      hyperauthorCap: 25,
      report: {
        counts: {
          entriesSeen: papers.length,
          papers: papers.length,
          duplicates: 0,
          rejected: 0,
          authors: paperCounts.size,
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

/** The filter index of the small graph. */
export function smallIndex(papers: SmallPaper[], owners: string[] = []): FilterIndex {
  return buildFilterIndex(prepareAtlasGraph(smallSerialized(papers, owners)));
}
