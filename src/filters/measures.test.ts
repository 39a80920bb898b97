// Author measures on hand-written networks with known answers: a path, a star, a triangle.
import { describe, expect, it } from "vitest";
import { prepareAtlasGraph } from "../graph/appGraph";
import { type TinyPaper, tinySerialized } from "../graph/tinyGraph.testing";
import { authorBetweenness } from "./betweenness";
import { buildFilterIndex } from "./filterIndex";
import {
  AUTHOR_SIZE_MAX,
  AUTHOR_SIZE_MIN,
  authorPaperCounts,
  authorSizes,
  coauthorDegrees,
  coauthorDegreesOf,
  coauthorPairs,
} from "./measures";

function indexOf(papers: TinyPaper[]) {
  return buildFilterIndex(prepareAtlasGraph(tinySerialized(papers)));
}

/** A measure per author slot, as a name → value record. */
function byName(index: ReturnType<typeof indexOf>, values: ArrayLike<number>) {
  const out: Record<string, number> = {};
  index.authors.forEach((node, a) => {
    out[(index.nodeKeys[node] as string).slice("author:".length)] = values[a] as number;
  });
  return out;
}

// A path a – b – c – d (three joint papers), plus a paper of b alone.
const path = indexOf([
  { key: "ab", year: 2010, authors: ["a", "b"] },
  { key: "bc", year: 2011, authors: ["b", "c"] },
  { key: "cd", year: 2012, authors: ["c", "d"] },
  { key: "b", year: 2013, authors: ["b"] },
]);

describe("author measures", () => {
  it("counts papers and coauthor links", () => {
    expect(byName(path, authorPaperCounts(path))).toEqual({ a: 1, b: 3, c: 2, d: 1 });
    expect(byName(path, coauthorDegrees(coauthorPairs(path)))).toEqual({ a: 1, b: 2, c: 2, d: 1 });
  });

  it("keeps one coauthor-degree array per loaded index", () => {
    const degrees = coauthorDegreesOf(path);
    expect(byName(path, degrees)).toEqual({ a: 1, b: 2, c: 2, d: 1 });
    expect(coauthorDegreesOf(path)).toBe(degrees);
  });

  it("gives betweenness on a path: inner nodes carry the through paths", () => {
    // Undirected, normalised by (n-1)(n-2)/2 = 3: b lies on a–c and a–d, c on a–d and b–d.
    const b = byName(path, authorBetweenness(coauthorPairs(path)));
    expect(b.a).toBe(0);
    expect(b.d).toBe(0);
    expect(b.b).toBeCloseTo(2 / 3, 10);
    expect(b.c).toBeCloseTo(2 / 3, 10);
  });

  it("gives betweenness 1 to a star's centre and 0 in a triangle", () => {
    const star = indexOf([
      { key: "1", year: 2010, authors: ["hub", "x"] },
      { key: "2", year: 2010, authors: ["hub", "y"] },
      { key: "3", year: 2010, authors: ["hub", "z"] },
    ]);
    expect(byName(star, authorBetweenness(coauthorPairs(star)))).toEqual({
      hub: 1,
      x: 0,
      y: 0,
      z: 0,
    });
    const triangle = indexOf([{ key: "t", year: 2010, authors: ["p", "q", "r"] }]);
    expect(byName(triangle, authorBetweenness(coauthorPairs(triangle)))).toEqual({
      p: 0,
      q: 0,
      r: 0,
    });
  });

  it("scales a measure into the author size range, largest at the top", () => {
    const degrees = coauthorDegrees(coauthorPairs(path));
    const sizes = authorSizes(path, "coauthors", degrees) as Float32Array;
    const size = (name: string) => sizes[path.nodeIndex.get(`author:${name}`) as number];
    expect(size("b")).toBeCloseTo(AUTHOR_SIZE_MAX, 5);
    expect(size("a")).toBeCloseTo(
      AUTHOR_SIZE_MIN + (AUTHOR_SIZE_MAX - AUTHOR_SIZE_MIN) * Math.SQRT1_2,
      5,
    );
    expect(Number.isNaN(sizes[path.nodeIndex.get("paper:ab") as number])).toBe(true);
    expect(authorSizes(path, "papers", degrees)).toBeNull();
    expect(authorSizes(path, "betweenness", null)).toBeNull();
  });
});
