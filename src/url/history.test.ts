// History entries: discrete changes push, continuous bursts coalesce, the camera never pushes.
import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW, type ViewState } from "../model/viewState";
import { COALESCE_MS, changeGroup, historyStep } from "./history";

const v = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });

describe("changeGroup", () => {
  it("names the one field group that changed", () => {
    expect(changeGroup(v({}), v({ view: "bipartite" }))).toBe("view");
    expect(changeGroup(v({}), v({ from: 2020 }))).toBe("years");
    expect(changeGroup(v({ categories: ["LG"] }), v({ categories: ["LG", "CV"] }))).toBe(
      "categories",
    );
    expect(changeGroup(v({}), v({ venues: [] }))).toBe("venues");
    expect(changeGroup(v({}), v({ codeOnly: true }))).toBe("code");
    expect(changeGroup(v({}), v({ query: "d" }))).toBe("query");
    expect(changeGroup(v({}), v({ node: "author:a" }))).toBe("node");
    expect(changeGroup(v({}), v({ hideOwner: true }))).toBe("owner");
    expect(changeGroup(v({}), v({ showIsolated: true }))).toBe("isolated");
    expect(changeGroup(v({}), v({ expanded: ["fold:x"] }))).toBe("expanded");
    expect(changeGroup(v({}), v({ color: "year" }))).toBe("color");
    expect(changeGroup(v({}), v({ size: "coauthors" }))).toBe("size");
  });
  it("says several when more than one group changed, camera when only it moved", () => {
    expect(changeGroup(v({}), v({ from: 2020, codeOnly: true }))).toBe("several");
    expect(changeGroup(v({}), v({ camera: { x: 1, y: 1, ratio: 1 } }))).toBe("camera");
    expect(changeGroup(v({ node: "a" }), v({ node: "b", camera: { x: 1, y: 1, ratio: 1 } }))).toBe(
      "node",
    );
  });
  it("is null for equal views, even as new arrays", () => {
    expect(changeGroup(v({ categories: ["LG"] }), v({ categories: ["LG"] }))).toBeNull();
    expect(
      changeGroup(v({ camera: { x: 1, y: 1, ratio: 1 } }), v({ camera: { x: 1, y: 1, ratio: 1 } })),
    ).toBeNull();
  });
});

describe("historyStep", () => {
  it("pushes each discrete change, even in quick succession", () => {
    expect(historyStep("code", null, 0)).toBe("push");
    expect(historyStep("code", { group: "code", at: 0 }, 10)).toBe("push");
    expect(historyStep("node", { group: "node", at: 0 }, 10)).toBe("push");
  });
  it("coalesces a burst of slider or typing changes into one entry", () => {
    expect(historyStep("years", null, 0)).toBe("push");
    expect(historyStep("years", { group: "years", at: 0 }, COALESCE_MS - 1)).toBe("replace");
    expect(historyStep("query", { group: "query", at: 0 }, 50)).toBe("replace");
    expect(historyStep("years", { group: "years", at: 0 }, COALESCE_MS)).toBe("push");
    expect(historyStep("years", { group: "query", at: 0 }, 10)).toBe("push");
  });
  it("never pushes for the camera", () => {
    expect(historyStep("camera", null, 0)).toBe("replace");
    expect(historyStep("camera", { group: "node", at: 0 }, 5000)).toBe("replace");
  });
});
