// Play's stepping: every window a run visits, from start to end, for both modes and with loop.
import { describe, expect, it } from "vitest";
import { clampWindow, playInterval, playStart, playStep, type YearWindow } from "./playback";

/** Every window from Play's start until it stops (or `limit` steps). */
function run(window: YearWindow, mode: "slide" | "grow", loop = false, limit = 20): string[] {
  const start = playStart(window, 2010, 2014, mode);
  const seen = [`${start.from}-${start.to}`];
  let w: YearWindow | null = start;
  for (let i = 0; i < limit; i++) {
    w = playStep(w, 2010, 2014, mode, loop, start);
    if (w === null) break;
    seen.push(`${w.from}-${w.to}`);
  }
  return seen;
}

describe("play stepping", () => {
  it("grows the whole span from its first year, a year a step, then stops", () => {
    expect(run({ from: 2010, to: 2014 }, "grow")).toEqual([
      "2010-2010",
      "2010-2011",
      "2010-2012",
      "2010-2013",
      "2010-2014",
    ]);
  });

  it("slides a narrower window to the end, keeping its width", () => {
    expect(run({ from: 2010, to: 2011 }, "slide")).toEqual([
      "2010-2011",
      "2011-2012",
      "2012-2013",
      "2013-2014",
    ]);
  });

  it("starts a window at the end over from the beginning", () => {
    expect(run({ from: 2013, to: 2014 }, "slide").slice(0, 2)).toEqual(["2010-2011", "2011-2012"]);
    expect(run({ from: 2012, to: 2014 }, "grow")[0]).toBe("2010-2010");
    expect(run({ from: 2010, to: 2014 }, "slide")[0]).toBe("2010-2010");
  });

  it("grows from the window's own start when it is not at the end", () => {
    expect(run({ from: 2012, to: 2012 }, "grow")).toEqual(["2012-2012", "2012-2013", "2012-2014"]);
  });

  it("loops back to where it started", () => {
    expect(run({ from: 2012, to: 2012 }, "grow", true, 4)).toEqual([
      "2012-2012",
      "2012-2013",
      "2012-2014",
      "2012-2012",
      "2012-2013",
    ]);
    expect(run({ from: 2012, to: 2013 }, "slide", true, 3)).toEqual([
      "2012-2013",
      "2013-2014",
      "2010-2011",
      "2011-2012",
    ]);
  });

  it("clamps windows into the span and times steps by speed", () => {
    expect(clampWindow({ from: 2020, to: 2000 }, 2010, 2014)).toEqual({ from: 2010, to: 2014 });
    expect(clampWindow({ from: 2016, to: 2018 }, 2010, 2014)).toEqual({ from: 2014, to: 2014 });
    expect(playInterval(1)).toBe(1000);
    expect(playInterval(4)).toBe(250);
  });
});
