// Ego networks on a small graph whose neighbourhoods are worked out by hand: hops, filters and
// the hidden owner inside the ego network, the bipartite view's hops, fading, and the counts.
import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW, type ViewState } from "../model/viewState";
import { shownCounts } from "./shownCounts";
import { smallIndex } from "./smallGraph.testing";
import { computeVisibility } from "./visibility";

// a–b, b–d, a–c, c–d (twice), d–e, f–o, a–o, and a–e only in 2010; o is the owner.
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
const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });
const shownAuthors = (v: ViewState) => {
  const vis = computeVisibility(index, v);
  return ["a", "b", "c", "d", "e", "f", "o"].filter((n) => vis.isNodeVisible(`author:${n}`));
};

describe("ego network (coauthor view)", () => {
  it("one hop: the node and its coauthors", () => {
    expect(shownAuthors(view({ ego: { node: "author:c", hops: 1 } }))).toEqual(["a", "c", "d"]);
  });

  it("two hops: coauthors of coauthors, not further", () => {
    expect(shownAuthors(view({ ego: { node: "author:c", hops: 2 } }))).toEqual([
      "a",
      "b",
      "c",
      "d",
      "e",
      "o",
    ]);
  });

  it("the hidden owner is no shortcut, and is not shown", () => {
    const v = view({ ego: { node: "author:f", hops: 2 }, hideOwner: true });
    expect(shownAuthors(v)).toEqual(["f"]);
    expect(shownAuthors(view({ ego: { node: "author:f", hops: 2 } }))).toEqual(["a", "f", "o"]);
  });

  it("filters apply inside: a link whose papers are filtered out is not followed", () => {
    expect(shownAuthors(view({ ego: { node: "author:e", hops: 1 } }))).toEqual(["a", "d", "e"]);
    expect(shownAuthors(view({ ego: { node: "author:e", hops: 1 }, from: 2015 }))).toEqual([
      "d",
      "e",
    ]);
  });

  it("counts what the ego network shows: its authors, and the papers linking them", () => {
    const vis = computeVisibility(index, view({ ego: { node: "author:c", hops: 1 } }));
    expect(vis.visibleAuthors).toBe(3);
    // Papers with two of a, c and d: p3 (a, c), p4 and p5 (c, d).
    expect(vis.visiblePapers).toBe(3);
    expect(vis.nodePasses[index.nodeIndex.get("paper:p3") as number]).toBe(1);
    expect(vis.nodePasses[index.nodeIndex.get("paper:p1") as number]).toBe(0);
    expect(vis.isNodeVisible("author:b")).toBe(false);
    expect(vis.shownNodes).toBe(3);
    // a–c and c–d; a and d are not linked.
    expect(vis.shownEdges).toBe(2);
    expect(shownCounts(index, vis, "coauthors").drawnAuthors).toBe(3);
  });

  it("fade keeps the rest drawn but out of the counts", () => {
    const hidden = computeVisibility(index, view({ ego: { node: "author:c", hops: 1 } }));
    const faded = computeVisibility(
      index,
      view({ ego: { node: "author:c", hops: 1 }, egoFade: true }),
    );
    const plain = computeVisibility(index, DEFAULT_VIEW);
    expect(faded.drawnNodes).toEqual(plain.nodeVisible);
    expect(faded.drawnEdges).toEqual(plain.edgeVisible);
    expect(hidden.drawnNodes).toBe(hidden.nodeVisible);
    expect(faded.nodeVisible).toEqual(hidden.nodeVisible);
    expect(faded.visibleAuthors).toBe(3);
    expect(faded.egoMembers?.[index.nodeIndex.get("author:b") as number]).toBe(0);
  });
});

describe("ego network (authors + papers view)", () => {
  it("a hop is a paper and its authors", () => {
    const vis = computeVisibility(
      index,
      view({ view: "bipartite", ego: { node: "author:c", hops: 1 } }),
    );
    const shown = index.nodeKeys.filter((k) => vis.isNodeVisible(k)).sort();
    expect(shown).toEqual(["author:a", "author:c", "author:d", "paper:p3", "paper:p4", "paper:p5"]);
    expect(vis.visiblePapers).toBe(3);
    expect(vis.visibleAuthors).toBe(3);
  });
});

describe("no ego network", () => {
  it("leaves the view alone and draws what it shows", () => {
    const vis = computeVisibility(index, DEFAULT_VIEW);
    expect(vis.egoMembers).toBeNull();
    expect(vis.drawnNodes).toBe(vis.nodeVisible);
    expect(vis.visibleAuthors).toBe(7);
  });
});
