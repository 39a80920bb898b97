// Names for author clusters, for the legend and the canvas: each cluster's best-connected
// members (most coauthor links inside the network; the profile owner, linked to everyone, is
// left out), its dominant paper category, and where it sits (the mean of its members'
// positions). Pure: the graph in, plain records out.

import { NO_CATEGORY } from "../ingest/sources/toPapers";
import { cachedPer } from "../model/cachedPer";
import type { AppGraph } from "./appGraph";

export interface ClusterName {
  community: number;
  /** Authors in the cluster. */
  size: number;
  /** Up to `top` member names, best-connected first. */
  leaders: string[];
  /** The category code most of the members' papers carry, or null when they have none. */
  category: string | null;
  /** Mean member position, in graph coordinates. */
  x: number;
  y: number;
}

interface Tally {
  members: { name: string; links: number; papers: number }[];
  categories: Map<string, number>;
  seenPapers: Set<string>;
  sumX: number;
  sumY: number;
  size: number;
}

/**
 * `nameClusters(graph)`, computed once per graph: the canvas's cluster names and the legend ask
 * for them in the same task when a network opens, before its first frame.
 */
export const clusterNamesOf = cachedPer((graph: AppGraph) => nameClusters(graph));

/** Every cluster of `graph`, by community number. O(nodes + edges). */
export function nameClusters(graph: AppGraph, top = 2): ClusterName[] {
  const tallies = new Map<number, Tally>();
  graph.forEachNode((key, attrs) => {
    if (attrs.kind !== "author") return;
    let t = tallies.get(attrs.community);
    if (!t) {
      t = { members: [], categories: new Map(), seenPapers: new Set(), sumX: 0, sumY: 0, size: 0 };
      tallies.set(attrs.community, t);
    }
    t.size++;
    t.sumX += attrs.x;
    t.sumY += attrs.y;
    let links = 0;
    graph.forEachEdge(key, (_edge, edgeAttrs, source, target) => {
      const other = source === key ? target : source;
      if (edgeAttrs.kind === "coauthor") {
        links++;
        return;
      }
      const paper = graph.getNodeAttributes(other);
      if (paper.kind !== "paper" || t.seenPapers.has(other)) return;
      t.seenPapers.add(other);
      // A list's "none" (no arXiv category) names no field: the label goes without one.
      if (paper.category === NO_CATEGORY) return;
      t.categories.set(paper.category, (t.categories.get(paper.category) ?? 0) + 1);
    });
    if (!attrs.owner) t.members.push({ name: attrs.name, links, papers: attrs.paperCount });
  });
  return [...tallies]
    .map(([community, t]) => ({
      community,
      size: t.size,
      leaders: t.members
        .sort((a, b) => b.links - a.links || b.papers - a.papers || byCodePoint(a.name, b.name))
        .slice(0, top)
        .map((m) => m.name),
      category: dominant(t.categories),
      x: t.sumX / t.size,
      y: t.sumY / t.size,
    }))
    .sort((a, b) => a.community - b.community);
}

/**
 * Ties broken by code point: the names are computed before the network's first frame, and the
 * page's first `localeCompare` pays for building a collator (milliseconds) for a tie-break.
 */
function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The most frequent key (ties: the alphabetically first), or null for an empty tally. */
function dominant(counts: Map<string, number>): string | null {
  let best: string | null = null;
  let bestCount = 0;
  for (const [key, n] of counts) {
    if (n > bestCount || (n === bestCount && best !== null && key < best)) {
      best = key;
      bestCount = n;
    }
  }
  return best;
}
