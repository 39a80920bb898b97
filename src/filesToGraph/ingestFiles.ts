// Files to graph, the one ingest use-case: named input texts → the finished atlas graph
// (parsed, enriched, merged, clustered, laid out) plus its serialized form and a summary. The
// only place that runs these stages in order: the CLI, the app's Web Worker and the benchmarks
// all call it. It touches no file system, clock or DOM: texts in, data out.

import {
  type AtlasInput,
  type BibIssues,
  buildPaperAuthorGraph,
  PAPER_PREFIX,
} from "../graph/build";
import { assignCommunitiesOfLinks } from "../graph/clusters";
import {
  buildCoauthorGraph,
  buildCoauthorLinks,
  type CoauthorGraph,
  type CoauthorLinks,
  DEFAULT_HYPERAUTHOR_CAP,
} from "../graph/coauthors";
import { annotateIdentity, type ExcludedPaper } from "../graph/identityReport";
import { notesOwnList } from "../graph/namesake";
import { DEFAULT_SEED } from "../graph/random";
import type {
  AtlasGraph,
  GraphReport,
  InputContribution,
  SerializedAtlasGraph,
} from "../graph/schema";
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
import { describeUnknown, detectFormat, FORMAT_NAMES, parseWorks } from "../ingest/sources";
import type { InputFormat } from "../ingest/types";
import { type LayoutOptions, layoutAtlasGraph } from "../layout/forceLayout";
import { listInput } from "./listInput";

/** An input's format (profile export, BibTeX, RIS, CSL-JSON, DBLP person XML, OpenAlex works). */
export type InputKind = InputFormat;

export interface InputFile {
  /** Shown in errors and kept as provenance (a path or a file name). */
  name: string;
  text: string;
  /** Forced kind; otherwise decided by content. */
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
  /**
   * When given, a file that cannot be read (an InputError) is passed here and left out, and
   * the others still load (the page lists the failures); without it the first one throws.
   */
  onFileError?: (error: InputError) => void;
  /** Names of owners to mark in the network (`--owner`, the app's owner picker). */
  owners?: readonly string[];
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
  /** What each file gave the network, in input order. */
  inputs: InputContribution[];
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

/**
 * A file's format: the caller's word, else what the text looks like (never the extension).
 * Text that looks like no format is read as a profile export, whose parser says what is wrong.
 */
export function detectKind(file: InputFile): InputKind {
  return file.kind ?? detectFormat(file.text) ?? "profile";
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
  /** The coauthor projection as arrays (a graph of it was the run's largest allocation). */
  coauthors: CoauthorLinks;
  /** The layout's options: seed, iterations and progress as the `layout` stage. */
  layout: LayoutOptions;
  asOf: string;
  hyperauthorCap: number;
  seed: number;
  /** Each BibTeX file and its record count (the records themselves are not kept). */
  bibFiles: IngestSummary["bibFiles"];
  communities: number;
}

/** The stages up to the graphs: what parsing, enrichment and the build produce. */
export interface BuiltGraphs {
  graph: AtlasGraph;
  coauthors: CoauthorGraph;
  /** The enriched profiles, as the builder took them. */
  inputs: AtlasInput[];
  /** Each BibTeX file and its record count. */
  bibFiles: IngestSummary["bibFiles"];
  hyperauthorCap: number;
}

type BuildOptions = Pick<
  IngestOptions,
  "asOf" | "hyperauthorCap" | "onProgress" | "onFileError" | "owners" | "identities"
>;

/**
 * Parse, enrich and build the paper-author graph and its coauthor projection (no clusters, no
 * layout). Throws as `ingestFiles`. The ingest benchmark times exactly this.
 */
export function buildGraphs(allFiles: InputFile[], options: BuildOptions): BuiltGraphs {
  const built = buildPaperAuthorStage(allFiles, options);
  const coauthors = buildCoauthorGraph(built.graph, { hyperauthorCap: built.hyperauthorCap });
  options.onProgress?.("graph", 1);
  return { ...built, coauthors };
}

/**
 * The paper-author graph and what went into it (`buildGraphs` less the projection). Apart
 * so that `prepareIngest` builds the projection once the parsed and enriched records, which
 * only this function's scope holds, can be freed: on a large corpus they and the projection
 * together were the run's largest live heap.
 */
function buildPaperAuthorStage(
  allFiles: InputFile[],
  options: BuildOptions,
): Omit<BuiltGraphs, "coauthors"> {
  // Identities files (decisions) travel with the inputs; they are read first, and apart.
  const decisionFiles = allFiles.filter((f) => looksLikeIdentitiesFile(f.text));
  const files = allFiles.filter((f) => !decisionFiles.includes(f));
  const decisions = combineDecisions([
    options.identities ?? NO_DECISIONS,
    ...decisionFiles.map((f) => parseIdentitiesFile(f.text, f.name)),
  ]);
  // Owners come from `--owner` and from an identities file's `owner` list alike.
  const extraOwners = [...new Set([...(options.owners ?? []), ...(decisions.owner ?? [])])];
  const progress = options.onProgress;
  const cap = options.hyperauthorCap ?? DEFAULT_HYPERAUTHOR_CAP;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.asOf)) {
    throw new Error(`ingestFiles: asOf must be an ISO date YYYY-MM-DD, got "${options.asOf}"`);
  }

  const kinds = files.map(detectKind);
  if (files.length === 0) throw new InputError("input", null, "no file was given");

  const { enriched, excluded, ownerNames, ownListedKeys, bib, bibFiles, firstFileError } =
    parseAndEnrich(files, kinds, new Set(decisions.exclude), options);

  // Identity resolution over every input's papers at once: one person, one node.
  const resolution = resolveIdentities(
    enriched.flatMap((input) => input.papers),
    {
      owners: [...ownerNames, ...extraOwners],
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
  if (inputs.length === 0) {
    if (firstFileError !== null) throw firstFileError;
    throw new InputError(files[0]?.name ?? "input", null, "no input gave a paper");
  }

  progress?.("graph", 0);
  const graph = buildPaperAuthorGraph(inputs, {
    hyperauthorCap: cap,
    owners: extraOwners,
    bib,
  });
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
  return { graph, inputs, bibFiles, hyperauthorCap: cap };
}

/** What parsing and enrichment give the rest of the build (`parseAndEnrich`). */
interface EnrichedInputs {
  /** Each input in file order, enriched, less the papers the user excluded. */
  enriched: AtlasInput[];
  excluded: ExcludedPaper[];
  /** The profiles' owners, in file order. */
  ownerNames: string[];
  /** Keys of BibTeX records whose note says they are an owner's own listing. */
  ownListedKeys: Set<string>;
  bib: BibIssues;
  bibFiles: IngestSummary["bibFiles"];
  /** The first file that could not be read, when `onFileError` let the others go on. */
  firstFileError: InputError | null;
}

/**
 * Parse every file and enrich the profiles with the BibTeX records. Apart so that the parsed
 * entries, the BibTeX records and their index, which only this scope holds, are let go before
 * identity resolution and the build: on a large corpus they were most of the live memory
 * there, and the engine sizes its heap by the live memory it last found.
 */
function parseAndEnrich(
  files: InputFile[],
  kinds: InputKind[],
  excludedKeys: ReadonlySet<string>,
  options: BuildOptions,
): EnrichedInputs {
  const progress = options.onProgress;
  // BibTeX completes profile exports when there are any; without one it is a list of its own.
  const hasProfile = kinds.includes("profile");
  const bibs: ParsedBib[] = [];
  // Each input in file order: a parsed profile (enriched below) or a list already built.
  const parsed: (ParsedProfile | AtlasInput)[] = [];
  progress?.("parse", 0);
  // When no file could be read, the first file's own reason is the error, not "no paper".
  let firstFileError: InputError | null = null;
  files.forEach((file, i) => {
    const kind = kinds[i] ?? "profile";
    try {
      if (kind === "profile") {
        if (
          file.kind === undefined &&
          /^\s*</.test(file.text.slice(0, 200).replace(/^\uFEFF/, ""))
        ) {
          throw new InputError(file.name, null, describeUnknown(file.text));
        }
        parsed.push(parseProfile(file.text, { file: file.name, asOf: options.asOf }));
      } else if (kind === "bib" && hasProfile) {
        bibs.push(parseBibtex(file.text, { file: file.name }));
      } else {
        parsed.push(listInput(parseWorks(file.text, file.name, kind), options.asOf));
      }
    } catch (error) {
      if (!(error instanceof InputError) || !options.onFileError) throw error;
      firstFileError ??= error;
      options.onFileError(error);
    }
    progress?.("parse", (i + 1) / files.length);
  });

  progress?.("enrich", 0);
  const bibRecords = bibs.reduce((n, b) => n + b.records.length, 0);
  // One index for every profile: indexing per profile made enrichment quadratic.
  const bibIndex = indexBibRecords(bibs);
  const excluded: ExcludedPaper[] = [];
  const profiles = parsed.filter((p): p is ParsedProfile => !("enrich" in p));
  let enrichedCount = 0;
  const enriched: AtlasInput[] = parsed.map((item) => {
    let input: AtlasInput;
    if ("enrich" in item) input = item;
    else {
      const { papers, report } = enrichPapers(item, bibIndex, { listUnmatchedRecords: false });
      progress?.("enrich", ++enrichedCount / profiles.length);
      // Its entries are all in `papers` now: the builder reads the profile's header and report.
      input = { profile: { ...item, papers: [] }, papers, enrich: report, bibRecords };
    }
    // Papers the user excluded (not the owner's) leave here, and are reported.
    const kept = input.papers.filter((p) => {
      if (!excludedKeys.has(`${PAPER_PREFIX}${p.slug}`)) return true;
      excluded.push({
        key: `${PAPER_PREFIX}${p.slug}`,
        title: p.title,
        file: p.file,
        line: p.line,
      });
      return false;
    });
    return { ...input, papers: kept };
  });
  const ownerNames = profiles.map((p) => p.header.owner);
  return {
    enriched,
    excluded,
    ownerNames,
    ownListedKeys: new Set(
      bibs.flatMap((b) =>
        b.records.filter((r) => notesOwnList(r.note, ownerNames)).map((r) => r.key),
      ),
    ),
    bib: {
      records: bibRecords,
      errors: bibs.flatMap((b) => b.errors),
      warnings: bibs.flatMap((b) => b.warnings),
      recordEntries: bibIndex.unmatched,
    },
    bibFiles: bibs.map((b) => ({ file: b.file, records: b.records.length })),
    firstFileError,
  };
}

/** Parse, enrich, build and cluster: everything but the layout. Throws as `ingestFiles`. */
export function prepareIngest(files: InputFile[], options: IngestOptions): PreparedIngest {
  const progress = options.onProgress;
  const seed = options.seed ?? DEFAULT_SEED;
  // Only the graph and counts leave the first stages; their records are freed here.
  const { graph, bibFiles, hyperauthorCap } = buildPaperAuthorStage(files, options);
  const coauthors = buildCoauthorLinks(graph, { hyperauthorCap });
  progress?.("graph", 1);
  progress?.("clusters", 0);
  const communities = assignCommunitiesOfLinks(graph, coauthors, { seed });
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
    bibFiles,
    communities,
  };
}

/** The result of a laid-out `PreparedIngest`: the serialized graph and the summary. */
export function finishIngest(prepared: PreparedIngest): IngestResult {
  const { graph } = prepared;
  return {
    graph,
    serialized: graph.export() as SerializedAtlasGraph,
    summary: summarize(prepared),
  };
}

/**
 * `finishIngest` without the serialized copy: the graph and the summary. For callers that
 * write the graph themselves (the CLI streams it: graphJsonChunks.ts).
 */
export function finishIngestUnserialized(
  prepared: PreparedIngest,
): Omit<IngestResult, "serialized"> {
  return { graph: prepared.graph, summary: summarize(prepared) };
}

function summarize(prepared: PreparedIngest): IngestSummary {
  const { graph, coauthors, communities, seed } = prepared;
  const cap = prepared.hyperauthorCap;
  const report = graph.getAttribute("report");
  let papersOverCap = 0;
  graph.forEachNode((key, attrs) => {
    if (attrs.kind === "paper" && graph.degree(key) > cap) papersOverCap++;
  });
  return {
    asOf: prepared.asOf,
    hyperauthorCap: cap,
    seed,
    profiles: graph
      .getAttribute("profiles")
      .map((p) => ({ file: p.file, owner: p.owner, listed: p.listed })),
    bibFiles: prepared.bibFiles,
    inputs: graph.getAttribute("inputs") ?? [],
    counts: report.counts,
    coauthorLinks: coauthors.count,
    papersOverCap,
    communities,
    warnings: report.warnings.length,
    unmatchedRecords: report.unmatchedRecords.length,
    unmatchedPapers: report.unmatchedPapers.length,
  };
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}

/** One line per publication list: what it gave (papers added, merged into others, rejected). */
export function formatContributions(summary: IngestSummary): string[] {
  return summary.inputs
    .filter((input) => input.format !== "profile")
    .map(
      (input) =>
        `${input.file} (${FORMAT_NAMES[input.format]}): ${plural(input.records, "record")}, ` +
        `${plural(input.newPapers, "new paper")}, ${input.mergedPapers} merged with papers already in, ` +
        `${input.rejected} rejected`,
    );
}

/** The summary as one paragraph of plain text (the CLI prints it; the app can show it). */
export function formatSummary(summary: IngestSummary): string {
  const c = summary.counts;
  const lists = summary.inputs.filter((input) => input.format !== "profile");
  if (lists.length > 0) return formatListSummary(summary, lists);
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

/** The summary of a network built from publication lists (with or without profiles). */
function formatListSummary(summary: IngestSummary, lists: InputContribution[]): string {
  const c = summary.counts;
  const byFormat = new Map<InputFormat, number>();
  for (const list of lists) byFormat.set(list.format, (byFormat.get(list.format) ?? 0) + 1);
  const listText = [...byFormat].map(([format, n]) => `${n} ${FORMAT_NAMES[format]}`).join(", ");
  const owners = summary.profiles.map((p) => p.owner);
  const profilesText =
    summary.profiles.length > 0
      ? `${plural(summary.profiles.length, "profile")} (${owners.join("; ")}) and `
      : "";
  const cap = Number.isFinite(summary.hyperauthorCap)
    ? `papers with more than ${summary.hyperauthorCap} authors add none: ${plural(summary.papersOverCap, "paper")}`
    : "no hyperauthor cap";
  return (
    `Ingested ${profilesText}${plural(lists.length, "publication list")} (${listText}), as of ${summary.asOf}: ` +
    `${plural(c.papers, "paper")}, ${plural(c.authors, "author")}, ${plural(c.edges, "authorship edge")}, ` +
    `${plural(summary.coauthorLinks, "coauthor link")} (${cap}), ${plural(summary.communities, "cluster")}. ` +
    `${plural(c.entriesSeen, "entry", "entries")} seen, ${c.rejected} rejected, ` +
    `${plural(c.duplicates, "duplicate")}, ${plural(summary.warnings, "warning")}.`
  );
}
