// Filter changes painted straight into sigma's buffers. A filter only flips which nodes and
// edges are shown; everything else about their look is what sigma's last full pass computed.
// So, after each full pass, it keeps a copy of each program buffer as if every item were shown,
// and a filter change copies each flipped item's slot from it (or zeros it, which is what sigma
// writes for a hidden item) and sets `hidden` on sigma's display data; lookups are resolved once
// per full pass into arrays by filter index: no reducer, no colour parsing, no string-keyed
// lookup per item.
// Labels: after every full pass sigma's label grid is swapped for a ShownLabelGrid over all
// nodes, which proposes shown nodes only, so a filter change needs no grid rebuild.
// At 50k nodes a full refresh takes about a second and sigma's own partial refresh (reducers
// per flipped item) ~0.1 s; this is a few milliseconds.
//
// It relies on sigma 3.0.3 internals (pinned in package.json): the display-data caches, program
// slots and fingerprints of the last `process()`, the programs' `process(...)`, `array` and
// `STRIDE` (buffers are uploaded whole at each render), the label grid.
// Conditions: the reducers must give hidden items their full look (only `hidden` may depend on
// visibility), and nothing else may have changed since the last full pass (hover, selection,
// view mode: the caller refreshes fully for those).
import type Sigma from "sigma";
import type { FilterIndex } from "../filters/filterIndex";
import type { Visibility } from "../filters/visibility";
import { ShownLabelGrid } from "./shownLabelGrid";

interface DisplayData {
  hidden: boolean;
  label?: string | null;
  size: number;
  x: number;
  y: number;
  forceLabel?: boolean;
  type: string;
}

interface ProgramLike {
  process(fingerprint: number, position: number, ...data: DisplayData[]): void;
}

/** A program that writes buffers: a fixed number of floats (`STRIDE`) per slot. */
interface LeafProgram {
  array: Float32Array;
  STRIDE: number;
}

/** The parts of a sigma 3.0.3 instance this module reads and writes. */
interface SigmaInternals {
  nodeDataCache: Record<string, DisplayData>;
  edgeDataCache: Record<string, DisplayData>;
  nodeProgramIndex: Record<string, number>;
  edgeProgramIndex: Record<string, number>;
  nodeIndices: Record<string, number>;
  edgeIndices: Record<string, number>;
  nodePrograms: Record<string, ProgramLike>;
  edgePrograms: Record<string, ProgramLike>;
  nodesWithForcedLabels: Set<string>;
  labelGrid: unknown;
  /** Set by a full refresh until its `process()` runs (in the next frame when scheduled). */
  needToProcess: boolean;
}

/** A program's buffer with its copy as if every item were shown. */
interface Leaf {
  array: Float32Array;
  shown: Float32Array;
  stride: number;
}

/** Nodes or edges of the last full pass, by filter index. */
interface Items {
  data: DisplayData[];
  /** Index of the item's program in `programs`. */
  program: Uint8Array;
  slot: Int32Array;
  print: Int32Array;
  programs: ProgramLike[];
  /** Per program, its buffers with their shown copies (null until made). */
  leaves: Leaf[][] | null;
}

export interface VisibilityPainter {
  /**
   * Show `next` where sigma last drew `prev` (both on `index`) and schedule a frame. False when
   * it cannot (sigma has not processed this graph, a full refresh is pending, or an item has no
   * slot): the caller then refreshes fully.
   */
  paint(index: FilterIndex, prev: Visibility, next: Visibility): boolean;
  /** Stop listening to sigma. */
  kill(): void;
}

function collect(
  keys: string[],
  cache: Record<string, DisplayData>,
  slots: Record<string, number>,
  prints: Record<string, number>,
  programsByType: Record<string, ProgramLike>,
): Items | null {
  const n = keys.length;
  const data: DisplayData[] = new Array(n);
  const program = new Uint8Array(n);
  const slot = new Int32Array(n);
  const print = new Int32Array(n);
  const programs: ProgramLike[] = [];
  const ids = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const key = keys[i] as string;
    const d = cache[key];
    const s = slots[key];
    const p = prints[key];
    if (d === undefined || s === undefined || p === undefined) return null;
    let id = ids.get(d.type);
    if (id === undefined) {
      const found = programsByType[d.type];
      if (found === undefined || programs.length === 255) return null;
      id = programs.length;
      programs.push(found);
      ids.set(d.type, id);
    }
    data[i] = d;
    program[i] = id;
    slot[i] = s;
    print[i] = p;
  }
  return { data, program, slot, print, programs, leaves: null };
}

/** The buffers a program writes: its own, or those of a compound program's parts. */
function leafPrograms(program: ProgramLike): LeafProgram[] {
  const parts = (program as unknown as { programs?: ProgramLike[] }).programs;
  if (parts) return parts.flatMap(leafPrograms);
  const leaf = program as unknown as Partial<LeafProgram>;
  if (!(leaf.array instanceof Float32Array) || typeof leaf.STRIDE !== "number") {
    throw new Error("visibilityPainter: unexpected sigma program (no array/STRIDE)");
  }
  return [leaf as LeafProgram];
}

/**
 * Fill the shown copies: every item hidden at the last pass is written once as shown, the
 * buffers are copied, and those items are zeroed again (what sigma writes for a hidden item).
 */
function makeShownCopies(nodes: Items, edges: Items, source: Int32Array, target: Int32Array) {
  const nodeZero: number[] = [];
  for (let i = 0; i < nodes.data.length; i++) if (nodes.data[i]?.hidden) nodeZero.push(i);
  const edgeZero: number[] = [];
  for (let i = 0; i < edges.data.length; i++) {
    const d = edges.data[i] as DisplayData;
    const s = nodes.data[source[i] as number] as DisplayData;
    const t = nodes.data[target[i] as number] as DisplayData;
    if (d.hidden || s.hidden || t.hidden) edgeZero.push(i);
  }
  // Edges zeroed for an end's sake only keep `hidden` false; the others are hidden themselves.
  const hiddenEdges = edgeZero.filter((i) => (edges.data[i] as DisplayData).hidden);
  for (const i of nodeZero) (nodes.data[i] as DisplayData).hidden = false;
  for (const i of hiddenEdges) (edges.data[i] as DisplayData).hidden = false;
  for (const i of nodeZero) {
    const p = nodes.programs[nodes.program[i] as number] as ProgramLike;
    p.process(nodes.print[i] as number, nodes.slot[i] as number, nodes.data[i] as DisplayData);
  }
  for (const i of edgeZero) {
    const p = edges.programs[edges.program[i] as number] as ProgramLike;
    p.process(
      edges.print[i] as number,
      edges.slot[i] as number,
      nodes.data[source[i] as number] as DisplayData,
      nodes.data[target[i] as number] as DisplayData,
      edges.data[i] as DisplayData,
    );
  }
  for (const items of [nodes, edges]) {
    items.leaves = items.programs.map((p) =>
      leafPrograms(p).map((leaf) => ({
        array: leaf.array,
        shown: leaf.array.slice(),
        stride: leaf.STRIDE,
      })),
    );
  }
  for (const i of nodeZero) {
    (nodes.data[i] as DisplayData).hidden = true;
    writeSlot(nodes, i, false);
  }
  for (const i of hiddenEdges) (edges.data[i] as DisplayData).hidden = true;
  for (const i of edgeZero) writeSlot(edges, i, false);
}

/** Item `i`'s slot in each of its program's buffers: its shown copy, or zeros. */
function writeSlot(items: Items, i: number, shown: boolean): void {
  const leaves = (items.leaves as Leaf[][])[items.program[i] as number] as Leaf[];
  const slot = items.slot[i] as number;
  for (let l = 0; l < leaves.length; l++) {
    const { array, shown: copy, stride } = leaves[l] as Leaf;
    const start = slot * stride;
    const end = start + stride;
    if (shown) for (let k = start; k < end; k++) array[k] = copy[k] as number;
    else for (let k = start; k < end; k++) array[k] = 0;
  }
}

/**
 * Rewrite the edges whose byte differs between `before` and `after` (1 = shown); returns their
 * count. Equal stretches are skipped four bytes at a time, and the usual case, one program with
 * one buffer (sigma's line program), runs with everything in locals: at 50k nodes a step flips
 * up to ~100k of 229k edges.
 */
function flipEdges(edges: Items, before: Uint8Array, after: Uint8Array): number {
  const n = after.length;
  const leaves = edges.leaves as Leaf[][];
  const single = leaves.length === 1 && leaves[0]?.length === 1 ? leaves[0][0] : undefined;
  const aligned = before.byteOffset % 4 === 0 && after.byteOffset % 4 === 0;
  const words = aligned ? n >> 2 : 0;
  const w0 = new Uint32Array(before.buffer, before.byteOffset, words);
  const w1 = new Uint32Array(after.buffer, after.byteOffset, words);
  const slots = edges.slot;
  let flips = 0;
  const flip = (i: number) => {
    if (single === undefined) {
      writeSlot(edges, i, after[i] === 1);
      return;
    }
    const { array, shown, stride } = single;
    const start = (slots[i] as number) * stride;
    const end = start + stride;
    if (after[i] === 1) for (let k = start; k < end; k++) array[k] = shown[k] as number;
    else for (let k = start; k < end; k++) array[k] = 0;
  };
  for (let w = 0; w < words; w++) {
    if (w0[w] === w1[w]) continue;
    for (let i = w << 2, end = i + 4; i < end; i++) {
      if (before[i] !== after[i]) {
        flip(i);
        flips++;
      }
    }
  }
  for (let i = words << 2; i < n; i++) {
    if (before[i] !== after[i]) {
      flip(i);
      flips++;
    }
  }
  return flips;
}

/** A ShownLabelGrid over every labelled node, placed as sigma's full pass places them. */
function shownLabelGrid(sigma: Sigma, nodes: Items, keys: string[]): ShownLabelGrid {
  const grid = new ShownLabelGrid();
  grid.resizeAndClear(sigma.getDimensions(), sigma.getSetting("labelGridCellSize"));
  // sigma's grid holds positions under the default camera; with no rotation the mapping from
  // framed-graph coordinates is a scale and a shift per axis, found from two points.
  const cameraState = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
  const o = sigma.framedGraphToViewport({ x: 0, y: 0 }, { cameraState });
  const u = sigma.framedGraphToViewport({ x: 1, y: 1 }, { cameraState });
  const sx = u.x - o.x;
  const sy = u.y - o.y;
  for (let i = 0; i < nodes.data.length; i++) {
    const data = nodes.data[i] as DisplayData;
    if (typeof data.label !== "string") continue;
    grid.add(keys[i] as string, data, o.x + sx * data.x, o.y + sy * data.y);
  }
  grid.organize();
  return grid;
}

export function createVisibilityPainter(
  sigma: Sigma,
  currentIndex: () => FilterIndex | null,
): VisibilityPainter {
  const internals = sigma as unknown as SigmaInternals;
  // What the last full pass made, for `index`; edges and the shown copies come later (below).
  let made: { index: FilterIndex; nodes: Items; edges: Items | null } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  /** Edges and the shown copies, once per full pass; false if sigma's state does not fit. */
  const complete = (): boolean => {
    if (made === null) return false;
    if (made.edges !== null) return true;
    const { index, nodes } = made;
    const edges = collect(
      index.edgeKeys,
      internals.edgeDataCache,
      internals.edgeProgramIndex,
      internals.edgeIndices,
      internals.edgePrograms,
    );
    if (edges === null) {
      made = null;
      return false;
    }
    makeShownCopies(nodes, edges, index.edgeSource, index.edgeTarget);
    made.edges = edges;
    return true;
  };

  // A full pass makes new display data, slots and buffers. The nodes and the label grid are
  // redone at once (the frame being drawn reads the grid); edges and the shown copies, the
  // larger part, in a task of their own after the frame, or by the first paint that comes first.
  const afterProcess = () => {
    made = null;
    cancel();
    const index = currentIndex();
    if (index === null) return;
    const nodes = collect(
      index.nodeKeys,
      internals.nodeDataCache,
      internals.nodeProgramIndex,
      internals.nodeIndices,
      internals.nodePrograms,
    );
    if (nodes === null) return;
    made = { index, nodes, edges: null };
    internals.labelGrid = shownLabelGrid(sigma, nodes, index.nodeKeys);
    timer = setTimeout(() => {
      timer = null;
      // Only if no other pass is on its way: it would be wasted.
      if (!internals.needToProcess) complete();
    }, 0);
  };
  sigma.on("afterProcess", afterProcess);

  return {
    paint(index, prev, next) {
      const a = prev.nodeVisible;
      const b = next.nodeVisible;
      const ea = prev.edgeVisible;
      const eb = next.edgeVisible;
      if (a.length !== index.nodeCount || b.length !== index.nodeCount) return false;
      if (ea.length !== index.edgeCount || eb.length !== index.edgeCount) return false;
      // A full refresh is pending: its display data were computed from an older visibility and
      // its slots do not exist yet; it must be redone instead.
      if (internals.needToProcess) return false;
      if (made === null || made.index !== index || !complete()) return false;
      const { nodes, edges } = made as { nodes: Items; edges: Items };
      const forced = internals.nodesWithForcedLabels;
      let nodeFlips = 0;
      for (let i = 0; i < b.length; i++) {
        if (a[i] === b[i]) continue;
        const data = nodes.data[i] as DisplayData;
        data.hidden = b[i] === 0;
        if (data.forceLabel) {
          if (data.hidden) forced.delete(index.nodeKeys[i] as string);
          else forced.add(index.nodeKeys[i] as string);
        }
        writeSlot(nodes, i, !data.hidden);
        nodeFlips++;
      }
      // A shown edge has both ends shown (filters hide an edge with either end), so its shown
      // copy is what sigma would write for it. Edges' own `hidden` is left as the last full pass
      // set it: sigma reads it only in a full pass (edge labels and edge events are off), which
      // makes new display data, and writing it here would cost a cache miss per edge (about
      // half of this loop at 50k nodes).
      const edgeFlips = flipEdges(edges, ea, eb);
      if (nodeFlips + edgeFlips > 0) sigma.scheduleRender();
      return true;
    },
    kill() {
      sigma.off("afterProcess", afterProcess);
      cancel();
      made = null;
    },
  };
}
