// Loading datasets: the network a link names (networkLoader.ts: hosted, kept in this browser or
// remote), saved network files, and profile / BibTeX files the user opens or drops (ingested in
// a worker). All end in the store's loadGraph, and only the latest load may (ingestClient.ts
// hands out the tickets); Cancel stops the running one.
import { looksLikeIdentitiesFile } from "../ingest/identitiesFile";
import { atlasStore } from "../store/atlasStore";
import { runIngest, takeLoadTicket } from "./ingestClient";
import {
  openDefaultNetwork,
  openNetwork,
  openNetworkFile,
  showOpenedNetwork,
} from "./networkLoader";

/**
 * Load the default profile's graph; rejects nothing (errors go to the store). With `search`,
 * that link is opened instead (its `data` network, its view), in the same tick as the data,
 * before anything is drawn, so the first frame is already the linked view.
 */
export function loadDefaultDataset(search?: string): Promise<boolean> {
  return search === undefined ? openDefaultNetwork() : openNetwork(search);
}

/**
 * Cancel the load in progress (Cancel button, Escape): its worker is terminated, a fetch's
 * result is dropped, and the network that was showing stays (or the empty page, when none was).
 */
export function cancelLoad(): void {
  if (atlasStore.getState().status !== "loading") return;
  // A new ticket terminates the worker and makes the running load's outcome stale (a network
  // on its way over the wire is dropped when it arrives).
  takeLoadTicket();
  atlasStore.getState().cancelLoading();
  atlasStore.getState().addNotice("Loading cancelled.");
}

/** Ingest opened or dropped files in the worker and load the result. */
export function openFiles(files: File[]): void {
  const jsons = files.filter((f) => /\.json$/i.test(f.name));
  if (jsons.length === 0) {
    ingestOpened(files);
    return;
  }
  // A .json is a saved network, unless it is an identities file (decisions for the ingest).
  void Promise.all(
    jsons.map(async (f) => looksLikeIdentitiesFile(await f.slice(0, 4096).text())),
  ).then((identities) => {
    const saved = jsons.find((_f, i) => !identities[i]);
    if (saved) void openNetworkFile(saved);
    else ingestOpened(files);
  });
}

function ingestOpened(files: File[]): void {
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
  const ticket = takeLoadTicket();
  atlasStore.getState().setLoading({ stage: "read", fraction: 0 });
  runIngest(usable, ticket, {
    onProgress: (stage, fraction) => atlasStore.getState().setLoading({ stage, fraction }),
    onResult: ({ serialized, files: names, hash }) => {
      try {
        showOpenedNetwork(serialized, names, hash);
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
