// Clusters for the legend: size and best-known members (most papers in the network) of each
// author community, so a colour reads as "Ermon, Meng…" rather than "cluster 3".
import type { AppGraph } from "../graph/appGraph";

export interface ClusterSummary {
  community: number;
  size: number;
  /** Up to `top` member names, most papers first; the profile owner is left out (in every cluster's story). */
  leaders: string[];
}

export function summarizeClusters(graph: AppGraph, top = 2): ClusterSummary[] {
  const members = new Map<number, { name: string; papers: number }[]>();
  graph.forEachNode((_key, attrs) => {
    if (attrs.kind !== "author") return;
    let list = members.get(attrs.community);
    if (!list) {
      list = [];
      members.set(attrs.community, list);
    }
    if (!attrs.owner) list.push({ name: attrs.name, papers: attrs.paperCount });
    else list.push({ name: "", papers: -1 });
  });
  return [...members]
    .map(([community, list]) => ({
      community,
      size: list.length,
      leaders: list
        .filter((m) => m.papers >= 0)
        .sort((a, b) => b.papers - a.papers || a.name.localeCompare(b.name))
        .slice(0, top)
        .map((m) => m.name),
    }))
    .sort((a, b) => a.community - b.community);
}
