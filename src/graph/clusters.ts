// Research clusters: Louvain communities on the weighted coauthor projection, seeded, and
// renumbered by size (0 = largest, ties to the community holding the smallest author key) so
// that the same data always gets the same colours, whatever numbers Louvain happened to pick.
import louvain from "graphology-communities-louvain";
import type { CoauthorGraph } from "./coauthors";
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
      : louvain(coauthors, {
          getEdgeWeight: "weight",
          resolution: options.resolution ?? 1,
          rng: streamFor(options.seed ?? DEFAULT_SEED, CLUSTER_STREAM),
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
  let count = 0;
  for (const [key, community] of Object.entries(communities)) {
    coauthors.setNodeAttribute(key, "community", community);
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
