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
  // Every file is read by its content; hidden files of an opened folder (`.DS_Store`) are no input.
  const usable = files.filter((f) => !isHidden(shownName(f)));
  if (usable.length === 0) {
    atlasStore.getState().setError({
      file: files[0]?.name ?? "",
      line: null,
      reason:
        "no file to read: open a profile export, BibTeX, RIS, CSL-JSON, DBLP person XML or OpenAlex works",
    });
    return;
  }
  atlasStore.getState().setLoading({ stage: "Starting", fraction: 0 });
  runIngest(
    usable,
    {
      onProgress: (stage, fraction) => atlasStore.getState().setLoading({ stage, fraction }),
      onResult: ({ serialized, files: names, failures }) => {
        try {
          atlasStore.getState().loadGraph(serialized, names.join(", "));
          for (const text of failureNotices(failures)) atlasStore.getState().addNotice(text);
        } catch (error) {
          atlasStore.getState().setError({
            file: names.join(", "),
            line: null,
            reason: error instanceof Error ? error.message : String(error),
          });
        }
      },
      onError: ({ file, line, reason, failures }) => {
        const others = (failures?.length ?? 1) - 1;
        atlasStore.getState().setError({
          file,
          line,
          reason: others > 0 ? `${reason} (and ${others} more files could not be read)` : reason,
        });
      },
    },
    usable.map(shownName),
  );
}

/** A file's name as the user knows it: its path inside an opened folder, else its name. */
function shownName(file: File): string {
  return file.webkitRelativePath || file.name;
}

function isHidden(path: string): boolean {
  return path.split("/").some((part) => part.startsWith("."));
}

/** Most failures listed one by one; the rest are counted in one more notice. */
const LISTED_FAILURES = 8;

/** The notices for files left out of a load: one per file, then a count of the rest. */
export function failureNotices(
  failures: readonly { file: string; line: number | null; reason: string }[],
): string[] {
  const listed = failures
    .slice(0, LISTED_FAILURES)
    .map((f) => `Skipped ${f.line === null ? f.file : `${f.file}:${f.line}`}: ${f.reason}`);
  const rest = failures.length - listed.length;
  if (rest > 0) listed.push(`Skipped ${rest} more files that could not be read`);
  return listed;
}
