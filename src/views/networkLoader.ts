// Opening networks by what a link names (`data`): the default or another hosted network (files
// the site serves from data/, read at run time), a network kept in this browser
// (`local:<hash>`), or a remote graph from an origin the deployer allowed at build time. Also
// what happens after the user opens files: the network is shown, its link gets its key, and it
// is kept in IndexedDB so a reload or the link finds it again. A link's network is never swapped
// for another silently: every fallback to the default says so in a notice.
import type { SerializedAtlasGraph } from "../graph/schema";
import { InputError } from "../ingest/errors";
import { readNetworkFile } from "../networks/bundle";
import { type DataSource, readNetworkLocation } from "../networks/dataParam";
import { fileText, hashDigests, inputDigest } from "../networks/inputHash";
import type { findKeptNetwork } from "../networks/keptNetworks";
import { DEFAULT_NETWORK, networkEntry, parseNetworkIndex } from "../networks/networkIndex";
import { atlasStore } from "../store/atlasStore";
import { networkStore } from "../store/networkStore";
import { isLatestLoad, takeLoadTicket } from "./ingestClient";

declare const __ATLAS_REMOTE_ORIGINS__: string[] | undefined;

/** Origins remote networks may come from (ATLAS_REMOTE_ORIGINS at build time; none by default). */
export const ALLOWED_ORIGINS: readonly string[] =
  typeof __ATLAS_REMOTE_ORIGINS__ === "undefined" ? [] : __ATLAS_REMOTE_ORIGINS__;

const DATA_BASE = `${import.meta.env.BASE_URL}data/`;

/** The graph last shown, as it was read: what "Save network" writes. */
let shownSerialized: SerializedAtlasGraph | null = null;

export function currentSerialized(): SerializedAtlasGraph | null {
  return shownSerialized;
}

function ownersName(serialized: SerializedAtlasGraph, fallback: string): string {
  const owners = [...new Set((serialized.attributes?.profiles ?? []).map((p) => p.owner))];
  return owners.length > 0 ? owners.join(", ") : fallback;
}

interface Shown {
  source: DataSource;
  name: string;
  files: string[];
}

/**
 * Put a network in the store, apply `search` (a link's view) when given, then the notices
 * (applying a link replaces the notice list, so they come last).
 */
function showNetwork(
  serialized: SerializedAtlasGraph,
  shown: Shown,
  search: string | null,
  notices: string[] = [],
  ticket: number | null = null,
): void {
  // A newer load (or Cancel) came while this one was on its way: it owns the store now.
  if (ticket !== null && !isLatestLoad(ticket)) return;
  const atlas = atlasStore.getState();
  const isDefault = shown.source.kind === "hosted" && shown.source.name === DEFAULT_NETWORK;
  // The network's identity first: the URL controller writes both stores' state on load.
  networkStore.setState({ ...shown, missing: null });
  // The store's source line: the files a local network came from, else the network's name.
  const label =
    shown.source.kind === "local" && shown.files.length > 0 ? shown.files.join(", ") : shown.name;
  atlas.loadGraph(serialized, isDefault ? "default" : label);
  shownSerialized = serialized;
  if (search !== null) atlasStore.getState().applyUrl(search);
  for (const text of notices) atlasStore.getState().addNotice(text);
}

async function fetchText(url: string, init?: RequestInit): Promise<string> {
  const response = await fetch(url, init);
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  return response.text();
}

/** Fetch the site's network index for the picker; a site without one lists nothing. */
export async function loadHostedIndex(): Promise<void> {
  if (networkStore.getState().hosted !== null) return;
  try {
    const text = await fetchText(`${DATA_BASE}index.json`);
    networkStore.setState({ hosted: parseNetworkIndex(text, "data/index.json") });
  } catch {
    // No index (an older build): the picker offers the default network only.
  }
}

/** Once the index is in, a hosted network shown before it takes its title from it. */
function nameFromIndex(): void {
  const { source, hosted } = networkStore.getState();
  if (source.kind !== "hosted") return;
  const entry = hosted?.networks.find((n) => n.name === source.name);
  if (entry) networkStore.setState({ name: entry.title });
}

/** Open a hosted network by name; an unknown one falls back to the default, with a notice. */
export async function openHosted(
  name: string,
  search: string | null,
  notices: string[] = [],
  ticket: number = takeLoadTicket(),
): Promise<boolean> {
  const file = `data/${name}.graph.json`;
  atlasStore.getState().setLoading({
    stage: name === DEFAULT_NETWORK ? "Loading the default profile" : `Loading ${name}`,
    fraction: 0.1,
  });
  let serialized: SerializedAtlasGraph;
  try {
    serialized = readNetworkFile(
      await fetchText(`${DATA_BASE}${name}.graph.json`),
      file,
    ).serialized;
  } catch (error) {
    if (!isLatestLoad(ticket)) return false;
    if (name !== DEFAULT_NETWORK) {
      await loadHostedIndex();
      const known = networkStore.getState().hosted?.networks.some((n) => n.name === name);
      const why = known ? `could not be opened (${reason(error)})` : "is not on this site";
      return openHosted(
        DEFAULT_NETWORK,
        null,
        [...notices, `The network "${name}" ${why}: showing the default network`],
        ticket,
      );
    }
    atlasStore.getState().setError({ file, line: null, reason: reason(error, file) });
    return false;
  }
  if (!isLatestLoad(ticket)) return false;
  atlasStore.getState().setLoading({ stage: "Preparing the network", fraction: 0.6 });
  const entry = networkStore.getState().hosted?.networks.find((n) => n.name === name);
  showNetwork(
    serialized,
    {
      source: { kind: "hosted", name },
      name: entry?.title ?? networkEntry(name, serialized).title,
      files: [],
    },
    search,
    notices,
    ticket,
  );
  return true;
}

function reason(error: unknown, file?: string): string {
  if (error instanceof InputError) return file === undefined ? error.message : error.reason;
  return error instanceof Error ? error.message : String(error);
}

/** The browser's kept networks (IndexedDB), loaded when first needed: not before the first frame. */
function keptNetworks() {
  return import("../networks/keptNetworks");
}

async function openLocal(
  hash: string,
  files: string[],
  search: string,
  ticket: number,
): Promise<boolean> {
  let kept: Awaited<ReturnType<typeof findKeptNetwork>> = null;
  let storage: string | null = null;
  try {
    kept = await (await keptNetworks()).findKeptNetwork(hash);
  } catch (error) {
    storage = reason(error);
  }
  if (kept) {
    showNetwork(
      kept.serialized,
      { source: { kind: "local", hash }, name: kept.summary.name, files: kept.summary.files },
      search,
      [],
      ticket,
    );
    return isLatestLoad(ticket);
  }
  const ok = await openHosted(
    DEFAULT_NETWORK,
    null,
    storage === null ? [] : [`This browser's storage could not be read (${storage})`],
    ticket,
  );
  if (!isLatestLoad(ticket)) return false;
  // Shown by the notice area with a button to open the files; the address keeps the link.
  networkStore.setState({ missing: { hash, files, search } });
  return ok;
}

async function openRemote(url: string, search: string, ticket: number): Promise<boolean> {
  atlasStore.getState().setLoading({ stage: `Loading ${url}`, fraction: 0.1 });
  try {
    const text = await fetchText(url, { credentials: "omit", referrerPolicy: "no-referrer" });
    const { serialized } = readNetworkFile(text, url);
    showNetwork(
      serialized,
      { source: { kind: "remote", url }, name: ownersName(serialized, url), files: [] },
      search,
      [],
      ticket,
    );
    return isLatestLoad(ticket);
  } catch (error) {
    if (!isLatestLoad(ticket)) return false;
    return openHosted(
      DEFAULT_NETWORK,
      null,
      [`The network at ${url} could not be opened (${reason(error)}): showing the default network`],
      ticket,
    );
  }
}

/** Open what a link names; resolves false only when not even the default could be shown. */
export function openNetwork(search: string): Promise<boolean> {
  const ticket = takeLoadTicket();
  const location = readNetworkLocation(new URLSearchParams(search), ALLOWED_ORIGINS);
  networkStore.setState({ embed: location.embed });
  const opened = openLocation(location.data, location.files, search, ticket);
  // The picker's list and the networks' titles: fetched once the network is in (the pane draws
  // it first), never waited for.
  void opened.finally(() => loadHostedIndex().then(nameFromIndex));
  return opened;
}

function openLocation(
  data: ReturnType<typeof readNetworkLocation>["data"],
  files: ReturnType<typeof readNetworkLocation>["files"],
  search: string,
  ticket: number,
): Promise<boolean> {
  switch (data.kind) {
    case "hosted":
      return openHosted(data.name, search, [], ticket);
    case "local":
      return openLocal(data.hash, files, search, ticket);
    case "remote":
      return openRemote(data.url, search, ticket);
    case "invalid":
      return openHosted(
        DEFAULT_NETWORK,
        null,
        [`Ignored data=${data.value}: ${data.reason}; showing the default network`],
        ticket,
      );
  }
}

/** The default network, leaving any link that waits for its files. */
export function openDefaultNetwork(): Promise<boolean> {
  return openHosted(DEFAULT_NETWORK, null, [], takeLoadTicket());
}

/** Refresh the "Recent networks" list; a storage failure is remembered, not thrown. */
export async function refreshKept(): Promise<void> {
  try {
    networkStore.setState({
      kept: await (await keptNetworks()).listKeptNetworks(),
      keepError: null,
    });
  } catch (error) {
    networkStore.setState({ kept: [], keepError: reason(error) });
  }
}

export async function removeKept(hash: string | null): Promise<void> {
  try {
    const store = await keptNetworks();
    await (hash === null ? store.forgetAllNetworks() : store.forgetNetwork(hash));
  } catch (error) {
    atlasStore.getState().addNotice(`Could not remove kept networks: ${reason(error)}`);
  }
  await refreshKept();
}

async function keep(hash: string, name: string, files: string[], serialized: SerializedAtlasGraph) {
  const entry = networkEntry("local", serialized);
  try {
    await (await keptNetworks()).keepNetwork(
      {
        hash,
        name,
        files,
        savedAt: new Date().toISOString(),
        papers: entry.papers,
        authors: entry.authors,
      },
      serialized,
    );
    networkStore.setState({ keepError: null });
  } catch (error) {
    const why = reason(error);
    networkStore.setState({ keepError: why });
    atlasStore
      .getState()
      .addNotice(
        `This network could not be kept in this browser (${why}): it is open, but a reload or its link will not find it here`,
      );
  }
  if (networkStore.getState().kept !== null) await refreshKept();
}

/**
 * Show a network built from opened files (or read from a saved network file), keyed by the
 * files' hash, and keep it. A link waiting for these files gets its view applied; other files
 * end the wait with a notice that says so.
 */
export function showOpenedNetwork(
  serialized: SerializedAtlasGraph,
  files: string[],
  hash: string,
  savedView: string | null = null,
): void {
  const missing = networkStore.getState().missing;
  const notices: string[] = [];
  let search = savedView;
  if (missing !== null) {
    if (missing.hash === hash) search = missing.search;
    else {
      notices.push(
        `These files are not the ones the link was built from (${missing.files.join(", ") || "unknown files"}): showing them without the link's view`,
      );
    }
  }
  const name = ownersName(serialized, files.join(", "));
  showNetwork(serialized, { source: { kind: "local", hash }, name, files }, search, notices);
  void keep(hash, name, files, serialized);
}

/** A saved network (.atlas.json) or a CLI graph opened from disk. */
export async function openNetworkFile(file: File): Promise<void> {
  const ticket = takeLoadTicket();
  atlasStore.getState().setLoading({ stage: `Reading ${file.name}`, fraction: 0.2 });
  try {
    // The digest runs beside parsing (Web Crypto works off this thread), over the file's bytes
    // when they are the text's own UTF-8: the same key, without encoding the text again.
    const bytes = new Uint8Array(await file.arrayBuffer());
    const { text, exact } = fileText(bytes);
    const digest = inputDigest(exact ? bytes : text);
    digest.catch(() => undefined); // awaited below; a parse error must not leave it unhandled
    const opened = readNetworkFile(text, file.name);
    const hash = await hashDigests([await digest]);
    if (!isLatestLoad(ticket)) return;
    showOpenedNetwork(opened.serialized, [file.name], hash, opened.view);
  } catch (error) {
    if (!isLatestLoad(ticket)) return;
    atlasStore.getState().setError({
      file: file.name,
      line: null,
      reason: reason(error, file.name),
    });
  }
}
