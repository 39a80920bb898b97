// Ingestion records: what the profile parser, the BibTeX reader and enrichment hand to the
// graph builder. Plain data only, so the same records cross a Worker boundary unchanged.

/**
 * A publication-list format read as a network in its own right (docs/FORMATS.md): BibTeX,
 * RIS, CSL-JSON, DBLP person XML, OpenAlex works. The names double as fact sources.
 */
export type SourceFormat = "bib" | "ris" | "csl" | "dblp" | "openalex";

/** Every input format: the profile export and the publication lists. */
export type InputFormat = "profile" | SourceFormat;

/** Where a fact about a paper came from: an input format, the implied owner, or the default. */
export type FactSource = InputFormat | "implied" | "default";

/**
 * Identifiers a source gives an author. Where one is present it is the author's identity (two
 * people with one name and different DBLP pids stay two nodes; one pid under two names is one).
 */
export interface AuthorIds {
  /** DBLP person id, e.g. `83/8447`. */
  dblpPid?: string;
  /** OpenAlex author id, short form, e.g. `A5023888391`. */
  openalexId?: string;
  /** ORCID iD, bare form, e.g. `0000-0002-1825-0097`. */
  orcid?: string;
}

/** What a link out of a paper points at. */
export type PaperLinkKind = "arxiv" | "doi" | "code" | "project" | "url" | "pdf";

/**
 * A link out of a paper. `url` is a safe absolute http(s) address, or, when the source gave
 * something else (`javascript:`, a relative path), that text, shown as text and never followed
 * (./links.ts `safeHref` decides). `source` is `<format>:<field>`, e.g. `bibtex:eprint`.
 */
export interface PaperLink {
  kind: PaperLinkKind;
  url: string;
  source: string;
}

/** What an author link points at: an identifier's page, or a home page. */
export type AuthorLinkKind = "orcid" | "dblp" | "openalex" | "url";

/** A link to an author's page, under the same rules as PaperLink. */
export interface AuthorLink {
  kind: AuthorLinkKind;
  url: string;
  source: string;
}

/** A line-anchored problem in an input file. `line` is 1-based. */
export interface InputIssue {
  file: string;
  line: number;
  reason: string;
}

/** The profile header: any stat that is absent is `null`, never 0. */
export interface ProfileHeader {
  owner: string;
  primaryCategory: string | null;
  hIndex: number | null;
  /** Papers on the profile page (the export may list fewer). */
  papers: number | null;
  citations: number | null;
  /** Percent, 0-100. */
  novelty: number | null;
  aiScore: number | null;
}

/** One paper as the profile export lists it. */
export interface ProfilePaper {
  /** 1-based line of the entry's first line (category + date). */
  line: number;
  title: string;
  /** Category code as given (`LG`, `CV`, or an unknown code kept verbatim). */
  category: string;
  /** ISO date `YYYY-MM-DD`. */
  date: string;
  year: number;
  /** True when the export gave no year and it was inferred from `asOf`. */
  yearInferred: boolean;
  hasCode: boolean;
  /** Names in paper order, as shown (at most three when cut). */
  authors: string[];
  /** True when the line ended with `et al.`. */
  authorsTruncated: boolean;
  orgs: string[];
  abstract: string | null;
}

export interface DuplicateEntry extends InputIssue {
  title: string;
  /** Line of the entry that was kept. */
  keptLine: number;
}

export interface ProfileReport {
  /** Entries seen = papers + duplicates + rejected. */
  entriesSeen: number;
  rejected: InputIssue[];
  duplicates: DuplicateEntry[];
  warnings: InputIssue[];
}

export interface ParsedProfile {
  file: string;
  header: ProfileHeader;
  /** The as-of date used to infer missing years (ISO). */
  asOf: string;
  papers: ProfilePaper[];
  report: ProfileReport;
}

/** One BibTeX record, decoded to plain Unicode text. */
export interface BibRecord {
  file: string;
  line: number;
  key: string;
  /** Entry type, lower case (`inproceedings`, `article`, `misc` ...). */
  type: string;
  title: string;
  /** Display names, `First Last`, in order; `and others` is dropped and sets `authorsTruncated`. */
  authors: string[];
  authorsTruncated: boolean;
  /** Long venue string (booktitle / journal / howpublished), or null. */
  venueFull: string | null;
  year: number | null;
  eprint: string | null;
  note: string | null;
  /** Fields a publication list also uses (al-folio and arXiv exports); null where absent. */
  extra?: BibExtraFields;
  /** Links out (arXiv, DOI, url, code ...), from ./links.ts; absent from readers that give none. */
  links?: PaperLink[];
}

/** BibTeX fields read only when the file is a network of its own (see sources/bibWorks.ts). */
export interface BibExtraFields {
  doi: string | null;
  /** `arxiv` (al-folio), or `eprint` under `archivePrefix = {arXiv}`, or an arXiv journal string. */
  arxiv: string | null;
  /** `primaryClass` or `eprintclass`, e.g. `cs.LG`. */
  primaryClass: string | null;
  abstract: string | null;
  /** `code` (al-folio): a link to the paper's code. */
  code: string | null;
  month: string | null;
}

/** One author of a listed work, with the identifiers the source gave. */
export interface ListedAuthor {
  name: string;
  ids?: AuthorIds;
  /** The person identity resolution gave the credit, where it is not the name's own. */
  identity?: string;
}

/** One work of a publication list (any format), before it becomes a paper record. */
export interface SourceWork {
  file: string;
  /** 1-based line where the record starts (JSON arrays: the line of the record's opening). */
  line: number;
  format: SourceFormat;
  /** The record's own id (BibTeX key, RIS ID, CSL id, DBLP key, OpenAlex id) or null. */
  key: string | null;
  title: string;
  authors: ListedAuthor[];
  /** True when the list is cut (`and others`, `et al.`). */
  authorsTruncated: boolean;
  year: number | null;
  /** 1-12 or null. */
  month: number | null;
  day: number | null;
  venueFull: string | null;
  doi: string | null;
  arxivId: string | null;
  /** arXiv category code as the profile export writes it (`LG` for cs.LG) or null. */
  category: string | null;
  abstract: string | null;
  hasCode: boolean;
  openAccess: boolean | null;
  /** Organisations (institutions) named on the work. */
  orgs: string[];
  /** Links out the source gave beyond the DOI and arXiv id (which toPapers.ts adds). */
  links?: PaperLink[];
}

/** A publication list read from one file. */
export interface ParsedWorks {
  file: string;
  format: SourceFormat;
  works: SourceWork[];
  /** Records that could not be read: each with its line and reason. */
  errors: InputIssue[];
  warnings: InputIssue[];
}

export interface ParsedBib {
  file: string;
  records: BibRecord[];
  /** Entries the parser could not read, and other problems, with their lines. */
  errors: InputIssue[];
  warnings: InputIssue[];
}

/** An author of an enriched paper, in order. */
export interface AuthorCredit {
  name: string;
  /** 0-based place in the author list, or null where implied (the owner hidden by a cut list). */
  position: number | null;
  source: Exclude<FactSource, "default">;
  /** Identifiers the source gave this author, if any. */
  ids?: AuthorIds;
  /**
   * The person this credit names, set by identity resolution (src/ingest/identity.ts) where it
   * is not the name's own identity: the builder groups credits by it instead of by name.
   */
  identity?: string;
  /** The author's pages (ORCID, DBLP, OpenAlex ...) where the source names them. */
  links?: AuthorLink[];
}

/** A profile paper after enrichment: the graph builder's input. */
export interface PaperRecord {
  /** Stable id from the normalised title (no prefix), e.g. `dual-diffusion-implicit-bridges-...`. */
  slug: string;
  title: string;
  date: string;
  year: number;
  yearInferred: boolean;
  category: string;
  hasCode: boolean;
  /** Short series name users filter by (`NeurIPS`, `ICLR`, `arXiv` ...). */
  venue: string;
  venueFull: string;
  venueYear: number | null;
  orgs: string[];
  abstract: string | null;
  authors: AuthorCredit[];
  /** True while the author list is still cut (no BibTeX match, or BibTeX says `and others`). */
  authorsTruncated: boolean;
  /** Where each fact came from. */
  sources: { authors: FactSource; venue: FactSource };
  bibKey: string | null;
  /** Normalised DOI (lower case, no resolver prefix), where a source gave one. */
  doi?: string | null;
  /** arXiv id without version (`2010.02502`, `hep-th/9901001`), where a source gave one. */
  arxivId?: string | null;
  /** Open access as the source says (OpenAlex); null or absent where unknown. */
  openAccess?: boolean | null;
  /** The input format this record came from (absent: a profile export). */
  format?: InputFormat;
  /** Links out, from the matched record(s); absent or empty when none. */
  links?: PaperLink[];
  /** Provenance in the input. */
  file: string;
  line: number;
  /**
   * Profile spellings enrichment took for a BibTeX author by first and last name only ("Jason
   * Dai" as "Jason Jinquan Dai"): identity resolution reports the merge and can undo it.
   */
  nameVariants?: { name: string; as: string }[];
}

export interface EnrichReport {
  matched: number;
  /** BibTeX records that matched no profile paper. */
  unmatchedRecords: { file: string; line: number; key: string; title: string }[];
  /** Profile papers left without a BibTeX record. */
  unmatchedPapers: { file: string; line: number; title: string }[];
  warnings: InputIssue[];
}
