// Filter changes painted straight into sigma's buffers. A filter only flips which nodes and
// edges are shown; everything else about their look is what sigma's last full pass computed.
// So, per flipped item, this sets `hidden` on sigma's display data and asks the item's program
// to rewrite its slot (zeros when hidden), with every lookup resolved once per full pass into
// arrays by filter index: no reducer, no attribute copy, no string-keyed lookup per item.
// Labels: after every full pass sigma's label grid is swapped for a ShownLabelGrid over all
// nodes, which proposes shown nodes only, so a filter change needs no grid rebuild.
// At 50k nodes a full refresh takes about a second and sigma's own partial refresh (reducers
// per flipped item) ~0.1 s; this is a few milliseconds.
//
// It relies on sigma 3.0.3 internals (pinned in package.json): the display-data caches, program
// slots and fingerprints of the last `process()`, the programs' `process(...)`, the label grid.
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

interface NodeProgramLike {
  process(fingerprint: number, position: number, data: DisplayData): void;
}

interface EdgeProgramLike {
  process(
    fingerprint: number,
    position: number,
    source: DisplayData,
    target: DisplayData,
    data: DisplayData,
  ): void;
}

/** The parts of a sigma 3.0.3 instance this module reads and writes. */
interface SigmaInternals {
  nodeDataCache: Record<string, DisplayData>;
  edgeDataCache: Record<string, DisplayData>;
  nodeProgramIndex: Record<string, number>;
  edgeProgramIndex: Record<string, number>;
  nodeIndices: Record<string, number>;
  edgeIndices: Record<string, number>;
  nodePrograms: Record<string, NodeProgramLike>;
  edgePrograms: Record<string, EdgeProgramLike>;
  nodesWithForcedLabels: Set<string>;
  labelGrid: unknown;
  /** Set by a full refresh until its `process()` runs (in the next frame when scheduled). */
  needToProcess: boolean;
}

/** Each node's display data, program, slot and fingerprint, by filter index. */
interface NodeTable {
  index: FilterIndex;
  nodeData: DisplayData[];
  nodeProgram: NodeProgramLike[];
  nodeSlot: Int32Array;
  nodePrint: Int32Array;
}

/** The same for edges. */
interface EdgeTable {
  index: FilterIndex;
  edgeData: DisplayData[];
  edgeProgram: EdgeProgramLike[];
  edgeSlot: Int32Array;
  edgePrint: Int32Array;
}

export interface PaintCounts {
  nodes: number;
  edges: number;
}

export interface VisibilityPainter {
  /**
   * Show `next` where sigma last drew `prev` (both on `index`) and schedule a frame. Returns the
   * number of flipped items, or null when it cannot (sigma has not processed this graph, a full
   * refresh is pending, or an item has no slot): the caller then refreshes fully.
   */
  paint(index: FilterIndex, prev: Visibility, next: Visibility): PaintCounts | null;
  /** Stop listening to sigma. */
  kill(): void;
}

function buildNodeTable(internals: SigmaInternals, index: FilterIndex): NodeTable | null {
  const { nodeDataCache, nodeProgramIndex, nodeIndices, nodePrograms } = internals;
  const n = index.nodeCount;
  const nodeData: DisplayData[] = new Array(n);
  const nodeProgram: NodeProgramLike[] = new Array(n);
  const nodeSlot = new Int32Array(n);
  const nodePrint = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const key = index.nodeKeys[i] as string;
    const data = nodeDataCache[key];
    const slot = nodeProgramIndex[key];
    const print = nodeIndices[key];
    const program = data ? nodePrograms[data.type] : undefined;
    if (!data || !program || slot === undefined || print === undefined) return null;
    nodeData[i] = data;
    nodeProgram[i] = program;
    nodeSlot[i] = slot;
    nodePrint[i] = print;
  }
  return { index, nodeData, nodeProgram, nodeSlot, nodePrint };
}

function buildEdgeTable(internals: SigmaInternals, index: FilterIndex): EdgeTable | null {
  const { edgeDataCache, edgeProgramIndex, edgeIndices, edgePrograms } = internals;
  const m = index.edgeCount;
  const edgeData: DisplayData[] = new Array(m);
  const edgeProgram: EdgeProgramLike[] = new Array(m);
  const edgeSlot = new Int32Array(m);
  const edgePrint = new Int32Array(m);
  for (let i = 0; i < m; i++) {
    const key = index.edgeKeys[i] as string;
    const data = edgeDataCache[key];
    const slot = edgeProgramIndex[key];
    const print = edgeIndices[key];
    const program = data ? edgePrograms[data.type] : undefined;
    if (!data || !program || slot === undefined || print === undefined) return null;
    edgeData[i] = data;
    edgeProgram[i] = program;
    edgeSlot[i] = slot;
    edgePrint[i] = print;
  }
  return { index, edgeData, edgeProgram, edgeSlot, edgePrint };
}

/** A ShownLabelGrid over every labelled node, placed as sigma's full pass places them. */
function shownLabelGrid(sigma: Sigma, table: NodeTable): ShownLabelGrid {
  const grid = new ShownLabelGrid();
  grid.resizeAndClear(sigma.getDimensions(), sigma.getSetting("labelGridCellSize"));
  // sigma's grid holds positions under the default camera; with no rotation the mapping from
  // framed-graph coordinates is a scale and a shift per axis, found from two points.
  const cameraState = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
  const o = sigma.framedGraphToViewport({ x: 0, y: 0 }, { cameraState });
  const u = sigma.framedGraphToViewport({ x: 1, y: 1 }, { cameraState });
  const sx = u.x - o.x;
  const sy = u.y - o.y;
  const { nodeData } = table;
  const keys = table.index.nodeKeys;
  for (let i = 0; i < nodeData.length; i++) {
    const data = nodeData[i] as DisplayData;
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
  let nodes: NodeTable | null = null;
  let edges: EdgeTable | null = null;
  let edgeTimer: ReturnType<typeof setTimeout> | null = null;
  const cancelEdgeBuild = () => {
    if (edgeTimer !== null) clearTimeout(edgeTimer);
    edgeTimer = null;
  };
  // A full pass makes new display data and new slots: the node table and the label grid are
  // redone at once (the frame being drawn reads the grid); the edge table, the larger one, in
  // a task of its own after the frame, or by the first paint that needs it before.
  const afterProcess = () => {
    nodes = null;
    edges = null;
    cancelEdgeBuild();
    const index = currentIndex();
    if (index === null) return;
    nodes = buildNodeTable(internals, index);
    if (nodes === null) return;
    internals.labelGrid = shownLabelGrid(sigma, nodes);
    edgeTimer = setTimeout(() => {
      edgeTimer = null;
      if (edges === null) edges = buildEdgeTable(internals, index);
    }, 0);
  };
  sigma.on("afterProcess", afterProcess);

  return {
    paint(index, prev, next) {
      const a = prev.nodeVisible;
      const b = next.nodeVisible;
      const ea = prev.edgeVisible;
      const eb = next.edgeVisible;
      if (a.length !== index.nodeCount || b.length !== index.nodeCount) return null;
      if (ea.length !== index.edgeCount || eb.length !== index.edgeCount) return null;
      // A full refresh is pending: its display data were computed from an older visibility and
      // its slots do not exist yet; it must be redone instead.
      if (internals.needToProcess) return null;
      if (nodes === null || nodes.index !== index) return null;
      if (edges === null || edges.index !== index) edges = buildEdgeTable(internals, index);
      if (edges === null) return null;
      const { nodeData, nodeProgram, nodeSlot, nodePrint } = nodes;
      const { edgeData, edgeProgram, edgeSlot, edgePrint } = edges;
      const forced = internals.nodesWithForcedLabels;
      let nodeFlips = 0;
      for (let i = 0; i < b.length; i++) {
        if (a[i] === b[i]) continue;
        const data = nodeData[i] as DisplayData;
        data.hidden = b[i] === 0;
        if (data.forceLabel) {
          if (data.hidden) forced.delete(index.nodeKeys[i] as string);
          else forced.add(index.nodeKeys[i] as string);
        }
        (nodeProgram[i] as NodeProgramLike).process(
          nodePrint[i] as number,
          nodeSlot[i] as number,
          data,
        );
        nodeFlips++;
      }
      // Edges after nodes: an edge's program also reads its ends' `hidden`.
      const source = index.edgeSource;
      const target = index.edgeTarget;
      let edgeFlips = 0;
      for (let i = 0; i < eb.length; i++) {
        if (ea[i] === eb[i]) continue;
        const data = edgeData[i] as DisplayData;
        data.hidden = eb[i] === 0;
        (edgeProgram[i] as EdgeProgramLike).process(
          edgePrint[i] as number,
          edgeSlot[i] as number,
          nodeData[source[i] as number] as DisplayData,
          nodeData[target[i] as number] as DisplayData,
          data,
        );
        edgeFlips++;
      }
      if (nodeFlips + edgeFlips > 0) sigma.scheduleRender();
      return { nodes: nodeFlips, edges: edgeFlips };
    },
    kill() {
      sigma.off("afterProcess", afterProcess);
      cancelEdgeBuild();
      nodes = null;
      edges = null;
    },
  };
}
