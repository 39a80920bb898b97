// End-to-end case: the whole CLI on a 10k-paper corpus (cliCase.ts, one fresh process) against
// ForceAtlas2 alone (graphology, Barnes-Hut, layoutCase.ts's chunked run to its best quality) on
// the CLI's own output graph: every author and paper node and every authorship edge. Both are
// judged on that full graph by neighbourhood preservation (src/layout/quality.ts).
import { readFileSync } from "node:fs";
import Graph from "graphology";
import { neighbourhoodPreservation, type Positions } from "../src/layout/quality";
import { runCliOnce } from "./cliCase";
import { type BaselineLimits, runForceAtlas2 } from "./layoutCase";
import { type BenchRecord, judgedGoal, overBy, ratioOf, underBy } from "./results";

export interface EndToEndOptions {
  papers: number;
  seed: number;
  asOf: string;
  sample: number;
  fa2: BaselineLimits;
  name: string;
  log?: (line: string) => void;
}

interface SerializedGraph {
  nodes: { key: string; attributes?: { x?: number; y?: number } }[];
  edges: { source: string; target: string }[];
}

export function runEndToEndCase(options: EndToEndOptions): BenchRecord {
  options.log?.(`end-to-end ${options.name}: the CLI in a fresh process`);
  const cli = runCliOnce(options.papers, options.seed, options.asOf);
  const file = JSON.parse(readFileSync(cli.out, "utf8")) as SerializedGraph;
  // The output graph as a plain undirected graph: structure and the CLI's positions only.
  const graph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  const ours: Positions = {};
  for (const node of file.nodes) {
    graph.addNode(node.key);
    ours[node.key] = { x: node.attributes?.x ?? 0, y: node.attributes?.y ?? 0 };
  }
  for (const edge of file.edges) {
    if (!graph.hasEdge(edge.source, edge.target)) graph.addEdge(edge.source, edge.target);
  }
  const oursQuality = neighbourhoodPreservation(graph, ours, { sample: options.sample, seed: 7 });
  options.log?.(
    `  ours: ${(cli.wall_ms / 1000).toFixed(1)} s wall (${(cli.cpu_ms / 1000).toFixed(1)} s CPU), quality ${oursQuality.toFixed(4)} on ${graph.order} nodes, ${graph.size} edges`,
  );
  const fa2 = runForceAtlas2(graph, options.seed, options.sample, options.fa2, options.log);
  const ratio = ratioOf(cli.wall_ms, fa2.msToBest);
  const met = ratio !== null && ratio <= 1 / 3 && oursQuality >= fa2.quality;
  return {
    case: `end-to-end/${options.name}`,
    group: "end-to-end",
    size: `${options.papers.toLocaleString("en-US")} papers: ${graph.order.toLocaleString("en-US")} nodes, ${graph.size.toLocaleString("en-US")} edges`,
    n: graph.order,
    runs: 1,
    ours_ms: cli.wall_ms,
    baseline:
      "graphology ForceAtlas2 (Barnes-Hut) alone on the CLI's output graph, time to its best quality",
    baseline_ms: fa2.msToBest,
    ratio,
    quality: { metric: "neighbourhood preservation", ours: oursQuality, baseline: fa2.quality },
    goal: judgedGoal(
      "the whole CLI in <= 1/3 of FA2's time to its best quality, quality >= FA2's best (full author + paper graph)",
      met,
      [
        ratio === null
          ? "no time ratio (FA2 took no time)"
          : overBy("time ratio", ratio, 1 / 3, "", 3),
        underBy("quality", oursQuality, fa2.quality, "", 4),
      ],
    ),
    extra: {
      cli_cpu_ms: cli.cpu_ms,
      fa2_steps_to_best: fa2.stepsToBest,
      fa2_steps: fa2.steps,
      fa2_total_ms: fa2.totalMs,
      fa2_stop: fa2.stop,
      fa2_trace: fa2.trace.map((t) => t.join(":")).join(" "),
    },
    notes: [],
  };
}
