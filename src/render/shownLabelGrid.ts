// A label grid over every node, shown or hidden, that proposes shown nodes only. sigma's own
// grid holds the nodes shown at its last full pass, so a filter change would need a full pass
// (about a second at 50k nodes) or a rebuild (tens of ms) to label what it shows. This grid is
// built once per full pass and reads each node's `hidden` when a frame asks for labels: a
// filter change costs it nothing. Same proposals as sigma 3.0.3's LabelGrid (cells of
// `labelGridCellSize` under the default camera, each cell's largest nodes first, ties by key,
// `ceil(density / ratio²)` per cell), among the shown nodes.

/** What the grid reads of a node: sigma's display data, kept up to date by the painter. */
export interface GridNode {
  hidden: boolean;
  size: number;
}

interface Candidate {
  key: string;
  size: number;
  data: GridNode;
  /** Insertion rank: orders the cells outside the default view (see organize). */
  seq: number;
}

function compare(a: Candidate, b: Candidate): number {
  if (a.size !== b.size) return b.size - a.size;
  return a.key > b.key ? 1 : -1;
}

export class ShownLabelGrid {
  private cellSize = 1;
  private columns = 0;
  private cells = new Map<number, Candidate[]>();
  /** Cells with an array-index number, ascending: walked first (see organize). */
  private indexed: Candidate[][] = [];
  /** The other cells (negative numbers: left of or above the default view). */
  private outside: Candidate[][] = [];
  private added = 0;

  resizeAndClear(dimensions: { width: number; height: number }, cellSize: number): void {
    this.cellSize = cellSize;
    this.columns = Math.ceil(dimensions.width / cellSize);
    this.cells = new Map();
    this.indexed = [];
    this.outside = [];
    this.added = 0;
  }

  /** `x`, `y`: viewport position under the default camera (as sigma's grid). */
  add(key: string, data: GridNode, x: number, y: number): void {
    const index = Math.floor(y / this.cellSize) * this.columns + Math.floor(x / this.cellSize);
    let cell = this.cells.get(index);
    if (cell === undefined) {
      cell = [];
      this.cells.set(index, cell);
    }
    cell.push({ key, size: data.size, data, seq: this.added++ });
  }

  organize(): void {
    for (const cell of this.cells.values()) cell.sort(compare);
    // sigma keeps cells in an object and walks it with for…in: array-index keys ascending, then
    // the others in the order they were created, i.e. by their first shown node. Labels are
    // placed in that order and the first placed wins an overlap, so the order is kept exactly.
    const keys = [...this.cells.keys()];
    const cell = (k: number) => this.cells.get(k) as Candidate[];
    this.indexed = keys
      .filter((k) => k >= 0)
      .sort((a, b) => a - b)
      .map(cell);
    this.outside = keys.filter((k) => k < 0).map(cell);
  }

  /** sigma's call: the keys whose labels may be drawn at this camera ratio. */
  getLabelsToDisplay(ratio: number, density: number): string[] {
    const perCell = Math.ceil(density / (ratio * ratio));
    const labels: string[] = [];
    const take = (cell: Candidate[]) => {
      let taken = 0;
      for (let i = 0; i < cell.length && taken < perCell; i++) {
        const c = cell[i] as Candidate;
        if (c.data.hidden) continue;
        labels.push(c.key);
        taken++;
      }
    };
    for (const cell of this.indexed) take(cell);
    if (this.outside.length > 0) {
      const firstShown = (cell: Candidate[]) => {
        let first = Infinity;
        for (const c of cell) if (!c.data.hidden && c.seq < first) first = c.seq;
        return first;
      };
      const order = this.outside
        .map((cell) => ({ cell, first: firstShown(cell) }))
        .filter((o) => o.first !== Infinity)
        .sort((a, b) => a.first - b.first);
      for (const o of order) take(o.cell);
    }
    return labels;
  }
}
