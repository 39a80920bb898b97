// sigma's node and edge reducers: what each node and edge looks like for the current view.
// Everything that depends on more than one node (the focused neighbourhood) is computed once per
// change of its inputs and cached; the reducers themselves do O(1) work per item, because sigma
// calls them for every node and edge on every refresh.
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { FilterIndex } from "../filters/filterIndex";
import { type FirstYears, NO_YEAR, yearPosition } from "../filters/firstYears";
import type { Visibility } from "../filters/visibility";
import type { AppEdgeAttributes, AppGraph, AppNodeAttributes } from "../graph/appGraph";
import { coauthorLinkCategories } from "../graph/jointWork";
import type { ColorMode, ViewMode } from "../model/viewState";
import { canvasColors } from "./canvasTheme";
import type { LabelRank } from "./labelPlacer";
import {
  categoryColor,
  categoryLinkColor,
  clusterColor,
  coauthorEdgeSize,
  NAMESAKE_PAPER_COLOR,
  yearLinkColor,
  yearScaleColor,
} from "./palette";
import type { VisibilityIndexed } from "./visibilityPrograms";

/** The slice of app state the reducers read. */
export interface ReducerInputs {
  graph: AppGraph | null;
  /** Gives each item its filter index, by which the programs look its visibility up. */
  index: FilterIndex | null;
  visibility: Visibility | null;
  mode: ViewMode;
  hovered: string | null;
  selected: string | null;
  /** Coauthor links in one grey (default) or tinted by their dominant category. */
  linkColors?: "plain" | "category";
  /**
   * Nodes lit while the rest is dimmed (the search box's matches, or a cluster picked in the
   * legend); null for none. A hovered or selected node's neighbourhood takes precedence.
   */
  highlight?: ReadonlySet<string> | null;
  /** Colour by author cluster (default), first collaboration year or category (view `color`). */
  color?: ColorMode;
  /** First years by filter index, while colouring by year. */
  years?: FirstYears | null;
  /** Each author's main category id by filter index, while colouring by category. */
  mainCategories?: Int32Array | null;
  /** Author sizes by filter index for the view's size mode (NaN: keep the data's); null: data's. */
  sizes?: Float32Array | null;
  /** A collaboration path drawn over everything else (its authors and links); null for none. */
  path?: PathMarks | null;
}

/** The nodes and links of a collaboration path, as the canvas marks them. */
export interface PathMarks {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

/**
 * A focused node forces the labels of at most this many neighbours, its strongest links first
 * (joint papers, then size). The rest compete for room like any label (sigma's label grid, then
 * collision checks in labelPlacer.ts) and appear as the user zooms in: in the dense core, forty
 * forced names would print over each other.
 */
export const MAX_FORCED_LABELS = 12;

/** Forced-label priorities (see labelPlacer.ts): the hovered group above the selected one. */
const LABEL_PRIORITY_PATH = 3000;
const LABEL_PRIORITY_HOVERED = 2000;
const LABEL_PRIORITY_SELECTED = 1000;
const LABEL_PRIORITY_HIGHLIGHT = 500;
/** Highlighted nodes whose labels are forced (the largest first); the rest compete as usual. */
const MAX_HIGHLIGHT_LABELS = 40;

const PAPER_SIZE_BASE = 3;
const PAPER_SIZE_SCALE = 1.2;

/** A paper's drawn size in the authors + papers view, from its data size. */
export function paperDisplaySize(dataSize: number): number {
  return PAPER_SIZE_BASE + dataSize * PAPER_SIZE_SCALE;
}

interface Frame {
  graph: AppGraph | null;
  index: FilterIndex | null;
  visibility: Visibility | null;
  hovered: string | null;
  selected: string | null;
  mode: ViewMode;
  /** Each coauthor link's dominant category while links are coloured by it, else null. */
  linkCategories: Map<string, string> | null;
  highlight: ReadonlySet<string> | null;
  years: FirstYears | null;
  mainCategories: Int32Array | null;
  sizes: Float32Array | null;
  path: PathMarks | null;
  /** Node whose neighbourhood is highlighted (hovered wins over selected), or null. */
  focus: string | null;
  /** Focus plus its visible neighbours. */
  focusSet: Set<string>;
  /**
   * Nodes whose label is forced, with the priority the label placer gives them when two would
   * overlap: the hovered node's group first, then the selected one's, each strongest link first.
   */
  forced: Map<string, number>;
}

/**
 * Neighbours shown with a node: over visible edges, or, for a node the view hides (a paper in
 * the coauthor view, a folded author), its visible neighbours over any edge, so selecting a
 * paper from the search in the coauthor view still lights up its authors.
 */
export function visibleNeighbours(graph: AppGraph, visibility: Visibility, node: string): string[] {
  const out: string[] = [];
  const shown = visibility.isNodeVisible(node);
  graph.forEachEdge(node, (edge, _attrs, source, target) => {
    const other = source === node ? target : source;
    if (shown ? visibility.isEdgeVisible(edge) : visibility.isNodeVisible(other)) out.push(other);
  });
  return out;
}

/** The node and its strongest visible neighbours (see MAX_FORCED_LABELS), strongest first. */
export function labelled(graph: AppGraph, visibility: Visibility, node: string | null): string[] {
  if (node === null || !graph.hasNode(node)) return [];
  const strength = new Map<string, number>();
  const shown = visibility.isNodeVisible(node);
  graph.forEachEdge(node, (edge, attrs, source, target) => {
    const other = source === node ? target : source;
    if (!(shown ? visibility.isEdgeVisible(edge) : visibility.isNodeVisible(other))) return;
    const weight = attrs.kind === "coauthor" ? attrs.weight : 1;
    strength.set(other, Math.max(strength.get(other) ?? 0, weight));
  });
  const ranked = [...strength]
    .map(([key, weight]) => ({ key, weight, size: graph.getNodeAttribute(key, "size") as number }))
    .sort((a, b) => b.weight - a.weight || b.size - a.size || (a.key < b.key ? -1 : 1))
    .slice(0, MAX_FORCED_LABELS)
    .map((n) => n.key);
  return [node, ...ranked];
}

function buildFrame(inputs: ReducerInputs): Frame {
  const { graph, index, visibility, hovered, selected, mode } = inputs;
  const highlight = inputs.highlight ?? null;
  const path = inputs.path ?? null;
  const focusSet = new Set<string>();
  const forced = new Map<string, number>();
  const force = (keys: string[], base: number) =>
    keys.forEach((k, rank) => {
      forced.set(k, Math.max(forced.get(k) ?? 0, base - rank));
    });
  let focus: string | null = null;
  if (graph && visibility) {
    const candidate = hovered ?? selected;
    if (candidate !== null && graph.hasNode(candidate)) {
      focus = candidate;
      focusSet.add(candidate);
      for (const n of visibleNeighbours(graph, visibility, candidate)) focusSet.add(n);
    }
    if (focus === null && highlight !== null) {
      const shown = [...highlight].filter((k) => graph.hasNode(k) && visibility.isNodeVisible(k));
      shown.sort(
        (a, b) =>
          (graph.getNodeAttribute(b, "size") as number) -
          (graph.getNodeAttribute(a, "size") as number),
      );
      force(shown.slice(0, MAX_HIGHLIGHT_LABELS), LABEL_PRIORITY_HIGHLIGHT);
    }
    force(labelled(graph, visibility, selected), LABEL_PRIORITY_SELECTED);
    if (hovered !== null && hovered !== selected) {
      force(labelled(graph, visibility, hovered), LABEL_PRIORITY_HOVERED);
    }
    if (path !== null) force([...path.nodes], LABEL_PRIORITY_PATH);
  }
  const linkCategories =
    graph && (inputs.linkColors === "category" || inputs.color === "category")
      ? coauthorLinkCategories(graph)
      : null;
  return {
    graph,
    index,
    visibility,
    hovered,
    selected,
    mode,
    linkCategories,
    highlight,
    years: inputs.years ?? null,
    mainCategories: inputs.mainCategories ?? null,
    sizes: inputs.sizes ?? null,
    path,
    focus,
    focusSet,
    forced,
  };
}

/** Build the pair of reducers; `read` is called on every item, so it must be cheap. */
export function createReducers(read: () => ReducerInputs) {
  let frame: Frame | null = null;
  const current = (): Frame => {
    const inputs = read();
    if (
      frame === null ||
      frame.graph !== inputs.graph ||
      frame.index !== inputs.index ||
      frame.visibility !== inputs.visibility ||
      frame.hovered !== inputs.hovered ||
      frame.selected !== inputs.selected ||
      frame.mode !== inputs.mode ||
      (frame.linkCategories !== null) !==
        (inputs.linkColors === "category" || inputs.color === "category") ||
      frame.highlight !== (inputs.highlight ?? null) ||
      frame.years !== (inputs.years ?? null) ||
      frame.mainCategories !== (inputs.mainCategories ?? null) ||
      frame.sizes !== (inputs.sizes ?? null) ||
      frame.path !== (inputs.path ?? null)
    ) {
      frame = buildFrame(inputs);
    }
    return frame;
  };

  const nodeReducer = (node: string, data: Record<string, unknown>): Partial<NodeDisplayData> => {
    const f = current();
    const out = data as unknown as Partial<NodeDisplayData> &
      LabelRank &
      VisibilityIndexed &
      AppNodeAttributes;
    const attrs = data as unknown as AppNodeAttributes;
    // Every node gets its full look, shown or not, and is never `hidden` by a filter: the
    // programs hide it on the GPU by its filter index (visibilityPrograms.ts), so a filter change
    // shows it again without running this reducer.
    const at = f.index?.nodeIndex.get(node) ?? -1;
    out.visibilityIndex = at;
    out.type = attrs.kind === "paper" ? "square" : "circle";
    out.zIndex = attrs.kind === "paper" ? 1 : 0;
    const year = f.years !== null && at >= 0 ? (f.years.node[at] as number) : NO_YEAR;
    if (attrs.kind === "author") {
      out.label = attrs.name;
      const category = f.mainCategories !== null && at >= 0 ? (f.mainCategories[at] as number) : -1;
      out.color =
        year !== NO_YEAR && f.years !== null
          ? yearScaleColor(yearPosition(year, f.years.min, f.years.max))
          : category >= 0 && f.index !== null
            ? categoryColor(f.index.categories[category] as string)
            : clusterColor(attrs.community);
      const size = f.sizes !== null && at >= 0 ? (f.sizes[at] as number) : Number.NaN;
      if (!Number.isNaN(size)) out.size = size;
    } else if (attrs.kind === "paper") {
      out.label = shortTitle(attrs.title);
      out.color =
        year !== NO_YEAR && f.years !== null
          ? yearScaleColor(yearPosition(year, f.years.min, f.years.max))
          : attrs.namesake
            ? NAMESAKE_PAPER_COLOR
            : categoryColor(attrs.category);
      // Papers are the hubs of the bipartite view: a touch larger than their data size so the
      // squares read as squares next to the author discs.
      out.size = paperDisplaySize(attrs.size);
    } else {
      out.color = canvasColors().fold;
      out.forceLabel = true;
    }
    if (f.visibility === null) return out;
    if (!f.visibility.isNodeVisible(node)) {
      // Drawn but not shown: the rest of the graph around a faded ego network.
      if (f.visibility.drawnNodes !== f.visibility.nodeVisible) dim(out);
      return out;
    }
    const dimmed =
      f.path !== null
        ? !f.path.nodes.has(node)
        : f.focus !== null
          ? !f.focusSet.has(node)
          : f.highlight !== null && !f.highlight.has(node);
    if (dimmed) {
      dim(out);
      return out;
    }
    const priority = f.forced.get(node);
    if (priority !== undefined) {
      out.forceLabel = true;
      out.labelPriority = priority;
    }
    // The hovered node's name is on sigma's hover card (the selected one's too: highlighted).
    if (node === f.hovered) out.labelCard = true;
    if (node === f.selected) {
      out.highlighted = true;
      out.zIndex = 3;
    } else if (f.path !== null) {
      out.zIndex = 2;
    } else if (f.focus !== null) {
      out.zIndex = node === f.focus ? 3 : 2;
    } else if (f.highlight !== null) {
      out.zIndex = 2;
    }
    return out;
  };

  const edgeReducer = (edge: string, data: Record<string, unknown>): Partial<EdgeDisplayData> => {
    const f = current();
    const out = data as unknown as Partial<EdgeDisplayData> & VisibilityIndexed;
    const attrs = data as unknown as AppEdgeAttributes;
    // The full look whether shown or not (see the node reducer).
    const at = f.index?.edgeIndex.get(edge) ?? -1;
    out.visibilityIndex = at;
    const year = f.years !== null && at >= 0 ? (f.years.edge[at] as number) : NO_YEAR;
    const yearColor =
      year !== NO_YEAR && f.years !== null
        ? yearLinkColor(yearPosition(year, f.years.min, f.years.max))
        : null;
    if (attrs.kind === "coauthor") {
      out.size = coauthorEdgeSize(attrs.weight);
      const category = f.linkCategories?.get(edge);
      out.color =
        yearColor ??
        (category === undefined ? canvasColors().coauthorEdge : categoryLinkColor(category));
    } else {
      out.size = attrs.kind === "fold" ? 1.5 : 0.6;
      out.color = yearColor ?? canvasColors().edge;
    }
    if (f.visibility === null || f.graph === null) return out;
    if (!f.visibility.isEdgeVisible(edge)) {
      if (f.visibility.drawnEdges !== f.visibility.edgeVisible) {
        out.color = canvasColors().dimmedEdge;
        out.zIndex = 0;
      }
      return out;
    }
    if (f.path !== null) {
      if (f.path.edges.has(edge)) {
        out.color = canvasColors().focusEdge;
        out.size = Math.max(3, (out.size ?? 1) * 1.5);
        out.zIndex = 2;
      } else {
        out.color = canvasColors().dimmedEdge;
        out.zIndex = 0;
      }
    } else if (f.focus !== null) {
      const [s, t] = f.graph.extremities(edge);
      if (s === f.focus || t === f.focus) {
        // Links coloured by category or year keep their colour; the dimmed rest shows the focus.
        if ((f.linkCategories === null && f.years === null) || attrs.kind !== "coauthor") {
          out.color = canvasColors().focusEdge;
        }
        out.zIndex = 1;
      } else {
        out.color = canvasColors().dimmedEdge;
        out.zIndex = 0;
      }
    } else if (f.highlight !== null) {
      const [s, t] = f.graph.extremities(edge);
      if (!(f.highlight.has(s) && f.highlight.has(t))) {
        out.color = canvasColors().dimmedEdge;
        out.zIndex = 0;
      }
    }
    return out;
  };

  return { nodeReducer, edgeReducer };
}

/** The look of a node kept in the background (dimmed by a focus, a search, a path or an ego network). */
function dim(out: Partial<NodeDisplayData>): void {
  out.color = canvasColors().dimmedNode;
  out.label = null;
  out.forceLabel = false;
  out.zIndex = 0;
}

/** Canvas labels cut long titles; the details panel shows them whole. */
export function shortTitle(title: string, max = 48): string {
  return title.length <= max ? title : `${title.slice(0, max - 1).trimEnd()}…`;
}
