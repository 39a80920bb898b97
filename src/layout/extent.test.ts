import { describe, expect, it } from "vitest";
import { extentOf } from "./extent";

describe("extentOf", () => {
  const xs = [5, -2, 7, 0, 3];
  const ys = [1, 4, -3, 9, 2];

  it("bounds the indexed points only", () => {
    expect(extentOf(xs, ys, [0, 2, 4])).toEqual({ minX: 3, minY: -3, maxX: 7, maxY: 2 });
    expect(extentOf(xs, ys, Int32Array.from([1, 3]))).toEqual({
      minX: -2,
      minY: 4,
      maxX: 0,
      maxY: 9,
    });
  });

  it("reads a range of the indices", () => {
    expect(extentOf(xs, ys, [4, 1, 3, 0], 1, 3)).toEqual({ minX: -2, minY: 4, maxX: 0, maxY: 9 });
  });

  it("is empty (inverted infinities) over no points", () => {
    const e = extentOf(xs, ys, [], 0, 0);
    expect(e.minX).toBe(Number.POSITIVE_INFINITY);
    expect(e.maxY).toBe(Number.NEGATIVE_INFINITY);
  });
});
