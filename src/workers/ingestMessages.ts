// Messages between the page and the ingest worker. Plain data only: they cross postMessage.
import type { SerializedAtlasGraph } from "../graph/schema";

export interface IngestRequest {
  type: "ingest";
  /** Dropped or opened files; the worker reads their text so the page never blocks on it. */
  files: File[];
  /** Each file's name as shown (its path inside an opened folder); default `File.name`. */
  names?: string[];
  /** ISO date (YYYY-MM-DD) the page considers "today": years missing from the export are inferred from it. */
  asOf: string;
}

export interface IngestProgress {
  type: "progress";
  stage: string;
  /** 0..1 */
  fraction: number;
  /** The file being read, for per-file progress (`3 of 120: lab/member.bib`). */
  detail?: string;
}

export interface IngestResult {
  type: "result";
  serialized: SerializedAtlasGraph;
  /** Names of the files that went in, for the status line. */
  files: string[];
  /** Files left out, each with its reason (the others loaded). */
  failures: FileFailure[];
  /** The inputs' content hash (networks/inputHash.ts): the network's `local:` key. */
  hash: string;
}

/** A file that could not be read: its name, the line where there is one, and why. */
export interface FileFailure {
  file: string;
  line: number | null;
  reason: string;
}

export interface IngestFailure {
  type: "error";
  file: string;
  line: number | null;
  reason: string;
  /** Every file that failed, when several did (the first is the one named above). */
  failures?: FileFailure[];
}

export type IngestResponse = IngestProgress | IngestResult | IngestFailure;
