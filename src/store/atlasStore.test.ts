// The zustand store: each action goes through its reducer; no-op actions notify no one; camera
// moves leave filter-derived state (and the selectors panels read) untouched.
import { beforeEach, describe, expect, it } from "vitest";
import { defaultSerialized } from "../filters/defaultGraph.fixture";
import { atlasStore } from "./atlasStore";
import { INITIAL_STATE } from "./reducers";
import {
  selectCategoryFacets,
  selectFiltersActive,
  selectVisibleAuthors,
  selectVisibleCounts,
  selectVisiblePapers,
} from "./selectors";

const serialized = defaultSerialized();

describe("atlasStore", () => {
  beforeEach(() => {
    atlasStore.setState(INITIAL_STATE);
    atlasStore.getState().loadGraph(serialized, "default");
  });

  it("loads and filters through the reducers", () => {
    const s = atlasStore.getState();
    expect(s.status).toBe("ready");
    expect(selectVisiblePapers(s)).toBe(50);
    s.setCodeOnly(true);
    const after = atlasStore.getState();
    expect(selectVisiblePapers(after)).toBeLessThan(50);
    expect(selectFiltersActive(after)).toBe(true);
    after.setQuery("song");
    after.setCodeOnly(false);
    // The search text is no filter: nothing for "Clear all" to undo.
    expect(selectFiltersActive(atlasStore.getState())).toBe(false);
    atlasStore.getState().setCodeOnly(true);
    after.clearFilters();
    expect(selectVisiblePapers(atlasStore.getState())).toBe(50);
    expect(selectVisibleCounts(atlasStore.getState())).toMatchObject({
      papers: 50,
      totalPapers: 50,
    });
  });

  it("notifies nobody for an action that changes nothing", () => {
    let calls = 0;
    const unsubscribe = atlasStore.subscribe(() => calls++);
    const s = atlasStore.getState();
    s.select("author:nobody");
    s.setCodeOnly(false);
    s.setHovered(null);
    s.toggleCategory("QQ");
    expect(calls).toBe(0);
    s.setCodeOnly(true);
    expect(calls).toBe(1);
    unsubscribe();
  });

  it("camera moves change neither visibility nor what the panels select", () => {
    const before = atlasStore.getState();
    before.setCamera({ x: 0.3, y: 0.7, ratio: 1.2 });
    const after = atlasStore.getState();
    expect(after.view.camera).toEqual({ x: 0.3, y: 0.7, ratio: 1.2 });
    expect(after.visibility).toBe(before.visibility);
    expect(selectCategoryFacets(after)).toBe(selectCategoryFacets(before));
    expect(selectVisibleAuthors(after)).toBe(selectVisibleAuthors(before));
    expect(after.view.categories).toBe(before.view.categories);
  });

  it("applies a URL and exposes dropped parameters as notices", () => {
    atlasStore.getState().applyUrl("?from=abc&code=1");
    const s = atlasStore.getState();
    expect(s.view.codeOnly).toBe(true);
    expect(s.notices).toEqual(["Ignored from=abc: not a year"]);
    s.dismissNotice(0);
    expect(atlasStore.getState().notices).toEqual([]);
  });

  it("clearError leaves a failed open and keeps the graph that was showing", () => {
    const graph = atlasStore.getState().graph;
    atlasStore.getState().setError({ file: "bad.txt", line: 2, reason: "not a profile" });
    expect(atlasStore.getState().status).toBe("error");
    atlasStore.getState().clearError();
    const s = atlasStore.getState();
    expect(s.status).toBe("ready");
    expect(s.error).toBeNull();
    expect(s.graph).toBe(graph);
  });
});
