// The store's pure reducers: `(state, ...args) => state`, one per action, unit-tested without
// React. Filter reducers recompute visibility (one linear pass); selection, camera, hover and
// query do not, so moving the camera never re-runs the filters.

import {
  buildFilterIndex,
  type FilterIndex,
  indexKnowledge,
  NODE_FOLD,
} from "../filters/filterIndex";
import { INITIAL_PLAY, type PlayState } from "../filters/playback";
import { revealPatch } from "../filters/reveal";
import { computeVisibility, type Visibility } from "../filters/visibility";
import {
  type AppGraph,
  FOLD_PREFIX,
  type PrepareOptions,
  prepareAtlasGraphOrdered,
} from "../graph/appGraph";
import { applyIdentityDecisions } from "../graph/identityDecisions";
import type { SerializedAtlasGraph } from "../graph/schema";
import {
  type CameraState,
  DEFAULT_VIEW,
  type EgoFocus,
  type IdentityChoices,
  sameView,
  type TableKind,
  type ViewMode,
  type ViewState,
} from "../model/viewState";
import {
  describeAdjusted,
  describeDropped,
  MAX_QUERY_LENGTH,
  parseViewParams,
  roundCamera,
} from "../url/viewParams";
import type { CoauthorPair, LinkColors } from "./linkReducers";

export type LoadStatus = "idle" | "loading" | "ready" | "error";

export interface LoadProgress {
  stage: string;
  /** 0..1 */
  fraction: number;
  /** What within the stage, when known (the file being read). */
  detail?: string;
}

export interface LoadError {
  file: string;
  line: number | null;
  reason: string;
}

export type FilterName = "years" | "categories" | "venues" | "code" | "query";

export interface AtlasState {
  status: LoadStatus;
  progress: LoadProgress | null;
  error: LoadError | null;
  /** What the graph was loaded from ("default" or the file names), for the toolbar. */
  source: string | null;
  /** The app graph (prepareAtlasGraph output): one per load, never rebuilt by filters. */
  graph: AppGraph | null;
  index: FilterIndex | null;
  /** Bumps on every load, so controllers know the graph was replaced. */
  graphVersion: number;
  view: ViewState;
  /** Recomputed by filter actions only (not by camera, hover, selection or query). */
  visibility: Visibility | null;
  /** Lines for the notice area (dropped URL parameters ...). */
  notices: string[];
  /** Hovered node key; not part of the URL. */
  hovered: string | null;
  /** The graph as loaded, before the view's identity decisions (re-applied when they change). */
  baseGraph: SerializedAtlasGraph | null;
  /** The coauthor pair whose joint work the details panel shows (./linkReducers.ts). */
  link: CoauthorPair | null;
  /** How coauthor links are coloured: one grey, or by their joint papers' dominant category. */
  linkColors: LinkColors;
  /** Cluster (community number) picked in the legend, lit on the canvas; not part of the URL. */
  highlightedCluster: number | null;
  /** Play over the years (./timeReducers.ts); never in the URL. */
  play: PlayState;
  /** Betweenness per author slot of `index`, while computed or once known (./timeReducers.ts). */
  betweenness: BetweennessState | null;
}

export interface BetweennessState {
  /** The filter index the values belong to (a new graph makes them stale). */
  index: FilterIndex;
  /** Per author slot (index.authors); null while computing or after a failure. */
  values: Float64Array | null;
  status: "computing" | "ready" | "error";
}

export const INITIAL_STATE: AtlasState = {
  status: "idle",
  progress: null,
  error: null,
  source: null,
  graph: null,
  index: null,
  graphVersion: 0,
  view: DEFAULT_VIEW,
  visibility: null,
  notices: [],
  hovered: null,
  baseGraph: null,
  link: null,
  linkColors: "plain",
  highlightedCluster: null,
  play: INITIAL_PLAY,
  betweenness: null,
};

/** Set view fields and recompute visibility (the filters changed). */
function withView(state: AtlasState, patch: Partial<ViewState>): AtlasState {
  const view = { ...state.view, ...patch };
  return {
    ...state,
    view,
    visibility: state.index ? computeVisibility(state.index, view) : null,
  };
}

/** Set view fields that do not affect visibility. */
function withViewOnly(state: AtlasState, patch: Partial<ViewState>): AtlasState {
  return { ...state, view: { ...state.view, ...patch } };
}

/**
 * A chosen subset of facet values in the index's order; null ("all") when it holds them all.
 * Unknown values are kept only while no graph is loaded (they are checked on load).
 */
function normalizeSubset(chosen: string[] | null, all: string[] | null): string[] | null {
  if (chosen === null) return null;
  const unique = [...new Set(chosen)];
  if (all === null) return unique;
  const set = new Set(unique);
  const kept = all.filter((v) => set.has(v));
  return kept.length === all.length ? null : kept;
}

/** Years clamped to the data's span and swapped when reversed; a bound at the span's end is open. */
function normalizeYears(
  from: number | null,
  to: number | null,
  index: FilterIndex | null,
): { from: number | null; to: number | null } {
  const ok = (y: number | null) => (y !== null && Number.isFinite(y) ? Math.round(y) : null);
  let f = ok(from);
  let t = ok(to);
  if (f !== null && t !== null && f > t) [f, t] = [t, f];
  if (index && index.paperCount > 0) {
    const { yearMin, yearMax } = index;
    if (f !== null) f = f <= yearMin ? null : Math.min(f, yearMax);
    if (t !== null) t = t >= yearMax ? null : Math.max(t, yearMin);
  }
  return { from: f, to: t };
}

/** Check a view against a loaded index; return it normalised plus notices for what was dropped. */
export function sanitizeView(
  view: ViewState,
  index: FilterIndex,
): { view: ViewState; notices: string[] } {
  const known = indexKnowledge(index);
  const notices: string[] = [];
  const keepKnown = (items: string[] | null, set: Set<string>, what: string) => {
    if (items === null) return null;
    const kept = items.filter((v) => {
      if (set.has(v)) return true;
      notices.push(`Ignored unknown ${what} ${v}`);
      return false;
    });
    return items.length > 0 && kept.length === 0 ? null : kept;
  };
  const categories = normalizeSubset(
    keepKnown(view.categories, known.categories, "category"),
    index.categories,
  );
  const venues = normalizeSubset(keepKnown(view.venues, known.venues, "venue"), index.venues);
  let node = view.node;
  if (node !== null && !index.nodeIndex.has(node)) {
    notices.push(`Ignored unknown node ${node}`);
    node = null;
  }
  const expanded = view.expanded.filter((k) => {
    const i = index.nodeIndex.get(k);
    if (i !== undefined && index.nodeKind[i] === NODE_FOLD) return true;
    notices.push(`Ignored unknown fold node ${k}`);
    return false;
  });
  const years = normalizeYears(view.from, view.to, index);
  let ego = view.ego;
  if (ego !== null && !index.nodeIndex.has(ego.node)) {
    notices.push(`Ignored unknown node ${ego.node} (ego)`);
    ego = null;
  }
  let path = view.path;
  const unknownEnd = path?.find((k) => !index.nodeIndex.has(k));
  if (unknownEnd !== undefined) {
    notices.push(`Ignored unknown node ${unknownEnd} (path)`);
    path = null;
  }
  return {
    view: { ...view, ...years, categories, venues, node, expanded, ego, path },
    notices,
  };
}

export function loadGraph(
  state: AtlasState,
  serialized: SerializedAtlasGraph,
  source: string,
  options: PrepareOptions = {},
): AtlasState {
  // The first load keeps the view the URL asked for (checked against the data); a later one
  // (the user opened other files) starts from the default view in the same view mode, colour
  // and size.
  const { view: mode, color, size } = state.view;
  const base = state.graph === null ? state.view : { ...DEFAULT_VIEW, view: mode, color, size };
  const { graph, order } = prepareAtlasGraphOrdered(
    applyIdentityDecisions(serialized, base.identity),
    options,
  );
  const index = buildFilterIndex(graph, order);
  const { view, notices } = sanitizeView(base, index);
  return {
    ...state,
    baseGraph: serialized,
    status: "ready",
    progress: null,
    error: null,
    source,
    graph,
    index,
    graphVersion: state.graphVersion + 1,
    view,
    visibility: computeVisibility(index, view),
    notices: state.graph === null ? [...state.notices, ...notices] : notices,
    hovered: null,
    link: null,
    highlightedCluster: null,
    play: { ...state.play, playing: false, start: null },
  };
}

/** Light one cluster on the canvas (the legend's toggle); null turns it off. */
export function setHighlightedCluster(state: AtlasState, community: number | null): AtlasState {
  const next =
    community !== null && Number.isInteger(community) && community >= 0 ? community : null;
  return state.highlightedCluster === next ? state : { ...state, highlightedCluster: next };
}

export function setViewMode(state: AtlasState, mode: ViewMode): AtlasState {
  if (mode !== "coauthors" && mode !== "bipartite") return state;
  if (state.view.view === mode) return state;
  return withView(state, { view: mode });
}

export function setYearRange(
  state: AtlasState,
  from: number | null,
  to: number | null,
): AtlasState {
  const years = normalizeYears(from, to, state.index);
  if (years.from === state.view.from && years.to === state.view.to) return state;
  return withView(state, years);
}

function toggleIn(current: string[] | null, all: string[], value: string): string[] | null {
  if (!all.includes(value)) return current;
  const base = current ?? all;
  const next = base.includes(value) ? base.filter((v) => v !== value) : [...base, value];
  return normalizeSubset(next, all);
}

/** Check or uncheck one category. Unchecking the last one leaves none (no paper shown). */
export function toggleCategory(state: AtlasState, code: string): AtlasState {
  if (!state.index) return state;
  const categories = toggleIn(state.view.categories, state.index.categories, code);
  return categories === state.view.categories ? state : withView(state, { categories });
}

export function setCategories(state: AtlasState, codes: string[] | null): AtlasState {
  return withView(state, { categories: normalizeSubset(codes, state.index?.categories ?? null) });
}

export function toggleVenue(state: AtlasState, venue: string): AtlasState {
  if (!state.index) return state;
  const venues = toggleIn(state.view.venues, state.index.venues, venue);
  return venues === state.view.venues ? state : withView(state, { venues });
}

export function setVenues(state: AtlasState, venues: string[] | null): AtlasState {
  return withView(state, { venues: normalizeSubset(venues, state.index?.venues ?? null) });
}

export function setCodeOnly(state: AtlasState, codeOnly: boolean): AtlasState {
  return state.view.codeOnly === codeOnly ? state : withView(state, { codeOnly });
}

/** The search box text: no filtering, so visibility is untouched. */
export function setQuery(state: AtlasState, text: string): AtlasState {
  const query = text.slice(0, MAX_QUERY_LENGTH);
  return state.view.query === query ? state : withViewOnly(state, { query });
}

/** Select a node (or clear with null), closing a coauthor pair's panel. An unknown key changes nothing. */
export function select(state: AtlasState, key: string | null): AtlasState {
  if (key !== null && !state.index?.nodeIndex.has(key)) return state;
  const closed = state.link === null ? state : { ...state, link: null };
  return state.view.node === key ? closed : withViewOnly(closed, { node: key });
}

/** The camera, rounded to the URL's precision; a non-finite or non-positive ratio is ignored. */
export function setCamera(state: AtlasState, camera: CameraState | null): AtlasState {
  if (camera === null) return state.view.camera === null ? state : withViewOnly(state, { camera });
  const { x, y, ratio } = camera;
  if (![x, y, ratio].every(Number.isFinite) || !(ratio > 0)) return state;
  const rounded = roundCamera(camera);
  const old = state.view.camera;
  if (old && old.x === rounded.x && old.y === rounded.y && old.ratio === rounded.ratio)
    return state;
  return withViewOnly(state, { camera: rounded });
}

/** Lift what hides `key` (filters, toggles, a fold): the "Show it" of a hidden selection. */
export function showNode(state: AtlasState, key: string): AtlasState {
  if (state.index === null) return state;
  const patch = revealPatch(state.index, state.view, key);
  return patch === null ? state : withView(state, patch);
}

export function setHideOwner(state: AtlasState, hideOwner: boolean): AtlasState {
  return state.view.hideOwner === hideOwner ? state : withView(state, { hideOwner });
}

export function setShowIsolated(state: AtlasState, showIsolated: boolean): AtlasState {
  return state.view.showIsolated === showIsolated ? state : withView(state, { showIsolated });
}

/** Expand or fold back a "+N authors" node; keys that are not fold nodes change nothing. */
export function toggleExpanded(state: AtlasState, foldKey: string): AtlasState {
  if (!foldKey.startsWith(FOLD_PREFIX)) return state;
  const i = state.index?.nodeIndex.get(foldKey);
  if (i === undefined || state.index?.nodeKind[i] !== NODE_FOLD) return state;
  const { expanded } = state.view;
  const next = expanded.includes(foldKey)
    ? expanded.filter((k) => k !== foldKey)
    : [...expanded, foldKey];
  return withView(state, { expanded: next });
}

export function resetFilter(state: AtlasState, name: FilterName): AtlasState {
  switch (name) {
    case "years":
      return setYearRange(state, null, null);
    case "categories":
      return state.view.categories === null ? state : withView(state, { categories: null });
    case "venues":
      return state.view.venues === null ? state : withView(state, { venues: null });
    case "code":
      return setCodeOnly(state, false);
    case "query":
      return setQuery(state, "");
    default:
      return state;
  }
}

/** Reset every filter (years, categories, venues, code, query); mode, selection and camera stay. */
export function clearFilters(state: AtlasState): AtlasState {
  return withView(state, {
    from: null,
    to: null,
    categories: null,
    venues: null,
    codeOnly: false,
    query: "",
  });
}

/** Restore the view a link describes: `search` is `location.search` (with or without `?`). */
function sameChoices(a: IdentityChoices, b: IdentityChoices): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Apply identity decisions: the loaded graph re-projected (src/graph/identityDecisions.ts) and
 * re-indexed, the rest of the view kept (filters, camera; a selection the decision removed is
 * dropped with a notice).
 */
export function setIdentity(state: AtlasState, identity: IdentityChoices): AtlasState {
  if (sameChoices(state.view.identity, identity)) return state;
  if (state.baseGraph === null) return withViewOnly(state, { identity });
  const { graph, order } = prepareAtlasGraphOrdered(
    applyIdentityDecisions(state.baseGraph, identity),
  );
  const index = buildFilterIndex(graph, order);
  const { view, notices } = sanitizeView({ ...state.view, identity }, index);
  return {
    ...state,
    graph,
    index,
    graphVersion: state.graphVersion + 1,
    view,
    visibility: computeVisibility(index, view),
    notices: [...state.notices, ...notices],
    hovered: null,
  };
}

/** Show only `focus`'s neighbourhood (null leaves it); an unknown node changes nothing. */
export function setEgo(state: AtlasState, focus: EgoFocus | null): AtlasState {
  const old = state.view.ego;
  if (focus === null) return old === null ? state : withView(state, { ego: null });
  if (!state.index?.nodeIndex.has(focus.node) || (focus.hops !== 1 && focus.hops !== 2)) {
    return state;
  }
  if (old !== null && old.node === focus.node && old.hops === focus.hops) return state;
  return withView(state, { ego: { node: focus.node, hops: focus.hops } });
}

/** Fade the rest of the graph around an ego network instead of hiding it. */
export function setEgoFade(state: AtlasState, fade: boolean): AtlasState {
  return state.view.egoFade === fade ? state : withView(state, { egoFade: fade });
}

/** Ask for the collaboration path between two nodes (null clears it); no filter changes. */
export function setPath(state: AtlasState, ends: [string, string] | null): AtlasState {
  const old = state.view.path;
  if (ends === null) return old === null ? state : withViewOnly(state, { path: null });
  if (!ends.every((k) => state.index?.nodeIndex.has(k))) return state;
  if (old !== null && old[0] === ends[0] && old[1] === ends[1]) return state;
  return withViewOnly(state, { path: [ends[0], ends[1]] });
}

/** Show the table of visible authors or papers in place of the canvas (null: the graph). */
export function setTable(state: AtlasState, table: TableKind | null): AtlasState {
  if (table !== null && table !== "authors" && table !== "papers") return state;
  return state.view.table === table ? state : withViewOnly(state, { table });
}

export function setHideNamesakes(state: AtlasState, hideNamesakes: boolean): AtlasState {
  return state.view.hideNamesakes === hideNamesakes ? state : withView(state, { hideNamesakes });
}

export function applyUrl(state: AtlasState, search: string): AtlasState {
  const next = applyUrlView(state, search);
  const identity = next.view.identity;
  if (sameChoices(identity, state.view.identity)) return next;
  // The decisions changed (a link was opened): re-project from the previous decisions' view.
  return setIdentity({ ...next, view: { ...next.view, identity: state.view.identity } }, identity);
}

function applyUrlView(state: AtlasState, search: string): AtlasState {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    params = new URLSearchParams();
  }
  const known = state.index ? indexKnowledge(state.index) : {};
  const parsed = parseViewParams(params, known);
  const notices = [
    ...parsed.dropped.map(describeDropped),
    ...parsed.adjusted.map(describeAdjusted),
  ];
  let view = parsed.view;
  if (state.index) {
    const sane = sanitizeView(view, state.index);
    view = sane.view;
    notices.push(...sane.notices);
  }
  // A link that restates the view in effect (a network opened without parameters, say) keeps
  // the visibility computed for it: the filters' pass over a large network is not repeated.
  const visibility =
    state.index === null
      ? null
      : state.visibility !== null && sameView(view, state.view)
        ? state.visibility
        : computeVisibility(state.index, view);
  return { ...state, view, visibility, notices };
}

export function dismissNotice(state: AtlasState, i: number): AtlasState {
  if (!Number.isInteger(i) || i < 0 || i >= state.notices.length) return state;
  return { ...state, notices: state.notices.filter((_n, k) => k !== i) };
}

export function addNotice(state: AtlasState, text: string): AtlasState {
  return { ...state, notices: [...state.notices, text] };
}

export function setHovered(state: AtlasState, key: string | null): AtlasState {
  return state.hovered === key ? state : { ...state, hovered: key };
}

export function setLoading(state: AtlasState, progress: LoadProgress | null): AtlasState {
  return { ...state, status: "loading", progress, error: null };
}

export function setError(state: AtlasState, error: LoadError): AtlasState {
  return { ...state, status: "error", progress: null, error };
}

/**
 * A cancelled load: back to the network that was showing ("ready"), or to "idle" when nothing
 * was loaded yet. A no-op outside the loading state.
 */
export function cancelLoading(state: AtlasState): AtlasState {
  if (state.status !== "loading") return state;
  return { ...state, status: state.graph ? "ready" : "idle", progress: null };
}

/**
 * Leave the error state: a failed open keeps the previous graph, so the app goes back to it
 * ("ready"), or to "idle" when nothing was loaded yet. A no-op outside the error state.
 */
export function clearError(state: AtlasState): AtlasState {
  if (state.status !== "error" && state.error === null) return state;
  return { ...state, status: state.graph ? "ready" : "idle", error: null };
}
