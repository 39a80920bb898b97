// Tests for the coauthor projection and the hyperauthor cap, checked against pair counts made
// independently from the enriched records.
import { describe, expect, it } from "vitest";
import { nameIdentity } from "../ingest";
import type { PaperRecord } from "../ingest/types";
import { buildPaperAuthorGraph } from "./build";
import {
  buildCoauthorGraph,
  buildCoauthorLinks,
  coauthorEdgeKey,
  isolatedUnderCap,
} from "./coauthors";
import { realData } from "./realData.testing";
import type { AuthorNodeAttributes } from "./schema";

const { input } = realData();
const graph = buildPaperAuthorGraph([input]);

/** Distinct coauthor pairs and their joint papers, straight from the records. */
function pairsFromRecords(papers: PaperRecord[], cap: number): Map<string, number> {
  const pairs = new Map<string, number>();
  for (const paper of papers) {
    const ids = [...new Set(paper.authors.map((c) => nameIdentity(c.name)))];
    if (ids.length > cap) continue;
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const [a, b] = [ids[i] as string, ids[j] as string].sort();
        const key = `${a}|${b}`;
        pairs.set(key, (pairs.get(key) ?? 0) + 1);
      }
    }
  }
  return pairs;
}

describe("buildCoauthorGraph on the real profile", () => {
  it("with the cap (25): one edge per pair, weights = joint papers, far fewer than the clique", () => {
    const projection = buildCoauthorGraph(graph, { hyperauthorCap: 25 });
    const expected = pairsFromRecords(input.papers, 25);
    expect(projection.size).toBe(expected.size);
    const weights = projection.mapEdges((_k, a) => a.weight).sort((x, y) => x - y);
    expect(weights).toEqual([...expected.values()].sort((x, y) => x - y));
    expect(projection.size).toBeLessThan(5_000);
    // Authors only, all of them (isolated ones included).
    expect(projection.order).toBe(graph.filterNodes((_k, a) => a.kind === "author").length);
  });

  it("without a cap: the BIG-bench clique (at least 98,000 pairs)", () => {
    const projection = buildCoauthorGraph(graph, { hyperauthorCap: Number.POSITIVE_INFINITY });
    const expected = pairsFromRecords(input.papers, Number.POSITIVE_INFINITY);
    expect(projection.size).toBe(expected.size);
    expect(projection.size).toBeGreaterThanOrEqual(98_000);
    expect(projection.size).toBeGreaterThanOrEqual((444 * 443) / 2);
  });

  it("reads the cap from the graph, and treats a JSON null (exported Infinity) as no cap", () => {
    expect(buildCoauthorGraph(graph).size).toBe(pairsFromRecords(input.papers, 25).size);
    const copy = graph.copy();
    copy.setAttribute("hyperauthorCap", null as unknown as number);
    expect(buildCoauthorGraph(copy).size).toBeGreaterThanOrEqual(98_000);
    expect(() => buildCoauthorGraph(graph, { hyperauthorCap: -1 })).toThrow(
      /^buildCoauthorGraph: /,
    );
  });

  it("names the authors the cap leaves without links", () => {
    const projection = buildCoauthorGraph(graph, { hyperauthorCap: 25 });
    const isolated = isolatedUnderCap(graph, 25);
    // Most of BIG-bench's 444 authors have no other paper here.
    expect(isolated.length).toBeGreaterThan(400);
    for (const key of isolated) {
      expect(projection.degree(key)).toBe(0);
      expect(graph.neighbors(key).every((p) => graph.degree(p) > 25)).toBe(true);
    }
    expect(isolated).not.toContain("author:jiaming-song");
    expect(isolatedUnderCap(graph, Number.POSITIVE_INFINITY)).toEqual([]);
  });
});

describe("buildCoauthorLinks on the real profile", () => {
  it("holds the pairs and joint papers counted from the records, on the graph's authors", () => {
    const links = buildCoauthorLinks(graph, { hyperauthorCap: 25 });
    const expected = pairsFromRecords(input.papers, 25);
    expect(links.count).toBe(expected.size);
    expect(links.count).toBeGreaterThan(100);
    const identityOf = (i: number) =>
      nameIdentity(
        (graph.getNodeAttributes(links.authors[i] as string) as AuthorNodeAttributes).name,
      );
    const counted = new Map<string, number>();
    for (let s = 0; s < links.count; s++) {
      const [a, b] = [identityOf(links.first[s] as number), identityOf(links.second[s] as number)];
      counted.set(a < b ? `${a}|${b}` : `${b}|${a}`, links.weights[s] as number);
    }
    expect(counted).toEqual(expected);
    expect(links.authors).toEqual(graph.filterNodes((_k, a) => a.kind === "author"));
  });

  it("is the projection graph's nodes and edges, in its order", () => {
    for (const cap of [25, 3]) {
      const links = buildCoauthorLinks(graph, { hyperauthorCap: cap });
      const projection = buildCoauthorGraph(graph, { hyperauthorCap: cap });
      expect(links.authors).toEqual(projection.nodes());
      const edges = Array.from({ length: links.count }, (_, s) => [
        links.authors[links.first[s] as number],
        links.authors[links.second[s] as number],
        links.weights[s],
      ]);
      expect(edges).toEqual(
        projection.mapEdges((_k, a, source, target) => [source, target, a.weight]),
      );
    }
  });
});

describe("coauthorEdgeKey", () => {
  it("is the same whichever author comes first, and differs between pairs", () => {
    expect(coauthorEdgeKey("author:a", "author:b")).toBe(coauthorEdgeKey("author:b", "author:a"));
    expect(coauthorEdgeKey("author:a", "author:b")).not.toBe(
      coauthorEdgeKey("author:a", "author:c"),
    );
  });
});
