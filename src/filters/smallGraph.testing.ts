// Test fixture: a small app graph written as papers and their authors, for computations whose
// right answer can be worked out by hand (ego networks, collaboration paths). Node-only.
import { prepareAtlasGraph } from "../graph/appGraph";
import type { SerializedAtlasGraph } from "../graph/schema";
import { tinySerialized } from "../graph/tinyGraph.testing";
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
  return tinySerialized(
    papers.map((p) => ({ key: p.id, year: p.year ?? 2020, venue: "NeurIPS", authors: p.authors })),
    owners,
  );
}

/** The filter index of the small graph. */
export function smallIndex(papers: SmallPaper[], owners: string[] = []): FilterIndex {
  return buildFilterIndex(prepareAtlasGraph(smallSerialized(papers, owners)));
}
