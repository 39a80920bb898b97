// Tests for the seeded Louvain communities and their size-ordered numbering.
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { buildPaperAuthorGraph } from "./build";
import {
  assignCommunities,
  assignCommunitiesOfLinks,
  detectCommunities,
  detectCommunitiesOfLinks,
  renumberBySize,
} from "./clusters";
import {
  buildCoauthorGraph,
  buildCoauthorLinks,
  type CoauthorGraph,
  coauthorEdgeKey,
} from "./coauthors";
import { realData } from "./realData.testing";
import type { AuthorNodeAttributes } from "./schema";

function author(name: string): AuthorNodeAttributes {
  return { kind: "author", name, paperCount: 1, community: 0, owner: false, x: 0, y: 0, size: 1 };
}

/** Two cliques (sizes 5 and 3) joined by one weak edge, plus an isolated author. */
function twoCliques(): CoauthorGraph {
  const g: CoauthorGraph = new Graph({ type: "undirected" });
  const big = ["e", "f", "g", "h", "i"];
  const small = ["a", "b", "c"];
  for (const k of [...small, ...big, "z"]) g.addNode(k, author(k));
  for (const clique of [big, small]) {
    for (let i = 0; i < clique.length; i++) {
      for (let j = i + 1; j < clique.length; j++) {
        const [s, t] = [clique[i] as string, clique[j] as string];
        g.addUndirectedEdgeWithKey(coauthorEdgeKey(s, t), s, t, { weight: 3 });
      }
    }
  }
  g.addUndirectedEdgeWithKey(coauthorEdgeKey("c", "e"), "c", "e", { weight: 1 });
  return g;
}

describe("renumberBySize", () => {
  it("numbers by size descending, ties to the smallest member key", () => {
    expect(renumberBySize({ x: 7, y: 7, b: 3, a: 9, c: 3 })).toEqual({
      x: 1,
      y: 1,
      b: 0,
      c: 0,
      a: 2,
    });
  });
});

describe("detectCommunities", () => {
  it("finds the two cliques, largest first, and the isolated author alone", () => {
    const c = detectCommunities(twoCliques(), { seed: 3 });
    for (const k of ["e", "f", "g", "h", "i"]) expect(c[k]).toBe(0);
    for (const k of ["a", "b", "c"]) expect(c[k]).toBe(1);
    expect(c.z).toBe(2);
  });

  it("handles a graph with no edges", () => {
    const g: CoauthorGraph = new Graph({ type: "undirected" });
    g.addNode("b", author("b"));
    g.addNode("a", author("a"));
    expect(detectCommunities(g)).toEqual({ a: 0, b: 1 });
  });

  it("is reproducible for a seed on the real projection, and writes both graphs", () => {
    const { input } = realData();
    const graph = buildPaperAuthorGraph([input]);
    const projection = buildCoauthorGraph(graph);
    const first = detectCommunities(projection, { seed: 5 });
    expect(detectCommunities(projection, { seed: 5 })).toEqual(first);
    const count = assignCommunities(graph, projection, { seed: 5 });
    expect(count).toBe(Math.max(...Object.values(first)) + 1);
    const sizes = new Array<number>(count).fill(0);
    graph.forEachNode((key, a) => {
      if (a.kind !== "author") return;
      expect(a.community).toBe(first[key]);
      expect(projection.getNodeAttribute(key, "community")).toBe(first[key]);
      sizes[a.community] = (sizes[a.community] ?? 0) + 1;
    });
    // Sizes never grow with the community number.
    for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeLessThanOrEqual(sizes[i - 1] ?? 0);
    // The owner is in the largest linked community.
    expect(first["author:jiaming-song"]).toBe(0);
  });
});

describe("detectCommunitiesOfLinks", () => {
  it("finds on the real projection's arrays the communities Louvain finds on its graph", () => {
    const graph = buildPaperAuthorGraph([realData().input]);
    const links = buildCoauthorLinks(graph);
    const projection = buildCoauthorGraph(graph);
    for (const seed of [1, 7]) {
      const fromLinks = detectCommunitiesOfLinks(links, { seed });
      expect(fromLinks).toEqual(detectCommunities(projection, { seed }));
      expect(new Set(Object.values(fromLinks)).size).toBeGreaterThan(5);
    }
  });

  it("leaves every author alone when there are no links", () => {
    const none = {
      authors: ["b", "a"],
      count: 0,
      first: new Int32Array(0),
      second: new Int32Array(0),
      weights: new Int32Array(0),
    };
    expect(detectCommunitiesOfLinks(none)).toEqual({ a: 0, b: 1 });
  });

  it("writes the communities on the atlas graph and counts them", () => {
    const graph = buildPaperAuthorGraph([realData().input]);
    const expected = detectCommunities(buildCoauthorGraph(graph), { seed: 3 });
    const count = assignCommunitiesOfLinks(graph, buildCoauthorLinks(graph), { seed: 3 });
    expect(count).toBe(Math.max(...Object.values(expected)) + 1);
    for (const [key, community] of Object.entries(expected)) {
      expect((graph.getNodeAttributes(key) as AuthorNodeAttributes).community).toBe(community);
    }
  });
});
