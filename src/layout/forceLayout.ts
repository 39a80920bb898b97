// Seeded force layout, computed at ingest so the app paints at once. d3-force lays out the
// coauthor projection (weighted links, many-body repulsion, collision, a gentle pull to the
// centre that keeps separate components in view); papers then sit near the centroid of their
// authors, and authors whose only papers are over the hyperauthor cap (no coauthor links)
// fill a small disc around that paper. Same graph + seed → identical positions: the random
// source and the initial placement are seeded and the ticks run synchronously.
//
// The engine is an implementation detail behind `layoutAtlasGraph(graph, coauthors, options)`:
// d3-force for coauthor graphs up to MULTILEVEL_THRESHOLD authors (the engine users drive in
// the app), the multilevel engine (./multilevel.ts: coarsening, Barnes-Hut, typed arrays)
// above it, where d3-force's ticks grow too slow. Both are seeded; paper and disc placement
// is the same either way. `planAtlasLayout` / `completeAtlasLayout` split it around the
// multilevel engine, so that engine can run in a worker thread (src/filesToGraph/ingestNode.ts).
import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from "d3-force";
import type { CoauthorGraph, CoauthorLinks } from "../graph/coauthors";
import { isolatedUnderCap } from "../graph/coauthors";
import { DEFAULT_SEED, type RandomSource, streamFor } from "../graph/random";
import type { AtlasGraph, AuthorNodeAttributes } from "../graph/schema";
import { type Csr, csrFromEdgeList } from "./csr";
import { type LayoutArrays, type MultilevelOptions, multilevelLayoutCsr } from "./multilevel";

/** Which engine lays out the coauthor projection; "auto" picks by size (MULTILEVEL_THRESHOLD). */
export type LayoutEngine = "auto" | "d3" | "multilevel";

export interface LayoutOptions {
  seed?: number;
  /**
   * d3: simulation ticks (default 300, d3's own count from alpha 1 to alphaMin). Multilevel:
   * iterations at the finest level (default the engine's own, 50).
   */
  iterations?: number;
  /** Called with 0…1 as the ticks run (synchronously, in a few steps). */
  onProgress?: (fraction: number) => void;
  /** Default "auto": d3-force up to MULTILEVEL_THRESHOLD coauthor nodes, multilevel above. */
  engine?: LayoutEngine;
}

/**
 * Coauthor graphs with more authors than this are laid out by the multilevel engine. Measured
 * on synthetic corpora (bench/generate.ts, whole layoutAtlasGraph, 2 loaded cores): d3-force
 * 0.6 s at 183 authors, 2.4-6 s at 860, 8.4 s at 2,084; multilevel 0.26 s, 0.2-1 s and 1.3 s,
 * with better neighbourhood preservation at every size (0.34 vs 0.13 at 860). So the engine
 * is not picked on speed alone: d3 stays up to here because it is the engine users drive in
 * the app and small graphs (the default profile: 612 authors) keep the look they always had;
 * above it, d3's seconds grow faster than linearly and the multilevel engine takes over.
 */
export const MULTILEVEL_THRESHOLD = 1_000;

export const DEFAULT_ITERATIONS = 300;
/** Ideal length of a one-paper coauthor link, in layout units. */
const LINK_DISTANCE = 30;
/** Spacing of the disc of authors around a paper over the cap. */
const DISC_SPACING = 4;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const LAYOUT_STREAM = 2;
const PLACEMENT_STREAM = 3;
const PROGRESS_STEPS = 10;

/**
 * The coauthor projection the layout runs on: its graph (whose author nodes then get sizes and
 * positions too), or its arrays (the pipeline's: sizes and positions go to the atlas graph only).
 */
export type Projection = CoauthorGraph | CoauthorLinks;

/** What the layout reads from a projection, whichever form it has. */
export interface ProjectionView {
  order: number;
  /** Authors in the projection's node order, with their attributes. */
  forEachAuthor: (callback: (key: string, attrs: AuthorNodeAttributes) => void) => void;
  /** Links in the projection's edge order. */
  forEachLink: (callback: (source: string, target: string, weight: number) => void) => void;
  /** The projection graph, to write sizes and positions on; null for arrays. */
  graph: CoauthorGraph | null;
}

function isCoauthorLinks(projection: Projection): projection is CoauthorLinks {
  return Array.isArray((projection as CoauthorLinks).authors);
}

function viewOf(graph: AtlasGraph, projection: Projection): ProjectionView {
  if (!isCoauthorLinks(projection)) {
    return {
      order: projection.order,
      forEachAuthor: (callback) => projection.forEachNode(callback),
      forEachLink: (callback) =>
        projection.forEachEdge((_key, attrs, source, target) =>
          callback(source, target, attrs.weight),
        ),
      graph: projection,
    };
  }
  const { authors, first, second, weights } = projection;
  return {
    order: authors.length,
    forEachAuthor: (callback) => {
      for (const key of authors)
        callback(key, graph.getNodeAttributes(key) as AuthorNodeAttributes);
    },
    forEachLink: (callback) => {
      for (let s = 0; s < projection.count; s++) {
        callback(
          authors[first[s] as number] as string,
          authors[second[s] as number] as string,
          weights[s] as number,
        );
      }
    },
    graph: null,
  };
}

/** Author size: grows with papers, capped so the owner does not cover the map. */
export function authorSize(paperCount: number): number {
  return Math.min(16, 3 + 2 * Math.sqrt(paperCount));
}

/** Paper size: small, slowly growing with the author count. */
export function paperSize(authorCount: number): number {
  return Math.min(6, 2 + Math.sqrt(authorCount) / 2);
}

interface LayoutNode extends SimulationNodeDatum {
  key: string;
  radius: number;
}

interface LayoutLink extends SimulationLinkDatum<LayoutNode> {
  weight: number;
}

/** Two decimals: compact JSON, and no float noise in the last digits of exports. */
function round(v: number): number {
  const r = Math.round(v * 100) / 100;
  return r === 0 ? 0 : r;
}

/**
 * Lay out the atlas graph and write `x`, `y` and `size` on every node of `graph`, and on the
 * author nodes of `coauthors` when it is the projection graph (its projection, built with the
 * same cap; given as arrays, only `graph` is written).
 */
export function layoutAtlasGraph(
  graph: AtlasGraph,
  coauthors: Projection,
  options: LayoutOptions = {},
): void {
  const plan = planAtlasLayout(graph, coauthors, options);
  const arrays = plan.multilevel
    ? multilevelLayoutCsr(plan.multilevel.csr, plan.multilevel.options)
    : undefined;
  completeAtlasLayout(plan, arrays);
}

/**
 * The multilevel engine's job for one atlas graph: its CSR input (linked authors, then one
 * node per disc paper tied to its other authors) and the options to run it with (seed,
 * iterations and a progress callback already mapped onto the layout's 0…1).
 */
export interface MultilevelJob {
  csr: Csr;
  options: MultilevelOptions;
}

/**
 * A layout split in two so the multilevel engine can run elsewhere (a worker thread) between
 * `planAtlasLayout` and `completeAtlasLayout`; `layoutAtlasGraph` is the two back to back.
 */
export interface AtlasLayoutPlan {
  /** Set when the multilevel engine lays out this graph; null: d3-force, run by completeAtlasLayout. */
  multilevel: MultilevelJob | null;
  graph: AtlasGraph;
  coauthors: ProjectionView;
  seed: number;
  iterations: number;
  onProgress: ((fraction: number) => void) | undefined;
  isolated: Set<string>;
  discs: Map<string, string[]>;
  /** Multilevel only: node keys in CSR order and the coauthor links (the first edges), for scaling. */
  keys: string[];
  sources: number[];
  targets: number[];
  coauthorLinks: number;
}

/**
 * First half of `layoutAtlasGraph`: validate the options, write sizes, pick the engine and,
 * for the multilevel engine, build its input. Reports progress 0.
 */
export function planAtlasLayout(
  graph: AtlasGraph,
  projection: Projection,
  options: LayoutOptions = {},
): AtlasLayoutPlan {
  const coauthors = viewOf(graph, projection);
  const seed = options.seed ?? DEFAULT_SEED;
  const iterations = options.iterations ?? DEFAULT_ITERATIONS;
  if (!Number.isInteger(iterations) || iterations < 0) {
    throw new Error(`layoutAtlasGraph: iterations must be a whole number >= 0, got ${iterations}`);
  }
  const onProgress = options.onProgress;
  onProgress?.(0);

  // Sizes first: collision radii depend on them.
  graph.forEachNode((key, attrs) => {
    const size =
      attrs.kind === "author" ? authorSize(attrs.paperCount) : paperSize(graph.degree(key));
    graph.setNodeAttribute(key, "size", round(size));
    if (attrs.kind === "author" && coauthors.graph?.hasNode(key)) {
      coauthors.graph.setNodeAttribute(key, "size", round(size));
    }
  });

  // The cap comes from the graph's own attribute, as it did for the projection.
  const isolated = new Set(isolatedUnderCap(graph));
  const discs = groupDiscs(graph, isolated);
  const engine = options.engine ?? "auto";
  if (engine !== "auto" && engine !== "d3" && engine !== "multilevel") {
    throw new Error(`layoutAtlasGraph: engine must be auto, d3 or multilevel, got "${engine}"`);
  }
  const plan: AtlasLayoutPlan = {
    multilevel: null,
    graph,
    coauthors,
    seed,
    iterations,
    onProgress,
    isolated,
    discs,
    keys: [],
    sources: [],
    targets: [],
    coauthorLinks: 0,
  };
  if (engine === "multilevel" || (engine === "auto" && coauthors.order > MULTILEVEL_THRESHOLD)) {
    planMultilevel(plan, options.iterations);
  }
  return plan;
}

/**
 * Second half of `layoutAtlasGraph`: run d3-force (when the plan has no multilevel job) or take
 * the multilevel job's positions (`arrays`, indexed like its CSR), then place papers and discs
 * and write the positions. Reports progress 1.
 */
export function completeAtlasLayout(plan: AtlasLayoutPlan, arrays?: LayoutArrays): void {
  const { graph, coauthors, isolated, discs, seed, onProgress } = plan;
  let positions: Map<string, Point>;
  if (plan.multilevel) {
    if (!arrays || arrays.xs.length !== plan.keys.length || arrays.ys.length !== plan.keys.length) {
      throw new Error(
        `layoutAtlasGraph: the multilevel job needs ${plan.keys.length} positions, got ${arrays?.xs.length ?? "none"}`,
      );
    }
    positions = multilevelPositions(plan, arrays);
  } else {
    positions = simulate(graph, coauthors, isolated, discs, seed, plan.iterations, onProgress);
  }
  placePapersAndDiscs(graph, isolated, discs, positions, streamFor(seed, PLACEMENT_STREAM));

  positions.forEach((p, key) => {
    const xy = { x: round(p.x), y: round(p.y) };
    graph.mergeNodeAttributes(key, xy);
    if (coauthors.graph?.hasNode(key)) coauthors.graph.mergeNodeAttributes(key, xy);
  });
  onProgress?.(1);
}

type Point = { x: number; y: number };

/** Radius of the sunflower disc that holds `n` authors. */
function discRadius(n: number): number {
  return DISC_SPACING * Math.sqrt(n + 1);
}

/**
 * Authors whose every paper is over the cap, grouped by the first of those papers (graph
 * order): each group becomes a disc around its paper.
 */
function groupDiscs(graph: AtlasGraph, isolated: Set<string>): Map<string, string[]> {
  const discs = new Map<string, string[]>();
  for (const author of isolated) {
    const anchor = graph.neighbors(author)[0];
    if (anchor === undefined) continue;
    const list = discs.get(anchor);
    if (list) list.push(author);
    else discs.set(anchor, [author]);
  }
  return discs;
}

/**
 * Run d3-force on the projection's linked authors, plus one large node per disc paper (its
 * radius reserves room for the disc, and weak links tie it to its other authors, so the disc
 * sits beside its collaborators instead of on top of them). Returns their positions.
 */
function simulate(
  graph: AtlasGraph,
  coauthors: ProjectionView,
  isolated: Set<string>,
  discs: Map<string, string[]>,
  seed: number,
  iterations: number,
  onProgress: ((fraction: number) => void) | undefined,
): Map<string, Point> {
  const rng = streamFor(seed, LAYOUT_STREAM);
  const nodes: LayoutNode[] = [];
  const index = new Map<string, number>();
  coauthors.forEachAuthor((key, attrs) => {
    if (isolated.has(key)) return;
    index.set(key, nodes.length);
    nodes.push({ key, radius: attrs.size > 1 ? attrs.size : authorSize(attrs.paperCount) });
  });
  const anchorLinks: LayoutLink[] = [];
  discs.forEach((authors, paper) => {
    const i = nodes.length;
    const radius = discRadius(authors.length) + DISC_SPACING;
    nodes.push({ key: paper, radius });
    graph.forEachNeighbor(paper, (author) => {
      const j = index.get(author);
      if (j !== undefined) anchorLinks.push({ source: i, target: j, weight: 1 });
    });
  });
  // Seeded start in a disc whose area grows with the node count.
  const startRadius = LINK_DISTANCE * Math.sqrt(nodes.length + 1);
  for (const node of nodes) {
    const r = startRadius * Math.sqrt(rng());
    const a = 2 * Math.PI * rng();
    node.x = r * Math.cos(a);
    node.y = r * Math.sin(a);
  }
  const links: LayoutLink[] = [];
  const linkCount = new Array<number>(nodes.length).fill(0);
  coauthors.forEachLink((source, target, weight) => {
    const s = index.get(source);
    const t = index.get(target);
    if (s === undefined || t === undefined) return;
    links.push({ source: s, target: t, weight });
    linkCount[s] = (linkCount[s] ?? 0) + 1;
    linkCount[t] = (linkCount[t] ?? 0) + 1;
  });

  // d3's default link strength (1 / smaller degree) scaled by the joint papers, capped at 1,
  // so frequent collaborators sit closer without hubs pulling everything into a knot.
  const strength = (link: LayoutLink): number => {
    const s = linkCount[(link.source as LayoutNode).index ?? 0] ?? 1;
    const t = linkCount[(link.target as LayoutNode).index ?? 0] ?? 1;
    return Math.min(1, link.weight / Math.max(1, Math.min(s, t)));
  };
  const simulation = forceSimulation<LayoutNode, LayoutLink>()
    // forceSimulation starts a d3-timer; stop it at once: ticks run only through tick() below.
    .stop()
    .randomSource(rng)
    .nodes(nodes)
    .force(
      "link",
      forceLink<LayoutNode, LayoutLink>(links).distance(LINK_DISTANCE).strength(strength),
    )
    .force(
      "anchor",
      forceLink<LayoutNode, LayoutLink>(anchorLinks).distance(
        (l) => (l.source as LayoutNode).radius + LINK_DISTANCE,
      ),
    )
    .force("charge", forceManyBody<LayoutNode>().strength(-60))
    .force(
      "collide",
      forceCollide<LayoutNode>((d) => d.radius + 1),
    )
    .force("x", forceX<LayoutNode>(0).strength(0.04))
    .force("y", forceY<LayoutNode>(0).strength(0.04));
  if (iterations > 0) simulation.alphaDecay(1 - simulation.alphaMin() ** (1 / iterations));
  const step = Math.max(1, Math.ceil(iterations / PROGRESS_STEPS));
  for (let done = 0; done < iterations; done += step) {
    simulation.tick(Math.min(step, iterations - done));
    onProgress?.(Math.min(1, (done + step) / iterations) * 0.95);
  }

  const positions = new Map<string, Point>();
  for (const node of nodes) positions.set(node.key, { x: node.x ?? 0, y: node.y ?? 0 });
  return positions;
}

/**
 * The multilevel engine's job on the same nodes and links as `simulate` (linked authors, one
 * node per disc paper tied to its other authors). `iterations`, when given, is the finest
 * level's iteration count (coarser levels get more); otherwise the engine's own default.
 */
function planMultilevel(plan: AtlasLayoutPlan, iterations: number | undefined): void {
  const { graph, coauthors, isolated, discs, keys, sources, targets, onProgress } = plan;
  const index = new Map<string, number>();
  coauthors.forEachAuthor((key) => {
    if (isolated.has(key)) return;
    index.set(key, keys.length);
    keys.push(key);
  });
  const weights: number[] = [];
  coauthors.forEachLink((source, target, weight) => {
    const s = index.get(source);
    const t = index.get(target);
    if (s === undefined || t === undefined) return;
    sources.push(s);
    targets.push(t);
    weights.push(weight > 0 ? weight : 1);
  });
  plan.coauthorLinks = sources.length;
  discs.forEach((_authors, paper) => {
    const i = keys.length;
    keys.push(paper);
    graph.forEachNeighbor(paper, (author) => {
      const j = index.get(author);
      if (j === undefined) return;
      sources.push(i);
      targets.push(j);
      weights.push(1);
    });
  });
  plan.multilevel = {
    csr: csrFromEdgeList(keys, sources, targets, weights),
    options: {
      seed: plan.seed,
      iterations,
      onProgress: onProgress ? (p) => onProgress(p.fraction * 0.95) : undefined,
    },
  };
}

/**
 * The multilevel engine's positions scaled so the mean coauthor link is LINK_DISTANCE long
 * and centred on the origin, the frame the paper and disc placement expect.
 */
function multilevelPositions(plan: AtlasLayoutPlan, arrays: LayoutArrays): Map<string, Point> {
  const { keys, sources, targets, coauthorLinks } = plan;
  const { xs, ys } = arrays;
  // Scale: mean coauthor link length → LINK_DISTANCE; centre: the mean position → origin.
  let length = 0;
  for (let e = 0; e < coauthorLinks; e++) {
    const s = sources[e] as number;
    const t = targets[e] as number;
    length += Math.hypot(
      (xs[s] as number) - (xs[t] as number),
      (ys[s] as number) - (ys[t] as number),
    );
  }
  const mean = coauthorLinks > 0 ? length / coauthorLinks : 0;
  const scale = mean > 0 ? LINK_DISTANCE / mean : 1;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < keys.length; i++) {
    cx += xs[i] as number;
    cy += ys[i] as number;
  }
  cx /= Math.max(1, keys.length);
  cy /= Math.max(1, keys.length);
  const positions = new Map<string, Point>();
  keys.forEach((key, i) => {
    positions.set(key, {
      x: ((xs[i] as number) - cx) * scale,
      y: ((ys[i] as number) - cy) * scale,
    });
  });
  return positions;
}

/**
 * Papers near the centroid of their laid-out authors (plus a small seeded offset, so a paper
 * never hides its only author); authors with only over-cap papers in a sunflower disc around
 * their paper (placed by the simulation); papers with no laid-out author on a ring outside.
 */
function placePapersAndDiscs(
  graph: AtlasGraph,
  isolated: Set<string>,
  discs: Map<string, string[]>,
  positions: Map<string, Point>,
  rng: RandomSource,
): void {
  let extent = 0;
  positions.forEach((p) => {
    extent = Math.max(extent, Math.hypot(p.x, p.y));
  });
  graph.forEachNode((paper, attrs) => {
    if (attrs.kind !== "paper" || discs.has(paper)) return;
    let sx = 0;
    let sy = 0;
    let n = 0;
    graph.forEachNeighbor(paper, (author) => {
      const p = positions.get(author);
      if (p && !isolated.has(author)) {
        sx += p.x;
        sy += p.y;
        n++;
      }
    });
    const angle = 2 * Math.PI * rng();
    if (n > 0) {
      const offset = 3 + 3 * rng();
      positions.set(paper, {
        x: sx / n + offset * Math.cos(angle),
        y: sy / n + offset * Math.sin(angle),
      });
    } else {
      const r = extent + LINK_DISTANCE * (2 + rng());
      positions.set(paper, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
    }
  });

  discs.forEach((authors, paper) => {
    const centre = positions.get(paper) ?? { x: 0, y: 0 };
    const turn = 2 * Math.PI * rng();
    authors.forEach((author, i) => {
      const r = DISC_SPACING * Math.sqrt(i + 1);
      const a = turn + i * GOLDEN_ANGLE;
      positions.set(author, { x: centre.x + r * Math.cos(a), y: centre.y + r * Math.sin(a) });
    });
  });
}
