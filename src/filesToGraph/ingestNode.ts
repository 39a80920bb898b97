// The ingestion pipeline for Node (the CLI): the same stages and the same bytes as
// `ingestFiles`, but a graph large enough for the multilevel engine is laid out in a Node
// worker thread, so the calling thread stays free to report progress; the corpus extract lays
// out the same way. Node only: the page's Web Worker imports ingestFiles.ts, never this file
// (it pulls in node:worker_threads).
import type { AtlasGraph } from "../graph/schema";
import {
  completeAtlasLayout,
  type LayoutOptions,
  type Projection,
  planAtlasLayout,
} from "../layout/forceLayout";
import { multilevelLayoutCsrInWorker } from "../layout/multilevelInWorker";
import {
  finishIngestUnserialized,
  type IngestOptions,
  type IngestResult,
  type InputFile,
  prepareIngest,
} from "./ingestFiles";

/**
 * `ingestFiles` with the multilevel layout (coauthor graphs above MULTILEVEL_THRESHOLD
 * authors) in a worker thread; smaller graphs keep d3-force on this thread. Rejects as
 * `ingestFiles` throws (InputError for an unusable file). No serialized copy: the caller
 * writes the graph (`graphJsonChunks` gives `ingestFiles`' serialized bytes).
 */
export async function ingestFilesAsync(
  files: InputFile[],
  options: IngestOptions,
): Promise<Omit<IngestResult, "serialized">> {
  const prepared = prepareIngest(files, options);
  await layoutAtlasGraphInWorker(prepared.graph, prepared.coauthors, prepared.layout);
  return finishIngestUnserialized(prepared);
}

/**
 * `layoutAtlasGraph(graph, projection, options)` with its multilevel part (coauthor graphs above
 * the multilevel threshold) in a worker thread: the same positions. Smaller graphs keep d3-force
 * on this thread.
 */
export async function layoutAtlasGraphInWorker(
  graph: AtlasGraph,
  projection: Projection,
  options: LayoutOptions = {},
): Promise<void> {
  const plan = planAtlasLayout(graph, projection, options);
  const arrays = plan.multilevel
    ? await multilevelLayoutCsrInWorker(plan.multilevel.csr, plan.multilevel.options)
    : undefined;
  completeAtlasLayout(plan, arrays);
}
