// Tests for the seeded random source.
import { describe, expect, it } from "vitest";
import { mulberry32, streamFor } from "./random";

const take = (rng: () => number, n: number) => Array.from({ length: n }, rng);

describe("mulberry32", () => {
  it("repeats for a seed, differs between seeds, and stays in [0, 1)", () => {
    const a = take(mulberry32(42), 1000);
    expect(take(mulberry32(42), 1000)).toEqual(a);
    expect(take(mulberry32(43), 1000)).not.toEqual(a);
    for (const v of a) expect(v >= 0 && v < 1).toBe(true);
    const mean = a.reduce((s, v) => s + v, 0) / a.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.05);
  });

  it("gives separate streams per stage", () => {
    expect(take(streamFor(1, 1), 5)).not.toEqual(take(streamFor(1, 2), 5));
    expect(take(streamFor(1, 1), 5)).toEqual(take(streamFor(1, 1), 5));
  });
});
