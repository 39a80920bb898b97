// Multilevel force-directed layout for large coauthor graphs: coarsen the graph into a pyramid
// of ever smaller graphs, lay out the smallest (a few dozen nodes, where a force layout finds
// the global shape cheaply), then step back down, placing each node at its group's position and
// refining with a few iterations of a spring-electrical model (Barnes-Hut repulsion, typed
// arrays). Each level starts from a good placement, so the finest level needs few iterations.
// Seeded (mulberry32) and free of timers, so the same graph and seed give the same positions;
// pure, so it runs in Node, a Node worker thread, a Web Worker or the page alike.
import type Graph from "graphology";
import { DEFAULT_SEED, streamFor } from "../graph/random";
import { BarnesHut } from "./barnesHut";
import { coarsen, type Level } from "./coarsen";
import { type Csr, graphToCsr } from "./csr";

export type Positions = Record<string, { x: number; y: number }>;

export interface MultilevelProgress {
  /** Level being refined: levels - 1 is the coarsest, 0 the graph itself. */
  level: number;
  levels: number;
  /** Share of the estimated work done, 0..1. */
  fraction: number;
}

export interface MultilevelOptions {
  seed?: number;
  /** Edge attribute read as the tie strength; default "weight" (absent means 1). */
  weightAttribute?: string | null;
  /** Stop coarsening at this many nodes; default 50. */
  coarsestSize?: number;
  /** Iterations at the finest level; coarser levels get more (they are cheap). Default 50. */
  iterations?: number;
  /** Barnes-Hut opening angle; larger is faster and coarser. Default 1. */
  theta?: number;
  /** Repulsion strength relative to the springs; default 0.2. */
  repulsion?: number;
  /** Pull toward the centre, keeping separate components in view; default 0.02. */
  gravity?: number;
  /**
   * Spring force grows as distance^exponent: 2 is Fruchterman-Reingold, 1 ForceAtlas2, 0
   * LinLog. Default 0.5: between ForceAtlas2 and LinLog, communities pull together without
   * collapsing (measured best for neighbourhood preservation on coauthor graphs, bench/README).
   */
  attractionExponent?: number;
  /** Charge of each node: 1, or weighted degree + 1 as in ForceAtlas2 (hubs get room). Default "degree". */
  charge?: "unit" | "degree";
  /** Step multiplier per iteration on top of the adaptive step, so each level settles. Default 0.93. */
  cooling?: number;
  onProgress?: (progress: MultilevelProgress) => void;
}

export interface LayoutArrays {
  xs: Float64Array;
  ys: Float64Array;
}

/** Lay out `graph` and return a position for every node (graph order is kept). */
export function multilevelLayout(graph: Graph, options: MultilevelOptions = {}): Positions {
  const csr = graphToCsr(graph, { weightAttribute: options.weightAttribute });
  const { xs, ys } = multilevelLayoutCsr(csr, options);
  const out: Positions = {};
  for (let i = 0; i < csr.nodes.length; i++) {
    out[csr.nodes[i] as string] = { x: xs[i] as number, y: ys[i] as number };
  }
  return out;
}

/** Lay out `graph` and write `x` and `y` on every node. */
export function assignMultilevelLayout(graph: Graph, options: MultilevelOptions = {}): void {
  const positions = multilevelLayout(graph, options);
  graph.updateEachNodeAttributes((node, attributes) => {
    const p = positions[node] as { x: number; y: number };
    return { ...attributes, x: p.x, y: p.y };
  });
}

/** The layout on CSR arrays (what a worker receives); positions are indexed like csr.nodes. */
export function multilevelLayoutCsr(
  csr: Pick<Csr, "offsets" | "targets" | "weights">,
  options: MultilevelOptions = {},
): LayoutArrays {
  const seed = options.seed ?? DEFAULT_SEED;
  const coarsestSize = options.coarsestSize ?? 50;
  const fineIterations = options.iterations ?? 50;
  const theta = options.theta ?? 1;
  const repulsion = options.repulsion ?? 0.2;
  const gravity = options.gravity ?? 0.02;
  const cooling = options.cooling ?? 0.93;
  if (!(cooling > 0 && cooling <= 1)) {
    throw new Error(`multilevel: cooling must be in (0, 1], got ${cooling}`);
  }
  for (const [name, value] of [
    ["coarsestSize", coarsestSize],
    ["iterations", fineIterations],
    ["theta", theta],
    ["repulsion", repulsion],
    ["gravity", gravity],
  ] as const) {
    if (!Number.isFinite(value) || value < 0) {
      throw new Error(`multilevel: ${name} must be a non-negative number, got ${value}`);
    }
  }
  const n = csr.offsets.length - 1;
  if (n <= 0) return { xs: new Float64Array(0), ys: new Float64Array(0) };

  const rng = streamFor(seed, 7);
  const finest: Level = {
    n,
    offsets: csr.offsets,
    targets: csr.targets,
    weights: csr.weights,
    size: new Float64Array(n).fill(1),
    charge: new Float64Array(n).fill(1),
  };
  if ((options.charge ?? "degree") === "degree") {
    for (let i = 0; i < n; i++) {
      let d = 0;
      for (let e = csr.offsets[i] as number; e < (csr.offsets[i + 1] as number); e++)
        d += csr.weights[e] as number;
      finest.charge[i] = d + 1;
    }
  }
  const exponent = options.attractionExponent ?? 0.5;
  const levels: Level[] = [finest];
  const parents: Int32Array[] = [];
  for (;;) {
    const top = levels[levels.length - 1] as Level;
    if (top.n <= coarsestSize) break;
    const { coarse, parent } = coarsen(top, rng);
    // A level that barely shrinks (many isolated nodes, star-heavy remnants) is not worth it.
    if (coarse.n > 0.9 * top.n) break;
    levels.push(coarse);
    parents.push(parent);
  }

  const iterationsAt = (l: number) => {
    const size = (levels[l] as Level).n;
    // The coarsest level starts from random places and needs many iterations; it is small
    // unless coarsening stalled, and then it gets fewer.
    if (l === levels.length - 1)
      return Math.max(fineIterations, size <= 1000 ? 300 : 2 * fineIterations);
    // Small levels cost little: give them more iterations, the finest gets `iterations`.
    return Math.round(fineIterations * Math.min(4, Math.max(1, Math.sqrt(n / size) / 2)));
  };
  let totalWork = 0;
  for (let l = 0; l < levels.length; l++) totalWork += (levels[l] as Level).n * iterationsAt(l);
  let doneWork = 0;

  const tree = new BarnesHut(n);
  const fx = new Float64Array(n);
  const fy = new Float64Array(n);
  const coarsest = levels[levels.length - 1] as Level;
  let xs = new Float64Array(coarsest.n);
  let ys = new Float64Array(coarsest.n);
  const spread = Math.sqrt(coarsest.n) * 2;
  for (let i = 0; i < coarsest.n; i++) {
    xs[i] = (rng() - 0.5) * spread;
    ys[i] = (rng() - 0.5) * spread;
  }
  let step = spread / 10;

  for (let l = levels.length - 1; l >= 0; l--) {
    const level = levels[l] as Level;
    if (l < levels.length - 1) {
      // Prolongate: every node starts at its group's place, nudged apart from its group mates.
      const parent = parents[l] as Int32Array;
      const length = meanEdgeLength(levels[l + 1] as Level, xs, ys);
      const jitter = length * 0.25;
      const nx = new Float64Array(level.n);
      const ny = new Float64Array(level.n);
      for (let i = 0; i < level.n; i++) {
        const g = parent[i] as number;
        const angle = rng() * 2 * Math.PI;
        const r = jitter * Math.sqrt(rng());
        nx[i] = (xs[g] as number) + r * Math.cos(angle);
        ny[i] = (ys[g] as number) + r * Math.sin(angle);
      }
      xs = nx;
      ys = ny;
      step = length * 0.5;
    }
    const iterations = iterationsAt(l);
    refine(level, xs, ys, fx, fy, tree, {
      iterations,
      step,
      theta,
      repulsion,
      gravity,
      exponent,
      decay: cooling,
    });
    doneWork += level.n * iterations;
    options.onProgress?.({ level: l, levels: levels.length, fraction: doneWork / totalWork });
  }
  return { xs, ys };
}

interface RefineParams {
  iterations: number;
  step: number;
  theta: number;
  repulsion: number;
  gravity: number;
  exponent: number;
  decay: number;
}

/**
 * Spring-electrical refinement (Fruchterman-Reingold forces: springs pull w*d^2, charges push
 * C*q_i*q_j/d) with Hu's adaptive step: every node moves `step` along its net force; the step
 * grows while the energy keeps falling and shrinks when it rises.
 */
function refine(
  level: Level,
  xs: Float64Array,
  ys: Float64Array,
  fx: Float64Array,
  fy: Float64Array,
  tree: BarnesHut,
  params: RefineParams,
): void {
  const { n, offsets, targets, weights, charge } = level;
  const { iterations, theta, repulsion, gravity, exponent } = params;
  const half = (exponent - 1) / 2;
  let step = params.step;
  let energy0 = Number.POSITIVE_INFINITY;
  let progress = 0;
  const cool = 0.9;
  for (let it = 0; it < iterations; it++) {
    fx.fill(0, 0, n);
    fy.fill(0, 0, n);
    tree.build(n, xs, ys, charge);
    tree.accumulate(n, xs, ys, charge, repulsion, theta, fx, fy);
    let cx = 0;
    let cy = 0;
    for (let i = 0; i < n; i++) {
      cx += xs[i] as number;
      cy += ys[i] as number;
    }
    cx /= n;
    cy /= n;
    for (let i = 0; i < n; i++) {
      const xi = xs[i] as number;
      const yi = ys[i] as number;
      let ax = 0;
      let ay = 0;
      for (let e = offsets[i] as number, end = offsets[i + 1] as number; e < end; e++) {
        const j = targets[e] as number;
        const dx = (xs[j] as number) - xi;
        const dy = (ys[j] as number) - yi;
        const d2 = dx * dx + dy * dy;
        const f =
          (weights[e] as number) * (half === 0.5 ? Math.sqrt(d2) : half === 0 ? 1 : d2 ** half);
        ax += dx * f;
        ay += dy * f;
      }
      const gx = cx - xi;
      const gy = cy - yi;
      const gd = Math.sqrt(gx * gx + gy * gy);
      if (gd > 0) {
        const g = (gravity * (charge[i] as number)) / gd;
        ax += gx * g;
        ay += gy * g;
      }
      fx[i] = (fx[i] as number) + ax;
      fy[i] = (fy[i] as number) + ay;
    }
    let energy = 0;
    for (let i = 0; i < n; i++) {
      const ax = fx[i] as number;
      const ay = fy[i] as number;
      const f2 = ax * ax + ay * ay;
      if (f2 > 0) {
        const f = Math.sqrt(f2);
        xs[i] = (xs[i] as number) + (step * ax) / f;
        ys[i] = (ys[i] as number) + (step * ay) / f;
        energy += f2;
      }
    }
    if (energy < energy0) {
      progress++;
      if (progress >= 5) {
        progress = 0;
        step /= cool;
      }
    } else {
      progress = 0;
      step *= cool;
    }
    energy0 = energy;
    step *= params.decay;
  }
}

function meanEdgeLength(level: Level, xs: Float64Array, ys: Float64Array): number {
  let total = 0;
  let count = 0;
  for (let i = 0; i < level.n; i++) {
    for (let e = level.offsets[i] as number, end = level.offsets[i + 1] as number; e < end; e++) {
      const j = level.targets[e] as number;
      const dx = (xs[j] as number) - (xs[i] as number);
      const dy = (ys[j] as number) - (ys[i] as number);
      total += Math.sqrt(dx * dx + dy * dy);
      count++;
    }
  }
  return count > 0 ? total / count : 1;
}
