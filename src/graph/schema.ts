// The graph data contract (schemaVersion 1): attributes of the serialized graphology graph
// the CLI writes and the app, tests and other tools read. Documented in README.md; change it
// only with a schemaVersion bump.
import type Graph from "graphology";
import type { SerializedGraph } from "graphology-types";
import type { FactSource, InputIssue, ProfileHeader } from "../ingest/types";

export const SCHEMA_VERSION = 1;

export interface PaperNodeAttributes {
  kind: "paper";
  title: string;
  date: string;
  year: number;
  yearInferred: boolean;
  category: string;
  hasCode: boolean;
  venue: string;
  venueFull: string;
  venueYear: number | null;
  orgs: string[];
  abstract: string | null;
  authorsTruncated: boolean;
  /** Number of authors after enrichment (including implied ones). */
  authorCount: number;
  sources: { authors: FactSource; venue: FactSource };
  bibKey: string | null;
  x: number;
  y: number;
  size: number;
}

export interface AuthorNodeAttributes {
  kind: "author";
  /** Display form, with accents. */
  name: string;
  paperCount: number;
  /** Louvain community on the coauthor projection, renumbered by size (0 = largest). */
  community: number;
  /** True for a profile's owner. */
  owner: boolean;
  x: number;
  y: number;
  size: number;
}

export type AtlasNodeAttributes = PaperNodeAttributes | AuthorNodeAttributes;

export interface AuthorshipEdgeAttributes {
  kind: "authorship";
  position: number | null;
  source: "profile" | "bib" | "implied";
}

export interface ProfileSummary {
  file: string;
  owner: string;
  /** Key of the owner's author node. */
  ownerKey: string;
  header: ProfileHeader;
  /** Papers the export listed (entries accepted as papers, before merging profiles). */
  listed: number;
}

export interface GraphReport {
  counts: {
    entriesSeen: number;
    papers: number;
    duplicates: number;
    rejected: number;
    authors: number;
    edges: number;
    bibRecords: number;
    matched: number;
  };
  rejected: InputIssue[];
  duplicates: (InputIssue & { title: string; keptLine: number })[];
  warnings: InputIssue[];
  unmatchedRecords: { file: string; line: number; key: string; title: string }[];
  unmatchedPapers: { file: string; line: number; title: string }[];
}

export interface AtlasGraphAttributes {
  schemaVersion: typeof SCHEMA_VERSION;
  profiles: ProfileSummary[];
  asOf: string;
  /** Papers with more authors than this add no coauthor links. */
  hyperauthorCap: number;
  report: GraphReport;
}

export type SerializedAtlasGraph = SerializedGraph<
  AtlasNodeAttributes,
  AuthorshipEdgeAttributes,
  AtlasGraphAttributes
>;

/** The atlas graph as graphology types it. */
export type AtlasGraph = Graph<AtlasNodeAttributes, AuthorshipEdgeAttributes, AtlasGraphAttributes>;

/**
 * Versions of the contract this code reads: each later version only adds attributes, so an
 * older file reads with them absent.
 */
export const READABLE_SCHEMA_VERSIONS: readonly number[] = [1, 2];

/** Throws a one-line error naming the version when a serialized graph is not one we read. */
export function checkSchemaVersion(attributes: unknown): void {
  const version = (attributes as { schemaVersion?: unknown } | null | undefined)?.schemaVersion;
  if (typeof version === "number" && READABLE_SCHEMA_VERSIONS.includes(version)) return;
  const found =
    version === undefined ? "no schemaVersion" : `schemaVersion ${JSON.stringify(version)}`;
  throw new Error(
    `graph data: ${found}; this version of Coauthor Atlas reads schemaVersion ${READABLE_SCHEMA_VERSIONS.join(" and ")}`,
  );
}
