import { describe, expect, it } from "vitest";
import { mulberry32 } from "../graph/random";
import { type GridNode, ShownLabelGrid } from "./shownLabelGrid";
import { realAppGraph } from "./testGraph.testing";

const graph = realAppGraph();
const WIDTH = 648;
const HEIGHT = 749;
const CELL = 90;

interface Item {
  key: string;
  data: GridNode;
  x: number;
  y: number;
}

// Every node of the real graph, placed in a 648×749 viewport from its layout (a margin beyond
// the edges, as nodes outside the default view land in negative cells).
function items(): Item[] {
  let x0 = Infinity;
  let x1 = -Infinity;
  let y0 = Infinity;
  let y1 = -Infinity;
  graph.forEachNode((_k, a) => {
    x0 = Math.min(x0, a.x);
    x1 = Math.max(x1, a.x);
    y0 = Math.min(y0, a.y);
    y1 = Math.max(y1, a.y);
  });
  return graph.mapNodes((key, a) => ({
    key,
    data: { hidden: false, size: a.size },
    x: -40 + ((a.x - x0) / (x1 - x0)) * (WIDTH + 80),
    y: -40 + ((a.y - y0) / (y1 - y0)) * (HEIGHT + 80),
  }));
}

/** sigma 3.0.3's rule written out: the shown nodes per cell, largest first, ties by key. */
function reference(all: Item[], ratio: number, density: number): string[] {
  const columns = Math.ceil(WIDTH / CELL);
  const cells: Record<number, Item[]> = {};
  for (const it of all) {
    if (it.data.hidden) continue;
    const k = Math.floor(it.y / CELL) * columns + Math.floor(it.x / CELL);
    cells[k] ??= [];
    cells[k].push(it);
  }
  const perCell = Math.ceil(density / (ratio * ratio));
  const out: string[] = [];
  // An object walked with for…in, as sigma does.
  for (const k in cells) {
    const cell = (cells[k] as Item[]).sort(
      (a, b) => b.data.size - a.data.size || (a.key > b.key ? 1 : -1),
    );
    for (const it of cell.slice(0, perCell)) out.push(it.key);
  }
  return out;
}

function gridOf(all: Item[]): ShownLabelGrid {
  const grid = new ShownLabelGrid();
  grid.resizeAndClear({ width: WIDTH, height: HEIGHT }, CELL);
  for (const it of all) grid.add(it.key, it.data, it.x, it.y);
  grid.organize();
  return grid;
}

describe("ShownLabelGrid", () => {
  it("proposes what sigma's grid built from the shown nodes would, in the same order", () => {
    const all = items();
    const grid = gridOf(all);
    const random = mulberry32(7);
    for (const share of [0, 0.3, 0.9, 1]) {
      for (const it of all) it.data.hidden = random() < share;
      for (const ratio of [4, 1, 0.5, 0.1]) {
        expect(grid.getLabelsToDisplay(ratio, 1.6)).toEqual(reference(all, ratio, 1.6));
      }
    }
  });

  it("follows `hidden` as it changes, without a rebuild", () => {
    const all = items();
    const grid = gridOf(all);
    const before = grid.getLabelsToDisplay(1, 1);
    expect(before.length).toBeGreaterThan(0);
    const first = all.find((it) => it.key === before[0]) as Item;
    first.data.hidden = true;
    const after = grid.getLabelsToDisplay(1, 1);
    expect(after).not.toContain(first.key);
    expect(after).toEqual(reference(all, 1, 1));
    for (const it of all) it.data.hidden = true;
    expect(grid.getLabelsToDisplay(1, 1)).toEqual([]);
  });
});
