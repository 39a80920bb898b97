// The graph data contract (schemaVersion 2; files of version 1 are still read): attributes of the serialized graphology graph
// the CLI writes and the app, tests and other tools read. Documented in README.md; change it
// only with a schemaVersion bump.
import type Graph from "graphology";
import type { SerializedGraph } from "graphology-types";
import type { AuthorLink, FactSource, InputIssue, PaperLink, ProfileHeader } from "../ingest/types";

export const SCHEMA_VERSION = 2;
/** Versions the app and tools read: version 1 files lack the attributes version 2 added. */
export const READABLE_SCHEMA_VERSIONS: readonly number[] = [1, 2];

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
  /**
   * Links out (schemaVersion 2; absent in version 1 files): arXiv, DOI, url, code ... Only an
   * absolute http(s) `url` is a link; anything else is the source's text, shown as text.
   */
  links?: PaperLink[];
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
  /** The author's pages (ORCID, DBLP, OpenAlex ...), schemaVersion 2; absent when no source names one. */
  links?: AuthorLink[];
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
  /** 2 when written now; 1 in files written before links and the other version 2 additions. */
  schemaVersion: 1 | typeof SCHEMA_VERSION;
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
