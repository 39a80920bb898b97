import { describe, expect, it } from "vitest";
import { buildFilterIndex } from "../filters/filterIndex";
import { firstYears, yearPosition } from "../filters/firstYears";
import { AUTHOR_SIZE_MAX, authorSizes, coauthorDegrees, coauthorPairs } from "../filters/measures";
import { computeVisibility } from "../filters/visibility";
import { DEFAULT_VIEW, type ViewState } from "../model/viewState";
import { createReducers, MAX_FORCED_LABELS, type ReducerInputs, shortTitle } from "./graphReducers";
import { DIMMED_NODE_COLOR, yearLinkColor, yearScaleColor } from "./palette";
import { realAppGraph } from "./testGraph.testing";

const graph = realAppGraph();
const index = buildFilterIndex(graph);

function setup(view: ViewState, hovered: string | null = null, selected: string | null = null) {
  const inputs: ReducerInputs = {
    graph,
    index,
    visibility: computeVisibility(index, view),
    mode: view.view,
    hovered,
    selected,
  };
  return { inputs, ...createReducers(() => inputs) };
}

const node = (reducer: ReturnType<typeof setup>["nodeReducer"], key: string) =>
  reducer(key, { ...graph.getNodeAttributes(key) });

describe("createReducers", () => {
  it("hides nothing itself and gives every item its filter index, which the programs read", () => {
    const { nodeReducer, edgeReducer } = setup(DEFAULT_VIEW);
    graph.forEachNode((key) => {
      const d = node(nodeReducer, key) as { hidden?: boolean; visibilityIndex?: number };
      expect(d.hidden).not.toBe(true);
      expect(d.visibilityIndex).toBe(index.nodeIndex.get(key));
    });
    graph.forEachEdge((key) => {
      const d = edgeReducer(key, { ...graph.getEdgeAttributes(key) }) as {
        hidden?: boolean;
        visibilityIndex?: number;
      };
      expect(d.hidden).not.toBe(true);
      expect(d.visibilityIndex).toBe(index.edgeIndex.get(key));
    });
  });

  it("gives every item the same look whatever the filters: a filter change runs no reducer", () => {
    // The programs hide filtered-out items on the GPU; what the reducers wrote at the last full
    // pass must stay right when a filter shows an item again.
    const years: number[] = [];
    graph.forEachNode((_k, a) => {
      if (a.kind === "paper") years.push(a.year);
    });
    const cut = [...years].sort((a, b) => a - b)[Math.floor(years.length / 2)] as number;
    for (const view of ["coauthors", "bipartite"] as const) {
      const all = setup({ ...DEFAULT_VIEW, view });
      const some = setup({ ...DEFAULT_VIEW, view, from: cut });
      let flipped = 0;
      graph.forEachNode((key) => {
        if (
          all.inputs.visibility?.isNodeVisible(key) !== some.inputs.visibility?.isNodeVisible(key)
        )
          flipped++;
        expect(node(some.nodeReducer, key)).toEqual(node(all.nodeReducer, key));
      });
      graph.forEachEdge((key) => {
        const attrs = graph.getEdgeAttributes(key);
        expect(some.edgeReducer(key, { ...attrs })).toEqual(all.edgeReducer(key, { ...attrs }));
      });
      expect(flipped).toBeGreaterThan(0);
    }
  });

  it("labels authors by name and papers by (short) title, papers as squares", () => {
    const { nodeReducer } = setup({ ...DEFAULT_VIEW, view: "bipartite" });
    const author = graph.findNode((_k, a) => a.kind === "author") as string;
    const paper = graph.findNode((_k, a) => a.kind === "paper") as string;
    expect(node(nodeReducer, author).label).toBe(graph.getNodeAttribute(author, "name" as never));
    const p = node(nodeReducer, paper);
    expect(p.type).toBe("square");
    expect(p.label).toBe(shortTitle(graph.getNodeAttribute(paper, "title" as never)));
  });

  it("dims everything outside the hovered node's visible neighbourhood", () => {
    const probe = setup(DEFAULT_VIEW);
    const visibility = probe.inputs.visibility;
    if (!visibility) throw new Error("no visibility");
    // A visible non-owner author with at least one visible coauthor edge.
    const hovered = graph.findNode(
      (k, a) =>
        a.kind === "author" &&
        !a.owner &&
        visibility.isNodeVisible(k) &&
        graph.edges(k).some((e) => visibility.isEdgeVisible(e)),
    ) as string;
    const neighbours = new Set(
      graph
        .edges(hovered)
        .filter((e) => visibility.isEdgeVisible(e))
        .map((e) => graph.opposite(hovered, e)),
    );
    const { nodeReducer } = setup(DEFAULT_VIEW, hovered);
    graph.forEachNode((key) => {
      if (!visibility.isNodeVisible(key)) return;
      const d = node(nodeReducer, key);
      const inside = key === hovered || neighbours.has(key);
      expect(d.color === DIMMED_NODE_COLOR).toBe(!inside);
      if (inside && neighbours.size <= MAX_FORCED_LABELS) expect(d.forceLabel).toBe(true);
    });
  });

  it("forces at most MAX_FORCED_LABELS neighbour labels around a hub", () => {
    const owner = graph.findNode((_k, a) => a.kind === "author" && a.owner) as string;
    const { nodeReducer } = setup(DEFAULT_VIEW, null, owner);
    let forced = 0;
    // The label layer draws forced labels of shown nodes only (the others keep their full look).
    const visibility = setup(DEFAULT_VIEW).inputs.visibility;
    graph.forEachNode((key) => {
      const d = node(nodeReducer, key);
      if (d.forceLabel && visibility?.isNodeVisible(key)) forced++;
    });
    expect(forced).toBeGreaterThan(1);
    expect(forced).toBeLessThanOrEqual(MAX_FORCED_LABELS + 1);
  });

  it("forces the labels of the strongest collaborators: no unlabelled one has more joint papers", () => {
    const owner = graph.findNode((_k, a) => a.kind === "author" && a.owner) as string;
    const { nodeReducer, inputs } = setup(DEFAULT_VIEW, null, owner);
    const visibility = inputs.visibility;
    if (!visibility) throw new Error("no visibility");
    const weights = graph
      .edges(owner)
      .filter((e) => visibility.isEdgeVisible(e))
      .map((e) => {
        const attrs = graph.getEdgeAttributes(e);
        const other = graph.opposite(owner, e);
        const weight = attrs.kind === "coauthor" ? attrs.weight : 0;
        return { weight, forced: node(nodeReducer, other).forceLabel === true };
      });
    expect(weights.length).toBeGreaterThan(MAX_FORCED_LABELS);
    const forced = weights.filter((w) => w.forced);
    expect(forced).toHaveLength(MAX_FORCED_LABELS);
    const weakestForced = Math.min(...forced.map((w) => w.weight));
    const strongestOther = Math.max(...weights.filter((w) => !w.forced).map((w) => w.weight));
    expect(weakestForced).toBeGreaterThanOrEqual(strongestOther);
    expect(Math.max(...forced.map((w) => w.weight))).toBeGreaterThan(strongestOther);
  });
});

describe("shortTitle", () => {
  it("keeps short titles and cuts long ones with an ellipsis", () => {
    expect(shortTitle("Short")).toBe("Short");
    const cut = shortTitle("x".repeat(100), 20);
    expect(cut).toHaveLength(20);
    expect(cut.endsWith("…")).toBe(true);
  });
});

describe("createReducers: highlight (search matches, a legend cluster)", () => {
  const visibility = computeVisibility(index, DEFAULT_VIEW);
  const cluster = new Set(
    graph.filterNodes(
      (k, a) => a.kind === "author" && a.community === 1 && visibility.isNodeVisible(k),
    ),
  );

  it("dims every shown node outside the lit set and labels the lit ones", () => {
    const inputs: ReducerInputs = {
      graph,
      index,
      visibility,
      mode: "coauthors",
      hovered: null,
      selected: null,
      highlight: cluster,
    };
    const { nodeReducer, edgeReducer } = createReducers(() => inputs);
    expect(cluster.size).toBeGreaterThan(1);
    graph.forEachNode((key) => {
      if (!visibility.isNodeVisible(key)) return;
      const d = node(nodeReducer, key);
      expect(d.color === DIMMED_NODE_COLOR, key).toBe(!cluster.has(key));
      if (cluster.has(key) && cluster.size <= 40) expect(d.forceLabel).toBe(true);
    });
    graph.forEachEdge((key, _a, s, t) => {
      if (!visibility.isEdgeVisible(key)) return;
      const d = edgeReducer(key, { ...graph.getEdgeAttributes(key) });
      const lit = cluster.has(s) && cluster.has(t);
      expect(d.color === "#f0f1f3", key).toBe(!lit);
    });
  });

  it("gives way to a selected node's neighbourhood", () => {
    const selected = [...cluster][0] as string;
    const outside = graph.findNode(
      (k, a) =>
        a.kind === "author" &&
        visibility.isNodeVisible(k) &&
        !cluster.has(k) &&
        graph.areNeighbors(k, selected),
    ) as string;
    const inputs: ReducerInputs = {
      graph,
      index,
      visibility,
      mode: "coauthors",
      hovered: null,
      selected,
      highlight: cluster,
    };
    const { nodeReducer } = createReducers(() => inputs);
    expect(node(nodeReducer, outside).color).not.toBe(DIMMED_NODE_COLOR);
  });

  it("colours by first collaboration year and sizes authors by a measure", () => {
    const years = firstYears(index);
    const degrees = coauthorDegrees(coauthorPairs(index));
    const view = { ...DEFAULT_VIEW, color: "year" as const, size: "coauthors" as const };
    const inputs: ReducerInputs = {
      graph,
      index,
      visibility: computeVisibility(index, view),
      mode: view.view,
      hovered: null,
      selected: null,
      color: "year",
      years,
      sizes: authorSizes(index, "coauthors", degrees),
    };
    const { nodeReducer, edgeReducer } = createReducers(() => inputs);
    const author = index.nodeKeys[index.authors[0] as number] as string;
    const at = index.nodeIndex.get(author) as number;
    const position = (y: number) => yearPosition(y, years.min, years.max);
    const d = node(nodeReducer, author);
    expect(d.color).toBe(yearScaleColor(position(years.node[at] as number)));
    expect(years.node[at]).toBeGreaterThanOrEqual(years.min);
    const biggest = Math.max(...degrees);
    const slot = degrees.indexOf(biggest);
    expect(node(nodeReducer, index.nodeKeys[index.authors[slot] as number] as string).size).toBe(
      Math.fround(AUTHOR_SIZE_MAX),
    );
    const edge = index.edgeKeys[index.coauthorEdges[0] as number] as string;
    const e = index.edgeIndex.get(edge) as number;
    expect(edgeReducer(edge, { ...graph.getEdgeAttributes(edge) }).color).toBe(
      yearLinkColor(position(years.edge[e] as number)),
    );
  });
});

describe("createReducers: collaboration path and faded ego network", () => {
  const coauthorEdge = graph.findEdge((_e, a) => a.kind === "coauthor") as string;
  const [a, b] = graph.extremities(coauthorEdge);

  it("a path dims every node and link off it, even around the selection", () => {
    const inputs: ReducerInputs = {
      ...setup(DEFAULT_VIEW).inputs,
      selected: a,
      path: { nodes: new Set([a, b]), edges: new Set([coauthorEdge]) },
    };
    const { nodeReducer, edgeReducer } = createReducers(() => inputs);
    const other = graph.findNode(
      (k, at) => at.kind === "author" && k !== a && k !== b && graph.hasEdge(a, k),
    ) as string;
    expect(node(nodeReducer, other).color).toBe(DIMMED_NODE_COLOR);
    expect(node(nodeReducer, b).color).not.toBe(DIMMED_NODE_COLOR);
    expect(node(nodeReducer, b).forceLabel).toBe(true);
    const onPath = edgeReducer(coauthorEdge, { ...graph.getEdgeAttributes(coauthorEdge) });
    const offPath = graph.findEdge(
      a,
      (e, at) => at.kind === "coauthor" && e !== coauthorEdge,
    ) as string;
    const off = edgeReducer(offPath, { ...graph.getEdgeAttributes(offPath) });
    expect(onPath.zIndex).toBeGreaterThan(off.zIndex ?? 0);
    expect(onPath.color).not.toBe(off.color);
  });

  it("a faded ego network dims what it leaves out, and only then", () => {
    const ego = { node: a, hops: 1 as const };
    const faded = setup({ ...DEFAULT_VIEW, ego, egoFade: true });
    const outside = graph.findNode(
      (k, at) =>
        at.kind === "author" &&
        faded.inputs.visibility?.isNodeVisible(k) === false &&
        faded.inputs.visibility?.drawnNodes[index.nodeIndex.get(k) as number] === 1,
    ) as string;
    expect(outside).toBeDefined();
    expect(node(faded.nodeReducer, outside).color).toBe(DIMMED_NODE_COLOR);
    expect(node(setup(DEFAULT_VIEW).nodeReducer, outside).color).not.toBe(DIMMED_NODE_COLOR);
  });
});
