// The coauthor projection: authors only, one undirected edge per pair who share a paper,
// weighted by the number of papers they share.
//
// Hyperauthorship rule (as VOSviewer does by default): a paper with more than
// `hyperauthorCap` authors (default 25) adds no coauthor links at all. One such paper
// (BIG-bench: 444 authors) would otherwise add a ~98,000-edge clique that drowns every real
// collaboration and the layout with it. We chose the cap over fractional counting (each paper
// spreading a total weight of 1 over its pairs) because the weight stays an integer that users
// read directly as "joint papers"; the papers over the cap stay in the paper-author graph, and
// `isolatedUnderCap` names the authors the rule leaves without links.
import Graph from "graphology";
import { coauthorPairs } from "./coauthorPairs";
import type { AtlasGraph, AuthorNodeAttributes } from "./schema";

/** VOSviewer's default cap. */
export const DEFAULT_HYPERAUTHOR_CAP = 25;

/** Validate a cap (shared by every module that takes one). */
export function checkHyperauthorCap(module: string, cap: number): number {
  if (typeof cap !== "number" || Number.isNaN(cap) || cap < 1) {
    throw new Error(`${module}: hyperauthorCap must be a number >= 1 (or Infinity), got ${cap}`);
  }
  return cap;
}

export interface CoauthorEdgeAttributes {
  /** Joint papers (only papers within the cap count). */
  weight: number;
}

export type CoauthorGraph = Graph<AuthorNodeAttributes, CoauthorEdgeAttributes>;

export interface CoauthorOptions {
  /** Default: the graph's own `hyperauthorCap` attribute, else 25. Infinity = no cap. */
  hyperauthorCap?: number;
}

/** The projection's edge key for a pair, the same whichever author comes first. */
export function coauthorEdgeKey(a: string, b: string): string {
  return a < b ? `c:${a}|${b}` : `c:${b}|${a}`;
}

function capOf(graph: AtlasGraph, options: CoauthorOptions, module: string): number {
  if (options.hyperauthorCap !== undefined)
    return checkHyperauthorCap(module, options.hyperauthorCap);
  if (!graph.hasAttribute("hyperauthorCap")) return DEFAULT_HYPERAUTHOR_CAP;
  const cap: number | null = graph.getAttribute("hyperauthorCap");
  // JSON has no Infinity: a graph built without a cap reads back from JSON as null.
  return checkHyperauthorCap(module, cap === null ? Number.POSITIVE_INFINITY : cap);
}

/**
 * The coauthor projection as flat arrays: the pipeline clusters and lays out from these, where a
 * graphology graph of hundreds of thousands of links was the largest thing the CLI allocated
 * (each link an edge object, its attributes and two adjacency entries).
 */
export interface CoauthorLinks {
  /** Author keys in the atlas graph's node order (the projection's node order). */
  authors: string[];
  /** Links in order of first joint paper (the projection's edge order). */
  count: number;
  /** Each link's two authors as indices into `authors`, as the first joint paper lists them. */
  first: Int32Array;
  second: Int32Array;
  /** Joint papers (only papers within the cap count). */
  weights: Int32Array;
}

/** The weighted coauthor projection of a paper-author graph, as arrays. */
export function buildCoauthorLinks(
  graph: AtlasGraph,
  options: CoauthorOptions = {},
): CoauthorLinks {
  return linksUnderCap(graph, capOf(graph, options, "buildCoauthorLinks"));
}

function linksUnderCap(graph: AtlasGraph, cap: number): CoauthorLinks {
  // Authors in the atlas graph's node order, so the projection is as reproducible as it is.
  const authorIds = new Map<string, number>();
  const authors: string[] = [];
  graph.forEachNode((key, attrs) => {
    if (attrs.kind !== "author") return;
    authorIds.set(key, authors.length);
    authors.push(key);
  });
  // Each paper's authors as dense ids for the shared core (./coauthorPairs.ts); pairs come back
  // in order of first appearance, so the projection's edge order is reproducible.
  const start: number[] = [0];
  const ids: number[] = [];
  graph.forEachNode((paper, attrs) => {
    if (attrs.kind !== "paper") return;
    graph.forEachNeighbor(paper, (author) => {
      ids.push(authorIds.get(author) as number);
    });
    start.push(ids.length);
  });
  const pairs = coauthorPairs(
    { start: Int32Array.from(start), ids: Int32Array.from(ids), authorCount: authors.length },
    cap,
  );
  const weights = new Int32Array(pairs.count);
  for (let s = 0; s < pairs.count; s++) {
    weights[s] = (pairs.start[s + 1] as number) - (pairs.start[s] as number);
  }
  return { authors, count: pairs.count, first: pairs.first, second: pairs.second, weights };
}

/** Build the weighted coauthor projection of a paper-author graph. */
export function buildCoauthorGraph(
  graph: AtlasGraph,
  options: CoauthorOptions = {},
): CoauthorGraph {
  const links = linksUnderCap(graph, capOf(graph, options, "buildCoauthorGraph"));
  const projection: CoauthorGraph = new Graph({
    type: "undirected",
    multi: false,
    allowSelfLoops: false,
  });
  for (const key of links.authors) {
    projection.addNode(key, { ...(graph.getNodeAttributes(key) as AuthorNodeAttributes) });
  }
  for (let s = 0; s < links.count; s++) {
    const a = links.authors[links.first[s] as number] as string;
    const b = links.authors[links.second[s] as number] as string;
    projection.addUndirectedEdgeWithKey(coauthorEdgeKey(a, b), a, b, {
      weight: links.weights[s] as number,
    });
  }
  return projection;
}

/**
 * Authors who have papers but whose every paper is over the cap: the projection leaves them
 * without a single link (most of BIG-bench's authors). In node order.
 */
export function isolatedUnderCap(graph: AtlasGraph, cap?: number): string[] {
  const limit = capOf(graph, { hyperauthorCap: cap }, "isolatedUnderCap");
  const out: string[] = [];
  graph.forEachNode((key, attrs) => {
    if (attrs.kind !== "author") return;
    const papers = graph.neighbors(key);
    if (papers.length > 0 && papers.every((p) => graph.degree(p) > limit)) out.push(key);
  });
  return out;
}
