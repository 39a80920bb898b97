// Identity in the graph: `report.identity` (merges, suggestions, exclusions, namesake flags,
// the decisions applied) and each paper's `namesake` attribute, written after the build from
// identity resolution's result (src/ingest/identity.ts) and namesake detection (./namesake.ts).

import type { IdentityDecisions, IdentityResolution } from "../ingest/identity";
import { nameIdentity, titleKey } from "../ingest/names";
import { detachedCopy } from "../ingest/text";
import { detectNamesakes } from "./namesake";
import type { AtlasGraph, IdentityReport } from "./schema";

export interface ExcludedPaper {
  key: string;
  title: string;
  file: string;
  line: number;
}

export interface AnnotateIdentityOptions {
  resolution: IdentityResolution;
  decisions: IdentityDecisions;
  excluded: ExcludedPaper[];
  /** Paper keys on an owner's own publication list. */
  ownListed: ReadonlySet<string>;
}

/** Write `report.identity` and every paper's `namesake` (null where not flagged). */
export function annotateIdentity(
  graph: AtlasGraph,
  options: AnnotateIdentityOptions,
): IdentityReport {
  const { resolution, decisions } = options;
  // Author nodes by the identity of their name (the builder's key for unrefined credits).
  const byIdentity = new Map<string, string>();
  graph.forEachNode((key, attrs) => {
    if (attrs.kind !== "author") return;
    const id = nameIdentity(attrs.name);
    if (!byIdentity.has(id)) byIdentity.set(id, key);
  });
  const keyOf = (identityOrName: string): string | null =>
    byIdentity.get(identityOrName.split("#")[0] as string) ??
    byIdentity.get(nameIdentity(identityOrName)) ??
    null;

  // Paper node keys by title key, to name each merged spelling's papers.
  const paperByTitle = new Map<string, string>();
  graph.forEachNode((key, attrs) => {
    if (attrs.kind === "paper") paperByTitle.set(titleKey(attrs.title), key);
  });
  const merged: IdentityReport["merged"] = [];
  for (const m of resolution.merged) {
    const key = keyOf(m.identity);
    if (key === null) continue;
    merged.push({
      key,
      // Copies (detachedCopy): the report outlives the parsed input texts.
      names: m.names.map(detachedCopy),
      reason: m.reason,
      score: Number.isFinite(m.score) ? m.score : null,
      by: m.by,
      papersByName: Object.fromEntries(
        Object.entries(m.records).map(([name, records]) => [
          name,
          [
            ...new Set(
              records
                .map((i) => resolution.papers[i])
                .map((p) => (p ? paperByTitle.get(titleKey(p.title)) : undefined))
                .filter((k): k is string => k !== undefined),
            ),
          ],
        ]),
      ),
    });
  }
  const suggested: IdentityReport["suggested"] = [];
  for (const s of resolution.suggested) {
    const a = keyOf(s.identities[0]);
    const b = keyOf(s.identities[1]);
    if (a === null || b === null || a === b) continue;
    suggested.push({
      keys: [a, b],
      names: [detachedCopy(s.names[0]), detachedCopy(s.names[1])],
      score: s.score,
      reasons: s.reasons,
    });
  }

  const flags = detectNamesakes(graph, {
    ownListed: options.ownListed,
    keep: new Set(decisions.keep),
  });
  const namesakes: IdentityReport["namesakes"] = [];
  graph.forEachNode((key, attrs) => {
    if (attrs.kind !== "paper") return;
    const flag = flags.get(key) ?? null;
    graph.mergeNodeAttributes(key, { namesake: flag });
    if (flag) namesakes.push({ key, title: attrs.title, score: flag.score, reasons: flag.reasons });
  });

  const report: IdentityReport = {
    merged,
    suggested,
    excluded: options.excluded,
    namesakes,
    decisions: {
      merge: decisions.merge.map(([a, b]) => [a, b]),
      split: decisions.split.map(([a, b]) => [a, b]),
      exclude: [...decisions.exclude],
      keep: [...decisions.keep],
    },
    unknownNames: resolution.unknownNames,
  };
  graph.setAttribute("report", { ...graph.getAttribute("report"), identity: report });
  return report;
}
