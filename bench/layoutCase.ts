// Layout case: one synthetic coauthor graph laid out by our multilevel layout, by d3-force with
// its default forces and by graphology's ForceAtlas2 with Barnes-Hut. Each baseline runs in
// chunks; after each chunk the neighbourhood preservation of its positions is measured (outside
// the timed part) and the run stops once quality has stopped improving (or converged, or hit a
// time cap). A baseline's time is its time to its best quality, so it is never charged for
// iterations that did not help.
import { createRequire } from "node:module";
import {
  forceCenter,
  forceLink,
  forceManyBody,
  forceSimulation,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from "d3-force";
import type Graph from "graphology";
import forceAtlas2 from "graphology-layout-forceatlas2";
import { mulberry32 } from "../src/graph/random";
import { multilevelLayout } from "../src/layout/multilevel";
import { multilevelLayoutInWorker } from "../src/layout/multilevelInWorker";
import { neighbourhoodPreservation, type Positions } from "../src/layout/quality";
import { type BenchRecord, ratioOf } from "./results";
import { median, timeMs } from "./stats";

// graphology's FA2 rebuilds its matrices (and resets every node's convergence) on each call;
// its own iterate/helpers keep the state across chunks, as one long run would.
const require = createRequire(import.meta.url);
const fa2Iterate = require("graphology-layout-forceatlas2/iterate.js") as (
  settings: object,
  nodes: Float32Array,
  edges: Float32Array,
) => void;
const fa2Helpers = require("graphology-layout-forceatlas2/helpers.js") as {
  graphToByteArrays: (
    graph: Graph,
    weight: (edge: string, attributes: Record<string, unknown>) => number,
  ) => { nodes: Float32Array; edges: Float32Array };
};
const fa2Defaults = require("graphology-layout-forceatlas2/defaults.js") as object;
const FA2_PPN = 10; // floats per node in FA2's node matrix

export interface BaselineRun {
  name: string;
  /** Best quality seen and the layout time (not counting quality checks) to reach it. */
  quality: number;
  msToBest: number;
  stepsToBest: number;
  steps: number;
  totalMs: number;
  /** Why the run stopped. */
  stop: "plateau" | "converged" | "time cap" | "step cap";
  /** [steps, ms, quality] after each chunk. */
  trace: [number, number, number][];
}

export interface BaselineLimits {
  chunk: number;
  maxSteps: number;
  capMs: number;
  /** Chunks without a gain of at least `minGain` before a plateau is declared. */
  patience: number;
  minGain: number;
}

export interface LayoutCaseOptions {
  /** Case name (`1k`, `seed-profile`). */
  name: string;
  graph: Graph;
  /** Also time one run in a Node worker thread (start-up and transfers included). */
  worker: boolean;
  seed: number;
  runs: number;
  sample: number;
  fa2: BaselineLimits;
  d3: BaselineLimits;
  log?: (line: string) => void;
}

const quality = (graph: Graph, positions: Positions, sample: number) =>
  neighbourhoodPreservation(graph, positions, { sample, seed: 7 });

/** Drive a chunked layout until its quality plateaus, it converges or it hits a cap. */
function chase(
  name: string,
  limits: BaselineLimits,
  step: (steps: number) => boolean,
  measure: () => number,
  log?: (line: string) => void,
): BaselineRun {
  const trace: [number, number, number][] = [];
  let best = Number.NEGATIVE_INFINITY;
  let msToBest = 0;
  let stepsToBest = 0;
  let totalMs = 0;
  let steps = 0;
  let stale = 0;
  let stop: BaselineRun["stop"] = "step cap";
  while (steps < limits.maxSteps) {
    const n = Math.min(limits.chunk, limits.maxSteps - steps);
    const { ms, value: converged } = timeMs(() => step(n));
    totalMs += ms;
    steps += n;
    const q = measure();
    trace.push([steps, Math.round(totalMs), Number(q.toFixed(4))]);
    if (q > best + limits.minGain) stale = 0;
    else stale++;
    if (q > best) {
      best = q;
      msToBest = totalMs;
      stepsToBest = steps;
    }
    log?.(`  ${name}: ${steps} steps, ${(totalMs / 1000).toFixed(1)} s, quality ${q.toFixed(4)}`);
    if (converged) {
      stop = "converged";
      break;
    }
    if (stale >= limits.patience) {
      stop = "plateau";
      break;
    }
    if (totalMs >= limits.capMs) {
      stop = "time cap";
      break;
    }
  }
  return { name, quality: best, msToBest, stepsToBest, steps, totalMs, stop, trace };
}

/** ForceAtlas2 (graphology, Barnes-Hut, settings inferred for the graph) from seeded random places. */
export function runForceAtlas2(
  graph: Graph,
  seed: number,
  sample: number,
  limits: BaselineLimits,
  log?: (line: string) => void,
): BaselineRun {
  const rng = mulberry32(seed);
  const side = Math.sqrt(graph.order) * 10;
  graph.forEachNode((node) => {
    graph.mergeNodeAttributes(node, { x: rng() * side, y: rng() * side });
  });
  const settings = { ...fa2Defaults, ...forceAtlas2.inferSettings(graph), barnesHutOptimize: true };
  const { nodes: matrix, edges } = fa2Helpers.graphToByteArrays(graph, (_e, a) =>
    typeof a.weight === "number" ? a.weight : 1,
  );
  const keys = graph.nodes();
  const positions = (): Positions => {
    const out: Positions = {};
    for (let i = 0; i < keys.length; i++) {
      out[keys[i] as string] = {
        x: matrix[i * FA2_PPN] as number,
        y: matrix[i * FA2_PPN + 1] as number,
      };
    }
    return out;
  };
  return chase(
    "forceatlas2",
    limits,
    (n) => {
      for (let i = 0; i < n; i++) fa2Iterate(settings, matrix, edges);
      return false;
    },
    () => quality(graph, positions(), sample),
    log,
  );
}

interface D3Node extends SimulationNodeDatum {
  key: string;
}

/** d3-force with its default forces (link, many-body, centre), seeded, ticked by hand. */
export function runD3Force(
  graph: Graph,
  seed: number,
  sample: number,
  limits: BaselineLimits,
  log?: (line: string) => void,
): BaselineRun {
  const nodes: D3Node[] = graph.nodes().map((key) => ({ key }));
  const index = new Map(nodes.map((d, i) => [d.key, i]));
  const links: SimulationLinkDatum<D3Node>[] = graph.mapEdges((_e, _a, s, t) => ({
    source: index.get(s) as number,
    target: index.get(t) as number,
  }));
  const simulation = forceSimulation(nodes)
    .randomSource(mulberry32(seed))
    .force("link", forceLink(links))
    .force("charge", forceManyBody())
    .force("center", forceCenter())
    .stop();
  const positions = (): Positions => {
    const out: Positions = {};
    for (const d of nodes) out[d.key] = { x: d.x ?? 0, y: d.y ?? 0 };
    return out;
  };
  return chase(
    "d3-force",
    limits,
    (n) => {
      simulation.tick(n);
      return simulation.alpha() < simulation.alphaMin();
    },
    () => quality(graph, positions(), sample),
    log,
  );
}

/** Our layout: median time of `runs` runs (same seed, same result) and its quality. */
export function runOurs(graph: Graph, seed: number, runs: number, sample: number) {
  const times: number[] = [];
  let positions: Positions = {};
  for (let r = 0; r < runs; r++) {
    const { ms, value } = timeMs(() => multilevelLayout(graph, { seed }));
    times.push(ms);
    positions = value;
  }
  return { ms: median(times), times, positions, quality: quality(graph, positions, sample) };
}

/** One run in a worker thread: wall time as the caller sees it, and whether it agrees. */
async function runOursInWorker(
  graph: Graph,
  seed: number,
  expected: Positions,
): Promise<{ ms: number | null; same: boolean | null; error: string | null }> {
  const start = performance.now();
  try {
    const positions = await multilevelLayoutInWorker(graph, { seed });
    const ms = performance.now() - start;
    const same = graph.everyNode((node) => {
      const a = positions[node];
      const b = expected[node];
      return a !== undefined && b !== undefined && a.x === b.x && a.y === b.y;
    });
    return { ms, same, error: null };
  } catch (error) {
    // A worker that cannot start is a finding for the record, not a reason to lose the run.
    return { ms: null, same: null, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The whole case for one size: a record against ForceAtlas2 and one against d3-force. */
export async function runLayoutCase(options: LayoutCaseOptions): Promise<BenchRecord[]> {
  const { graph, name, seed, runs, sample, log } = options;
  const authors = graph.order;
  log?.(`layout ${name}: ${graph.order} authors, ${graph.size} links`);
  const ours = runOurs(graph, seed, runs, sample);
  log?.(
    `  ours: ${(ours.ms / 1000).toFixed(2)} s (median of ${runs}), quality ${ours.quality.toFixed(4)}`,
  );
  const worker = options.worker ? await runOursInWorker(graph, seed, ours.positions) : null;
  if (worker) {
    log?.(
      worker.error === null
        ? `  ours in a worker thread: ${((worker.ms ?? 0) / 1000).toFixed(2)} s, same positions: ${worker.same}`
        : `  ours in a worker thread failed: ${worker.error}`,
    );
  }
  const fa2 = runForceAtlas2(graph, seed, sample, options.fa2, log);
  const d3 = runD3Force(graph, seed, sample, options.d3, log);

  const size = `${authors.toLocaleString("en-US")} authors, ${graph.size.toLocaleString("en-US")} links`;
  const record = (run: BaselineRun, baseline: string, goal: BenchRecord["goal"]): BenchRecord => ({
    case: `layout/${name}/vs-${run.name}`,
    group: "layout",
    size,
    n: authors,
    runs,
    ours_ms: ours.ms,
    baseline,
    baseline_ms: run.msToBest,
    ratio: ratioOf(ours.ms, run.msToBest),
    quality: { metric: "neighbourhood preservation", ours: ours.quality, baseline: run.quality },
    goal,
    extra: {
      baseline_steps_to_best: run.stepsToBest,
      baseline_steps: run.steps,
      baseline_total_ms: run.totalMs,
      baseline_stop: run.stop,
      baseline_cap_ms: run.name === "forceatlas2" ? options.fa2.capMs : options.d3.capMs,
      baseline_trace: run.trace.map((t) => t.join(":")).join(" "),
      ours_times_ms: ours.times.map((t) => Math.round(t)).join(", "),
      ours_worker_ms: worker ? worker.ms : null,
      ours_worker_same_positions: worker ? worker.same : null,
      ours_worker_error: worker ? worker.error : null,
      sample,
    },
    notes:
      run.stop === "time cap"
        ? [
            `${run.name} hit its ${Math.round((run.name === "forceatlas2" ? options.fa2.capMs : options.d3.capMs) / 1000)} s cap before its quality stopped improving; its time is a lower bound`,
          ]
        : [],
  });
  const goalMet = ours.quality >= fa2.quality && ours.ms * 3 <= fa2.msToBest;
  return [
    record(
      fa2,
      "graphology-layout-forceatlas2 0.10.1, Barnes-Hut, inferred settings, to its best quality",
      {
        text: "quality >= ForceAtlas2's best, in <= 1/3 of its time to that quality (judged at 10k and 50k)",
        met: authors >= 10_000 ? goalMet : null,
      },
    ),
    record(
      d3,
      "d3-force 3.0.1, default forces, to its best quality (at most its 300 ticks to alphaMin)",
      null,
    ),
  ];
}
