// A saved network (`<name>.atlas.json`): the graph in the data contract (README, "Graph data
// contract") plus `view`, the view as the query string a link would carry. A bare graph from
// the CLI is the same thing without `view`, so one reader opens both. Pure: text in, text out.
import type { SerializedAtlasGraph } from "../graph/schema";
import { InputError } from "../ingest/errors";

/** Contract versions this app reads: 1 (first round) and 2 (additions only). */
export const READABLE_SCHEMA_VERSIONS: readonly number[] = [1, 2];
export const NETWORK_FILE_SUFFIX = ".atlas.json";

export interface OpenedNetwork {
  serialized: SerializedAtlasGraph;
  /** The saved view as a query string (no `?`), or null for a bare graph. */
  view: string | null;
}

/** The saved file's text: the graph's own fields first, then `view`. */
export function writeNetworkFile(serialized: SerializedAtlasGraph, view: string): string {
  return JSON.stringify({ ...serialized, view });
}

function fail(file: string, reason: string): never {
  throw new InputError(file, null, reason);
}

/**
 * Read a saved network or a bare CLI graph. Anything else (not JSON, not a graph, a contract
 * version this app does not read) throws one InputError naming the file and the reason.
 */
export function readNetworkFile(text: string, file: string): OpenedNetwork {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    fail(file, "not JSON: expected a saved network (.atlas.json) or a graph from npm run ingest");
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    fail(file, "not a network: expected an object with attributes, nodes and edges");
  }
  const d = data as Record<string, unknown>;
  const attributes = d.attributes as Record<string, unknown> | undefined;
  if (
    typeof attributes !== "object" ||
    attributes === null ||
    !Array.isArray(d.nodes) ||
    !Array.isArray(d.edges)
  ) {
    fail(file, "not a network: expected an object with attributes, nodes and edges");
  }
  const version = attributes.schemaVersion;
  if (typeof version !== "number" || !Number.isInteger(version)) {
    fail(file, "no schemaVersion: not a Coauthor Atlas graph");
  }
  const newest = Math.max(...READABLE_SCHEMA_VERSIONS);
  if (version > newest) {
    fail(
      file,
      `schemaVersion ${version} is newer than this app reads (up to ${newest}): update Coauthor Atlas`,
    );
  }
  if (!READABLE_SCHEMA_VERSIONS.includes(version)) {
    fail(
      file,
      `schemaVersion ${version} is not one this app reads (${READABLE_SCHEMA_VERSIONS.join(", ")})`,
    );
  }
  for (const [i, node] of (d.nodes as unknown[]).entries()) {
    const key = (node as { key?: unknown } | null)?.key;
    if (typeof key !== "string") fail(file, `node ${i} has no key`);
  }
  const view = typeof d.view === "string" ? d.view.replace(/^\?/, "") : null;
  const { view: _saved, ...graph } = d;
  return { serialized: graph as unknown as SerializedAtlasGraph, view };
}

/** A file-name stem from a network's name: lowercase words joined by `-`, accents folded. */
export function fileStem(name: string): string {
  const stem = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return stem === "" ? "network" : stem;
}
