// Records → the atlas graph: one undirected graphology graph of paper and author nodes joined
// by authorship edges, per the data contract in ./schema.ts. Several profiles merge
// here: one node per paper (same title key) and one per author (same name identity).
//
// Node order is part of the output (exports must be byte-identical across runs), so it is
// fixed by the input order, never by hashing: all papers first, in the order they first appear
// (profile by profile, entry by entry), then all authors: every profile's owner first, then
// the others in the order they first appear in those papers' author lists. Edge keys are
// explicit (`a:<authorKey>|<paperKey>`) because graphology's generated keys carry a
// per-instance counter.
import Graph from "graphology";
import { mergeAuthorLinks, mergeLinks } from "../ingest/links";
import { nameIdentity, slugify, titleKey } from "../ingest/names";
import { detachedCopy } from "../ingest/text";
import type {
  AuthorCredit,
  AuthorIds,
  AuthorLink,
  EnrichReport,
  InputFormat,
  InputIssue,
  ListedAuthor,
  PaperRecord,
  ParsedProfile,
} from "../ingest/types";
import { AuthorIdentities } from "./authorIdentity";
import { checkHyperauthorCap, DEFAULT_HYPERAUTHOR_CAP } from "./coauthors";
import { PaperMatcher } from "./paperMatch";
import {
  type AtlasGraph,
  type AuthorNodeAttributes,
  type GraphReport,
  type InputContribution,
  type PaperNodeAttributes,
  type ProfileSummary,
  SCHEMA_VERSION,
} from "./schema";

/**
 * One input after parsing (and, for a profile, enrichment): what the builder needs from the
 * ingestion stage. A publication list (BibTeX alone, RIS, CSL-JSON, DBLP, OpenAlex) comes with
 * a stand-in `profile` that has no owner (`header.owner` is ""), its records' report, and its
 * `format`; it adds no `profiles` entry and no implied owner.
 */
export interface AtlasInput {
  profile: ParsedProfile;
  papers: PaperRecord[];
  enrich: EnrichReport;
  /** BibTeX records offered to this profile's enrichment. */
  bibRecords: number;
  /** The input's format; absent means a profile export. */
  format?: InputFormat;
  /** A list's own owner (a DBLP person page's person), marked as an owner. */
  owner?: ListedAuthor | null;
}

/** BibTeX-side problems the builder folds into the report (parse errors count as warnings). */
export interface BibIssues {
  records: number;
  errors: InputIssue[];
  warnings: InputIssue[];
  /**
   * Every record's report entry (from the shared BibTeX index). When given, the report's
   * unmatched records are those no profile matched, taken from here in one pass instead of
   * merging each profile's own list.
   */
  recordEntries?: readonly { file: string; line: number; key: string; title: string }[];
}

export interface BuildOptions {
  /** Papers with more authors than this add no coauthor links (default 25; Infinity = no cap). */
  hyperauthorCap?: number;
  /**
   * The BibTeX files' own issues. When given, `counts.bibRecords` is their record total and
   * their errors and warnings join the report's warnings; otherwise `bibRecords` is the largest
   * per-input figure (the pipeline offers the same files to every profile).
   */
  bib?: BibIssues;
  /** Names of owners to mark (`--owner`): authors with one of these name identities. */
  owners?: readonly string[];
}

/** Key prefixes: node keys are `paper:<slug>` / `author:<slug>`, edge keys `a:<author>|<paper>`. */
export const PAPER_PREFIX = "paper:";
export const AUTHOR_PREFIX = "author:";

export function authorshipEdgeKey(authorKey: string, paperKey: string): string {
  return `a:${authorKey}|${paperKey}`;
}

interface PaperGroup {
  key: string;
  /** Every record of this paper across profiles, in input order. */
  records: PaperRecord[];
}

interface AuthorEntry {
  key: string;
  name: string;
  owner: boolean;
  paperCount: number;
  ids: AuthorIds;
  /** Pages the sources name for this author (ORCID, DBLP, OpenAlex ...), merged. */
  links: AuthorLink[];
}

/**
 * The paper-author graph alone: structure and report, with placeholder community (0), position
 * (0, 0) and size (1) until `assignCommunities` and `layoutAtlasGraph` fill them in.
 */
export function buildPaperAuthorGraph(
  inputs: AtlasInput[],
  options: BuildOptions = {},
): AtlasGraph {
  if (!Array.isArray(inputs) || inputs.length === 0) {
    throw new Error("buildPaperAuthorGraph: at least one profile is required");
  }
  const cap = checkHyperauthorCap(
    "buildPaperAuthorGraph",
    options.hyperauthorCap ?? DEFAULT_HYPERAUTHOR_CAP,
  );
  const usedKeys = new Set<string>();
  // Last suffix tried per base: keys are only ever added, so the next free one is never below
  // it (rescanning from 2 was quadratic in the number of authors sharing a slug).
  const suffixes = new Map<string, number>();
  const uniqueKey = (base: string): string => {
    let key = base;
    if (usedKeys.has(key)) {
      let n = suffixes.get(base) ?? 2;
      while (usedKeys.has(`${base}-${n}`)) n++;
      suffixes.set(base, n);
      key = `${base}-${n}`;
    }
    usedKeys.add(key);
    return key;
  };

  // Papers in order of first appearance, one group per paper: the same DOI, arXiv id or title
  // (tolerantly, across a list and another input) joins the group.
  const groups: PaperGroup[] = [];
  const matcher = new PaperMatcher<PaperGroup>(inputs.some((i) => isListInput(i)));
  const contributions: InputContribution[] = [];
  for (const input of inputs) {
    const contribution: InputContribution = {
      file: input.profile.file,
      format: input.format ?? "profile",
      records: input.papers.length,
      newPapers: 0,
      mergedPapers: 0,
      rejected: input.profile.report.rejected.length,
    };
    contributions.push(contribution);
    for (const record of input.papers) {
      let group = matcher.find(record);
      if (group) {
        group.records.push(record);
        contribution.mergedPapers++;
      } else {
        group = { key: uniqueKey(`${PAPER_PREFIX}${record.slug}`), records: [record] };
        groups.push(group);
        contribution.newPapers++;
      }
      matcher.add(group, record);
    }
  }

  // Authors: owners first (their header spelling is the display name), then first appearance.
  // One node per person as AuthorIdentities decides (identifiers, then names), keyed by its key.
  const authors = new Map<string, AuthorEntry>();
  const identities = new AuthorIdentities(allCredits(inputs));
  const warnings: InputIssue[] = [];
  // Every entry once, in registration order (the node order).
  const allAuthors: AuthorEntry[] = [];
  const newEntry = (name: string): AuthorEntry => {
    const entry: AuthorEntry = {
      key: uniqueKey(`${AUTHOR_PREFIX}${slugify(name)}`),
      // Kept strings are copies (detachedCopy): the parsed input texts can then be freed.
      name: detachedCopy(name),
      owner: false,
      paperCount: 0,
      ids: {},
      links: [],
    };
    allAuthors.push(entry);
    return entry;
  };
  const attachIds = (entry: AuthorEntry, ids: AuthorIds | undefined): void => {
    if (ids) entry.ids = { ...ids, ...entry.ids };
  };
  const registerAuthor = (name: string, ids?: AuthorIds, identity?: string): AuthorEntry | null => {
    const person = identities.keyOf(name, ids, identity);
    if (person === null) return null;
    let entry = authors.get(person);
    if (!entry) {
      entry = newEntry(name);
      authors.set(person, entry);
    }
    attachIds(entry, ids);
    return entry;
  };
  const profiles: ProfileSummary[] = [];
  for (const input of inputs) {
    if (isListInput(input)) {
      const listOwner = input.owner ? registerAuthor(input.owner.name, input.owner.ids) : null;
      if (listOwner) listOwner.owner = true;
      continue;
    }
    const owner = registerAuthor(input.profile.header.owner);
    if (!owner) {
      throw new Error(
        `buildPaperAuthorGraph: ${input.profile.file}: the profile's owner has no usable name`,
      );
    }
    owner.owner = true;
    profiles.push({
      file: input.profile.file,
      owner: owner.name,
      ownerKey: owner.key,
      header: { ...input.profile.header, owner: detachedCopy(input.profile.header.owner) },
      listed: input.papers.length,
    });
  }

  // Resolve each paper's merged credits, registering authors in paper order.
  const resolved: {
    group: PaperGroup;
    attrs: PaperNodeAttributes;
    credits: [AuthorEntry, AuthorCredit][];
  }[] = [];
  for (const group of groups) {
    const primary = primaryRecord(group.records);
    const credits: [AuthorEntry, AuthorCredit][] = [];
    const seen = new Set<AuthorEntry>();
    for (const record of [primary, ...group.records.filter((r) => r !== primary)]) {
      const inThisRecord = new Set<AuthorEntry>();
      for (const credit of record.authors) {
        const entry = registerAuthor(credit.name, credit.ids, credit.identity);
        if (!entry) {
          warnings.push({
            file: record.file,
            line: record.line,
            reason: `author name "${credit.name}" has no letters or digits; skipped`,
          });
          continue;
        }
        if (inThisRecord.has(entry)) {
          warnings.push({
            file: record.file,
            line: record.line,
            reason: `author "${credit.name}" is listed twice on "${record.title}"; kept once`,
          });
          continue;
        }
        inThisRecord.add(entry);
        if (credit.links && credit.links.length > 0) {
          entry.links = mergeAuthorLinks(entry.links, credit.links);
        }
        // Already credited by another profile's record of the same paper: one edge.
        if (seen.has(entry)) continue;
        seen.add(entry);
        credits.push([entry, credit]);
      }
    }
    const venueRecord = group.records.find((r) => r.sources.venue !== "default") ?? primary;
    const attrs: PaperNodeAttributes = {
      kind: "paper",
      title: detachedCopy(primary.title),
      date: primary.date,
      year: primary.year,
      yearInferred: primary.yearInferred,
      category: primary.category,
      hasCode: group.records.some((r) => r.hasCode),
      venue: venueRecord.venue,
      venueFull: venueRecord.venueFull,
      venueYear: venueRecord.venueYear,
      orgs: unionStrings(group.records.map((r) => r.orgs)).map(detachedCopy),
      abstract: detachedOrNull(
        primary.abstract ?? group.records.find((r) => r.abstract !== null)?.abstract ?? null,
      ),
      // A list is complete once any source gave it whole (the union then holds everyone).
      authorsTruncated: group.records.every((r) => r.authorsTruncated),
      authorCount: credits.length,
      sources: {
        authors: primary.sources.authors,
        venue: venueRecord.sources.venue,
        lists: unionStrings(group.records.map((r) => [r.format ?? "profile"])) as InputFormat[],
      },
      bibKey: primary.bibKey ?? group.records.find((r) => r.bibKey !== null)?.bibKey ?? null,
      ...identifiersOf(group.records),
      // Every record's links, the shown record's first (one address listed once).
      links: mergeLinks(
        primary.links ?? [],
        ...group.records.filter((r) => r !== primary).map((r) => r.links ?? []),
      ),
      x: 0,
      y: 0,
      size: 1,
    };
    resolved.push({ group, attrs, credits });
  }

  const graph: AtlasGraph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  for (const { group, attrs, credits } of resolved) {
    graph.addNode(group.key, attrs);
    for (const [entry] of credits) entry.paperCount++;
  }
  // Owners named on the command line (`--owner`): every author of that name.
  const ownerIds = new Set((options.owners ?? []).map(nameIdentity));
  const ownersFound = new Set<string>();
  for (const entry of allAuthors) {
    const nameId = nameIdentity(entry.name);
    if (ownerIds.has(nameId)) {
      entry.owner = true;
      ownersFound.add(nameId);
    }
    const attrs: AuthorNodeAttributes = {
      kind: "author",
      name: entry.name,
      paperCount: entry.paperCount,
      community: 0,
      owner: entry.owner,
      ...(entry.ids.dblpPid ? { dblpPid: entry.ids.dblpPid } : {}),
      ...(entry.ids.openalexId ? { openalexId: entry.ids.openalexId } : {}),
      ...(entry.ids.orcid ? { orcid: entry.ids.orcid } : {}),
      x: 0,
      y: 0,
      size: 1,
    };
    // Only where a source named a page: most data has none, and 50k empty lists weigh.
    if (entry.links.length > 0) attrs.links = entry.links;
    graph.addNode(entry.key, attrs);
  }
  for (const name of options.owners ?? []) {
    if (!ownersFound.has(nameIdentity(name))) {
      warnings.push({
        file: "--owner",
        line: 0,
        reason: `owner "${name}" is an author of no paper in the inputs`,
      });
    }
  }
  let edges = 0;
  for (const { group, credits } of resolved) {
    for (const [entry, credit] of credits) {
      graph.addUndirectedEdgeWithKey(
        authorshipEdgeKey(entry.key, group.key),
        entry.key,
        group.key,
        {
          kind: "authorship",
          position: credit.position,
          source: credit.source,
        },
      );
      edges++;
    }
  }

  graph.replaceAttributes({
    schemaVersion: SCHEMA_VERSION,
    profiles,
    inputs: contributions,
    asOf: inputs[0]?.profile.asOf ?? "",
    hyperauthorCap: cap,
    report: buildReport(inputs, resolved, allAuthors.length, edges, warnings, options.bib),
  });
  return graph;
}

function detachedOrNull(text: string | null): string | null {
  return text === null ? null : detachedCopy(text);
}

function isListInput(input: AtlasInput): boolean {
  return input.format !== undefined && input.format !== "profile";
}

/** Every author credit of the inputs, owners included, for the identity pre-pass. */
function* allCredits(inputs: AtlasInput[]): Generator<ListedAuthor> {
  for (const input of inputs) {
    if (input.owner) yield input.owner;
    if (input.profile.header.owner !== "") yield { name: input.profile.header.owner };
    for (const record of input.papers) yield* record.authors;
  }
}

/** A merged paper's identifiers and open-access flag: the first record that gives each. */
function identifiersOf(records: PaperRecord[]): Partial<PaperNodeAttributes> {
  const out: Partial<PaperNodeAttributes> = {};
  const doi = records.find((r) => r.doi)?.doi;
  const arxivId = records.find((r) => r.arxivId)?.arxivId;
  const openAccess = records.find((r) => typeof r.openAccess === "boolean")?.openAccess;
  if (doi) out.doi = doi;
  if (arxivId) out.arxivId = arxivId;
  if (typeof openAccess === "boolean") out.openAccess = openAccess;
  return out;
}

/** The record whose facts a merged paper shows: a complete author list first, then a BibTeX match. */
function primaryRecord(records: PaperRecord[]): PaperRecord {
  const first = records[0];
  if (!first) throw new Error("buildPaperAuthorGraph: empty paper group");
  return (
    records.find((r) => !r.authorsTruncated && r.bibKey !== null) ??
    records.find((r) => !r.authorsTruncated) ??
    records.find((r) => r.bibKey !== null) ??
    first
  );
}

function unionStrings(lists: string[][]): string[] {
  const out: string[] = [];
  for (const list of lists) for (const s of list) if (!out.includes(s)) out.push(s);
  return out;
}

function buildReport(
  inputs: AtlasInput[],
  resolved: { attrs: PaperNodeAttributes }[],
  authorCount: number,
  edgeCount: number,
  builderWarnings: InputIssue[],
  bib: BibIssues | undefined,
): GraphReport {
  const rejected = inputs.flatMap((i) => i.profile.report.rejected);
  const duplicates = inputs.flatMap((i) => i.profile.report.duplicates);
  const warnings = [
    ...inputs.flatMap((i) => [...i.profile.report.warnings, ...i.enrich.warnings]),
    ...(bib ? [...bib.errors, ...bib.warnings] : []),
    ...builderWarnings,
  ];
  // A record or paper is unmatched only if no profile matched it (merging can match it).
  const matchedKeys = new Set<string>();
  const matchedTitles = new Set<string>();
  for (const { attrs } of resolved) {
    if (attrs.bibKey !== null) {
      matchedKeys.add(attrs.bibKey);
      matchedTitles.add(titleKey(attrs.title));
    }
  }
  const unmatchedRecords = dedupe(
    bib?.recordEntries
      ? [...bib.recordEntries]
      : flatten(inputs.map((i) => i.enrich.unmatchedRecords)),
    (r) => `${r.file}\u0000${r.line}\u0000${r.key}`,
  ).filter((r) => !matchedKeys.has(r.key));
  const unmatchedPapers = dedupe(
    inputs.flatMap((i) => i.enrich.unmatchedPapers),
    (p) => `${p.file}\u0000${p.line}`,
  ).filter((p) => !matchedTitles.has(titleKey(p.title)));
  return {
    counts: {
      entriesSeen: inputs.reduce((n, i) => n + i.profile.report.entriesSeen, 0),
      papers: resolved.length,
      duplicates: duplicates.length,
      rejected: rejected.length,
      authors: authorCount,
      edges: edgeCount,
      bibRecords: bib ? bib.records : Math.max(0, ...inputs.map((i) => i.bibRecords)),
      matched: resolved.filter((r) => r.attrs.bibKey !== null).length,
    },
    rejected,
    duplicates,
    warnings,
    unmatchedRecords,
    unmatchedPapers,
  };
}

/**
 * First of each key, in order. Enrichment shares one entry object per record between the
 * profiles' reports, so an object seen before is skipped without building its key: with many
 * profiles against the same BibTeX these lists are long and mostly repeats.
 */
/** Concatenate without flatMap's per-call overhead on long lists. */
function flatten<T>(lists: readonly (readonly T[])[]): T[] {
  const out: T[] = [];
  for (const list of lists) for (const item of list) out.push(item);
  return out;
}

function dedupe<T extends object>(items: T[], keyOf: (item: T) => string): T[] {
  const seenItems = new Set<T>();
  const seen = new Set<string>();
  return items.filter((item) => {
    if (seenItems.has(item)) return false;
    seenItems.add(item);
    const k = keyOf(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
