// Reference construction of the app graph: prepareAtlasGraph as first written, straight from
// graphology (one import, coauthor pairs and fold members found by walking each node's edges).
// Kept so tests can check the optimised build gives the identical graph (same nodes, edges,
// keys, attributes, order) and the benchmark can time the two in one run. Not used by the app.
import Graph from "graphology";
import {
  type AppGraph,
  appCoauthorEdgeKey,
  foldEdgeKey,
  foldNodeKey,
  type PrepareOptions,
} from "./appGraph";
import type { SerializedAtlasGraph } from "./schema";

/** The straightforward construction: one import, then per-node graph traversals. */
export function referenceAtlasGraph(
  serialized: SerializedAtlasGraph,
  options: PrepareOptions = {},
): AppGraph {
  if (serialized === null || typeof serialized !== "object" || !Array.isArray(serialized.nodes)) {
    throw new Error(
      "referenceAtlasGraph: expected a serialized graph ({ nodes, edges, attributes })",
    );
  }
  // JSON has no Infinity: a graph exported without a cap reads its cap back as null.
  const attrCap = serialized.attributes?.hyperauthorCap as number | null | undefined;
  const cap = options.cap ?? (attrCap === null ? Number.POSITIVE_INFINITY : (attrCap ?? 25));
  if (typeof cap !== "number" || Number.isNaN(cap) || cap < 1) {
    throw new Error(`referenceAtlasGraph: cap must be a number >= 1, got ${cap}`);
  }
  const graph: AppGraph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  graph.import(serialized as unknown as Parameters<AppGraph["import"]>[0]);
  addCoauthorEdges(graph, cap);
  addFoldNodes(graph, cap);
  return graph;
}

function authorsOf(graph: AppGraph, paper: string): string[] {
  const authors: string[] = [];
  graph.forEachEdge(paper, (_edge, attrs, source, target) => {
    if (attrs.kind !== "authorship") return;
    authors.push(source === paper ? target : source);
  });
  return authors;
}

function isPaper(graph: AppGraph, key: string): boolean {
  return graph.getNodeAttribute(key, "kind") === "paper";
}

function addCoauthorEdges(graph: AppGraph, cap: number): void {
  // Authors as dense integers so a pair is one number (a * n + b): at 50k nodes this map holds
  // hundreds of thousands of pairs, and number keys keep it fast. Pairs are added in order of
  // first joint paper, so edge order (and thus the filter index) is reproducible.
  const authorId = new Map<string, number>();
  const authorKeys: string[] = [];
  graph.forEachNode((key, attrs) => {
    if (attrs.kind !== "author") return;
    authorId.set(key, authorKeys.length);
    authorKeys.push(key);
  });
  const n = authorKeys.length;
  const pairs = new Map<number, string[]>();
  graph.forEachNode((paper, attrs) => {
    if (attrs.kind !== "paper") return;
    const ids: number[] = [];
    for (const author of authorsOf(graph, paper)) {
      const id = authorId.get(author);
      if (id !== undefined) ids.push(id);
    }
    if (ids.length > cap) return;
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const x = ids[i] as number;
        const y = ids[j] as number;
        const pair = x < y ? x * n + y : y * n + x;
        const papers = pairs.get(pair);
        if (papers) papers.push(paper);
        else pairs.set(pair, [paper]);
      }
    }
  });
  for (const [pair, papers] of pairs) {
    const a = authorKeys[Math.floor(pair / n)] as string;
    const b = authorKeys[pair % n] as string;
    graph.addUndirectedEdgeWithKey(appCoauthorEdgeKey(a, b), a, b, {
      kind: "coauthor",
      weight: papers.length,
      papers,
    });
  }
}

function addFoldNodes(graph: AppGraph, cap: number): void {
  const folds: { paper: string; members: string[] }[] = [];
  graph.forEachNode((paper, attrs) => {
    if (attrs.kind !== "paper") return;
    const authors = authorsOf(graph, paper);
    if (authors.length <= cap) return;
    // Members: authors whose only paper is this one (their degree in papers is 1).
    const members = authors.filter((author) => {
      let papers = 0;
      graph.forEachEdge(author, (_e, edgeAttrs, s, t) => {
        if (edgeAttrs.kind === "authorship" && isPaper(graph, s === author ? t : s)) papers++;
      });
      return papers === 1;
    });
    if (members.length > 0) folds.push({ paper, members });
  });
  if (folds.length === 0) return;
  // The layout lays a hyperauthored paper's authors in a disc around the paper, so their
  // centroid is the paper itself and a fold placed there would hide under it (and be
  // unclickable). Place the fold where the disc was instead: from the paper, away from the
  // network's centre, at 70% of the disc's mean radius.
  let cx = 0;
  let cy = 0;
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  graph.forEachNode((_k, a) => {
    cx += a.x;
    cy += a.y;
    if (a.x < minX) minX = a.x;
    if (a.x > maxX) maxX = a.x;
  });
  cx /= graph.order;
  cy /= graph.order;
  const minGap = 0.04 * Math.max(1, maxX - minX);
  for (const { paper, members } of folds) {
    const p = graph.getNodeAttributes(paper);
    const key = foldNodeKey(paper);
    let radius = 0;
    for (const m of members) {
      const a = graph.getNodeAttributes(m);
      radius += Math.hypot(a.x - p.x, a.y - p.y);
    }
    const distance = Math.max(minGap, (0.7 * radius) / members.length);
    let dx = p.x - cx;
    let dy = p.y - cy;
    const len = Math.hypot(dx, dy);
    [dx, dy] = len < 1e-9 ? [1, 0] : [dx / len, dy / len];
    graph.addNode(key, {
      kind: "fold",
      paper,
      members,
      label: `+${members.length} authors`,
      x: p.x + dx * distance,
      y: p.y + dy * distance,
      size: Math.max(p.size, Math.min(20, 4 + Math.sqrt(members.length))),
    });
    graph.addUndirectedEdgeWithKey(foldEdgeKey(paper), key, paper, { kind: "fold" });
  }
}
