// Research clusters: Louvain communities on the weighted coauthor projection, seeded, and
// renumbered by size (0 = largest, ties to the community holding the smallest author key) so
// that the same data always gets the same colours, whatever numbers Louvain happened to pick.
import Graph from "graphology";
import louvain from "graphology-communities-louvain";
import type { CoauthorGraph, CoauthorLinks } from "./coauthors";
import { DEFAULT_SEED, streamFor } from "./random";
import type { AtlasGraph } from "./schema";

export interface ClusterOptions {
  seed?: number;
  /** Louvain resolution (default 1; higher gives more, smaller communities). */
  resolution?: number;
}

/** Stage number for `streamFor`, so clusters and layout draw from separate streams. */
const CLUSTER_STREAM = 1;

/** Author key → community number (0 = largest). Isolated authors are communities of one. */
export function detectCommunities(
  coauthors: CoauthorGraph,
  options: ClusterOptions = {},
): Record<string, number> {
  if (coauthors.type !== "undirected") {
    throw new Error("detectCommunities: the coauthor graph must be undirected");
  }
  const raw: Record<string, number> =
    coauthors.size === 0
      ? // Louvain needs at least one edge; with none every author stands alone.
        Object.fromEntries(coauthors.nodes().map((k, i) => [k, i]))
      : runLouvain(coauthors, options);
  return renumberBySize(raw);
}

function runLouvain(graph: Graph, options: ClusterOptions): Record<string, number> {
  return louvain(graph, {
    getEdgeWeight: "weight",
    resolution: options.resolution ?? 1,
    rng: streamFor(options.seed ?? DEFAULT_SEED, CLUSTER_STREAM),
  });
}

/**
 * `detectCommunities` of the projection given as arrays: the same communities. Louvain runs on
 * a graph built for it alone and let go after: nodes named by index (no copied attributes, no
 * edge keys), the projection's node and edge order, so its moves and their seeded order are
 * the same as on the projection graph.
 */
export function detectCommunitiesOfLinks(
  links: CoauthorLinks,
  options: ClusterOptions = {},
): Record<string, number> {
  const { authors } = links;
  if (links.count === 0) return renumberBySize(Object.fromEntries(authors.map((k, i) => [k, i])));
  const byIndex = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  for (let i = 0; i < authors.length; i++) byIndex.addNode(String(i));
  for (let s = 0; s < links.count; s++) {
    byIndex.addUndirectedEdge(String(links.first[s]), String(links.second[s]), {
      weight: links.weights[s],
    });
  }
  const found = runLouvain(byIndex, options);
  const raw: Record<string, number> = {};
  authors.forEach((key, i) => {
    raw[key] = found[String(i)] as number;
  });
  return renumberBySize(raw);
}

/** Renumber communities by size descending; ties go to the one with the smallest member key. */
export function renumberBySize(raw: Record<string, number>): Record<string, number> {
  const members = new Map<number, string[]>();
  for (const [key, community] of Object.entries(raw)) {
    const list = members.get(community);
    if (list) list.push(key);
    else members.set(community, [key]);
  }
  const ranked = [...members.values()]
    .map((keys) => ({ keys, first: smallest(keys) }))
    .sort((a, b) => b.keys.length - a.keys.length || (a.first < b.first ? -1 : 1));
  const out: Record<string, number> = {};
  ranked.forEach(({ keys }, index) => {
    for (const key of keys) out[key] = index;
  });
  return out;
}

/**
 * Detect communities and write them as `community` on the author nodes of both the atlas
 * graph and its projection. Returns the number of communities.
 */
export function assignCommunities(
  graph: AtlasGraph,
  coauthors: CoauthorGraph,
  options: ClusterOptions = {},
): number {
  const communities = detectCommunities(coauthors, options);
  for (const [key, community] of Object.entries(communities)) {
    coauthors.setNodeAttribute(key, "community", community);
  }
  return writeCommunities(graph, communities);
}

/**
 * `assignCommunities` for the projection given as arrays: writes `community` on the atlas
 * graph's author nodes and returns the number of communities.
 */
export function assignCommunitiesOfLinks(
  graph: AtlasGraph,
  links: CoauthorLinks,
  options: ClusterOptions = {},
): number {
  return writeCommunities(graph, detectCommunitiesOfLinks(links, options));
}

/** Write `community` on the atlas graph's author nodes; returns the number of communities. */
function writeCommunities(graph: AtlasGraph, communities: Record<string, number>): number {
  let count = 0;
  for (const [key, community] of Object.entries(communities)) {
    if (graph.hasNode(key)) graph.mergeNodeAttributes(key, { community });
    count = Math.max(count, community + 1);
  }
  return count;
}

function smallest(keys: string[]): string {
  let min = keys[0] ?? "";
  for (const k of keys) if (k < min) min = k;
  return min;
}
