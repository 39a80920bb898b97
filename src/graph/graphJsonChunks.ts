// The graph's JSON text in pieces: the same bytes as `JSON.stringify(graph.export())`, made
// one node or edge at a time. `export()` copies every node's and edge's attributes and
// `JSON.stringify` then builds the whole file as one string; on a large network
// those two copies were the CLI's memory peak. Writing these chunks one by one holds only a
// chunk at a time beside the graph. Only graphology's public iteration API is used; its
// iteration order is the order `export()` lists nodes and edges in.
import type Graph from "graphology";

/**
 * Roughly how much text a chunk holds before it is handed over (characters). Small enough
 * that a chunk is an ordinary young object, freed at once: engines put large strings
 * straight into the old generation, where they would pile up until a full collection.
 */
const DEFAULT_CHUNK_CHARS = 1 << 14;

/** `{"key":…,"attributes":{…}}`, or without attributes where there are none, as `export()`. */
function itemJson(head: string, attributes: object): string {
  for (const _ in attributes) return `${head},"attributes":${JSON.stringify(attributes)}}`;
  return `${head}}`;
}

/**
 * The chunks of `JSON.stringify(graph.export())`, in order: their concatenation is exactly
 * that text, for any graphology graph whose attributes are plain JSON data.
 */
export function* graphJsonChunks(
  graph: Graph,
  chunkChars = DEFAULT_CHUNK_CHARS,
): Generator<string> {
  const options = {
    type: graph.type,
    multi: graph.multi,
    allowSelfLoops: graph.allowSelfLoops,
  };
  let chunk = `{"options":${JSON.stringify(options)},"attributes":${JSON.stringify(graph.getAttributes())},"nodes":[`;
  let first = true;
  for (const { node, attributes } of graph.nodeEntries()) {
    chunk += `${first ? "" : ","}${itemJson(`{"key":${JSON.stringify(node)}`, attributes)}`;
    first = false;
    if (chunk.length >= chunkChars) {
      yield chunk;
      chunk = "";
    }
  }
  chunk += `],"edges":[`;
  first = true;
  const mixed = graph.type === "mixed";
  for (const { edge, attributes, source, target, undirected } of graph.edgeEntries()) {
    const head = `{"key":${JSON.stringify(edge)},"source":${JSON.stringify(source)},"target":${JSON.stringify(target)}`;
    let json = itemJson(head, attributes);
    // `export()` adds `undirected` after the attributes, for mixed graphs only.
    if (mixed && undirected) json = `${json.slice(0, -1)},"undirected":true}`;
    chunk += `${first ? "" : ","}${json}`;
    first = false;
    if (chunk.length >= chunkChars) {
      yield chunk;
      chunk = "";
    }
  }
  yield `${chunk}]}`;
}
