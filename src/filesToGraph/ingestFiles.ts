// Files to graph, the one ingest use-case: named input texts → the finished atlas graph
// (parsed, enriched, merged, clustered, laid out) plus its serialized form and a summary. The
// only place that runs these stages in order: the CLI, the app's Web Worker and the benchmarks
// all call it. It touches no file system, clock or DOM: texts in, data out.

import { type AtlasInput, buildPaperAuthorGraph, PAPER_PREFIX } from "../graph/build";
import { assignCommunities } from "../graph/clusters";
import {
  buildCoauthorGraph,
  type CoauthorGraph,
  DEFAULT_HYPERAUTHOR_CAP,
} from "../graph/coauthors";
import { annotateIdentity, type ExcludedPaper } from "../graph/identityReport";
import { notesOwnList } from "../graph/namesake";
import { DEFAULT_SEED } from "../graph/random";
import type { AtlasGraph, GraphReport, SerializedAtlasGraph } from "../graph/schema";
import {
  enrichPapers,
  InputError,
  type ParsedBib,
  type ParsedProfile,
  parseBibtex,
  parseProfile,
} from "../ingest";
import { indexBibRecords } from "../ingest/enrich";
import {
  combineDecisions,
  looksLikeIdentitiesFile,
  parseIdentitiesFile,
} from "../ingest/identitiesFile";
import { type IdentityDecisions, NO_DECISIONS, resolveIdentities } from "../ingest/identity";
import { looksLikeBibtex, splitLines } from "../ingest/text";
import { type LayoutOptions, layoutAtlasGraph } from "../layout/forceLayout";

export type InputKind = "profile" | "bib";

export interface InputFile {
  /** Shown in errors and kept as provenance (a path or a file name). */
  name: string;
  text: string;
  /** Forced kind; otherwise by extension (.bib / .txt), then by content. */
  kind?: InputKind;
}

export interface IngestOptions {
  /** ISO date `YYYY-MM-DD` the exports were taken (infers missing years). Required: no clock here. */
  asOf: string;
  /** Default 25 (Infinity = no cap). */
  hyperauthorCap?: number;
  /** Default 1. */
  seed?: number;
  /** Layout ticks (default: the layout's own). */
  iterations?: number;
  /** Merge, split, exclude and keep decisions (the identities file); none by default. */
  identities?: IdentityDecisions;
  /** Stage name (`parse`, `enrich`, `graph`, `clusters`, `layout`) and its 0…1 progress. */
  onProgress?: (stage: string, fraction: number) => void;
}

export interface IngestSummary {
  asOf: string;
  hyperauthorCap: number;
  seed: number;
  profiles: { file: string; owner: string; listed: number }[];
  bibFiles: { file: string; records: number }[];
  counts: GraphReport["counts"];
  /** Coauthor pairs (projection edges) under the cap. */
  coauthorLinks: number;
  /** Papers over the cap, which add no coauthor links. */
  papersOverCap: number;
  communities: number;
  warnings: number;
  unmatchedRecords: number;
  unmatchedPapers: number;
}

export interface IngestResult {
  graph: AtlasGraph;
  serialized: SerializedAtlasGraph;
  summary: IngestSummary;
}

/** Profile or BibTeX: the caller's word, then the extension, then what the text looks like. */
export function detectKind(file: InputFile): InputKind {
  if (file.kind) return file.kind;
  const name = file.name.toLowerCase();
  if (name.endsWith(".bib") || name.endsWith(".bibtex")) return "bib";
  if (name.endsWith(".txt")) return "profile";
  return looksLikeBibtex(splitLines(file.text.slice(0, 65_536))) === null ? "profile" : "bib";
}

/** Parse, enrich, build, cluster and lay out. Throws InputError for an unusable file. */
export function ingestFiles(files: InputFile[], options: IngestOptions): IngestResult {
  const prepared = prepareIngest(files, options);
  layoutAtlasGraph(prepared.graph, prepared.coauthors, prepared.layout);
  return finishIngest(prepared);
}

/**
 * The stages before the layout, and what the layout and the summary need. `ingestFiles` is
 * `prepareIngest`, `layoutAtlasGraph(graph, coauthors, layout)`, `finishIngest`; the Node
 * variant (ingestNode.ts) runs the same with the multilevel engine in a worker thread.
 */
export interface PreparedIngest {
  graph: AtlasGraph;
  coauthors: CoauthorGraph;
  /** The layout's options: seed, iterations and progress as the `layout` stage. */
  layout: LayoutOptions;
  asOf: string;
  hyperauthorCap: number;
  seed: number;
  bibs: ParsedBib[];
  communities: number;
}

/** The stages up to the graphs: what parsing, enrichment and the build produce. */
export interface BuiltGraphs {
  graph: AtlasGraph;
  coauthors: CoauthorGraph;
  /** The enriched profiles, as the builder took them. */
  inputs: AtlasInput[];
  bibs: ParsedBib[];
  hyperauthorCap: number;
}

/**
 * Parse, enrich and build the paper-author graph and its coauthor projection (no clusters, no
 * layout). Throws as `ingestFiles`. The ingest benchmark times exactly this.
 */
export function buildGraphs(
  allFiles: InputFile[],
  options: Pick<IngestOptions, "asOf" | "hyperauthorCap" | "onProgress" | "identities">,
): BuiltGraphs {
  // Identities files (decisions) travel with the inputs; they are read first, and apart.
  const decisionFiles = allFiles.filter((f) => looksLikeIdentitiesFile(f.text));
  const files = allFiles.filter((f) => !decisionFiles.includes(f));
  const decisions = combineDecisions([
    options.identities ?? NO_DECISIONS,
    ...decisionFiles.map((f) => parseIdentitiesFile(f.text, f.name)),
  ]);
  const progress = options.onProgress;
  const cap = options.hyperauthorCap ?? DEFAULT_HYPERAUTHOR_CAP;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.asOf)) {
    throw new Error(`ingestFiles: asOf must be an ISO date YYYY-MM-DD, got "${options.asOf}"`);
  }

  const kinds = files.map(detectKind);
  if (!kinds.includes("profile")) {
    throw new InputError(
      files[0]?.name ?? "input",
      null,
      "no profile export among the inputs (BibTeX only enriches a profile)",
    );
  }

  // BibTeX first: every profile is enriched with every BibTeX file.
  const bibs: ParsedBib[] = [];
  const profiles: ParsedProfile[] = [];
  progress?.("parse", 0);
  files.forEach((file, i) => {
    if (kinds[i] === "bib") bibs.push(parseBibtex(file.text, { file: file.name }));
    else profiles.push(parseProfile(file.text, { file: file.name, asOf: options.asOf }));
    progress?.("parse", (i + 1) / files.length);
  });

  progress?.("enrich", 0);
  const bibRecords = bibs.reduce((n, b) => n + b.records.length, 0);
  // One index for every profile: indexing per profile made enrichment quadratic.
  const bibIndex = indexBibRecords(bibs);
  const excludedKeys = new Set(decisions.exclude);
  const excluded: ExcludedPaper[] = [];
  const enriched: AtlasInput[] = profiles.map((profile, i) => {
    const { papers, report } = enrichPapers(profile, bibIndex, { listUnmatchedRecords: false });
    progress?.("enrich", (i + 1) / profiles.length);
    // Papers the user excluded (not the owner's) leave here, and are reported.
    const kept = papers.filter((p) => {
      if (!excludedKeys.has(`${PAPER_PREFIX}${p.slug}`)) return true;
      excluded.push({
        key: `${PAPER_PREFIX}${p.slug}`,
        title: p.title,
        file: p.file,
        line: p.line,
      });
      return false;
    });
    return { profile, papers: kept, enrich: report, bibRecords };
  });

  // Identity resolution over every profile's papers at once: one person, one node.
  const resolution = resolveIdentities(
    enriched.flatMap((input) => input.papers),
    {
      owners: profiles.map((p) => p.header.owner),
      hyperauthorCap: cap,
      decisions,
    },
  );
  let offset = 0;
  const inputs: AtlasInput[] = enriched.map((input) => {
    const papers = resolution.papers.slice(offset, offset + input.papers.length);
    offset += input.papers.length;
    return { ...input, papers };
  });

  progress?.("graph", 0);
  const graph = buildPaperAuthorGraph(inputs, {
    hyperauthorCap: cap,
    bib: {
      records: bibRecords,
      errors: bibs.flatMap((b) => b.errors),
      warnings: bibs.flatMap((b) => b.warnings),
      recordEntries: bibIndex.unmatched,
    },
  });
  const ownerNames = profiles.map((p) => p.header.owner);
  const ownListedKeys = new Set(
    bibs.flatMap((b) =>
      b.records.filter((r) => notesOwnList(r.note, ownerNames)).map((r) => r.key),
    ),
  );
  const ownListed = new Set<string>();
  graph.forEachNode((key, attrs) => {
    if (attrs.kind === "paper" && attrs.bibKey !== null && ownListedKeys.has(attrs.bibKey)) {
      ownListed.add(key);
    }
  });
  annotateIdentity(graph, { resolution, decisions, excluded, ownListed });
  if (excluded.length > 0) {
    const report = graph.getAttribute("report");
    graph.setAttribute("report", {
      ...report,
      counts: { ...report.counts, excluded: excluded.length },
    });
  }
  const coauthors = buildCoauthorGraph(graph, { hyperauthorCap: cap });
  progress?.("graph", 1);
  return { graph, coauthors, inputs, bibs, hyperauthorCap: cap };
}

/** Parse, enrich, build and cluster: everything but the layout. Throws as `ingestFiles`. */
export function prepareIngest(files: InputFile[], options: IngestOptions): PreparedIngest {
  const progress = options.onProgress;
  const seed = options.seed ?? DEFAULT_SEED;
  const { graph, coauthors, bibs, hyperauthorCap } = buildGraphs(files, options);
  progress?.("clusters", 0);
  const communities = assignCommunities(graph, coauthors, { seed });
  progress?.("clusters", 1);
  return {
    graph,
    coauthors,
    layout: {
      seed,
      iterations: options.iterations,
      onProgress: progress ? (f) => progress("layout", f) : undefined,
    },
    asOf: options.asOf,
    hyperauthorCap,
    seed,
    bibs,
    communities,
  };
}

/** The result of a laid-out `PreparedIngest`: the serialized graph and the summary. */
export function finishIngest(prepared: PreparedIngest): IngestResult {
  const { graph, coauthors, bibs, communities, seed } = prepared;
  const cap = prepared.hyperauthorCap;
  const report = graph.getAttribute("report");
  let papersOverCap = 0;
  graph.forEachNode((key, attrs) => {
    if (attrs.kind === "paper" && graph.degree(key) > cap) papersOverCap++;
  });
  const summary: IngestSummary = {
    asOf: prepared.asOf,
    hyperauthorCap: cap,
    seed,
    profiles: graph
      .getAttribute("profiles")
      .map((p) => ({ file: p.file, owner: p.owner, listed: p.listed })),
    bibFiles: bibs.map((b) => ({ file: b.file, records: b.records.length })),
    counts: report.counts,
    coauthorLinks: coauthors.size,
    papersOverCap,
    communities,
    warnings: report.warnings.length,
    unmatchedRecords: report.unmatchedRecords.length,
    unmatchedPapers: report.unmatchedPapers.length,
  };
  return { graph, serialized: graph.export() as SerializedAtlasGraph, summary };
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}

/** The summary as one paragraph of plain text (the CLI prints it; the app can show it). */
export function formatSummary(summary: IngestSummary): string {
  const c = summary.counts;
  const owners = summary.profiles.map((p) => `${p.owner}, ${plural(p.listed, "paper")}`).join("; ");
  const bibs =
    summary.bibFiles.length === 0
      ? "no BibTeX"
      : `${plural(summary.bibFiles.length, "BibTeX file")} (${plural(c.bibRecords, "record")})`;
  const cap = Number.isFinite(summary.hyperauthorCap)
    ? `papers with more than ${summary.hyperauthorCap} authors add none: ${plural(summary.papersOverCap, "paper")}`
    : "no hyperauthor cap";
  return (
    `Ingested ${plural(summary.profiles.length, "profile")} (${owners}) and ${bibs}, as of ${summary.asOf}: ` +
    `${plural(c.papers, "paper")}, ${plural(c.authors, "author")}, ${plural(c.edges, "authorship edge")}, ` +
    `${plural(summary.coauthorLinks, "coauthor link")} (${cap}), ${plural(summary.communities, "cluster")}. ` +
    `BibTeX matched ${c.matched} of ${plural(c.papers, "paper")}; ` +
    `${plural(summary.unmatchedPapers, "paper")} and ${plural(summary.unmatchedRecords, "record")} unmatched. ` +
    `${plural(c.entriesSeen, "entry", "entries")} seen, ${c.rejected} rejected, ` +
    `${plural(c.duplicates, "duplicate")}, ${plural(summary.warnings, "warning")}.`
  );
}
