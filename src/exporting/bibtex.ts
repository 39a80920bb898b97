// BibTeX of the papers a view shows, built from each paper's facts in the graph (title, authors
// in their order, venue, year, the matched BibTeX key): the graph keeps facts, not the records
// ingestion read, so every entry is written the same way. Values are brace-protected and
// braces in them balanced, so any title round-trips through a BibTeX parser. Pure.
import type { AppGraph } from "../graph/appGraph";
import type { PaperNodeAttributes } from "../graph/schema";

/** Escape text for a braced BibTeX value: unbalanced braces and backslashes are dropped. */
export function bibValue(text: string): string {
  let depth = 0;
  let out = "";
  for (const c of text.replace(/\\/g, "").replace(/[\r\n]+/g, " ")) {
    if (c === "{") depth++;
    else if (c === "}") {
      if (depth === 0) continue;
      depth--;
    }
    out += c;
  }
  return out + "}".repeat(depth);
}

/** The paper's authors in list order (implied owners last), by display name. */
function authorsOf(graph: AppGraph, paper: string): string[] {
  const listed: { position: number; name: string }[] = [];
  graph.forEachEdge(paper, (_edge, attributes, source, target) => {
    if (attributes.kind !== "authorship") return;
    const author = source === paper ? target : source;
    const a = graph.getNodeAttributes(author);
    if (a.kind !== "author") return;
    listed.push({ position: attributes.position ?? Number.MAX_SAFE_INTEGER, name: a.name });
  });
  listed.sort((x, y) => x.position - y.position);
  return listed.map((l) => l.name);
}

function citationKey(attributes: PaperNodeAttributes, paper: string, used: Set<string>): string {
  const base =
    attributes.bibKey?.replace(/[^\w:.-]/g, "") ||
    `${paper
      .replace(/^paper:/, "")
      .replace(/[^\w]+/g, "")
      .slice(0, 30)}${attributes.year}`;
  let key = base || "paper";
  for (let n = 2; used.has(key); n++) key = `${base}${n}`;
  used.add(key);
  return key;
}

/** One entry per paper key (in the given order); preprints are @misc, the rest @inproceedings/@article. */
export function papersToBibtex(graph: AppGraph, papers: readonly string[]): string {
  const used = new Set<string>();
  const entries: string[] = [];
  for (const paper of papers) {
    const a = graph.getNodeAttributes(paper);
    if (a.kind !== "paper") continue;
    const preprint = a.venue === "arXiv";
    const journal = /\bj\.|journal|transactions|letters/i.test(a.venueFull);
    const type = preprint ? "misc" : journal ? "article" : "inproceedings";
    const fields: [string, string][] = [["title", a.title]];
    const authors = authorsOf(graph, paper);
    if (authors.length > 0) {
      fields.push(["author", authors.join(" and ") + (a.authorsTruncated ? " and others" : "")]);
    }
    if (!preprint) fields.push([journal ? "journal" : "booktitle", a.venueFull || a.venue]);
    else if (a.venueFull) fields.push(["howpublished", a.venueFull]);
    fields.push(["year", String(a.venueYear ?? a.year)]);
    if (a.abstract) fields.push(["abstract", a.abstract]);
    const body = fields.map(([name, value]) => `  ${name} = {${bibValue(value)}}`).join(",\n");
    entries.push(`@${type}{${citationKey(a, paper, used)},\n${body}\n}`);
  }
  return entries.length === 0 ? "" : `${entries.join("\n\n")}\n`;
}

/** Keys of the papers passing the view's filters (shown as nodes or not), in graph order. */
export function visiblePaperKeys(
  index: { papers: Int32Array; nodeKeys: string[] },
  visibility: { nodePasses: Uint8Array },
): string[] {
  const keys: string[] = [];
  for (const p of index.papers)
    if (visibility.nodePasses[p] === 1) keys.push(index.nodeKeys[p] as string);
  return keys;
}
