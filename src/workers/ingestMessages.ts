// Messages between the page and the ingest worker. Plain data only: they cross postMessage.
import type { SerializedAtlasGraph } from "../graph/schema";

export interface IngestRequest {
  type: "ingest";
  /** Dropped or opened files; the worker reads their text so the page never blocks on it. */
  files: File[];
  /** ISO date (YYYY-MM-DD) the page considers "today": years missing from the export are inferred from it. */
  asOf: string;
}

export interface IngestProgress {
  type: "progress";
  stage: string;
  /** 0..1 */
  fraction: number;
}

export interface IngestResult {
  type: "result";
  serialized: SerializedAtlasGraph;
  /** Names of the files that went in, for the status line. */
  files: string[];
  /** The inputs' content hash (networks/inputHash.ts): the network's `local:` key. */
  hash: string;
}

export interface IngestFailure {
  type: "error";
  file: string;
  line: number | null;
  reason: string;
}

export type IngestResponse = IngestProgress | IngestResult | IngestFailure;
