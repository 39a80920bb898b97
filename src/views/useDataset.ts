// Loading datasets: the default profile's prebuilt graph (fetched from the app's own origin) and
// files the user opens or drops (ingested in a worker). Both end in the store's loadGraph.
import type { SerializedAtlasGraph } from "../graph/schema";
import { atlasStore } from "../store/atlasStore";
import { runIngest } from "./ingestClient";

export const DEFAULT_GRAPH_URL = `${import.meta.env.BASE_URL}data/default.graph.json`;

async function fetchDefault(): Promise<SerializedAtlasGraph> {
  const response = await fetch(DEFAULT_GRAPH_URL);
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  return (await response.json()) as SerializedAtlasGraph;
}

/**
 * Fetch and load the default profile's graph; rejects nothing (errors go to the store). With
 * `search`, that link is applied in the same tick as the data, before anything is drawn, so the
 * first frame is already the linked view.
 */
export async function loadDefaultDataset(search?: string): Promise<boolean> {
  const store = atlasStore.getState();
  store.setLoading({ stage: "Loading the default profile", fraction: 0.1 });
  try {
    const serialized = await fetchDefault();
    atlasStore.getState().setLoading({ stage: "Preparing the network", fraction: 0.6 });
    atlasStore.getState().loadGraph(serialized, "default");
    if (search !== undefined) atlasStore.getState().applyUrl(search);
    return true;
  } catch (error) {
    atlasStore.getState().setError({
      file: "data/default.graph.json",
      line: null,
      reason: error instanceof Error ? error.message : String(error),
    });
    return false;
  }
}

/** Ingest opened or dropped files in the worker and load the result. */
export function openFiles(files: File[]): void {
  const usable = files.filter(
    (f) => /\.(txt|bib|bibtex|json)$/i.test(f.name) || f.type === "text/plain",
  );
  if (usable.length === 0) {
    atlasStore.getState().setError({
      file: files[0]?.name ?? "",
      line: null,
      reason:
        "expected a profile export (.txt) and optionally BibTeX (.bib) and identities (.json) files",
    });
    return;
  }
  atlasStore.getState().setLoading({ stage: "Starting", fraction: 0 });
  runIngest(usable, {
    onProgress: (stage, fraction) => atlasStore.getState().setLoading({ stage, fraction }),
    onResult: ({ serialized, files: names }) => {
      try {
        atlasStore.getState().loadGraph(serialized, names.join(", "));
      } catch (error) {
        atlasStore.getState().setError({
          file: names.join(", "),
          line: null,
          reason: error instanceof Error ? error.message : String(error),
        });
      }
    },
    onError: (error) => atlasStore.getState().setError(error),
  });
}
