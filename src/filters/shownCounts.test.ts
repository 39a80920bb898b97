// shownCounts on the real default graph: drawn authors match the visibility's own per-node
// flags, and every passing author is either drawn or counted under the toggle that hides it.
import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW, type ViewState } from "../model/viewState";
import { defaultAppGraph } from "./defaultGraph.fixture";
import { buildFilterIndex, NODE_AUTHOR } from "./filterIndex";
import { shownCounts } from "./shownCounts";
import { computeVisibility } from "./visibility";

const graph = defaultAppGraph();
const index = buildFilterIndex(graph);
const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });
const counts = (v: ViewState) => shownCounts(index, computeVisibility(index, v), v.view);

function drawnAuthorsOf(v: ViewState): number {
  const visibility = computeVisibility(index, v);
  let n = 0;
  for (let i = 0; i < index.nodeCount; i++) {
    if (index.nodeKind[i] === NODE_AUTHOR && visibility.nodeVisible[i] === 1) n++;
  }
  return n;
}

describe("shownCounts", () => {
  it("coauthor view: drawn + hidden under the cap = passing, and the cap hides some", () => {
    const c = counts(DEFAULT_VIEW);
    expect(c.drawnAuthors).toBe(drawnAuthorsOf(DEFAULT_VIEW));
    expect(c.hiddenIsolated).toBe(index.isolatedCount);
    expect(c.hiddenIsolated).toBeGreaterThan(0);
    expect(c.drawnAuthors + c.hiddenIsolated).toBe(c.passingAuthors);
    expect(c.passingAuthors).toBe(computeVisibility(index, DEFAULT_VIEW).visibleAuthors);
    expect(c.drawnPapers).toBe(0);
  });

  it("Hide owner takes the owner off the drawn count and counts it as hidden", () => {
    const shown = counts(DEFAULT_VIEW);
    const hidden = counts(view({ hideOwner: true }));
    expect(hidden.hiddenOwners).toBe(1);
    expect(hidden.drawnAuthors).toBe(shown.drawnAuthors - 1);
    expect(hidden.drawnAuthors).toBe(drawnAuthorsOf(view({ hideOwner: true })));
  });

  it("showing isolated authors draws every passing author", () => {
    const c = counts(view({ showIsolated: true }));
    expect(c.hiddenIsolated).toBe(0);
    expect(c.drawnAuthors).toBe(c.passingAuthors);
  });

  it("bipartite view: papers drawn, folded authors counted apart", () => {
    const v = view({ view: "bipartite" });
    const c = counts(v);
    expect(c.drawnPapers).toBe(computeVisibility(index, v).visiblePapers);
    expect(c.foldedAuthors).toBeGreaterThan(0);
    expect(c.drawnAuthors + c.foldedAuthors + c.hiddenOwners).toBe(c.passingAuthors);
    expect(c.drawnAuthors).toBe(drawnAuthorsOf(v));
  });

  it("a filter lowers drawn and passing alike", () => {
    const v = view({ venues: ["NeurIPS"] });
    const c = counts(v);
    expect(c.passingAuthors).toBe(computeVisibility(index, v).visibleAuthors);
    expect(c.drawnAuthors).toBeLessThan(counts(DEFAULT_VIEW).drawnAuthors);
    expect(c.drawnAuthors + c.hiddenIsolated).toBe(c.passingAuthors);
  });
});
