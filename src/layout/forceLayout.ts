// Seeded force layout, computed at ingest so the app paints at once. d3-force lays out the
// coauthor projection (weighted links, many-body repulsion, collision, a gentle pull to the
// centre that keeps separate components in view); papers then sit near the centroid of their
// authors, and authors whose only papers are over the hyperauthor cap (no coauthor links)
// fill a small disc around that paper. Same graph + seed → identical positions: the random
// source and the initial placement are seeded and the ticks run synchronously.
//
// The engine is an implementation detail behind `layoutAtlasGraph(graph, coauthors, options)`,
// so a faster one (multilevel, typed arrays, a worker) can replace it without touching callers.
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
import type { AtlasGraph } from "../graph/build";
import type { CoauthorGraph } from "../graph/coauthors";
import { isolatedUnderCap } from "../graph/coauthors";
import { DEFAULT_SEED, type RandomSource, streamFor } from "../graph/random";

export interface LayoutOptions {
  seed?: number;
  /** Simulation ticks (default 300, d3's own count from alpha 1 to alphaMin). */
  iterations?: number;
  /** Called with 0…1 as the ticks run (synchronously, in a few steps). */
  onProgress?: (fraction: number) => void;
}

export const DEFAULT_ITERATIONS = 300;
/** Ideal length of a one-paper coauthor link, in layout units. */
const LINK_DISTANCE = 30;
/** Spacing of the disc of authors around a paper over the cap. */
const DISC_SPACING = 4;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
const LAYOUT_STREAM = 2;
const PLACEMENT_STREAM = 3;
const PROGRESS_STEPS = 10;

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
 * author nodes of `coauthors` (its projection, built with the same cap).
 */
export function layoutAtlasGraph(
  graph: AtlasGraph,
  coauthors: CoauthorGraph,
  options: LayoutOptions = {},
): void {
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
    if (attrs.kind === "author" && coauthors.hasNode(key)) {
      coauthors.setNodeAttribute(key, "size", round(size));
    }
  });

  // The cap comes from the graph's own attribute, as it did for the projection.
  const isolated = new Set(isolatedUnderCap(graph));
  const discs = groupDiscs(graph, isolated);
  const positions = simulate(graph, coauthors, isolated, discs, seed, iterations, onProgress);
  placePapersAndDiscs(graph, isolated, discs, positions, streamFor(seed, PLACEMENT_STREAM));

  positions.forEach((p, key) => {
    const xy = { x: round(p.x), y: round(p.y) };
    graph.mergeNodeAttributes(key, xy);
    if (coauthors.hasNode(key)) coauthors.mergeNodeAttributes(key, xy);
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
  coauthors: CoauthorGraph,
  isolated: Set<string>,
  discs: Map<string, string[]>,
  seed: number,
  iterations: number,
  onProgress: ((fraction: number) => void) | undefined,
): Map<string, Point> {
  const rng = streamFor(seed, LAYOUT_STREAM);
  const nodes: LayoutNode[] = [];
  const index = new Map<string, number>();
  coauthors.forEachNode((key, attrs) => {
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
  coauthors.forEachEdge((_key, attrs, source, target) => {
    const s = index.get(source);
    const t = index.get(target);
    if (s === undefined || t === undefined) return;
    links.push({ source: s, target: t, weight: attrs.weight });
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
