// Play, colour and size reducers on the real default graph: each step moves the year window by
// one year through the filters (visible papers are those of the years so far), stops at the end,
// never touches the camera, and the URL never starts it.
import { describe, expect, it } from "vitest";
import { defaultSerialized } from "../filters/defaultGraph.fixture";
import { serializeViewParams } from "../url/viewParams";
import * as r from "./reducers";
import * as t from "./timeReducers";

const loaded = r.loadGraph(r.INITIAL_STATE, defaultSerialized(), "default");
const index = loaded.index as NonNullable<typeof loaded.index>;
const { yearMin, yearMax } = index;
/** Papers of the data up to `year`, counted from the graph's own attributes. */
const papersUpTo = (from: number, to: number) =>
  (loaded.graph?.filterNodes((_k, a) => a.kind === "paper" && a.year >= from && a.year <= to) ?? [])
    .length;

describe("play", () => {
  it("grows the window from the first year, one year a step, through the filters", () => {
    const camera = { x: 0.3, y: 0.4, ratio: 0.5 };
    let s = t.startPlay(r.setCamera(loaded, camera));
    expect(s.play.playing).toBe(true);
    expect(t.currentWindow(s)).toEqual({ from: yearMin, to: yearMin });
    expect(s.visibility?.visiblePapers).toBe(papersUpTo(yearMin, yearMin));
    for (let year = yearMin + 1; year <= yearMax; year++) {
      s = t.stepPlay(s);
      expect(t.currentWindow(s)).toEqual({ from: yearMin, to: year });
      expect(s.visibility?.visiblePapers).toBe(papersUpTo(yearMin, year));
      expect(s.view.camera).toEqual(camera);
      expect(s.play.playing).toBe(true);
    }
    // At the end: the next step stops, the window stays.
    const end = t.stepPlay(s);
    expect(end.play.playing).toBe(false);
    expect(t.currentWindow(end)).toEqual({ from: yearMin, to: yearMax });
  });

  it("slides a window and loops back to the start", () => {
    let s = t.setPlayLoop(
      t.setPlayMode(r.setYearRange(loaded, yearMax - 1, yearMax), "slide"),
      true,
    );
    s = t.startPlay(s);
    expect(t.currentWindow(s)).toEqual({ from: yearMin, to: yearMin + 1 });
    s = t.stepPlay(s);
    expect(t.currentWindow(s)).toEqual({ from: yearMin + 1, to: yearMin + 2 });
    expect(s.visibility?.visiblePapers).toBe(papersUpTo(yearMin + 1, yearMin + 2));
    for (let k = 0; k < yearMax - yearMin - 2; k++) s = t.stepPlay(s);
    expect(t.currentWindow(s)).toEqual({ from: yearMax - 1, to: yearMax });
    s = t.stepPlay(s);
    expect(s.play.playing).toBe(true);
    expect(t.currentWindow(s)).toEqual({ from: yearMin, to: yearMin + 1 });
  });

  it("pauses, keeps speed among the offered ones, and stays out of the URL", () => {
    const s = t.startPlay(loaded);
    expect(t.pausePlay(s).play.playing).toBe(false);
    expect(t.setPlaySpeed(s, 2).play.speed).toBe(2);
    expect(t.setPlaySpeed(s, 3)).toBe(s);
    expect([...serializeViewParams(s.view).keys()]).toEqual(["to"]);
    const reopened = r.applyUrl(s, `?${serializeViewParams(s.view)}`);
    expect(reopened.play).toBe(s.play);
    const fresh = r.loadGraph(s, defaultSerialized(), "default");
    expect(fresh.play.playing).toBe(false);
  });
});

describe("colour and size modes", () => {
  it("sets them in the view without recomputing visibility, and rejects unknown ones", () => {
    const s = t.setColorMode(loaded, "year");
    expect(s.view.color).toBe("year");
    expect(s.visibility).toBe(loaded.visibility);
    expect(t.setColorMode(s, "rainbow" as never)).toBe(s);
    const sized = t.setSizeMode(s, "betweenness");
    expect(serializeViewParams(sized.view).toString()).toBe("color=year&size=betweenness");
    expect(r.applyUrl(loaded, "?color=category&size=coauthors").view).toMatchObject({
      color: "category",
      size: "coauthors",
    });
  });

  it("keeps betweenness for the graph it was computed on", () => {
    const started = t.betweennessStarted(loaded, index);
    expect(started.betweenness?.status).toBe("computing");
    const values = new Float64Array(index.authors.length);
    const done = t.betweennessDone(started, index, values);
    expect(done.betweenness).toMatchObject({ status: "ready", values });
    const other = r.loadGraph(done, defaultSerialized(), "default");
    expect(t.betweennessDone(other, index, values)).toBe(other);
  });
});
