// The ego, path and table reducers on the real default graph: what they accept, what they
// recompute, and how a link's unknown nodes are dropped with a notice.
import { describe, expect, it } from "vitest";
import { defaultSerialized } from "../filters/defaultGraph.fixture";
import * as r from "./reducers";

const loaded = r.loadGraph(r.INITIAL_STATE, defaultSerialized(), "default");
const index = loaded.index as NonNullable<typeof loaded.index>;
const owner = index.ownerKeys[0] as string;
/** A coauthor the default view draws (not one linked only through papers over the cap). */
const coauthor = index.nodeKeys.find(
  (k) => k.startsWith("author:") && k !== owner && loaded.visibility?.isNodeVisible(k),
) as string;

describe("setEgo / setEgoFade", () => {
  it("narrows what is shown and counted, and leaving restores it", () => {
    const focused = r.setEgo(loaded, { node: coauthor, hops: 1 });
    expect(focused.view.ego).toEqual({ node: coauthor, hops: 1 });
    const all = loaded.visibility?.visibleAuthors ?? 0;
    expect(focused.visibility?.visibleAuthors).toBeLessThan(all);
    expect(focused.visibility?.isNodeVisible(coauthor)).toBe(true);
    expect(r.setEgo(focused, null).visibility?.visibleAuthors).toBe(all);
  });

  it("ignores unknown nodes, bad hops and repeats", () => {
    expect(r.setEgo(loaded, { node: "author:nobody", hops: 1 })).toBe(loaded);
    expect(r.setEgo(loaded, { node: coauthor, hops: 3 as never })).toBe(loaded);
    const focused = r.setEgo(loaded, { node: coauthor, hops: 2 });
    expect(r.setEgo(focused, { node: coauthor, hops: 2 })).toBe(focused);
    expect(r.setEgo(loaded, null)).toBe(loaded);
  });

  it("fade recomputes what is drawn, not what is counted", () => {
    const focused = r.setEgo(loaded, { node: coauthor, hops: 1 });
    const faded = r.setEgoFade(focused, true);
    expect(faded.visibility?.visibleAuthors).toBe(focused.visibility?.visibleAuthors);
    expect(faded.visibility?.drawnNodes).not.toBe(faded.visibility?.nodeVisible);
  });
});

describe("setPath / setTable", () => {
  it("sets a path without recomputing visibility; unknown ends change nothing", () => {
    const s = r.setPath(loaded, [owner, coauthor]);
    expect(s.view.path).toEqual([owner, coauthor]);
    expect(s.visibility).toBe(loaded.visibility);
    expect(r.setPath(loaded, [owner, "author:nobody"])).toBe(loaded);
    expect(r.setPath(s, null).view.path).toBeNull();
  });

  it("switches the table on and off", () => {
    expect(r.setTable(loaded, "papers").view.table).toBe("papers");
    expect(r.setTable(loaded, "grid" as never)).toBe(loaded);
  });
});

describe("links with ego and path", () => {
  it("restores them, dropping unknown nodes with a notice", () => {
    const s = r.applyUrl(loaded, `?ego=${coauthor},2&fade=1&path=${owner},${coauthor}`);
    expect(s.view.ego).toEqual({ node: coauthor, hops: 2 });
    expect(s.view.egoFade).toBe(true);
    expect(s.view.path).toEqual([owner, coauthor]);
    const early = r.applyUrl(r.INITIAL_STATE, "?ego=author:nobody,1&path=author:x,author:y");
    const later = r.loadGraph(early, defaultSerialized(), "default");
    expect(later.view.ego).toBeNull();
    expect(later.view.path).toBeNull();
    expect(later.notices).toEqual([
      "Ignored unknown node author:nobody (ego)",
      "Ignored unknown node author:x (path)",
    ]);
  });

  it("Show it on a node outside the ego network leaves the ego network", () => {
    const focused = r.setEgo(loaded, { node: coauthor, hops: 1 });
    const outside = index.nodeKeys.find(
      (k) => k.startsWith("author:") && focused.visibility?.isNodeVisible(k) === false,
    ) as string;
    expect(r.showNode(focused, outside).view.ego).toBeNull();
  });
});
