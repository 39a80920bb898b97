// The app's graph: the serialized atlas graph imported once per load, plus display-only
// elements the views need (coauthor edges for the coauthor view, "+N authors" fold nodes for the
// bipartite view). Added elements carry their own `kind` so nothing mistakes them for data, and
// filters only hide them: the graph is never rebuilt while the user explores.
//
// Built for speed at 50k nodes: one pass over the imported edges instead of per-node edge walks,
// integers instead of key lookups, and the positions the build learns handed on to the filter
// index; graphology through its public methods only. The graph must equal what the
// straightforward construction in ./appGraphReference.testing.ts makes, element for element.
import Graph from "graphology";
import { bump, coauthorPairs } from "./coauthorPairs";
import {
  type AtlasGraphAttributes,
  type AtlasNodeAttributes,
  type AuthorshipEdgeAttributes,
  READABLE_SCHEMA_VERSIONS,
  type SerializedAtlasGraph,
} from "./schema";

/** Author-author edge of the coauthor view: joint papers with at most `cap` authors. */
export interface CoauthorEdgeAttributes {
  kind: "coauthor";
  /** Number of joint papers under the cap. */
  weight: number;
  /** Keys of those joint papers, in graph order. */
  papers: string[];
}

/** One "+N authors" node standing for a hyperauthored paper's authors who have no other paper. */
export interface FoldNodeAttributes {
  kind: "fold";
  /** Key of the paper whose authors are folded. */
  paper: string;
  /** Author keys folded into this node (authors of `paper` with no other paper). */
  members: string[];
  label: string;
  x: number;
  y: number;
  size: number;
}

/** The edge joining a fold node to its paper. */
export interface FoldEdgeAttributes {
  kind: "fold";
}

export type AppNodeAttributes = AtlasNodeAttributes | FoldNodeAttributes;
export type AppEdgeAttributes =
  | AuthorshipEdgeAttributes
  | CoauthorEdgeAttributes
  | FoldEdgeAttributes;
export type AppGraph = Graph<AppNodeAttributes, AppEdgeAttributes, AtlasGraphAttributes>;

export interface PrepareOptions {
  /** Hyperauthorship cap; default: the graph's own `hyperauthorCap` attribute (else 25). */
  cap?: number;
}

export const FOLD_PREFIX = "fold:";
export const FOLD_EDGE_PREFIX = "fold-edge:";
export const COAUTHOR_EDGE_PREFIX = "co:";

/**
 * The app's coauthor edge key, `co:<a>|<b>` with a < b. Its own prefix (the projection in
 * ./coauthors.ts uses `c:`) because these edges live beside the data in one graph.
 */
export function appCoauthorEdgeKey(a: string, b: string): string {
  return a < b ? `${COAUTHOR_EDGE_PREFIX}${a}|${b}` : `${COAUTHOR_EDGE_PREFIX}${b}|${a}`;
}

export function foldNodeKey(paperKey: string): string {
  return `${FOLD_PREFIX}${paperKey}`;
}

export function foldEdgeKey(paperKey: string): string {
  return `${FOLD_EDGE_PREFIX}${paperKey}`;
}

/**
 * Positions the build learnt about the graph it returned, so the filter index need not look
 * every key up again. Describes that graph as built; stale once anything adds or drops elements.
 */
export interface AppGraphOrder {
  /** Node keys in graph order, and each key's position. */
  nodeKeys: string[];
  nodeIndex: Map<string, number>;
  /** Per edge, in graph order: source and target as node positions. */
  edgeSource: Int32Array;
  edgeTarget: Int32Array;
  /**
   * Per coauthor edge, in graph order: its joint papers as node positions (CSR). Null when the
   * serialized data itself held edges of kind "coauthor" (then read them from the attributes).
   */
  coauthorPaperStart: Int32Array | null;
  coauthorPapers: Int32Array | null;
}

/** Import a serialized atlas graph and add the coauthor edges and fold nodes. */
export function prepareAtlasGraph(
  serialized: SerializedAtlasGraph,
  options: PrepareOptions = {},
): AppGraph {
  return prepareAtlasGraphOrdered(serialized, options).graph;
}

/** prepareAtlasGraph, plus the positions it learnt (for buildFilterIndex). */
export function prepareAtlasGraphOrdered(
  serialized: SerializedAtlasGraph,
  options: PrepareOptions = {},
): { graph: AppGraph; order: AppGraphOrder } {
  if (serialized === null || typeof serialized !== "object" || !Array.isArray(serialized.nodes)) {
    throw new Error(
      "prepareAtlasGraph: expected a serialized graph ({ nodes, edges, attributes })",
    );
  }
  const version = serialized.attributes?.schemaVersion as unknown;
  if (version !== undefined && !READABLE_SCHEMA_VERSIONS.includes(version as number)) {
    throw new Error(
      `prepareAtlasGraph: schemaVersion ${String(version)} is not one this app reads (${READABLE_SCHEMA_VERSIONS.join(", ")})`,
    );
  }
  // JSON has no Infinity: a graph exported without a cap reads its cap back as null.
  const attrCap = serialized.attributes?.hyperauthorCap as number | null | undefined;
  const cap = options.cap ?? (attrCap === null ? Number.POSITIVE_INFINITY : (attrCap ?? 25));
  if (typeof cap !== "number" || Number.isNaN(cap) || cap < 1) {
    throw new Error(`prepareAtlasGraph: cap must be a number >= 1, got ${cap}`);
  }
  const graph: AppGraph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  graph.import(serialized as unknown as Parameters<AppGraph["import"]>[0]);
  const scan = scanData(graph);
  const coauthor = addCoauthorEdges(graph, scan, cap);
  const foldEnds = addFoldNodes(graph, scan, cap);
  // Edge endpoints as positions: the data's, then the coauthor and fold edges as added.
  const data = scan.edgeSource.length;
  const folded = data + coauthor.source.length;
  const edgeSource = new Int32Array(folded + foldEnds.length / 2);
  const edgeTarget = new Int32Array(edgeSource.length);
  edgeSource.set(scan.edgeSource);
  edgeTarget.set(scan.edgeTarget);
  edgeSource.set(coauthor.source, data);
  edgeTarget.set(coauthor.target, data);
  for (let k = 0; k < foldEnds.length; k += 2) {
    edgeSource[folded + k / 2] = foldEnds[k] as number;
    edgeTarget[folded + k / 2] = foldEnds[k + 1] as number;
  }
  return {
    graph,
    order: {
      nodeKeys: scan.keys,
      nodeIndex: scan.nodeIndex,
      edgeSource,
      edgeTarget,
      coauthorPaperStart: scan.dataCoauthorEdges ? null : coauthor.start,
      coauthorPapers: scan.dataCoauthorEdges ? null : coauthor.papers,
    },
  };
}

/** The data as imported, in positions: one pass over nodes, one over edges. */
interface DataScan {
  /** Node keys in graph order (fold nodes appended as they are added), and positions. */
  keys: string[];
  nodeIndex: Map<string, number>;
  kinds: string[];
  /** Papers (positions) in graph order. */
  papers: number[];
  /** Per node (meaningful for papers): authorship neighbours in the paper's edge order (CSR). */
  authorStart: Int32Array;
  authors: Int32Array;
  /** Per node: authorship edges to a paper node. */
  paperCount: Int32Array;
  /** Per imported edge: endpoints as positions. */
  edgeSource: Int32Array;
  edgeTarget: Int32Array;
  /** The data held edges of kind "coauthor" (not the pipeline's output, but importable). */
  dataCoauthorEdges: boolean;
}

function scanData(graph: AppGraph): DataScan {
  const keys: string[] = [];
  const kinds: string[] = [];
  const papers: number[] = [];
  const nodeIndex = new Map<string, number>();
  let indexKeys = false;
  graph.forEachNode((key, attrs) => {
    const i = keys.length;
    nodeIndex.set(key, i);
    keys.push(key);
    kinds.push(attrs.kind);
    if (attrs.kind === "paper") papers.push(i);
    if (!indexKeys && isArrayIndex(key)) indexKeys = true;
  });
  const n = keys.length;
  const edgeSource = new Int32Array(graph.size);
  const edgeTarget = new Int32Array(graph.size);
  const authorship = new Uint8Array(graph.size);
  const authorCount = new Int32Array(n);
  const paperCount = new Int32Array(n);
  let dataCoauthorEdges = false;
  let e = 0;
  graph.forEachEdge((_key, attrs, source, target) => {
    const s = nodeIndex.get(source) as number;
    const t = nodeIndex.get(target) as number;
    edgeSource[e] = s;
    edgeTarget[e] = t;
    if (attrs.kind === "authorship") {
      authorship[e] = 1;
      if (kinds[s] === "paper") {
        authorCount[s] = (authorCount[s] as number) + 1;
        paperCount[t] = (paperCount[t] as number) + 1;
      }
      if (kinds[t] === "paper") {
        authorCount[t] = (authorCount[t] as number) + 1;
        paperCount[s] = (paperCount[s] as number) + 1;
      }
    } else if (attrs.kind === "coauthor") {
      dataCoauthorEdges = true;
    }
    e++;
  });
  // A node's edges, walked from the node, come in the order they were added: the graph's edge
  // order restricted to that node, which is the order this fill sees them in.
  const authorStart = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    authorStart[i + 1] = (authorStart[i] as number) + (authorCount[i] as number);
  }
  const authors = new Int32Array(authorStart[n] as number);
  const fill = authorStart.slice(0, n);
  for (let k = 0; k < e; k++) {
    if (authorship[k] !== 1) continue;
    const s = edgeSource[k] as number;
    const t = edgeTarget[k] as number;
    if (kinds[s] === "paper") authors[bump(fill, s)] = t;
    if (kinds[t] === "paper") authors[bump(fill, t)] = s;
  }
  // Except for array-index keys ("42"), which a JavaScript object (graphology's neighbour table)
  // enumerates first, in numeric order. The pipeline's keys never are; other files might.
  if (indexKeys) {
    for (const p of papers) {
      const from = authorStart[p] as number;
      const to = authorStart[p + 1] as number;
      const sorted = Array.from(authors.subarray(from, to)).sort((a, b) => {
        const x = keys[a] as string;
        const y = keys[b] as string;
        const ix = isArrayIndex(x);
        const iy = isArrayIndex(y);
        if (ix && iy) return Number(x) - Number(y);
        return ix ? -1 : iy ? 1 : 0;
      });
      authors.set(sorted, from);
    }
  }
  return {
    keys,
    nodeIndex,
    kinds,
    papers,
    authorStart,
    authors,
    paperCount,
    edgeSource,
    edgeTarget,
    dataCoauthorEdges,
  };
}

/** True for a canonical array index ("0" .. "4294967294"). */
function isArrayIndex(key: string): boolean {
  const c = key.charCodeAt(0);
  if (c < 48 || c > 57) return false;
  return /^(?:0|[1-9]\d*)$/.test(key) && Number(key) < 4294967295;
}

/** Coauthor edges as added: endpoints and joint papers as node positions. */
interface CoauthorEdges {
  source: Int32Array;
  target: Int32Array;
  /** Joint papers per edge (CSR), in paper order. */
  start: Int32Array;
  papers: Int32Array;
}

/** Add one coauthor edge per pair of authors with a joint paper under the cap. */
function addCoauthorEdges(graph: AppGraph, scan: DataScan, cap: number): CoauthorEdges {
  // Authors as dense ids (in node order) and each paper's authors as ids, for the shared core.
  const { keys, kinds, papers, authorStart, authors } = scan;
  const authorId = new Int32Array(keys.length).fill(-1);
  const authorNode: number[] = [];
  for (let i = 0; i < keys.length; i++) {
    if (kinds[i] !== "author") continue;
    authorId[i] = authorNode.length;
    authorNode.push(i);
  }
  const idStart = new Int32Array(papers.length + 1);
  const idList = new Int32Array(authors.length);
  let used = 0;
  for (let q = 0; q < papers.length; q++) {
    const p = papers[q] as number;
    const end = authorStart[p + 1] as number;
    for (let k = authorStart[p] as number; k < end; k++) {
      const id = authorId[authors[k] as number] as number;
      if (id >= 0) idList[used++] = id;
    }
    idStart[q + 1] = used;
  }
  const pairs = coauthorPairs(
    { start: idStart, ids: idList.subarray(0, used), authorCount: authorNode.length },
    cap,
  );
  // Joint papers as node positions (the core counts papers 0 .. papers.length-1).
  const jointPapers = pairs.papers.map((q) => papers[q] as number);
  const source = new Int32Array(pairs.count);
  const target = new Int32Array(pairs.count);
  for (let s = 0; s < pairs.count; s++) {
    const x = pairs.first[s] as number;
    const y = pairs.second[s] as number;
    const a = authorNode[Math.min(x, y)] as number;
    const b = authorNode[Math.max(x, y)] as number;
    const joint: string[] = [];
    const end = pairs.start[s + 1] as number;
    for (let k = pairs.start[s] as number; k < end; k++) {
      joint.push(keys[jointPapers[k] as number] as string);
    }
    const aKey = keys[a] as string;
    const bKey = keys[b] as string;
    graph.addUndirectedEdgeWithKey(appCoauthorEdgeKey(aKey, bKey), aKey, bKey, {
      kind: "coauthor",
      weight: joint.length,
      papers: joint,
    });
    source[s] = a;
    target[s] = b;
  }
  return { source, target, start: pairs.start, papers: jointPapers };
}

/** Add the fold nodes and their edges; returns the fold edges' endpoints (positions), in pairs. */
function addFoldNodes(graph: AppGraph, scan: DataScan, cap: number): number[] {
  const edges: number[] = [];
  const { keys, papers, authorStart, authors, paperCount } = scan;
  const folds: { paper: string; members: string[] }[] = [];
  for (const p of papers) {
    const from = authorStart[p] as number;
    const to = authorStart[p + 1] as number;
    if (to - from <= cap) continue;
    // Members: authors whose only paper is this one (their degree in papers is 1).
    const members: string[] = [];
    for (let k = from; k < to; k++) {
      const a = authors[k] as number;
      if (paperCount[a] === 1) members.push(keys[a] as string);
    }
    if (members.length > 0) folds.push({ paper: keys[p] as string, members });
  }
  if (folds.length === 0) return edges;
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
    const f = scan.keys.length;
    scan.keys.push(key);
    scan.nodeIndex.set(key, f);
    edges.push(f, scan.nodeIndex.get(paper) as number);
  }
  return edges;
}
