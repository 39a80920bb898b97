// Store → sigma appearance: installs the node/edge reducers, hands the current visibility to
// the programs and the label layer, and redraws when what they read changes (visibility after a
// filter, hover, selection, view mode). Camera moves and typing in the search box do not reach
// here.
// A filter change alone (same graph and view mode, no hover or selection) uploads the new
// visibility and schedules a frame: the programs hide what it hides on the GPU
// (visibilityPrograms.ts), so no reducer runs and sigma processes nothing. Everything else is a
// full refresh (the reducers' dimming and forced labels depend on the focused node).

import type Sigma from "sigma";
import { authorMainCategories } from "../filters/authorCategory";
import type { PathResult } from "../filters/collabPath";
import type { FilterIndex } from "../filters/filterIndex";
import { firstYears } from "../filters/firstYears";
import { authorSizes, coauthorDegreesOf } from "../filters/measures";
import { searchIndexOf, searchMatchKeys } from "../filters/search";
import { cachedPer } from "../model/cachedPer";
import { atlasStore } from "../store/atlasStore";
import { selectCollabPath } from "../store/collabPathSelector";
import type { AtlasState } from "../store/reducers";
import { canvasColors, setCanvasTheme } from "./canvasTheme";
import { createReducers, type PathMarks, type ReducerInputs } from "./graphReducers";
import { installPaperDetail } from "./levelOfDetail";
import { currentTheme, onThemeChange, type Theme } from "./theme";
import type { VisibilityBytes } from "./visibilityPrograms";

/**
 * Above this many nodes + edges, hovering a node does not highlight its neighbourhood: dimming
 * the rest is a full sigma pass (about 3 µs per item here, ~0.1 s at this size, a second at
 * 50k nodes) on every node the pointer crosses. sigma's hover card still shows the node, and a
 * click (selection) still highlights the neighbourhood.
 */
export const HOVER_HIGHLIGHT_MAX_ITEMS = 30_000;

type InputState = Pick<AtlasState, "graph" | "index" | "visibility" | "view" | "hovered"> &
  Partial<Pick<AtlasState, "highlightedCluster" | "linkColors" | "betweenness">>;

const yearsOf = cachedPer(firstYears);
const mainCategoriesOf = cachedPer(authorMainCategories);

/** Author sizes for the view's size mode, the same array while its inputs are the same. */
function createSizes() {
  let key: { index: FilterIndex; mode: string; values: unknown } | null = null;
  let value: Float32Array | null = null;
  return (s: InputState): Float32Array | null => {
    const index = s.index;
    if (index === null) return null;
    const mode = s.view.size ?? "papers";
    const values =
      mode === "coauthors"
        ? coauthorDegreesOf(index)
        : mode === "betweenness" && s.betweenness?.index === index
          ? s.betweenness.values
          : null;
    if (key && key.index === index && key.mode === mode && key.values === values) return value;
    key = { index, mode, values };
    value = authorSizes(index, mode, values);
    return value;
  };
}

const sizesOf = createSizes();

/**
 * The lit set, one per (graph, query, cluster): the search box's matches (and a matched paper's
 * authors) while it has text, so a link's `q` lights them too; else the cluster picked in the
 * legend; else null.
 */
function createHighlight() {
  let key: { graph: unknown; query: string; cluster: number | null } | null = null;
  let value: ReadonlySet<string> | null = null;
  return (s: InputState): ReadonlySet<string> | null => {
    const query = s.view.query.trim();
    const cluster = s.highlightedCluster ?? null;
    if (key && key.graph === s.graph && key.query === query && key.cluster === cluster) {
      return value;
    }
    key = { graph: s.graph, query, cluster };
    value = null;
    if (query !== "" && s.graph) {
      const graph = s.graph;
      const matches = searchMatchKeys(searchIndexOf(graph), query);
      // A matched paper lights its authors too: the coauthor view draws papers as links only.
      const lit = new Set(matches);
      for (const key of matches) {
        if (graph.getNodeAttribute(key, "kind") !== "paper") continue;
        graph.forEachNeighbor(key, (other) => lit.add(other));
      }
      if (matches.length > 0) value = lit;
    } else if (cluster !== null && s.graph) {
      const graph = s.graph;
      value = new Set(graph.filterNodes((_k, a) => a.kind === "author" && a.community === cluster));
    }
    return value;
  };
}

const highlightOf = createHighlight();

/** The canvas marks of the asked-for path, one object per path result. */
function createPathMarks() {
  let from: PathResult | null = null;
  let value: PathMarks | null = null;
  return (s: InputState): PathMarks | null => {
    const result = selectCollabPath(s);
    if (result === from) return value;
    from = result;
    value =
      result?.found === true
        ? { nodes: new Set(result.nodes), edges: new Set(result.steps.map((step) => step.edge)) }
        : null;
    return value;
  };
}

const pathMarksOf = createPathMarks();

/** What the reducers read of the store. */
export function reducerInputs(s: InputState): ReducerInputs {
  const large = s.graph !== null && s.graph.order + s.graph.size > HOVER_HIGHLIGHT_MAX_ITEMS;
  return {
    graph: s.graph,
    index: s.index,
    visibility: s.visibility,
    mode: s.view.view,
    hovered: large ? null : s.hovered,
    selected: s.view.node,
    linkColors: s.linkColors ?? "plain",
    highlight: highlightOf(s),
    color: s.view.color ?? "cluster",
    years: s.index && s.view.color === "year" ? yearsOf(s.index) : null,
    mainCategories: s.index && s.view.color === "category" ? mainCategoriesOf(s.index) : null,
    sizes: sizesOf(s),
    path: pathMarksOf(s),
  };
}

function inputs(): ReducerInputs {
  return reducerInputs(atlasStore.getState());
}

function same(a: ReducerInputs, b: ReducerInputs): boolean {
  return (
    a.graph === b.graph &&
    a.index === b.index &&
    a.visibility === b.visibility &&
    a.mode === b.mode &&
    a.hovered === b.hovered &&
    a.selected === b.selected &&
    a.linkColors === b.linkColors &&
    a.highlight === b.highlight &&
    a.color === b.color &&
    a.years === b.years &&
    a.mainCategories === b.mainCategories &&
    a.sizes === b.sizes &&
    a.path === b.path
  );
}

/** A faded ego network draws items the reducers dim: its changes need their pass. */
const faded = (v: ReducerInputs["visibility"]) => v !== null && v.drawnNodes !== v.nodeVisible;

/** Only what is shown changed: the GPU hides it, no reducer output depends on it. */
export function onlyVisibilityChanged(prev: ReducerInputs, next: ReducerInputs): boolean {
  return (
    prev.graph === next.graph &&
    prev.index === next.index &&
    prev.mode === next.mode &&
    prev.hovered === null &&
    next.hovered === null &&
    prev.selected === null &&
    next.selected === null &&
    prev.highlight === next.highlight &&
    prev.path === next.path &&
    (prev.path ?? null) === null &&
    !faded(prev.visibility) &&
    !faded(next.visibility) &&
    prev.linkColors === next.linkColors &&
    prev.color === next.color &&
    prev.years === next.years &&
    prev.mainCategories === next.mainCategories &&
    prev.sizes === next.sizes &&
    prev.visibility !== null &&
    next.visibility !== null
  );
}

/**
 * Install the reducers on `sigma`, keep `visibility` equal to the store's and follow the store;
 * returns the unbinding function.
 */
export function bindAppearance(sigma: Sigma, visibility: VisibilityBytes): () => void {
  const { nodeReducer, edgeReducer } = createReducers(inputs);
  sigma.setSettings({ nodeReducer, edgeReducer });
  // The drawn bytes reach the programs through the levels of detail (papers by zoom).
  const detail = installPaperDetail(sigma, visibility);
  let last = inputs();
  // The theme: new canvas colours, and a full pass so the reducers use them.
  const applyTheme = (theme: Theme) => {
    if (!setCanvasTheme(theme)) return;
    sigma.setSetting("labelColor", { color: canvasColors().label });
  };
  applyTheme(currentTheme());
  const stopTheme = onThemeChange((theme) => {
    applyTheme(theme);
    sigma.refresh();
  });
  detail.update(last);
  const unsubscribe = atlasStore.subscribe(() => {
    const next = inputs();
    if (same(last, next)) return;
    const prev = last;
    last = next;
    detail.update(next);
    // A new graph is refreshed by setGraph itself (graphPane.ts).
    if (prev.graph !== next.graph) return;
    if (onlyVisibilityChanged(prev, next)) sigma.scheduleRender();
    else sigma.scheduleRefresh();
  });
  return () => {
    stopTheme();
    unsubscribe();
    detail.remove();
  };
}
