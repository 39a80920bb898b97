// Networks built from the user's own files, kept in this browser (IndexedDB through idb) so a
// reload or a `data=local:<hash>` link finds them again. Two object stores: the small summaries
// the "Recent networks" list reads, and the graphs themselves, read only when one is opened.
// Every call rejects with a KeepError whose message says what failed in words a user can act on
// (private mode, storage full); callers show it and carry on with the network in memory.
import { type DBSchema, type IDBPDatabase, openDB } from "idb";
import type { SerializedAtlasGraph } from "../graph/schema";

export interface KeptNetworkSummary {
  /** The input files' hash (inputHash.ts): the `local:` key. */
  hash: string;
  name: string;
  /** Names of the files it was built from. */
  files: string[];
  /** ISO timestamp of the last time it was opened. */
  savedAt: string;
  papers: number;
  authors: number;
}

interface KeptSchema extends DBSchema {
  summaries: { key: string; value: KeptNetworkSummary; indexes: { savedAt: string } };
  graphs: { key: string; value: { hash: string; serialized: SerializedAtlasGraph } };
}

const DB_NAME = "coauthor-atlas";
const DB_VERSION = 1;

export class KeepError extends Error {}

function explain(error: unknown): string {
  const name = error instanceof DOMException ? error.name : "";
  if (name === "QuotaExceededError") return "the browser's storage for this site is full";
  if (name === "InvalidStateError" || name === "SecurityError" || name === "UnknownError") {
    return "this browser does not allow storage here (private window?)";
  }
  return error instanceof Error ? error.message : String(error);
}

let db: Promise<IDBPDatabase<KeptSchema>> | null = null;

function open(): Promise<IDBPDatabase<KeptSchema>> {
  if (typeof indexedDB === "undefined") {
    return Promise.reject(new KeepError("this browser has no IndexedDB storage"));
  }
  db ??= openDB<KeptSchema>(DB_NAME, DB_VERSION, {
    upgrade(database) {
      const summaries = database.createObjectStore("summaries", { keyPath: "hash" });
      summaries.createIndex("savedAt", "savedAt");
      database.createObjectStore("graphs", { keyPath: "hash" });
    },
  }).catch((error) => {
    db = null;
    throw new KeepError(explain(error));
  });
  return db;
}

async function guarded<T>(run: (database: IDBPDatabase<KeptSchema>) => Promise<T>): Promise<T> {
  const database = await open();
  try {
    return await run(database);
  } catch (error) {
    throw error instanceof KeepError ? error : new KeepError(explain(error));
  }
}

/** Keep (or refresh) a network; resolves when both records are written. */
export function keepNetwork(
  summary: KeptNetworkSummary,
  serialized: SerializedAtlasGraph,
): Promise<void> {
  return guarded(async (database) => {
    const tx = database.transaction(["summaries", "graphs"], "readwrite");
    await Promise.all([
      tx.objectStore("graphs").put({ hash: summary.hash, serialized }),
      tx.objectStore("summaries").put(summary),
      tx.done,
    ]);
  });
}

/** The kept network with this hash, or null. */
export function findKeptNetwork(
  hash: string,
): Promise<{ summary: KeptNetworkSummary; serialized: SerializedAtlasGraph } | null> {
  return guarded(async (database) => {
    const tx = database.transaction(["summaries", "graphs"], "readonly");
    const [summary, graph] = await Promise.all([
      tx.objectStore("summaries").get(hash),
      tx.objectStore("graphs").get(hash),
    ]);
    await tx.done;
    return summary && graph ? { summary, serialized: graph.serialized } : null;
  });
}

/** Summaries of every kept network, most recent first. */
export function listKeptNetworks(): Promise<KeptNetworkSummary[]> {
  return guarded(async (database) => {
    const all = await database.getAllFromIndex("summaries", "savedAt");
    return all.reverse();
  });
}

export function forgetNetwork(hash: string): Promise<void> {
  return guarded(async (database) => {
    const tx = database.transaction(["summaries", "graphs"], "readwrite");
    await Promise.all([
      tx.objectStore("summaries").delete(hash),
      tx.objectStore("graphs").delete(hash),
      tx.done,
    ]);
  });
}

export function forgetAllNetworks(): Promise<void> {
  return guarded(async (database) => {
    const tx = database.transaction(["summaries", "graphs"], "readwrite");
    await Promise.all([
      tx.objectStore("summaries").clear(),
      tx.objectStore("graphs").clear(),
      tx.done,
    ]);
  });
}
