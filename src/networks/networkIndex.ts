// The list of networks a static site serves (`data/index.json`): one entry per published graph,
// with what the network picker shows. Written by `npm run ingest -- --publish NAME`, read by the
// app at run time, so a network added to a built site needs no rebuild. Pure: no I/O here.

import type { SerializedAtlasGraph } from "../graph/schema";
import { InputError } from "../ingest/errors";

export interface NetworkEntry {
  /** The `data=NAME` value and the file name stem (`NAME.graph.json`). */
  name: string;
  title: string;
  owners: string[];
  papers: number;
  authors: number;
  /** The date the exports were taken. */
  asOf: string;
}

export interface NetworkIndex {
  /** Name of the network shown when a link names none. */
  default: string;
  networks: NetworkEntry[];
}

/** The name of the network the app ships with. */
export const DEFAULT_NETWORK = "default";

/** Lowercase letters, digits, `-` and `_`, starting with a letter or digit: safe in a URL and a file name. */
export const NETWORK_NAME_RE = /^[a-z0-9][a-z0-9_-]{0,63}$/;

export function isNetworkName(name: string): boolean {
  return NETWORK_NAME_RE.test(name);
}

/** What a picker entry reads of a graph: its attributes and its nodes' attributes. */
export type NetworkEntrySource = Pick<SerializedAtlasGraph, "attributes" | "nodes">;

/** The picker entry for a graph: owners from its profiles, counts from its nodes. */
export function networkEntry(
  name: string,
  serialized: NetworkEntrySource,
  title?: string,
): NetworkEntry {
  const attributes = serialized.attributes;
  const owners = [...new Set((attributes?.profiles ?? []).map((p) => p.owner))];
  let papers = 0;
  let authors = 0;
  for (const node of serialized.nodes) {
    if (node.attributes?.kind === "paper") papers++;
    else if (node.attributes?.kind === "author") authors++;
  }
  return {
    name,
    title: title ?? (owners.length > 0 ? owners.join(", ") : name),
    owners,
    papers,
    authors,
    asOf: attributes?.asOf ?? "",
  };
}

/** Add `entry`, or replace the entry of the same name where it stands; the default is kept. */
export function upsertNetwork(index: NetworkIndex | null, entry: NetworkEntry): NetworkIndex {
  const current = index ?? { default: entry.name, networks: [] };
  const at = current.networks.findIndex((n) => n.name === entry.name);
  const networks =
    at === -1
      ? [...current.networks, entry]
      : current.networks.map((n, i) => (i === at ? entry : n));
  return { default: current.default, networks };
}

function fail(file: string, reason: string): never {
  throw new InputError(file, null, reason);
}

function readEntry(value: unknown, i: number, file: string): NetworkEntry {
  if (typeof value !== "object" || value === null) fail(file, `networks[${i}] is not an object`);
  const v = value as Record<string, unknown>;
  if (typeof v.name !== "string" || !isNetworkName(v.name)) {
    fail(file, `networks[${i}].name must be lowercase letters, digits, - or _`);
  }
  const num = (key: string) => (typeof v[key] === "number" ? (v[key] as number) : 0);
  const str = (key: string) => (typeof v[key] === "string" ? (v[key] as string) : "");
  const owners = Array.isArray(v.owners)
    ? v.owners.filter((o): o is string => typeof o === "string")
    : [];
  return {
    name: v.name,
    title: str("title") || v.name,
    owners,
    papers: num("papers"),
    authors: num("authors"),
    asOf: str("asOf"),
  };
}

/** Read `index.json`; a malformed file gives one InputError naming it and the reason. */
export function parseNetworkIndex(text: string, file: string): NetworkIndex {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    fail(file, `not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    fail(file, "expected an object with a networks list");
  }
  const d = data as Record<string, unknown>;
  if (!Array.isArray(d.networks)) fail(file, "expected an object with a networks list");
  const networks = d.networks.map((n, i) => readEntry(n, i, file));
  const names = new Set<string>();
  for (const n of networks) {
    if (names.has(n.name)) fail(file, `network ${n.name} is listed twice`);
    names.add(n.name);
  }
  const fallback = networks[0]?.name ?? DEFAULT_NETWORK;
  const def = typeof d.default === "string" && names.has(d.default) ? d.default : fallback;
  return { default: def, networks };
}
