// The graph data contract (schemaVersion 2; files of version 1 are still read): attributes of the serialized graphology graph
// the CLI writes and the app, tests and other tools read. Documented in README.md; change it
// only with a schemaVersion bump.
import type Graph from "graphology";
import type { SerializedGraph } from "graphology-types";
import type {
  AuthorLink,
  FactSource,
  InputFormat,
  InputIssue,
  PaperLink,
  ProfileHeader,
} from "../ingest/types";

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
  sources: {
    authors: FactSource;
    venue: FactSource;
    /** (v2) The formats of the inputs that list this paper (`profile`, `bib`, `ris`, `csl`, `dblp`, `openalex`). */
    lists?: InputFormat[];
  };
  bibKey: string | null;
  /** (v2) Normalised DOI (lower case, no `https://doi.org/`); absent where no source gave one. */
  doi?: string;
  /** (v2) arXiv id without version (`2010.02502`); absent where no source gave one. */
  arxivId?: string;
  /** (v2) Open access as the source says (OpenAlex, DBLP's `oa` editions); absent where unknown. */
  openAccess?: boolean;
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
  /** True for a profile's owner, a DBLP person file's person, or a `--owner` name. */
  owner: boolean;
  /** (v2) DBLP person id (`83/8447`): the author's identity where present. */
  dblpPid?: string;
  /** (v2) OpenAlex author id, short form (`A5023888391`). */
  openalexId?: string;
  /** (v2) ORCID iD (`0000-0002-1825-0097`). */
  orcid?: string;
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
  /** Where the credit came from: `profile`, `implied`, or a list format (`bib`, and in v2 `ris`, `csl`, `dblp`, `openalex`). */
  source: Exclude<FactSource, "default">;
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

/** (v2) What one input file gave the network. */
export interface InputContribution {
  file: string;
  format: InputFormat;
  /** Papers or works the file listed (after its own duplicates and rejections). */
  records: number;
  /** Papers it added to the network. */
  newPapers: number;
  /** Records that joined a paper an earlier file (or entry) had already given. */
  mergedPapers: number;
  /** Entries or records it rejected (listed with their lines in `report`). */
  rejected: number;
}

export interface AtlasGraphAttributes {
  /** 2 when written now; 1 in files written before links and the other version 2 additions. */
  schemaVersion: 1 | typeof SCHEMA_VERSION;
  profiles: ProfileSummary[];
  /** (v2) One per input file, in input order; absent in version 1 files. */
  inputs?: InputContribution[];
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
