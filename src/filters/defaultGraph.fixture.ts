// Test fixture: the default profile and its BibTeX through the real ingestion pipeline, as the
// app receives it (serialized), built once per test file.
import { readFileSync } from "node:fs";
import { type IngestResult, ingestFiles } from "../filesToGraph/ingestFiles";
import { prepareAtlasGraph } from "../graph/appGraph";
import type { SerializedAtlasGraph } from "../graph/schema";

export const AS_OF = "2026-11-28";
const PROFILE = "data/profiles/jiaming-song.txt";
const BIB = "data/bib/jiaming-song.bib";

let cached: IngestResult | null = null;

/** The ingestion result for the default data (graph, serialized form, summary). */
export function defaultIngest(): IngestResult {
  cached ??= ingestFiles(
    [
      { name: PROFILE, text: readFileSync(PROFILE, "utf8") },
      { name: BIB, text: readFileSync(BIB, "utf8") },
    ],
    { asOf: AS_OF },
  );
  return cached;
}

/** A fresh copy of the serialized default graph (reducers may keep references to it). */
export function defaultSerialized(): SerializedAtlasGraph {
  return structuredClone(defaultIngest().serialized);
}

/** The default graph prepared for the app. */
export function defaultAppGraph() {
  return prepareAtlasGraph(defaultSerialized());
}
