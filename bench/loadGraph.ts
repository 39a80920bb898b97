// The store's loadGraph, stage by stage, at the default graph and the synthetic 10k and 50k
// graphs the browser cases load, against the straightforward construction (reference app graph
// and filter index) in the same run. Runs alternate between the two; each stage reports the
// median and best of the runs, wall clock and the process's CPU time (the machine is shared, so
// CPU time is the steadier figure). Also checks, once per graph, that both give the identical
// app graph and filter index.
//
//   npx tsx bench/loadGraph.ts                 # default, 10k, 50k; 5 runs each (3 at 50k)
//   npx tsx bench/loadGraph.ts --runs 9 --sizes default,10k --no-check
//   node --expose-gc --import tsx bench/loadGraph.ts   # collect garbage between runs
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { buildFilterIndex, type FilterIndex } from "../src/filters/filterIndex";
import { referenceFilterIndex } from "../src/filters/filterIndexReference.testing";
import { searchIndex } from "../src/filters/search";
import { computeVisibility } from "../src/filters/visibility";
import { type AppGraph, prepareAtlasGraphOrdered } from "../src/graph/appGraph";
import { referenceAtlasGraph } from "../src/graph/appGraphReference.testing";
import type { SerializedAtlasGraph } from "../src/graph/schema";
import { INITIAL_STATE, loadGraph, sanitizeView } from "../src/store/reducers";
import { ensureAppGraph } from "./browserCases/appGraphData";

const DATA_DIR = join("bench", "out", "browser-data");
const DEFAULT_GRAPH = join("public", "data", "default.graph.json");

interface Args {
  runs: number | null;
  sizes: string[];
  check: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { runs: null, sizes: ["default", "10k", "50k"], check: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--runs") args.runs = Number(argv[++i]);
    else if (a === "--sizes") args.sizes = String(argv[++i]).split(",");
    else if (a === "--no-check") args.check = false;
    else throw new Error(`bench/loadGraph: unknown argument ${a}`);
  }
  if (args.runs !== null && !(Number.isInteger(args.runs) && args.runs > 0)) {
    throw new Error("bench/loadGraph: --runs takes a positive integer");
  }
  return args;
}

function readGraph(size: string): SerializedAtlasGraph {
  if (size === "default") {
    if (!existsSync(DEFAULT_GRAPH)) {
      throw new Error(`bench/loadGraph: ${DEFAULT_GRAPH} is missing; run \`npm run data\``);
    }
    return JSON.parse(readFileSync(DEFAULT_GRAPH, "utf8")) as SerializedAtlasGraph;
  }
  const nodes = { "10k": 10_000, "50k": 50_000 }[size];
  if (nodes === undefined) throw new Error(`bench/loadGraph: unknown size ${size}`);
  const file = ensureAppGraph(DATA_DIR, `synthetic-${size}`, nodes, 1, (l) => console.log(l));
  return JSON.parse(readFileSync(file.path, "utf8")) as SerializedAtlasGraph;
}

/** Wall and CPU milliseconds of one call. */
interface Sample {
  wall: number;
  cpu: number;
}

function timed<T>(samples: Sample[], fn: () => T): T {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const out = fn();
  const wall = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  samples.push({ wall, cpu: (cpu.user + cpu.system) / 1000 });
  return out;
}

const STAGES = ["graph", "index", "search", "visibility", "loadGraph"] as const;
type Stage = (typeof STAGES)[number];
type Timings = Record<Stage, Sample[]>;

function emptyTimings(): Timings {
  return { graph: [], index: [], search: [], visibility: [], loadGraph: [] };
}

/** The stages as the reducer runs them, with either construction. */
function runStages(serialized: SerializedAtlasGraph, t: Timings, reference: boolean): void {
  const start = process.cpuUsage();
  const t0 = performance.now();
  let graph: AppGraph;
  let index: FilterIndex;
  if (reference) {
    graph = timed(t.graph, () => referenceAtlasGraph(serialized));
    index = timed(t.index, () => referenceFilterIndex(graph));
  } else {
    const prepared = timed(t.graph, () => prepareAtlasGraphOrdered(serialized));
    graph = prepared.graph;
    index = timed(t.index, () => buildFilterIndex(prepared.graph, prepared.order));
  }
  timed(t.search, () => searchIndex(graph));
  timed(t.visibility, () => {
    const { view } = sanitizeView(INITIAL_STATE.view, index);
    return computeVisibility(index, view);
  });
  const cpu = process.cpuUsage(start);
  t.loadGraph.push({ wall: performance.now() - t0, cpu: (cpu.user + cpu.system) / 1000 });
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

function fmt(samples: Sample[]): string {
  const wall = samples.map((s) => s.wall);
  const cpu = samples.map((s) => s.cpu);
  const ms = (v: number) => v.toFixed(0).padStart(5);
  return `${ms(median(wall))} ${ms(Math.min(...wall))} ${ms(median(cpu))} ${ms(Math.min(...cpu))}`;
}

/** Same nodes, edges, keys, attributes and order, including each node's own edge order. */
function sameGraphs(a: AppGraph, b: AppGraph): boolean {
  if (!isDeepStrictEqual(a.export(), b.export())) return false;
  return isDeepStrictEqual(
    a.mapNodes((k) => a.edges(k)),
    b.mapNodes((k) => b.edges(k)),
  );
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const gc = (globalThis as { gc?: () => void }).gc;
  console.log(
    `loadGraph stages, ms: median and best of the runs, wall then CPU${gc ? " (gc between runs)" : ""}`,
  );
  for (const size of args.sizes) {
    const serialized = readGraph(size);
    const runs = args.runs ?? (size === "50k" ? 3 : 5);
    if (args.check) {
      const { graph, order } = prepareAtlasGraphOrdered(serialized);
      const ref = referenceAtlasGraph(serialized);
      const graphOk = sameGraphs(graph, ref);
      const indexOk = isDeepStrictEqual(buildFilterIndex(graph, order), referenceFilterIndex(ref));
      if (!graphOk || !indexOk) {
        throw new Error(`bench/loadGraph: ${size}: the fast build differs from the reference`);
      }
    }
    // The store's own action once, as the app calls it (and as a warm-up).
    const state = loadGraph(INITIAL_STATE, serialized, size);
    const graph = state.graph as AppGraph;
    console.log(
      `\n${size}: ${graph.order} nodes, ${graph.size} edges in the app graph` +
        `${args.check ? " (identical to the reference)" : ""}; ${runs} runs`,
    );
    const ours = emptyTimings();
    const base = emptyTimings();
    for (let r = 0; r < runs; r++) {
      gc?.();
      runStages(serialized, base, true);
      gc?.();
      runStages(serialized, ours, false);
    }
    console.log(
      `  ${"stage".padEnd(11)} ${"reference: wall  best   cpu  best".padEnd(34)} ours: wall  best   cpu  best   ratio (median cpu)`,
    );
    for (const stage of STAGES) {
      const ratio = median(base[stage].map((s) => s.cpu)) / median(ours[stage].map((s) => s.cpu));
      console.log(
        `  ${stage.padEnd(11)} ${fmt(base[stage]).padEnd(34)} ${fmt(ours[stage])}   ${ratio.toFixed(1)}x`,
      );
    }
  }
}

main();
