// nameClusters on the real default graph: sizes, leaders by coauthor links, dominant category and
// centres, each recomputed here from the graph's own attributes.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ingestFiles } from "../filesToGraph/ingestFiles";
import { defaultAppGraph } from "../filters/defaultGraph.fixture";
import { NO_CATEGORY } from "../ingest/sources/toPapers";
import { prepareAtlasGraph } from "./appGraph";
import { nameClusters } from "./clusterNames";

const graph = defaultAppGraph();
const clusters = nameClusters(graph);
const authorsOf = (c: number) =>
  graph.filterNodes((_k, a) => a.kind === "author" && a.community === c);
const attr = (k: string) => graph.getNodeAttributes(k) as unknown as Record<string, unknown>;
const links = (k: string) =>
  graph.edges(k).filter((e) => graph.getEdgeAttribute(e, "kind") === "coauthor").length;

describe("nameClusters", () => {
  it("covers every author once, by community, with its size", () => {
    const authors = graph.filterNodes((_k, a) => a.kind === "author").length;
    expect(clusters.reduce((n, c) => n + c.size, 0)).toBe(authors);
    for (const c of clusters.slice(0, 5)) expect(c.size).toBe(authorsOf(c.community).length);
    expect(clusters.map((c) => c.community)).toEqual(
      [...clusters.map((c) => c.community)].sort((a, b) => a - b),
    );
  });

  it("names the largest cluster after its best-connected non-owner members", () => {
    const first = clusters[0];
    if (!first) throw new Error("no cluster");
    const members = authorsOf(first.community).filter((k) => attr(k).owner !== true);
    const most = Math.max(...members.map(links));
    const leader = graph.findNode((_k, a) => a.kind === "author" && a.name === first.leaders[0]);
    expect(leader).toBeDefined();
    expect(links(leader as string)).toBe(most);
    expect(first.leaders).toHaveLength(2);
    const owner = graph.findNode((_k, a) => a.kind === "author" && a.owner === true) as string;
    for (const c of clusters) {
      expect(c.leaders).not.toContain(attr(owner).name);
    }
  });

  it("gives the dominant category of the members' papers and the members' mean position", () => {
    const first = clusters[0];
    if (!first) throw new Error("no cluster");
    const members = authorsOf(first.community);
    const counts = new Map<string, number>();
    const papers = new Set(
      members.flatMap((k) => graph.filterNeighbors(k, (_p, a) => a.kind === "paper")),
    );
    for (const p of papers) {
      const cat = graph.getNodeAttribute(p, "category" as never) as string;
      counts.set(cat, (counts.get(cat) ?? 0) + 1);
    }
    const top = Math.max(...counts.values());
    expect(counts.get(first.category as string)).toBe(top);
    const mean = (axis: "x" | "y") =>
      members.reduce((s, k) => s + (graph.getNodeAttribute(k, axis) as number), 0) / members.length;
    expect(first.x).toBeCloseTo(mean("x"), 9);
    expect(first.y).toBeCloseTo(mean("y"), 9);
  });

  it("names no field for a list whose papers have no category (BibTeX alone)", () => {
    const bibAlone = prepareAtlasGraph(
      ingestFiles(
        [{ name: "papers.bib", text: readFileSync("data/bib/jiaming-song.bib", "utf8") }],
        { asOf: "2026-11-28", iterations: 5 },
      ).serialized,
    );
    let uncategorised = 0;
    bibAlone.forEachNode((_k, a) => {
      if (a.kind === "paper" && a.category === NO_CATEGORY) uncategorised++;
    });
    expect(uncategorised).toBeGreaterThan(0);
    const named = nameClusters(bibAlone);
    expect(named.length).toBeGreaterThan(1);
    expect(named.map((c) => c.category)).not.toContain(NO_CATEGORY);
  });
});
