// searchNodes on the real default graph: accent- and case-insensitive, title words, ranking.
import { describe, expect, it } from "vitest";
import { defaultAppGraph } from "./defaultGraph.fixture";
import { foldForSearch, searchIndex, searchIndexOf, searchMatchKeys, searchNodes } from "./search";

const graph = defaultAppGraph();
const index = searchIndex(graph);

describe("foldForSearch", () => {
  it("drops accents, case and punctuation", () => {
    expect(foldForSearch("Andreas STUHLMÜLLER")).toBe("andreas stuhlmuller");
    expect(foldForSearch("  Text-to-Image: (Diffusion)!  ")).toBe("text to image diffusion");
    expect(foldForSearch("Łukasz Øster")).toBe("lukasz oster");
  });
});

describe("searchIndexOf", () => {
  it("indexes every author and paper once per graph, on first ask", () => {
    const first = searchIndexOf(graph);
    expect(first.keys).toEqual(index.keys);
    expect(first.folded).toEqual(index.folded);
    expect(searchIndexOf(graph)).toBe(first);
    const other = defaultAppGraph();
    expect(searchIndexOf(other)).not.toBe(first);
    const authors = graph.filterNodes((_k, a) => a.kind === "author").length;
    const papers = graph.filterNodes((_k, a) => a.kind === "paper").length;
    expect(first.keys.length).toBe(authors + papers);
  });
});

describe("searchNodes", () => {
  it('"stuhlmuller" finds Andreas Stuhlmüller', () => {
    const hits = searchNodes(index, "stuhlmuller");
    expect(hits[0]?.label).toBe("Andreas Stuhlmüller");
    expect(hits[0]?.kind).toBe("author");
    expect(graph.getNodeAttributes(hits[0]?.key as string)).toMatchObject({
      kind: "author",
      name: "Andreas Stuhlmüller",
    });
    expect(searchNodes(index, "STUHLMÜLLER")[0]?.key).toBe(hits[0]?.key);
  });

  it("finds papers by a word of the title", () => {
    const hits = searchNodes(index, "imitation", 50);
    const titles = graph
      .filterNodes((_k, a) => a.kind === "paper" && /\bimitation\b/i.test(a.title))
      .sort();
    expect(titles.length).toBeGreaterThan(0);
    expect(
      hits
        .filter((h) => h.kind === "paper")
        .map((h) => h.key)
        .sort(),
    ).toEqual(titles);
  });

  it("matches words in order across punctuation", () => {
    const hits = searchNodes(index, "text to image diffusion", 5);
    expect(hits[0]?.label).toMatch(/Text-to-Image Diffusion/);
  });

  it("ranks exact names before prefixes, and prefixes before substrings", () => {
    const owner = searchNodes(index, "jiaming song", 5);
    expect(owner[0]?.key).toBe(graph.getAttribute("profiles")[0]?.ownerKey);
    const hits = searchNodes(index, "song", 200);
    const ranks = hits.map((h) => {
      const f = ` ${foldForSearch(h.label)}`;
      if (f.startsWith(" song")) return 1;
      if (f.includes(" song")) return 2;
      return 3;
    });
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(ranks).toContain(2);
  });

  it("finds all words in any order as a last resort", () => {
    const hits = searchNodes(index, "song jiaming");
    expect(hits.map((h) => h.label)).toContain("Jiaming Song");
  });

  it("respects the limit and finds nothing for an empty or punctuation-only query", () => {
    expect(searchNodes(index, "a", 3)).toHaveLength(3);
    expect(searchNodes(index, "")).toEqual([]);
    expect(searchNodes(index, "  ,.; ")).toEqual([]);
    expect(searchNodes(index, "zzzzqqq")).toEqual([]);
  });

  it("does not list fold nodes", () => {
    expect(searchNodes(index, "authors", 500).some((h) => h.key.startsWith("fold:"))).toBe(false);
  });
});

describe("searchMatchKeys", () => {
  const graph = defaultAppGraph();
  const index = searchIndex(graph);

  it("finds every match, the same set searchNodes ranks with no limit", () => {
    const all = searchMatchKeys(index, "diffusion");
    const titles = graph.filterNodes(
      (_k, a) => a.kind === "paper" && foldForSearch(a.title).includes("diffusion"),
    );
    expect(all.length).toBeGreaterThan(8);
    expect(new Set(all)).toEqual(new Set(titles));
    const ranked = searchNodes(index, "diffusion", 10_000).map((h) => h.key);
    expect(new Set(ranked)).toEqual(new Set(all));
  });

  it("finds nothing for an empty or blank query", () => {
    expect(searchMatchKeys(index, "")).toEqual([]);
    expect(searchMatchKeys(index, "  ")).toEqual([]);
  });
});
