// revealPatch on the real default graph: the patch it returns shows the node, lifts only what
// hid it where one lift is enough, and is null for a node already shown.
import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW, type ViewState } from "../model/viewState";
import { defaultAppGraph } from "./defaultGraph.fixture";
import { buildFilterIndex } from "./filterIndex";
import { isHiddenByView, revealPatch } from "./reveal";

const graph = defaultAppGraph();
const index = buildFilterIndex(graph);
const view = (patch: Partial<ViewState>): ViewState => ({ ...DEFAULT_VIEW, ...patch });
const owner = graph.getAttribute("profiles")[0]?.ownerKey as string;
const papers = graph.filterNodes((_k, a) => a.kind === "paper");
const attr = (key: string) => graph.getNodeAttributes(key) as unknown as Record<string, unknown>;

describe("revealPatch", () => {
  it("is null for a node the view shows", () => {
    expect(isHiddenByView(index, DEFAULT_VIEW, owner)).toBe(false);
    expect(revealPatch(index, DEFAULT_VIEW, owner)).toBeNull();
  });

  it("shows the owner again by turning Hide owner off, touching nothing else", () => {
    const v = view({ hideOwner: true, venues: ["NeurIPS"] });
    expect(isHiddenByView(index, v, owner)).toBe(true);
    expect(revealPatch(index, v, owner)).toEqual({ hideOwner: false });
  });

  it("a paper outside the venue filter comes back by lifting the venue filter only", () => {
    const paper = papers.find((p) => attr(p).venue !== "NeurIPS") as string;
    const v = view({ venues: ["NeurIPS"], codeOnly: false });
    expect(isHiddenByView(index, v, paper)).toBe(true);
    const patch = revealPatch(index, v, paper);
    expect(patch).toEqual({ venues: null });
    expect(isHiddenByView(index, { ...v, ...patch }, paper)).toBe(false);
  });

  it("a paper hidden by two filters comes back with both lifted", () => {
    const paper = papers.find((p) => attr(p).venue !== "NeurIPS" && attr(p).hasCode !== true);
    if (!paper) throw new Error("fixture: no paper outside NeurIPS without code");
    const v = view({ venues: ["NeurIPS"], codeOnly: true });
    const patch = revealPatch(index, v, paper);
    expect(patch).not.toBeNull();
    expect(isHiddenByView(index, { ...v, ...patch }, paper)).toBe(false);
    expect(patch).toMatchObject({ venues: null, codeOnly: false });
  });

  it("an author linked only over the cap is shown with the isolated toggle", () => {
    const i = index.isIsolated.indexOf(1);
    const key = index.nodeKeys[i] as string;
    expect(revealPatch(index, DEFAULT_VIEW, key)).toEqual({ showIsolated: true });
  });
});
