// Collaboration paths on a small graph whose shortest chains are worked out by hand: the tie
// broken by joint papers, filters and the hidden owner applied, and "no path" with a reason.
import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW, type ViewState } from "../model/viewState";
import { collaborationPath } from "./collabPath";
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
