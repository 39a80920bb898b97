// Loading datasets: the default profile's prebuilt graph (fetched from the app's own origin) and
// files the user opens or drops (ingested in a worker). Both end in the store's loadGraph, and
// only the latest load may (ingestClient.ts hands out the tickets); Cancel stops the running one.
import type { SerializedAtlasGraph } from "../graph/schema";
import { atlasStore } from "../store/atlasStore";
import { isLatestLoad, runIngest, takeLoadTicket } from "./ingestClient";

export const DEFAULT_GRAPH_URL = `${import.meta.env.BASE_URL}data/default.graph.json`;

// The default profile's fetch in flight, aborted by Cancel.
let pendingFetch: AbortController | null = null;

async function fetchDefault(signal: AbortSignal): Promise<SerializedAtlasGraph> {
  const response = await fetch(DEFAULT_GRAPH_URL, { signal });
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  return (await response.json()) as SerializedAtlasGraph;
}

/**
 * Fetch and load the default profile's graph; rejects nothing (errors go to the store). With
 * `search`, that link is applied in the same tick as the data, before anything is drawn, so the
 * first frame is already the linked view.
 */
export async function loadDefaultDataset(search?: string): Promise<boolean> {
  const ticket = takeLoadTicket();
  const abort = new AbortController();
  pendingFetch = abort;
  const store = atlasStore.getState();
  store.setLoading({ stage: "Loading the default profile", fraction: 0.1 });
  try {
    const serialized = await fetchDefault(abort.signal);
    // A newer load or Cancel came while the file was on its way: it owns the store now.
    if (!isLatestLoad(ticket)) return false;
    atlasStore.getState().setLoading({ stage: "Preparing the network", fraction: 0.6 });
    atlasStore.getState().loadGraph(serialized, "default");
    if (search !== undefined) atlasStore.getState().applyUrl(search);
    return true;
  } catch (error) {
    if (!isLatestLoad(ticket)) return false;
    atlasStore.getState().setError({
      file: "data/default.graph.json",
      line: null,
      reason: error instanceof Error ? error.message : String(error),
    });
    return false;
  }
}

/**
 * Cancel the load in progress (Cancel button, Escape): its worker is terminated, its fetch
 * aborted, and the network that was showing stays (or the empty page, when none was).
 */
export function cancelLoad(): void {
  if (atlasStore.getState().status !== "loading") return;
  takeLoadTicket();
  pendingFetch?.abort();
  pendingFetch = null;
  atlasStore.getState().cancelLoading();
  atlasStore.getState().addNotice("Loading cancelled.");
}

/** Ingest opened or dropped files in the worker and load the result. */
export function openFiles(files: File[]): void {
  const usable = files.filter(
    (f) => /\.(txt|bib|bibtex)$/i.test(f.name) || f.type === "text/plain",
  );
  if (usable.length === 0) {
    atlasStore.getState().setError({
      file: files[0]?.name ?? "",
      line: null,
      reason: "expected a profile export (.txt) and optionally BibTeX files (.bib)",
    });
    return;
  }
  const ticket = takeLoadTicket();
  atlasStore.getState().setLoading({ stage: "Starting", fraction: 0 });
  runIngest(usable, ticket, {
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
