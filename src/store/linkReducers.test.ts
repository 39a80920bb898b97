// The coauthor-link reducers on the real default graph: choosing a pair, closing it (directly,
// by selecting a node, by loading other data), and the link colouring option.
import { describe, expect, it } from "vitest";
import { defaultSerialized } from "../filters/defaultGraph.fixture";
import { selectLink, setLinkColors } from "./linkReducers";
import * as r from "./reducers";

const loaded = r.loadGraph(r.INITIAL_STATE, defaultSerialized(), "default");
const SONG = "author:jiaming-song";
const MENG = "author:chenlin-meng";
const PAPER = "paper:denoising-diffusion-implicit-models";

describe("selectLink", () => {
  it("opens a pair of authors, keeping the node selection", () => {
    const withAuthor = r.select(loaded, SONG);
    const s = selectLink(withAuthor, { a: SONG, b: MENG });
    expect(s.link).toEqual({ a: SONG, b: MENG });
    expect(s.view.node).toBe(SONG);
    expect(selectLink(s, { a: SONG, b: MENG })).toBe(s);
    expect(selectLink(s, null).link).toBeNull();
  });

  it("ignores a pair that is not two distinct authors of the graph", () => {
    expect(selectLink(loaded, { a: SONG, b: SONG })).toBe(loaded);
    expect(selectLink(loaded, { a: SONG, b: PAPER })).toBe(loaded);
    expect(selectLink(loaded, { a: SONG, b: "author:nobody" })).toBe(loaded);
    expect(selectLink(r.INITIAL_STATE, { a: SONG, b: MENG })).toBe(r.INITIAL_STATE);
  });

  it("is closed by selecting a node (the same one too) and by loading data", () => {
    const open = selectLink(r.select(loaded, SONG), { a: SONG, b: MENG });
    expect(r.select(open, MENG).link).toBeNull();
    expect(r.select(open, SONG).link).toBeNull();
    expect(r.select(open, SONG).view.node).toBe(SONG);
    expect(r.loadGraph(open, defaultSerialized(), "again").link).toBeNull();
  });
});

describe("setLinkColors", () => {
  it("switches between plain and category colours, and ignores other values", () => {
    expect(loaded.linkColors).toBe("plain");
    const s = setLinkColors(loaded, "category");
    expect(s.linkColors).toBe("category");
    expect(setLinkColors(s, "category")).toBe(s);
    expect(setLinkColors(s, "rainbow" as never)).toBe(s);
    // Colours are not a filter: visibility is the same object.
    expect(s.visibility).toBe(loaded.visibility);
  });
});
