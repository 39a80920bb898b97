// CSV of a (visible) subgraph: one table of nodes, one of edges, RFC 4180 quoting, and every
// column any row has. A cell that a spreadsheet would run as a formula (=, +, -, @ first) is
// written with a leading apostrophe: titles come from files, and text from files stays text.
import type Graph from "graphology";
import type { FlatAttributes, FlatValue } from "./visibleSubgraph";

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: FlatValue | undefined): string {
  if (value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function table(leading: string[], rows: FlatAttributes[]): string {
  const columns = [...leading];
  const seen = new Set(columns);
  for (const row of rows) {
    for (const name of Object.keys(row)) {
      if (!seen.has(name)) {
        seen.add(name);
        columns.push(name);
      }
    }
  }
  const lines = [columns.map((c) => csvCell(c)).join(",")];
  for (const row of rows) lines.push(columns.map((c) => csvCell(row[c])).join(","));
  return `${lines.join("\r\n")}\r\n`;
}

/** `nodes.csv` (key, label, kind, then the rest) and `edges.csv` (key, source, target, kind, ...). */
export function graphToCsv(graph: Graph<FlatAttributes, FlatAttributes>): {
  nodes: string;
  edges: string;
} {
  const nodes = graph.mapNodes((key, attributes) => ({ key, ...attributes }));
  const edges = graph.mapEdges((key, attributes, source, target) => ({
    key,
    source,
    target,
    ...attributes,
  }));
  return {
    nodes: table(["key", "label", "kind"], nodes),
    edges: table(["key", "source", "target", "kind"], edges),
  };
}
