import { describe, expect, it } from "vitest";
import { defaultSerialized } from "../filters/defaultGraph.fixture";
import { buildFilterIndex } from "../filters/filterIndex";
import { computeVisibility } from "../filters/visibility";
import { prepareAtlasGraph } from "../graph/appGraph";
import { DEFAULT_VIEW, type ViewState } from "../model/viewState";
import { type BBox, framingKey, viewBBox } from "./framing";

// The default data with its full ingest layout, as the app receives it: where the isolated
// BIG-bench disc sits relative to the network is what the framing is about.
const graph = prepareAtlasGraph(defaultSerialized());
const index = buildFilterIndex(graph);

function extentOf(keys: string[]): BBox {
  const xs = keys.map((k) => graph.getNodeAttribute(k, "x") as number);
  const ys = keys.map((k) => graph.getNodeAttribute(k, "y") as number);
  return { x: [Math.min(...xs), Math.max(...xs)], y: [Math.min(...ys), Math.max(...ys)] };
}

function shownKeys(view: ViewState): string[] {
  const vis = computeVisibility(index, view);
  return graph.filterNodes((k) => vis.isNodeVisible(k));
}

const area = (b: BBox) => (b.x[1] - b.x[0]) * (b.y[1] - b.y[0]);

describe("viewBBox", () => {
  it("frames exactly the nodes the coauthor view shows, not the hidden ones", () => {
    const box = viewBBox(graph, index, DEFAULT_VIEW) as BBox;
    expect(box).toEqual(extentOf(shownKeys(DEFAULT_VIEW)));
    // The isolated BIG-bench authors are hidden by default and lie outside that box.
    const isolated = graph.filterNodes((k) => index.isIsolated[index.nodeIndex.get(k) ?? -1] === 1);
    expect(isolated.length).toBeGreaterThan(100);
    const outside = isolated.filter((k) => {
      const { x, y } = graph.getNodeAttributes(k);
      return x < box.x[0] || x > box.x[1] || y < box.y[0] || y > box.y[1];
    });
    expect(outside.length).toBeGreaterThan(0);
  });

  it("reads the view's own visibility when the view has no filter on, and ignores it otherwise", () => {
    const own = computeVisibility(index, DEFAULT_VIEW);
    expect(viewBBox(graph, index, DEFAULT_VIEW, own)).toEqual(viewBBox(graph, index, DEFAULT_VIEW));
    // Handed a visibility that shows one node: used as it is, since the view is unfiltered.
    const one = graph.filterNodes((k) => own.isNodeVisible(k))[0] as string;
    const lone = { ...own, nodeVisible: new Uint8Array(own.nodeVisible.length) };
    lone.nodeVisible[index.nodeIndex.get(one) as number] = 1;
    const { x, y } = graph.getNodeAttributes(one);
    expect(viewBBox(graph, index, DEFAULT_VIEW, lone)).toEqual({
      x: [x - 0.5, x + 0.5],
      y: [y - 0.5, y + 0.5],
    });
    // A filtered view frames its unfiltered nodes whatever visibility it carries.
    const filtered = { ...DEFAULT_VIEW, from: index.yearMax };
    expect(viewBBox(graph, index, filtered, lone)).toEqual(viewBBox(graph, index, DEFAULT_VIEW));
  });

  it("grows to take in the isolated authors when they are shown", () => {
    const shown = { ...DEFAULT_VIEW, showIsolated: true };
    const box = viewBBox(graph, index, shown) as BBox;
    expect(box).toEqual(extentOf(shownKeys(shown)));
    expect(area(box)).toBeGreaterThan(area(viewBBox(graph, index, DEFAULT_VIEW) as BBox));
  });

  it("frames papers and fold nodes in the bipartite view", () => {
    const bipartite = { ...DEFAULT_VIEW, view: "bipartite" as const };
    const box = viewBBox(graph, index, bipartite) as BBox;
    expect(box).toEqual(extentOf(shownKeys(bipartite)));
  });

  it("depends on the view mode and toggles only: filters, selection and camera leave it alone", () => {
    const base = viewBBox(graph, index, DEFAULT_VIEW);
    const filtered: ViewState = {
      ...DEFAULT_VIEW,
      from: 2025,
      categories: [index.categories[0] as string],
      codeOnly: true,
      node: graph.nodes()[0] as string,
      camera: { x: 0.2, y: 0.7, ratio: 0.3 },
    };
    expect(computeVisibility(index, filtered).shownNodes).toBeLessThan(
      computeVisibility(index, DEFAULT_VIEW).shownNodes,
    );
    expect(viewBBox(graph, index, filtered)).toEqual(base);
    expect(framingKey(filtered)).toBe(framingKey(DEFAULT_VIEW));
    expect(framingKey({ ...DEFAULT_VIEW, view: "bipartite" })).not.toBe(framingKey(DEFAULT_VIEW));
    expect(framingKey({ ...DEFAULT_VIEW, hideOwner: true })).not.toBe(framingKey(DEFAULT_VIEW));
    expect(framingKey({ ...DEFAULT_VIEW, showIsolated: true })).not.toBe(framingKey(DEFAULT_VIEW));
  });
});
