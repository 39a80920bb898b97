// Which network is open and where it came from: the `data` source the URL carries, its name
// (titles, file names for downloads), the files a local network was built from, the embed flag,
// and what the network menu lists (hosted networks, networks kept in this browser). A second
// small store beside the atlas store because none of it touches the graph, the filters or the
// view; the URL controller reads both.
import { createStore, type StoreApi } from "zustand/vanilla";
import { type DataSource, DEFAULT_SOURCE } from "../networks/dataParam";
import type { KeptNetworkSummary } from "../networks/keptNetworks";
import type { NetworkIndex } from "../networks/networkIndex";

/** A `local:` link whose network this browser does not keep: waiting for its files. */
export interface MissingNetwork {
  hash: string;
  files: string[];
  /** The link's query string, applied once files with this hash are opened. */
  search: string;
}

export interface NetworkState {
  source: DataSource;
  /** Human name: the hosted title, the owners, or the file names. */
  name: string;
  /** Files a local network was built from (carried in its links). */
  files: string[];
  embed: boolean;
  missing: MissingNetwork | null;
  /** The site's network index, once fetched; null before (or where the site has none). */
  hosted: NetworkIndex | null;
  /** Networks kept in this browser, most recent first; null until listed. */
  kept: KeptNetworkSummary[] | null;
  /** Why networks cannot be kept here (storage refused), or null. */
  keepError: string | null;
}

export const INITIAL_NETWORK: NetworkState = {
  source: DEFAULT_SOURCE,
  name: "",
  files: [],
  embed: false,
  missing: null,
  hosted: null,
  kept: null,
  keepError: null,
};

export const networkStore: StoreApi<NetworkState> = createStore<NetworkState>()(
  () => INITIAL_NETWORK,
);
