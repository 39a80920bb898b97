// cachedPer: computed once per object, again for another object.
import { describe, expect, it } from "vitest";
import { cachedPer } from "./cachedPer";

describe("cachedPer", () => {
  it("computes once per object and hands back the same value", () => {
    const seen: object[] = [];
    const sizeOf = cachedPer((list: number[]) => {
      seen.push(list);
      return { size: list.length };
    });
    const a = [1, 2, 3];
    const b = [4];
    const first = sizeOf(a);
    expect(first).toEqual({ size: 3 });
    expect(sizeOf(a)).toBe(first);
    expect(sizeOf(b)).toEqual({ size: 1 });
    expect(seen).toEqual([a, b]);
  });
});
