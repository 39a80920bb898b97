// The table view's rows: the same sets the counters count (on the real default graph and a
// small one worked out by hand), facts under the filters, and stable sorting.
import { describe, expect, it } from "vitest";
import { prepareAtlasGraph } from "../graph/appGraph";
import { DEFAULT_VIEW, type ViewState } from "../model/viewState";
import { defaultAppGraph } from "./defaultGraph.fixture";
import { buildFilterIndex } from "./filterIndex";
import { shownCounts } from "./shownCounts";
import { smallSerialized } from "./smallGraph.testing";
import { authorRows, paperRows, sortAuthorRows, sortPaperRows } from "./tableRows";
import { computeVisibility } from "./visibility";

describe("table rows on the default network", () => {
  const graph = defaultAppGraph();
  const index = buildFilterIndex(graph);
  for (const patch of [{}, { from: 2022 }, { view: "bipartite" as const }, { hideOwner: true }]) {
    it(`count what the counters count (${JSON.stringify(patch)})`, () => {
      const view: ViewState = { ...DEFAULT_VIEW, ...patch };
      const vis = computeVisibility(index, view);
      expect(authorRows(index, graph, vis).length).toBe(
        shownCounts(index, vis, view.view).drawnAuthors,
      );
      expect(paperRows(index, graph, vis).length).toBe(vis.visiblePapers);
    });
  }
});

describe("table rows on a small graph", () => {
  const graph = prepareAtlasGraph(
    smallSerialized([
      { id: "p1", authors: ["ann", "bob"], year: 2019 },
      { id: "p2", authors: ["ann", "cy"], year: 2021 },
      { id: "p3", authors: ["ann", "bob", "cy"], year: 2023 },
    ]),
  );
  const index = buildFilterIndex(graph);
  const rows = (patch: Partial<ViewState>) =>
    authorRows(index, graph, computeVisibility(index, { ...DEFAULT_VIEW, ...patch }));

  it("counts papers, coauthors and years under the filters", () => {
    const ann = rows({}).find((r) => r.name === "ann");
    expect(ann).toMatchObject({ papers: 3, coauthors: 2, firstYear: 2019, lastYear: 2023 });
    const later = rows({ from: 2020 }).find((r) => r.name === "bob");
    expect(later).toMatchObject({ papers: 1, coauthors: 2, firstYear: 2023, lastYear: 2023 });
  });

  it("sorts by any column either way, ties by key", () => {
    const all = rows({});
    const byPapers = sortAuthorRows(all, { column: "papers", direction: "descending" });
    expect(byPapers.map((r) => r.name)).toEqual(["ann", "bob", "cy"]);
    const byName = sortAuthorRows(all, { column: "name", direction: "descending" });
    expect(byName.map((r) => r.name)).toEqual(["cy", "bob", "ann"]);
    const papers = paperRows(index, graph, computeVisibility(index, DEFAULT_VIEW));
    const byYear = sortPaperRows(papers, { column: "year", direction: "descending" });
    expect(byYear.map((r) => r.key)).toEqual(["paper:p3", "paper:p2", "paper:p1"]);
    const byAuthors = sortPaperRows(papers, { column: "authors", direction: "ascending" });
    expect(byAuthors.map((r) => r.authors)).toEqual([2, 2, 3]);
    expect(byAuthors.map((r) => r.key)).toEqual(["paper:p1", "paper:p2", "paper:p3"]);
  });
});
