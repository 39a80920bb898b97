// The projection's core on a small known case: pairs in order of first joint paper, each with
// its joint papers, and nothing from a paper over the cap.
import { describe, expect, it } from "vitest";
import { coauthorPairs } from "./coauthorPairs";

/** Papers as author-id lists, to the core's CSR. */
function input(papers: number[][], authorCount: number) {
  const start = [0];
  for (const p of papers) start.push((start.at(-1) as number) + p.length);
  return { start: Int32Array.from(start), ids: Int32Array.from(papers.flat()), authorCount };
}

describe("coauthorPairs", () => {
  it("lists each pair once, in order of first joint paper, with its joint papers", () => {
    // Paper 2 has four authors: over a cap of 3, it adds nothing.
    const pairs = coauthorPairs(
      input(
        [
          [2, 0, 1],
          [1, 2],
          [0, 1, 2, 3],
          [3, 0],
        ],
        4,
      ),
      3,
    );
    const listed = Array.from({ length: pairs.count }, (_, s) => ({
      pair: [pairs.first[s], pairs.second[s]],
      papers: Array.from(pairs.papers.subarray(pairs.start[s], pairs.start[s + 1])),
    }));
    expect(listed).toEqual([
      { pair: [2, 0], papers: [0] },
      { pair: [2, 1], papers: [0, 1] },
      { pair: [0, 1], papers: [0] },
      { pair: [3, 0], papers: [3] },
    ]);
  });

  it("counts every paper when the cap is Infinity", () => {
    const pairs = coauthorPairs(input([[0, 1, 2, 3]], 4), Number.POSITIVE_INFINITY);
    expect(pairs.count).toBe(6);
  });
});
