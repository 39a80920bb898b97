// The graphs the browser cases load into the app: the seeded synthetic profiles of
// bench/generate.ts run through the real ingestion pipeline (so the app reads exactly what a
// user's files would give it), laid out with the multilevel layout (the d3 ticks of the ingest
// are skipped: at 50k nodes they would take many minutes and change nothing the benchmark
// measures but the picture). Written once per size and seed under bench/out/browser-data/ and
// reused, since ingesting 50k nodes takes minutes on a shared two-core machine.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ingestFiles } from "../../src/filesToGraph/ingestFiles";
import { buildCoauthorGraph } from "../../src/graph/coauthors";
import { streamFor } from "../../src/graph/random";
import type { SerializedAtlasGraph } from "../../src/graph/schema";
import { multilevelLayout } from "../../src/layout/multilevel";
import { generateCorpus } from "../generate";

export const AS_OF = "2026-11-28";

export interface AppGraphFile {
  /** Served path, e.g. `/bench/data/synthetic-10k-s1.graph.json`. */
  url: string;
  path: string;
  nodes: number;
  edges: number;
  papers: number;
  bytes: number;
}

/** Papers that give about `nodes` graph nodes (papers plus authors: ~1.84 nodes per paper). */
export function papersForNodes(nodes: number): number {
  return Math.max(20, Math.round(nodes / 1.84));
}

/** Ingest a synthetic corpus of `papers` papers and lay it out; returns the serialized graph. */
export function syntheticAppGraph(papers: number, seed: number): SerializedAtlasGraph {
  const corpus = generateCorpus({ papers, seed, asOf: AS_OF });
  const { graph } = ingestFiles(corpus.files, { asOf: AS_OF, seed, iterations: 0 });
  const coauthors = buildCoauthorGraph(graph);
  const positions = multilevelLayout(coauthors, { seed });
  // Scale to the ingest layout's units (a one-paper link is about 30 long), so sizes and
  // label spacing look as they do on real data.
  let sum = 0;
  let count = 0;
  coauthors.forEachEdge((_e, _a, s, t) => {
    const p = positions[s];
    const q = positions[t];
    if (p && q) {
      sum += Math.hypot(p.x - q.x, p.y - q.y);
      count++;
    }
  });
  const scale = count > 0 && sum > 0 ? (30 * count) / sum : 1;
  const round = (v: number) => Math.round(v * 100) / 100;
  for (const [key, p] of Object.entries(positions)) {
    graph.mergeNodeAttributes(key, { x: round(p.x * scale), y: round(p.y * scale) });
  }
  // Papers at the centroid of their laid-out authors; authors only on hyperauthored papers in a
  // small seeded scatter around their first paper.
  const rng = streamFor(seed, 11);
  graph.forEachNode((key, attrs) => {
    if (attrs.kind !== "paper") return;
    let x = 0;
    let y = 0;
    let k = 0;
    for (const a of graph.neighbors(key)) {
      const p = positions[a];
      if (!p) continue;
      x += p.x * scale;
      y += p.y * scale;
      k++;
    }
    if (k > 0) graph.mergeNodeAttributes(key, { x: round(x / k), y: round(y / k) });
  });
  graph.forEachNode((key, attrs) => {
    if (attrs.kind !== "author" || positions[key]) return;
    const anchor = graph.neighbors(key)[0];
    const base = anchor ? graph.getNodeAttributes(anchor) : { x: 0, y: 0 };
    const angle = rng() * 2 * Math.PI;
    const r = 10 + rng() * 40;
    graph.mergeNodeAttributes(key, {
      x: round(base.x + r * Math.cos(angle)),
      y: round(base.y + r * Math.sin(angle)),
    });
  });
  return graph.export() as SerializedAtlasGraph;
}

/**
 * The synthetic graph of about `nodes` nodes for `seed`, from the cache folder when it is there.
 * `dataDir` is served at `/bench/data/`.
 */
export function ensureAppGraph(
  dataDir: string,
  name: string,
  nodes: number,
  seed: number,
  log?: (line: string) => void,
): AppGraphFile {
  const papers = papersForNodes(nodes);
  const file = `${name}-p${papers}-s${seed}.graph.json`;
  const path = join(dataDir, file);
  if (!existsSync(path)) {
    log?.(`  generating ${file} (ingest + layout of ${papers} synthetic papers)...`);
    const start = performance.now();
    const serialized = syntheticAppGraph(papers, seed);
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(`${path}.tmp`, JSON.stringify(serialized));
    renameSync(`${path}.tmp`, path);
    log?.(`  generated in ${((performance.now() - start) / 1000).toFixed(0)} s`);
  }
  const text = readFileSync(path, "utf8");
  const parsed = JSON.parse(text) as SerializedAtlasGraph;
  return {
    url: `/bench/data/${file}`,
    path,
    nodes: parsed.nodes.length,
    edges: parsed.edges.length,
    papers: parsed.nodes.filter((n) => n.attributes?.kind === "paper").length,
    bytes: Buffer.byteLength(text),
  };
}
