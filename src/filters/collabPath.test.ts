// Collaboration paths on a small graph whose shortest chains are worked out by hand: the tie
// broken by joint papers, filters and the hidden owner applied, and "no path" with a reason;
// then, on the real network, lengths checked against graphology-shortest-path.
import { UndirectedGraph } from "graphology";
import { bidirectional } from "graphology-shortest-path/unweighted";
import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW, type ViewState } from "../model/viewState";
import { collaborationPath } from "./collabPath";
import { defaultAppGraph } from "./defaultGraph.fixture";
import { buildFilterIndex } from "./filterIndex";
import { smallIndex } from "./smallGraph.testing";
import { computeVisibility } from "./visibility";

// a–b, b–d, a–c, c–d (two papers), d–e, f–o, a–o, and a–e only in 2010; o is the owner.
const index = smallIndex(
  [
    { id: "p1", authors: ["a", "b"] },
    { id: "p2", authors: ["b", "d"] },
    { id: "p3", authors: ["a", "c"] },
    { id: "p4", authors: ["c", "d"] },
    { id: "p5", authors: ["c", "d"] },
    { id: "p6", authors: ["d", "e"] },
    { id: "p7", authors: ["f", "o"] },
    { id: "p8", authors: ["a", "o"] },
    { id: "p9", authors: ["a", "e"], year: 2010 },
  ],
  ["o"],
);
const path = (from: string, to: string, patch: Partial<ViewState> = {}) => {
  const view = { ...DEFAULT_VIEW, ...patch };
  const { nodePasses } = computeVisibility(index, view);
  return collaborationPath(index, `author:${from}`, `author:${to}`, {
    nodePasses,
    excludeOwner: view.hideOwner,
  });
};
const names = (result: ReturnType<typeof path>) =>
  result.found ? result.nodes.map((k) => k.slice("author:".length)) : result.reason;

describe("collaborationPath", () => {
  it("takes a direct link when there is one", () => {
    const result = path("a", "e");
    expect(names(result)).toEqual(["a", "e"]);
    expect(result.found && result.steps[0]?.papers).toEqual(["paper:p9"]);
  });

  it("among shortest chains, takes the one with most joint papers", () => {
    // Without 2010, a→e is three steps: via b (1+1+1 papers) or via c (1+2+1): c wins.
    const result = path("a", "e", { from: 2015 });
    expect(names(result)).toEqual(["a", "c", "d", "e"]);
    if (!result.found) throw new Error("expected a path");
    expect(result.jointPapers).toBe(4);
    expect(result.steps.map((s) => s.papers)).toEqual([
      ["paper:p3"],
      ["paper:p4", "paper:p5"],
      ["paper:p6"],
    ]);
    expect(result.steps[1]?.from).toBe("author:c");
    expect(result.steps[1]?.to).toBe("author:d");
  });

  it("goes through the owner unless the owner is hidden", () => {
    expect(names(path("f", "b"))).toEqual(["f", "o", "a", "b"]);
    expect(names(path("f", "b", { hideOwner: true }))).toBe(
      "no collaboration links them under the current filters",
    );
  });

  it("says why an end cannot be on a path", () => {
    expect(names(path("o", "a", { hideOwner: true }))).toBe("author:o is the hidden owner");
    expect(names(path("a", "e", { to: 2009 }))).toBe(
      "author:a has no paper passing the current filters",
    );
    const paper = collaborationPath(index, "paper:p1", "author:a", {
      nodePasses: computeVisibility(index, DEFAULT_VIEW).nodePasses,
      excludeOwner: false,
    });
    expect(paper).toEqual({ found: false, reason: "paper:p1 is not an author here" });
  });

  it("a path from an author to themself is that author", () => {
    expect(names(path("d", "d"))).toEqual(["d"]);
  });
});

describe("collaborationPath on the default network", () => {
  const graph = defaultAppGraph();
  const real = buildFilterIndex(graph);
  const owners = new Set(real.ownerKeys);

  /** The coauthor graph as graphology-shortest-path reads it, owners left out on request. */
  const coauthorGraph = (skipOwners: boolean) => {
    const g = new UndirectedGraph();
    graph.forEachEdge((_e, a, s, t) => {
      if (a.kind !== "coauthor") return;
      if (skipOwners && (owners.has(s) || owners.has(t))) return;
      g.mergeEdge(s, t);
    });
    return g;
  };

  for (const hideOwner of [false, true]) {
    it(`is as short as graphology-shortest-path finds, with joint papers at each step (owner hidden: ${hideOwner})`, () => {
      const reference = coauthorGraph(hideOwner);
      const { nodePasses } = computeVisibility(real, { ...DEFAULT_VIEW, hideOwner });
      const linked = reference.nodes().sort();
      let compared = 0;
      for (let i = 0; i < linked.length; i += 7) {
        for (let j = i + 3; j < linked.length; j += 11) {
          const a = linked[i] as string;
          const b = linked[j] as string;
          const expected = bidirectional(reference, a, b);
          const result = collaborationPath(real, a, b, { nodePasses, excludeOwner: hideOwner });
          expect(result.found).toBe(expected !== null);
          if (!result.found || expected === null) continue;
          compared++;
          expect(result.nodes.length).toBe(expected.length);
          for (const step of result.steps) {
            expect(step.papers.length).toBeGreaterThan(0);
            for (const paper of step.papers) {
              expect(graph.hasEdge(step.from, paper) && graph.hasEdge(step.to, paper)).toBe(true);
            }
          }
        }
      }
      expect(compared).toBeGreaterThan(20);
    });
  }
});
