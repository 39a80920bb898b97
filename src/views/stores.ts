// The stores as React hooks. The store modules themselves are vanilla zustand: the graph pane
// loads them before the network's first frame, and React comes later with the panels.
import { useStore } from "zustand";
import { type AtlasStore, atlasStore } from "../store/atlasStore";
import { type NetworkState, networkStore } from "../store/networkStore";

/** The part of the atlas store `selector` picks, re-rendering when it changes. */
export function useAtlasStore<T>(selector: (state: AtlasStore) => T): T {
  return useStore(atlasStore, selector);
}

/** The part of the network store `selector` picks, re-rendering when it changes. */
export function useNetworkStore<T>(selector: (state: NetworkState) => T): T {
  return useStore(networkStore, selector);
}
