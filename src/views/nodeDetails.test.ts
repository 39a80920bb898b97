import { describe, expect, it } from "vitest";
import type { PaperNodeAttributes } from "../graph/schema";
import { realAppGraph } from "../render/testGraph.testing";
import { authorPapers, nodeDetails, paperAuthors, rankedCoauthors } from "./nodeDetails";

const graph = realAppGraph();

function paperByTitle(prefix: string): string {
  const key = graph.findNode(
    (_k, a) => a.kind === "paper" && (a as PaperNodeAttributes).title.startsWith(prefix),
  );
  if (!key) throw new Error(`no paper starting with ${prefix}`);
  return key;
}

function owner(): string {
  const key = graph.findNode((_k, a) => a.kind === "author" && a.owner);
  if (!key) throw new Error("no owner");
  return key;
}

describe("paperAuthors", () => {
  it("lists BIG-bench's 444 authors in paper order, positions ascending", () => {
    const paper = paperByTitle("Beyond the Imitation Game");
    const authors = paperAuthors(graph, paper);
    expect(authors).toHaveLength(444);
    const positions = authors.map((a) => {
      const edge = graph.edge(paper, a.key) as string;
      const attrs = graph.getEdgeAttributes(edge);
      return attrs.kind === "authorship" ? attrs.position : null;
    });
    const known = positions.filter((p): p is number => p !== null);
    expect(known).toEqual([...known].sort((a, b) => a - b));
    // Implied authors (no position) come last.
    const firstNull = positions.indexOf(null);
    if (firstNull >= 0) expect(positions.slice(firstNull).every((p) => p === null)).toBe(true);
  });
});

describe("authorPapers / rankedCoauthors", () => {
  it("gives the owner every paper of the profile, newest first", () => {
    const papers = authorPapers(graph, owner());
    const paperCount = graph.filterNodes((_k, a) => a.kind === "paper").length;
    expect(papers).toHaveLength(paperCount);
    for (let i = 1; i < papers.length; i++) {
      expect((papers[i - 1] as { date: string }).date >= (papers[i] as { date: string }).date).toBe(
        true,
      );
    }
  });

  it("ranks coauthors by joint papers, counting every shared paper", () => {
    const me = owner();
    const ranked = rankedCoauthors(graph, me);
    for (let i = 1; i < ranked.length; i++) {
      expect((ranked[i - 1] as { joint: number }).joint).toBeGreaterThanOrEqual(
        (ranked[i] as { joint: number }).joint,
      );
    }
    // Cross-check the top coauthor against the papers both are linked to.
    const top = ranked[0];
    if (!top) throw new Error("owner has no coauthors");
    const isPaper = (k: string) => graph.getNodeAttribute(k, "kind") === "paper";
    const mine = new Set(graph.neighbors(me).filter(isPaper));
    const shared = graph.neighbors(top.key).filter((p) => isPaper(p) && mine.has(p));
    expect(top.joint).toBe(shared.length);
    expect(ranked.some((c) => c.key === me)).toBe(false);
  });
});

describe("nodeDetails", () => {
  it("returns null for an unknown key and a record per kind", () => {
    expect(nodeDetails(graph, "author:nobody-at-all")).toBeNull();
    expect(nodeDetails(graph, owner())?.kind).toBe("author");
    expect(nodeDetails(graph, paperByTitle("Beyond the Imitation Game"))?.kind).toBe("paper");
    const fold = graph.findNode((_k, a) => a.kind === "fold");
    if (!fold) throw new Error("no fold node in the real data");
    const details = nodeDetails(graph, fold);
    expect(details?.kind).toBe("fold");
    if (details?.kind === "fold") {
      expect(details.members.length).toBe(
        (graph.getNodeAttribute(fold, "members" as never) as string[]).length,
      );
    }
  });

  it("gives an author's years active as the span of their papers", () => {
    const details = nodeDetails(graph, owner());
    if (details?.kind !== "author") throw new Error("expected an author");
    const years = details.papers.map((p) => p.year);
    expect(details.years).toEqual([Math.min(...years), Math.max(...years)]);
  });
});
