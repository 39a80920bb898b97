// Exports of the visible part of the real default network: the subgraph has what the view
// shows, CSV has one row per node and edge, BibTeX parses back with one entry per visible paper.
import { describe, expect, it } from "vitest";
import { defaultSerialized } from "../filters/defaultGraph.fixture";
import { buildFilterIndex } from "../filters/filterIndex";
import { computeVisibility } from "../filters/visibility";
import { prepareAtlasGraphOrdered } from "../graph/appGraph";
import { parseBibtex } from "../ingest/bibtex";
import { DEFAULT_VIEW, type ViewState } from "../model/viewState";
import { bibValue, papersToBibtex, visiblePaperKeys } from "./bibtex";
import { csvCell, graphToCsv } from "./csv";
import { flattenAttributes, visibleSubgraph } from "./visibleSubgraph";

const { graph, order } = prepareAtlasGraphOrdered(defaultSerialized());
const index = buildFilterIndex(graph, order);
const views: [string, ViewState][] = [
  ["coauthors from 2022", { ...DEFAULT_VIEW, from: 2022 }],
  ["bipartite, code only", { ...DEFAULT_VIEW, view: "bipartite", codeOnly: true }],
];

/** Rows of a CSV text, quotes respected (a quoted cell may hold commas and line breaks). */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
      i++;
    } else cell += c;
  }
  return rows;
}

describe.each(views)("exports of %s", (_name, view) => {
  const visibility = computeVisibility(index, view);
  const sub = visibleSubgraph(graph, index, visibility);

  it("holds exactly the shown nodes and edges", () => {
    expect(sub.order).toBe(visibility.shownNodes);
    expect(sub.size).toBe(visibility.shownEdges);
    expect(sub.order).toBeGreaterThan(0);
    sub.forEachNode((key) => expect(visibility.isNodeVisible(key)).toBe(true));
    sub.forEachEdge((key) => expect(visibility.isEdgeVisible(key)).toBe(true));
    expect(sub.order).toBeLessThan(graph.order);
  });

  it("writes one CSV row per node and per edge, every row as wide as the header", () => {
    const csv = graphToCsv(sub);
    const nodes = csvRows(csv.nodes);
    const edges = csvRows(csv.edges);
    expect(nodes.length - 1).toBe(sub.order);
    expect(edges.length - 1).toBe(sub.size);
    expect(nodes[0]?.slice(0, 3)).toEqual(["key", "label", "kind"]);
    expect(edges[0]?.slice(0, 4)).toEqual(["key", "source", "target", "kind"]);
    for (const row of [...nodes, ...edges.slice(1).map((r) => r)]) {
      expect(row.length).toBe((nodes.includes(row) ? nodes[0] : edges[0])?.length);
    }
    const keyColumn = new Set(nodes.slice(1).map((r) => r[0]));
    sub.forEachNode((key) => expect(keyColumn.has(key)).toBe(true));
  });

  it("writes BibTeX that parses back with one entry per visible paper", () => {
    const papers = visiblePaperKeys(index, visibility);
    expect(papers.length).toBe(visibility.visiblePapers);
    const text = papersToBibtex(graph, papers);
    const parsed = parseBibtex(text, { file: "export.bib" });
    expect(parsed.records.length).toBe(papers.length);
    const titles = new Set(
      papers.map((p) => (graph.getNodeAttributes(p) as { title: string }).title),
    );
    for (const record of parsed.records) expect(titles.has(record.title)).toBe(true);
  });
});

describe("cells and values", () => {
  it("quotes CSV cells that need it and defuses formulas", () => {
    expect(csvCell("plain")).toBe("plain");
    expect(csvCell('a "b", c')).toBe('"a ""b"", c"');
    expect(csvCell("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvCell(-3)).toBe("-3");
    expect(csvCell(undefined)).toBe("");
  });
  it("flattens lists and one level of nesting, dropping nulls", () => {
    expect(
      flattenAttributes({ orgs: ["A", "B"], sources: { authors: "bib" }, abstract: null, n: 2 }),
    ).toEqual({ orgs: "A; B", "sources.authors": "bib", n: 2 });
  });
  it("balances braces in BibTeX values", () => {
    expect(bibValue("a } b { c")).toBe("a  b { c}");
    expect(bibValue("\\emph{x}")).toBe("emph{x}");
  });
});
