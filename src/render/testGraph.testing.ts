// Test fixture for the view modules: the real default profile + BibTeX from data/, ingested
// (few layout ticks: positions only need to exist) and prepared as the app graph. Node-only.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { ingestFiles } from "../filesToGraph/ingestFiles";
import { type AppGraph, prepareAtlasGraph } from "../graph/appGraph";

const read = (path: string) =>
  readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), "utf8");

let cached: AppGraph | null = null;

/** A fresh copy each call (tests may move nodes); ingestion runs once per test file. */
export function realAppGraph(): AppGraph {
  if (!cached) {
    const { serialized } = ingestFiles(
      [
        { name: "data/profiles/jiaming-song.txt", text: read("data/profiles/jiaming-song.txt") },
        { name: "data/bib/jiaming-song.bib", text: read("data/bib/jiaming-song.bib") },
      ],
      { asOf: "2026-11-28", iterations: 5 },
    );
    cached = prepareAtlasGraph(serialized);
  }
  return cached.copy() as AppGraph;
}
