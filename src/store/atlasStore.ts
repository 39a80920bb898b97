// The one zustand store: state plus actions, each action a thin call to a pure reducer in
// ./reducers.ts. A vanilla store (getState / setState / subscribe) for the graph pane,
// controllers, the worker bridge and tests; React reads it through views/stores.ts, so nothing
// here loads React before the network's first frame.
import { createStore, type StoreApi } from "zustand/vanilla";
import type { FilterIndex } from "../filters/filterIndex";
import type { PlayMode } from "../filters/playback";
import type { SerializedAtlasGraph } from "../graph/schema";
import type {
  CameraState,
  ColorMode,
  EgoFocus,
  IdentityChoices,
  SizeMode,
  TableKind,
  ViewMode,
} from "../model/viewState";
import * as links from "./linkReducers";
import * as r from "./reducers";
import * as time from "./timeReducers";

export interface AtlasActions {
  loadGraph(serialized: SerializedAtlasGraph, source: string): void;
  setViewMode(mode: ViewMode): void;
  setYearRange(from: number | null, to: number | null): void;
  toggleCategory(code: string): void;
  setCategories(codes: string[] | null): void;
  toggleVenue(venue: string): void;
  setVenues(venues: string[] | null): void;
  setCodeOnly(codeOnly: boolean): void;
  setQuery(text: string): void;
  select(key: string | null): void;
  showNode(key: string): void;
  setCamera(camera: CameraState | null): void;
  setHideOwner(hide: boolean): void;
  setShowIsolated(show: boolean): void;
  setIdentity(identity: IdentityChoices): void;
  setHideNamesakes(hide: boolean): void;
  toggleExpanded(foldKey: string): void;
  setEgo(focus: EgoFocus | null): void;
  setEgoFade(fade: boolean): void;
  setPath(ends: [string, string] | null): void;
  setTable(table: TableKind | null): void;
  resetFilter(name: r.FilterName): void;
  clearFilters(): void;
  applyUrl(search: string): void;
  dismissNotice(i: number): void;
  addNotice(text: string): void;
  setHovered(key: string | null): void;
  setHighlightedCluster(community: number | null): void;
  setLoading(progress: r.LoadProgress | null): void;
  cancelLoading(): void;
  setError(error: r.LoadError): void;
  clearError(): void;
  selectLink(pair: links.CoauthorPair | null): void;
  setLinkColors(mode: links.LinkColors): void;
  startPlay(): void;
  stepPlay(): void;
  pausePlay(): void;
  setPlaySpeed(speed: number): void;
  setPlayLoop(loop: boolean): void;
  setPlayMode(mode: PlayMode): void;
  setColorMode(color: ColorMode): void;
  setSizeMode(size: SizeMode): void;
  betweennessStarted(index: FilterIndex): void;
  betweennessDone(index: FilterIndex, values: Float64Array | null): void;
}

export type AtlasStore = r.AtlasState & AtlasActions;

export const atlasStore: StoreApi<AtlasStore> = createStore<AtlasStore>()((set) => {
  // Every action: state → reducer → state. A reducer that returns its input changes nothing,
  // and zustand then notifies no one.
  const apply =
    <A extends unknown[]>(reducer: (s: r.AtlasState, ...args: A) => r.AtlasState) =>
    (...args: A) =>
      set((s) => {
        const next = reducer(s, ...args);
        return next === s ? s : next;
      });
  return {
    ...r.INITIAL_STATE,
    loadGraph: apply(r.loadGraph),
    setViewMode: apply(r.setViewMode),
    setYearRange: apply(r.setYearRange),
    toggleCategory: apply(r.toggleCategory),
    setCategories: apply(r.setCategories),
    toggleVenue: apply(r.toggleVenue),
    setVenues: apply(r.setVenues),
    setCodeOnly: apply(r.setCodeOnly),
    setQuery: apply(r.setQuery),
    select: apply(r.select),
    showNode: apply(r.showNode),
    setCamera: apply(r.setCamera),
    setHideOwner: apply(r.setHideOwner),
    setIdentity: apply(r.setIdentity),
    setHideNamesakes: apply(r.setHideNamesakes),
    setShowIsolated: apply(r.setShowIsolated),
    toggleExpanded: apply(r.toggleExpanded),
    setEgo: apply(r.setEgo),
    setEgoFade: apply(r.setEgoFade),
    setPath: apply(r.setPath),
    setTable: apply(r.setTable),
    resetFilter: apply(r.resetFilter),
    clearFilters: apply(r.clearFilters),
    applyUrl: apply(r.applyUrl),
    dismissNotice: apply(r.dismissNotice),
    addNotice: apply(r.addNotice),
    setHovered: apply(r.setHovered),
    setHighlightedCluster: apply(r.setHighlightedCluster),
    setLoading: apply(r.setLoading),
    cancelLoading: apply(r.cancelLoading),
    setError: apply(r.setError),
    clearError: apply(r.clearError),
    selectLink: apply(links.selectLink),
    setLinkColors: apply(links.setLinkColors),
    startPlay: apply(time.startPlay),
    stepPlay: apply(time.stepPlay),
    pausePlay: apply(time.pausePlay),
    setPlaySpeed: apply(time.setPlaySpeed),
    setPlayLoop: apply(time.setPlayLoop),
    setPlayMode: apply(time.setPlayMode),
    setColorMode: apply(time.setColorMode),
    setSizeMode: apply(time.setSizeMode),
    betweennessStarted: apply(time.betweennessStarted),
    betweennessDone: apply(time.betweennessDone),
  };
});
