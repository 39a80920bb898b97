// describeProgress: the bar only moves forward through the pipeline's stages, in order.
import { describe, expect, it } from "vitest";
import { describeProgress, LOAD_STEPS } from "./loadProgress";

describe("describeProgress", () => {
  it("moves forward across the whole pipeline as the pipeline reports it", () => {
    const reports: [string, number][] = [
      ["read", 0.5],
      ["read", 1],
      ["parse", 0],
      ["parse", 1],
      ["enrich", 0.5],
      ["graph", 0],
      ["graph", 1],
      ["clusters", 0],
      ["clusters", 1],
      ["layout", 0.3],
      ["layout", 1],
    ];
    let last = 0;
    for (const [stage, fraction] of reports) {
      const { overall } = describeProgress(stage, fraction);
      expect(overall, `${stage} ${fraction}`).not.toBeNull();
      expect(overall as number).toBeGreaterThanOrEqual(last);
      last = overall as number;
    }
    expect(last).toBeCloseTo(1, 9);
  });

  it("names the step and its place", () => {
    const v = describeProgress("enrich", 0.5);
    expect(v.title).toBe(`Enrich: step 3 of ${LOAD_STEPS.length}`);
    expect(v.step).toBe(2);
  });

  it("keeps unknown stages as words, with no measure at 0 (the bar runs)", () => {
    expect(describeProgress("Loading the default profile", 0)).toEqual({
      title: "Loading the default profile",
      overall: null,
      step: -1,
    });
    expect(describeProgress("Preparing", 0.6).overall).toBeCloseTo(0.6, 9);
  });

  it("shares add up to the whole bar", () => {
    expect(LOAD_STEPS.reduce((n, s) => n + s.share, 0)).toBeCloseTo(1, 9);
  });
});
