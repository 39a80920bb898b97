// Identity decisions applied in the page: a pure re-projection of a built graph (merge two
// authors, split a merge back into its spellings, exclude a paper, keep a flagged paper, mark
// an author as the list's owner), so
// a decision shows at once, on the graph the page already has, with every other node where it
// was. Re-running the ingest in the worker would need the input files (the default network
// ships as a built graph) and would lay the network out afresh; the identities file gives the
// CLI the same decisions, applied before the layout, for the next ingest.
import Graph from "graphology";
import type { IdentityDecisions } from "../ingest/identity";
import { nameIdentity, slugify } from "../ingest/names";
import type {
  AtlasGraph,
  AuthorNodeAttributes,
  IdentityReport,
  PaperNodeAttributes,
  SerializedAtlasGraph,
} from "./schema";

export function hasDecisions(d: IdentityDecisions): boolean {
  return (
    d.merge.length + d.split.length + d.exclude.length + d.keep.length + (d.owner?.length ?? 0) > 0
  );
}

const EMPTY_REPORT: IdentityReport = {
  merged: [],
  suggested: [],
  excluded: [],
  namesakes: [],
  decisions: { merge: [], split: [], exclude: [], keep: [] },
  unknownNames: [],
};

function sameName(a: string, b: string): boolean {
  return nameIdentity(a) === nameIdentity(b);
}

/** The graph with `decisions` applied; the input is not modified. No decisions: the input. */
export function applyIdentityDecisions(
  serialized: SerializedAtlasGraph,
  decisions: IdentityDecisions,
): SerializedAtlasGraph {
  if (!hasDecisions(decisions)) return serialized;
  const graph: AtlasGraph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  graph.import(structuredClone(serialized));
  const report = graph.getAttribute("report");
  const identity: IdentityReport = structuredClone(report.identity ?? EMPTY_REPORT);
  const unknown = new Set<string>();

  const authorByName = (name: string): string | null => {
    let found: string | null = null;
    graph.forEachNode((key, attrs) => {
      if (found === null && attrs.kind === "author" && sameName(attrs.name, name)) found = key;
    });
    if (found === null) unknown.add(name);
    return found;
  };
  const recount = (key: string) => {
    if (graph.hasNode(key)) graph.mergeNodeAttributes(key, { paperCount: graph.degree(key) });
  };
  const link = (author: string, paper: string) => {
    if (!graph.hasEdge(author, paper)) {
      graph.addUndirectedEdgeWithKey(`a:${author}|${paper}`, author, paper, {
        kind: "authorship",
        position: null,
        source: "profile",
      });
    }
  };

  for (const key of decisions.exclude) {
    if (!graph.hasNode(key) || graph.getNodeAttribute(key, "kind") !== "paper") continue;
    const attrs = graph.getNodeAttributes(key) as PaperNodeAttributes;
    const authors = graph.neighbors(key);
    graph.dropNode(key);
    for (const a of authors) {
      if (graph.degree(a) === 0 && !(graph.getNodeAttributes(a) as AuthorNodeAttributes).owner)
        graph.dropNode(a);
      else recount(a);
    }
    identity.excluded.push({ key, title: attrs.title, file: "", line: 0 });
    identity.namesakes = identity.namesakes.filter((n) => n.key !== key);
  }
  for (const key of decisions.keep) {
    if (graph.hasNode(key) && graph.getNodeAttribute(key, "kind") === "paper") {
      graph.mergeNodeAttributes(key, { namesake: null });
    }
    identity.namesakes = identity.namesakes.filter((n) => n.key !== key);
  }

  for (const [x, y] of decisions.split) {
    identity.suggested = identity.suggested.filter(
      (s) => !(s.names.some((n) => sameName(n, x)) && s.names.some((n) => sameName(n, y))),
    );
    const entry = identity.merged.find(
      (m) => m.names.some((n) => sameName(n, x)) && m.names.some((n) => sameName(n, y)),
    );
    if (!entry || !graph.hasNode(entry.key)) continue;
    const node = graph.getNodeAttributes(entry.key) as AuthorNodeAttributes;
    // The spelling that leaves: the one the node is not named after.
    const leaving = sameName(node.name, y) ? x : y;
    const leavingName = entry.names.find((n) => sameName(n, leaving)) ?? leaving;
    const papers = entry.papersByName?.[leavingName] ?? [];
    const staying = entry.names.filter((n) => n !== leavingName);
    const stillTheirs = new Set(staying.flatMap((n) => entry.papersByName?.[n] ?? []));
    let key = `author:${slugify(leavingName)}`;
    for (let n = 2; graph.hasNode(key); n++) key = `author:${slugify(leavingName)}-${n}`;
    graph.addNode(key, {
      ...node,
      name: leavingName,
      owner: false,
      paperCount: 0,
      x: node.x + 0.01 * (node.size || 1),
      y: node.y + 0.01 * (node.size || 1),
    });
    for (const paper of papers) {
      if (!graph.hasNode(paper)) continue;
      link(key, paper);
      if (!stillTheirs.has(paper) && graph.hasEdge(entry.key, paper)) {
        graph.dropEdge(entry.key, paper);
      }
    }
    recount(key);
    recount(entry.key);
    entry.names = staying;
    if (staying.length < 2) identity.merged = identity.merged.filter((m) => m !== entry);
  }

  for (const [x, y] of decisions.merge) {
    const a = authorByName(x);
    const b = authorByName(y);
    if (a === null || b === null || a === b) continue;
    const aAttrs = graph.getNodeAttributes(a) as AuthorNodeAttributes;
    const bAttrs = graph.getNodeAttributes(b) as AuthorNodeAttributes;
    // The node with more papers (or the owner) stays, under its own name.
    const [keep, gone] =
      bAttrs.owner || (!aAttrs.owner && bAttrs.paperCount > aAttrs.paperCount) ? [b, a] : [a, b];
    const keepName = (keep === a ? aAttrs : bAttrs).name;
    const goneName = (gone === a ? aAttrs : bAttrs).name;
    const gonePapers = graph.neighbors(gone);
    const keepPapers = graph.neighbors(keep);
    for (const paper of gonePapers) link(keep, paper);
    graph.dropNode(gone);
    recount(keep);
    identity.suggested = identity.suggested.filter(
      (s) => !(s.keys.includes(a) && s.keys.includes(b)),
    );
    identity.merged.push({
      key: keep,
      names: [keepName, goneName],
      reason: "merged by decision",
      score: null,
      by: "decision",
      papersByName: { [keepName]: keepPapers, [goneName]: gonePapers },
    });
  }

  // Owners last, so a name that a merge above joined to another resolves to the merged node.
  for (const name of decisions.owner ?? []) {
    const key = authorByName(name);
    if (key !== null) graph.mergeNodeAttributes(key, { owner: true });
  }

  let papers = 0;
  let authors = 0;
  graph.forEachNode((_k, attrs) => {
    if (attrs.kind === "paper") papers++;
    else authors++;
  });
  // The contract's four kinds; an owner decision shows as the author's own `owner` attribute.
  identity.decisions = {
    merge: decisions.merge.map(([a, b]) => [a, b]),
    split: decisions.split.map(([a, b]) => [a, b]),
    exclude: [...decisions.exclude],
    keep: [...decisions.keep],
  };
  identity.unknownNames = [...unknown];
  graph.setAttribute("report", {
    ...report,
    counts: {
      ...report.counts,
      papers,
      authors,
      edges: graph.size,
      ...(identity.excluded.length > 0 ? { excluded: identity.excluded.length } : {}),
    },
    identity,
  });
  return graph.export() as SerializedAtlasGraph;
}
