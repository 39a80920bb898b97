// The graph data contract (schemaVersion 2; files of version 1 are still read): attributes of the serialized graphology graph
// the CLI writes and the app, tests and other tools read. Documented in README.md; change it
// only with a schemaVersion bump.
import type Graph from "graphology";
import type { SerializedGraph } from "graphology-types";
import type { AuthorLink, FactSource, InputIssue, PaperLink, ProfileHeader } from "../ingest/types";

export const SCHEMA_VERSION = 2;
/** Versions the app and tools read: version 1 files lack the attributes version 2 added. */
export const READABLE_SCHEMA_VERSIONS: readonly number[] = [1, 2];

/** Why a paper is likely by a namesake of its profile's owner (src/graph/namesake.ts). */
export interface NamesakeFlag {
  /** Sum of the reasons' weights; flagged from 0.75. */
  score: number;
  reasons: string[];
}

/** Identity resolution's record (schemaVersion 2): what was merged, suggested and excluded. */
export interface IdentityReport {
  /** Authors made of several spellings: `key` is the merged node. */
  merged: {
    key: string;
    names: string[];
    reason: string;
    score: number | null;
    by: "score" | "decision";
    /** Paper keys each spelling was written on (to split the merge again). */
    papersByName: Record<string, string[]>;
  }[];
  /** Pairs left apart that may be one person: both nodes' keys, in the names' order. */
  suggested: {
    keys: [string, string];
    names: [string, string];
    score: number;
    reasons: string[];
  }[];
  /** Papers left out by an `exclude` decision (not the owner's). */
  excluded: { key: string; title: string; file: string; line: number }[];
  /** Papers flagged as likely a namesake's (the same flag as on the paper node). */
  namesakes: { key: string; title: string; score: number; reasons: string[] }[];
  /** The decisions applied (as given), and the names among them that matched no author. */
  decisions: {
    merge: [string, string][];
    split: [string, string][];
    exclude: string[];
    keep: string[];
  };
  unknownNames: string[];
}

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
  /** Likely by a namesake of the owner (schemaVersion 2; absent in version 1 files). */
  namesake?: NamesakeFlag | null;
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
    /** Papers left out by `exclude` decisions (schemaVersion 2; absent when none). */
    excluded?: number;
  };
  rejected: InputIssue[];
  duplicates: (InputIssue & { title: string; keptLine: number })[];
  warnings: InputIssue[];
  unmatchedRecords: { file: string; line: number; key: string; title: string }[];
  unmatchedPapers: { file: string; line: number; title: string }[];
  /** Identity resolution (schemaVersion 2; absent in version 1 files). */
  identity?: IdentityReport;
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
