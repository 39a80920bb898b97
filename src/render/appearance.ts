// Store → sigma appearance: installs the node/edge reducers and refreshes sigma when what they
// read changes (visibility after a filter, hover, selection, view mode). Camera moves and
// typing in the search box do not reach here.
// A filter change alone (same graph, view mode, no hover or selection) is painted by
// visibilityPainter.ts: only the flipped items are rewritten in sigma's buffers and labels come
// from a grid over every node, a few milliseconds where a full refresh takes a second at 50k
// nodes. Everything else is a full refresh.
import type Sigma from "sigma";
import { searchMatchKeys } from "../filters/search";
import { atlasStore } from "../store/atlasStore";
import type { AtlasState } from "../store/reducers";
import { canvasColors, setCanvasTheme } from "./canvasTheme";
import { createReducers, type ReducerInputs } from "./graphReducers";
import { currentTheme, onThemeChange, type Theme } from "./theme";
import { createVisibilityPainter, type VisibilityPainter } from "./visibilityPainter";

/**
 * Above this many nodes + edges, hovering a node does not highlight its neighbourhood: dimming
 * the rest is a full sigma pass (about 3 µs per item here, ~0.1 s at this size, a second at
 * 50k nodes) on every node the pointer crosses. sigma's hover card still shows the node, and a
 * click (selection) still highlights the neighbourhood.
 */
export const HOVER_HIGHLIGHT_MAX_ITEMS = 30_000;

type InputState = Pick<AtlasState, "graph" | "visibility" | "view" | "hovered"> &
  Partial<Pick<AtlasState, "search" | "highlightedCluster" | "linkColors">>;

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
    if (query !== "" && s.search && s.graph) {
      const graph = s.graph;
      const matches = searchMatchKeys(s.search, query);
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

/** What the reducers read of the store. */
export function reducerInputs(s: InputState): ReducerInputs {
  const large = s.graph !== null && s.graph.order + s.graph.size > HOVER_HIGHLIGHT_MAX_ITEMS;
  return {
    graph: s.graph,
    visibility: s.visibility,
    mode: s.view.view,
    hovered: large ? null : s.hovered,
    selected: s.view.node,
    linkColors: s.linkColors ?? "plain",
    highlight: highlightOf(s),
  };
}

function inputs(): ReducerInputs {
  return reducerInputs(atlasStore.getState());
}

function same(a: ReducerInputs, b: ReducerInputs): boolean {
  return (
    a.graph === b.graph &&
    a.visibility === b.visibility &&
    a.mode === b.mode &&
    a.hovered === b.hovered &&
    a.selected === b.selected &&
    a.linkColors === b.linkColors &&
    a.highlight === b.highlight
  );
}

/**
 * Paint a visibility change without a refresh; false when that is not possible (the caller then
 * refreshes fully). With a hovered or selected node, the highlighted neighbourhood and forced
 * labels also depend on visibility, beyond the flipped items.
 */
function paintVisibility(
  painter: VisibilityPainter,
  prev: ReducerInputs,
  next: ReducerInputs,
): boolean {
  if (
    prev.graph !== next.graph ||
    prev.mode !== next.mode ||
    prev.hovered !== next.hovered ||
    prev.selected !== next.selected ||
    prev.linkColors !== next.linkColors ||
    next.hovered !== null ||
    next.selected !== null ||
    prev.highlight !== next.highlight ||
    (next.highlight ?? null) !== null ||
    prev.visibility === null ||
    next.visibility === null ||
    next.graph === null
  ) {
    return false;
  }
  const index = atlasStore.getState().index;
  if (index === null) return false;
  return painter.paint(index, prev.visibility, next.visibility);
}

/** Install the reducers on `sigma` and follow the store; returns the unbinding function. */
export function bindAppearance(sigma: Sigma): () => void {
  const { nodeReducer, edgeReducer } = createReducers(inputs);
  sigma.setSettings({ nodeReducer, edgeReducer });
  const painter = createVisibilityPainter(sigma, () => atlasStore.getState().index);
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
  const unsubscribe = atlasStore.subscribe(() => {
    const next = inputs();
    if (same(last, next)) return;
    const prev = last;
    last = next;
    // A new graph is refreshed by setGraph itself (graphPane.ts).
    if (prev.graph !== next.graph) return;
    if (paintVisibility(painter, prev, next)) return;
    sigma.scheduleRefresh();
  });
  return () => {
    stopTheme();
    unsubscribe();
    painter.kill();
  };
}
