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

/** Build the weighted coauthor projection of a paper-author graph. */
export function buildCoauthorGraph(
  graph: AtlasGraph,
  options: CoauthorOptions = {},
): CoauthorGraph {
  const cap = capOf(graph, options, "buildCoauthorGraph");
  const projection: CoauthorGraph = new Graph({
    type: "undirected",
    multi: false,
    allowSelfLoops: false,
  });
  // Authors in the atlas graph's node order, so the projection is as reproducible as it is.
  graph.forEachNode((key, attrs) => {
    if (attrs.kind === "author") projection.addNode(key, { ...attrs });
  });
  // Pairs are counted in a plain map first and added once each, in order of first appearance:
  // probing and updating the graph per pair cost several graphology lookups per co-authorship.
  const pairs = new Map<string, { a: string; b: string; weight: number }>();
  graph.forEachNode((paper, attrs) => {
    if (attrs.kind !== "paper") return;
    const authors = graph.neighbors(paper);
    if (authors.length > cap) return;
    for (let i = 0; i < authors.length; i++) {
      const a = authors[i] as string;
      for (let j = i + 1; j < authors.length; j++) {
        const b = authors[j] as string;
        const key = coauthorEdgeKey(a, b);
        const pair = pairs.get(key);
        if (pair) pair.weight++;
        else pairs.set(key, { a, b, weight: 1 });
      }
    }
  });
  for (const [key, { a, b, weight }] of pairs) {
    projection.addUndirectedEdgeWithKey(key, a, b, { weight });
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
