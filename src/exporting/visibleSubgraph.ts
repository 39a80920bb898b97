// What an export holds: the nodes and edges the current view shows (visibility.ts), as a new
// graphology graph whose attributes are plain values every tool reads (GEXF, CSV): lists joined,
// nested facts flattened, display-only fields kept where they say something (a fold's members).
// Pure: no sigma, no DOM.
import Graph from "graphology";
import type { FilterIndex } from "../filters/filterIndex";
import type { Visibility } from "../filters/visibility";
import type { AppGraph } from "../graph/appGraph";

export type FlatValue = string | number | boolean;
export type FlatAttributes = Record<string, FlatValue>;

/** Separator of list values in one cell (organisations, a coauthor link's papers). */
export const LIST_SEPARATOR = "; ";

/** One level of nesting is flattened as `parent.child`; lists are joined; nulls are dropped. */
export function flattenAttributes(attributes: Record<string, unknown>): FlatAttributes {
  const flat: FlatAttributes = {};
  const put = (name: string, value: unknown) => {
    if (value === null || value === undefined) return;
    if (typeof value === "string" || typeof value === "boolean") flat[name] = value;
    else if (typeof value === "number") {
      if (Number.isFinite(value)) flat[name] = value;
    } else if (Array.isArray(value)) flat[name] = value.map(String).join(LIST_SEPARATOR);
    else if (typeof value === "object") {
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
        if (typeof v !== "object" || v === null) put(`${name}.${k}`, v);
      }
    }
  };
  for (const [name, value] of Object.entries(attributes)) put(name, value);
  return flat;
}

/** The label a node shows: an author's name, a paper's title, a fold's "+N authors". */
export function nodeLabel(attributes: Record<string, unknown>): string {
  const label = attributes.name ?? attributes.title ?? attributes.label;
  return typeof label === "string" ? label : "";
}

/** The shown nodes and edges of `graph`, in graph order, with flat attributes and a `label`. */
export function visibleSubgraph(
  graph: AppGraph,
  index: FilterIndex,
  visibility: Visibility,
): Graph<FlatAttributes, FlatAttributes> {
  const out = new Graph<FlatAttributes, FlatAttributes>({ type: "undirected", multi: false });
  for (let i = 0; i < index.nodeCount; i++) {
    if (visibility.nodeVisible[i] !== 1) continue;
    const key = index.nodeKeys[i] as string;
    const attributes = graph.getNodeAttributes(key) as unknown as Record<string, unknown>;
    out.addNode(key, { label: nodeLabel(attributes), ...flattenAttributes(attributes) });
  }
  for (let e = 0; e < index.edgeCount; e++) {
    if (visibility.edgeVisible[e] !== 1) continue;
    const source = index.nodeKeys[index.edgeSource[e] as number] as string;
    const target = index.nodeKeys[index.edgeTarget[e] as number] as string;
    if (!out.hasNode(source) || !out.hasNode(target)) continue;
    const key = index.edgeKeys[e] as string;
    const attributes = graph.getEdgeAttributes(key) as unknown as Record<string, unknown>;
    out.addUndirectedEdgeWithKey(key, source, target, flattenAttributes(attributes));
  }
  return out;
}
