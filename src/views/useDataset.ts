// Loading datasets: the network a link names (networkLoader.ts: hosted, kept in this browser or
// remote), saved network files, and profile / BibTeX files the user opens or drops (ingested in
// a worker). All end in the store's loadGraph, and only the latest load may (ingestClient.ts
// hands out the tickets); Cancel stops the running one.
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

/**
 * Open files the user picked or dropped: a saved network (a graph JSON) opens as it is; any
 * other set is ingested in the worker, each file by its content, and loaded.
 */
/** Open `files` (names: their paths inside a dropped folder; default as the browser names them). */
export function openFiles(files: File[], names?: string[]): void {
  void openFilesByContent(files, names ?? files.map(shownName));
}

/** Whether a JSON file is a saved network or a CLI graph rather than a publication list. */
async function isSavedNetwork(file: File): Promise<boolean> {
  if (!/\.json$/i.test(file.name)) return false;
  const head = await file.slice(0, 65_536).text();
  return /"schemaVersion"\s*:/.test(head) || /"edges"\s*:\s*\[/.test(head);
}

async function openFilesByContent(files: File[], names: string[]): Promise<void> {
  for (const file of files) {
    if (await isSavedNetwork(file)) {
      await openNetworkFile(file);
      return;
    }
  }
  // Every file is read by its content; hidden files of an opened folder (`.DS_Store`) are no input.
  const kept = files.map((_f, i) => i).filter((i) => !isHidden(names[i] as string));
  const usable = kept.map((i) => files[i] as File);
  if (usable.length === 0) {
    atlasStore.getState().setError({
      file: files[0]?.name ?? "",
      line: null,
      reason:
        "no file to read: open a profile export, BibTeX, RIS, CSL-JSON, DBLP person XML or OpenAlex works",
    });
    return;
  }
  const ticket = takeLoadTicket();
  atlasStore.getState().setLoading({ stage: "read", fraction: 0 });
  runIngest(
    usable,
    ticket,
    {
      onProgress: (stage, fraction, detail) =>
        atlasStore.getState().setLoading({ stage, fraction, ...(detail ? { detail } : {}) }),
      onResult: ({ serialized, files: names, hash, failures }) => {
        try {
          showOpenedNetwork(serialized, names, hash);
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
    kept.map((i) => names[i] as string),
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
