// Levels of detail on the canvas: in the authors + papers view of a large network, papers are
// drawn as the camera zooms in to where they stand apart (src/filters/paperLevels.ts gives each
// its level). This sits between the filters' drawn bytes and the visibility bytes the programs
// read: it hands them the drawn bytes less the papers of finer levels, and again whenever a
// camera move crosses a level. Nothing else changes: the filters, their counts and the URL keep
// every paper; the stage bar tells how many wait for a closer zoom (paperDetailStatus).
import type Sigma from "sigma";
import type { FilterIndex } from "../filters/filterIndex";
import {
  type DetailMask,
  levelForZoom,
  maskByLevel,
  type NodePlaces,
  PAPER_LEVEL_COUNT,
  type PaperLevels,
  paperLevels,
} from "../filters/paperLevels";
import { CAMERA_BOUNDS } from "../url/viewParams";
import { paperDisplaySize, type ReducerInputs } from "./graphReducers";
import type { VisibilityBytes } from "./visibilityPrograms";

/** Room between two papers' squares on screen, beyond their own sizes (px). */
const PAPER_GAP_PIXELS = 3;

export interface PaperDetailStatus {
  /** Papers drawn now, and papers the filters keep that wait for a closer zoom. */
  drawnPapers: number;
  foldedPapers: number;
}

const NONE: PaperDetailStatus = { drawnPapers: 0, foldedPapers: 0 };
let current: PaperDetailStatus = NONE;
const listeners = new Set<() => void>();

function publish(status: PaperDetailStatus): void {
  if (status.drawnPapers === current.drawnPapers && status.foldedPapers === current.foldedPapers) {
    return;
  }
  current = status;
  for (const listener of listeners) listener();
}

/** The page's level-of-detail status, for the stage bar (useSyncExternalStore's pair). */
export const paperDetailStatus = {
  get: (): PaperDetailStatus => current,
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

const placesCache = new WeakMap<FilterIndex, NodePlaces>();

/** Positions and sizes by filter index, read from the graph once per loaded index. */
function placesOf(graph: NonNullable<ReducerInputs["graph"]>, index: FilterIndex): NodePlaces {
  let places = placesCache.get(index);
  if (places) return places;
  const n = index.nodeCount;
  places = { x: new Float64Array(n), y: new Float64Array(n), size: new Float64Array(n) };
  for (let i = 0; i < n; i++) {
    const key = index.nodeKeys[i] as string;
    if (!graph.hasNode(key)) continue;
    const a = graph.getNodeAttributes(key);
    places.x[i] = Number(a.x) || 0;
    places.y[i] = Number(a.y) || 0;
    places.size[i] = Number(a.size) || 1;
  }
  placesCache.set(index, places);
  return places;
}

/**
 * The data size spacing is judged on: the 90th percentile of the drawn papers' (the largest
 * would let one outlier thin out every paper).
 */
function spacingPaperSize(index: FilterIndex, places: NodePlaces, drawn: Uint8Array): number {
  const sizes: number[] = [];
  for (const p of index.papers) if (drawn[p] === 1) sizes.push(places.size[p] as number);
  if (sizes.length === 0) return 1;
  sizes.sort((a, b) => a - b);
  return sizes[Math.floor(sizes.length * 0.9)] as number;
}

export interface PaperDetail {
  /** Follow the store (called with each new set of reducer inputs). */
  update(inputs: ReducerInputs): void;
  remove(): void;
}

/**
 * Keep `visibility` equal to the store's drawn bytes less the papers `sigma`'s camera is too far
 * out to show apart. Outside the authors + papers view, or below PAPER_DETAIL_MIN_PAPERS drawn
 * papers, the bytes are the store's own arrays, as before.
 */
export function installPaperDetail(sigma: Sigma, visibility: VisibilityBytes): PaperDetail {
  let inputs: ReducerInputs | null = null;
  let levels: PaperLevels | null = null;
  let levelsFor: Uint8Array | null = null;
  let paperSize = 1;
  let keep: number[] = [];
  let keepFor: { graph: unknown; selected: string | null } = { graph: null, selected: null };
  let zoomLevel = -1;
  let mask: DetailMask | null = null;

  // The finest level the camera shows; zoomed in all the way, every paper (papers at one spot
  // would otherwise never show).
  const levelNow = (of: PaperLevels): number => {
    const cameraState = sigma.getCamera().getState();
    if (cameraState.ratio <= CAMERA_BOUNDS.minRatio * 1.001) return PAPER_LEVEL_COUNT;
    // With the camera's state given, sigma computes the matrix afresh (its own is the last
    // frame's, and a camera event comes before the frame that follows it).
    const a = sigma.graphToViewport({ x: 0, y: 0 }, { cameraState });
    const b = sigma.graphToViewport({ x: 1, y: 0 }, { cameraState });
    const minCell = 2 * sigma.scaleSize(paperSize) + PAPER_GAP_PIXELS;
    return levelForZoom(of, Math.hypot(b.x - a.x, b.y - a.y), minCell);
  };

  // The selected node and its neighbours are drawn at any zoom: a selection must show.
  const keptNodes = (s: ReducerInputs): number[] => {
    if (keepFor.graph === s.graph && keepFor.selected === s.selected) return keep;
    keepFor = { graph: s.graph, selected: s.selected };
    keep = [];
    const { graph, index, selected } = s;
    if (graph && index && selected !== null && graph.hasNode(selected)) {
      const own = index.nodeIndex.get(selected);
      if (own !== undefined) keep.push(own);
      graph.forEachNeighbor(selected, (other) => {
        const i = index.nodeIndex.get(other);
        if (i !== undefined) keep.push(i);
      });
    }
    return keep;
  };

  const apply = () => {
    const s = inputs;
    if (s === null || s.visibility === null) return;
    const { drawnNodes, drawnEdges } = s.visibility;
    let next: DetailMask | null = null;
    if (s.mode === "bipartite" && s.graph !== null && s.index !== null) {
      if (levelsFor !== drawnNodes || levels === null) {
        const places = placesOf(s.graph, s.index);
        levels = paperLevels(s.index, places, drawnNodes);
        levelsFor = drawnNodes;
        paperSize = paperDisplaySize(spacingPaperSize(s.index, places, drawnNodes));
      }
      if (levels.active) {
        zoomLevel = levelNow(levels);
        next = maskByLevel(s.index, drawnNodes, drawnEdges, levels, zoomLevel, keptNodes(s));
      }
    } else {
      levels = null;
      levelsFor = null;
    }
    mask = next;
    const nodes = next?.nodes ?? drawnNodes;
    const edges = next?.edges ?? drawnEdges;
    if (visibility.nodes !== nodes || visibility.edges !== edges) visibility.set(nodes, edges);
    publish(next ? { drawnPapers: next.drawnPapers, foldedPapers: next.foldedPapers } : NONE);
  };

  // A camera move (or a new graph's framing, known after sigma's pass) may cross a level.
  const onCamera = () => {
    if (mask === null || levels === null || !levels.active) return;
    if (levelNow(levels) !== zoomLevel) apply();
  };
  const camera = sigma.getCamera();
  camera.on("updated", onCamera);
  sigma.on("afterProcess", onCamera);

  return {
    update(next) {
      const prev = inputs;
      inputs = next;
      if (
        prev === null ||
        prev.visibility !== next.visibility ||
        prev.mode !== next.mode ||
        prev.graph !== next.graph ||
        prev.index !== next.index ||
        prev.selected !== next.selected
      ) {
        apply();
      }
    },
    remove() {
      camera.off("updated", onCamera);
      sigma.off("afterProcess", onCamera);
      publish(NONE);
    },
  };
}
