// Enrichment: profile papers + BibTeX records → PaperRecords with full author lists and venues.
// Titles are matched exactly on their key first, then by word-set similarity with a high bar
// and a one-to-one assignment (best pairs first), so two papers never take the same record.
import { nameIdentity, slugify, titleKey } from "./names";
import type {
  AuthorCredit,
  BibRecord,
  EnrichReport,
  InputIssue,
  PaperRecord,
  ParsedBib,
  ParsedProfile,
  ProfilePaper,
} from "./types";
import { shortVenue } from "./venues";

/** Articles carry no identity: "with an Ensemble" and "with Ensemble" are the same title. */
const IGNORED_WORDS = new Set(["a", "an", "the"]);

export function titleWords(title: string): Set<string> {
  return new Set(
    titleKey(title)
      .split(" ")
      .filter((w) => w !== "" && !IGNORED_WORDS.has(w)),
  );
}

/**
 * Whether two word sets are the same title up to small edits. Dice ≥ 0.9 allows one changed
 * word in a long title; containment ≥ 0.9 with Dice ≥ 0.8 allows a dropped or added word.
 * One substituted word in a short title ("Implicit" vs "Restoration") stays below both, and
 * titles of three words or fewer must match exactly (up to order, case and punctuation).
 */
export function titleSimilarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  const dice = (2 * common) / (a.size + b.size);
  const containment = common / Math.min(a.size, b.size);
  if (dice >= 0.9) return dice;
  // Short titles need all their words: "Negative Data" is not "Negative Data Augmentation".
  if (containment >= 0.9 && dice >= 0.8 && Math.min(a.size, b.size) >= 4) return dice;
  return 0;
}

interface Match {
  paper: number;
  record: number;
  score: number;
}

/** A record as the report lists it when no paper takes it. */
type UnmatchedRecord = EnrichReport["unmatchedRecords"][number];

/**
 * The BibTeX records of one or more files, indexed once for matching: exact title keys, and
 * (built on first need) each record's word set with an inverted word index. Enriching many
 * profiles against the same files reuses it; rebuilding it per profile made ingest quadratic.
 * Treat it as frozen: it describes the records as they were when it was built.
 */
export interface BibIndex {
  readonly records: readonly BibRecord[];
  /** Title key → record numbers, in record order. */
  readonly byKey: ReadonlyMap<string, readonly number[]>;
  /** The report entry of each record, shared by every profile's report. */
  readonly unmatched: readonly UnmatchedRecord[];
  /** Word sets and postings for the fuzzy pass; built on first need. */
  fuzzy: { words: Set<string>[]; postings: Map<string, number[]> } | null;
}

/** Index the records of `bibs` (in file order, then record order) for `enrichPapers`. */
export function indexBibRecords(bibs: readonly ParsedBib[]): BibIndex {
  const records = bibs.flatMap((b) => b.records);
  const byKey = new Map<string, number[]>();
  records.forEach((r, i) => {
    const key = titleKey(r.title);
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  });
  const unmatched = records.map((r) => ({
    file: r.file,
    line: r.line,
    key: r.key,
    title: r.title,
  }));
  return { records, byKey, unmatched, fuzzy: null };
}

function fuzzyIndex(index: BibIndex): NonNullable<BibIndex["fuzzy"]> {
  if (index.fuzzy) return index.fuzzy;
  const words = index.records.map((r) => titleWords(r.title));
  const postings = new Map<string, number[]>();
  words.forEach((ws, i) => {
    for (const w of ws) {
      const list = postings.get(w);
      if (list) list.push(i);
      else postings.set(w, [i]);
    }
  });
  index.fuzzy = { words, postings };
  return index.fuzzy;
}

/**
 * The last index built from a `bibs` array, so callers that pass the same array for every
 * profile (the pipeline, the benchmark) index it once. It is reused only while the array still
 * holds the same files with the same record arrays of the same lengths.
 */
const indexCache = new WeakMap<
  readonly ParsedBib[],
  { parts: BibRecord[][]; lengths: number[]; index: BibIndex }
>();

function indexFor(bibs: readonly ParsedBib[]): BibIndex {
  const cached = indexCache.get(bibs);
  if (
    cached &&
    cached.parts.length === bibs.length &&
    bibs.every((b, i) => b.records === cached.parts[i] && b.records.length === cached.lengths[i])
  ) {
    return cached.index;
  }
  const index = indexBibRecords(bibs);
  indexCache.set(bibs, {
    parts: bibs.map((b) => b.records),
    lengths: bibs.map((b) => b.records.length),
    index,
  });
  return index;
}

/**
 * Fewest words a record must share with a title of `n` words to score above 0: every accepted
 * pair has Dice >= 0.8, and with common <= the record's size that needs common >= 2n/3 (floor,
 * to stay on the safe side of rounding).
 */
function minCommonWords(n: number): number {
  return Math.max(1, Math.floor((2 * n) / 3));
}

/** One-to-one title matching: exact keys first, then the best fuzzy pairs. */
function matchTitles(papers: ProfilePaper[], index: BibIndex): Map<number, number> {
  const byPaper = new Map<number, number>();
  const takenRecords = new Set<number>();

  papers.forEach((p, i) => {
    const free = index.byKey.get(titleKey(p.title))?.find((r) => !takenRecords.has(r));
    if (free !== undefined) {
      byPaper.set(i, free);
      takenRecords.add(free);
    }
  });
  if (byPaper.size === papers.length || takenRecords.size === index.records.length) return byPaper;

  // Fuzzy pass over what is left. Prefix filtering keeps it near-linear: a record that can
  // score must share at least minCommonWords(n) of a title's n indexed words, so it shares one
  // of the title's n - minCommonWords(n) + 1 rarest words; only those words' postings are read.
  const { words: recordWords, postings } = fuzzyIndex(index);
  const candidates: Match[] = [];
  papers.forEach((p, pi) => {
    if (byPaper.has(pi)) return;
    const ws = titleWords(p.title);
    // Words no record has cannot be shared; the rest, rarest first.
    const present = [...ws]
      .map((w) => ({ w, list: postings.get(w) }))
      .filter((e): e is { w: string; list: number[] } => e.list !== undefined)
      .sort((x, y) => x.list.length - y.list.length || (x.w < y.w ? -1 : x.w > y.w ? 1 : 0));
    const probes = present.length - minCommonWords(ws.size) + 1;
    const seen = new Set<number>();
    for (let k = 0; k < probes; k++) {
      for (const ri of (present[k] as { list: number[] }).list) {
        if (seen.has(ri) || takenRecords.has(ri)) continue;
        seen.add(ri);
        const rw = recordWords[ri];
        const score = rw ? titleSimilarity(ws, rw) : 0;
        if (score > 0) candidates.push({ paper: pi, record: ri, score });
      }
    }
  });
  candidates.sort((x, y) => y.score - x.score || x.paper - y.paper || x.record - y.record);
  for (const c of candidates) {
    if (byPaper.has(c.paper) || takenRecords.has(c.record)) continue;
    byPaper.set(c.paper, c.record);
    takenRecords.add(c.record);
  }
  return byPaper;
}

/**
 * A looser name key for the same person written two ways in the two sources: first and last
 * name only ("Jason Jinquan Dai" / "Jason Dai", "Nikola B. Kovachki" / "Nikola Kovachki").
 */
function firstLastKey(name: string): string {
  const parts = name
    .split(/\s+/)
    .map(nameIdentity)
    .filter((part) => part !== "");
  return parts.length >= 2 ? `${parts[0]}|${parts[parts.length - 1]}` : "";
}

/**
 * Who is already on an author list, by identity and by first+last name. Kept as sets and grown
 * as names are added: checking each name against the whole list was quadratic (a 1,000-name
 * profile line against BIG-bench's 444 authors took seconds).
 */
class AuthorIndex {
  private readonly ids = new Set<string>();
  /** First+last key → the listed name it came from. */
  private readonly loose = new Map<string, string>();

  add(name: string): void {
    this.ids.add(nameIdentity(name));
    const key = firstLastKey(name);
    if (key !== "" && !this.loose.has(key)) this.loose.set(key, name);
  }

  has(name: string): boolean {
    return this.ids.has(nameIdentity(name)) || this.looseMatch(name) !== null;
  }

  /** The listed name `name` matches only by first and last name, or null. */
  looseMatch(name: string): string | null {
    if (this.ids.has(nameIdentity(name))) return null;
    const key = firstLastKey(name);
    return key === "" ? null : (this.loose.get(key) ?? null);
  }
}

/**
 * Merge profile papers with BibTeX records. Pure: the inputs are not modified. Pass the same
 * `bibs` array (or one `indexBibRecords(bibs)`) for every profile: the records are indexed once.
 */
export interface EnrichOptions {
  /**
   * List, in this profile's report, every record it did not match (default true). A caller
   * enriching many profiles against one index passes false and reports the records no profile
   * matched once, from the index: per-profile lists cost O(profiles x records).
   */
  listUnmatchedRecords?: boolean;
}

export function enrichPapers(
  profile: ParsedProfile,
  bibs: readonly ParsedBib[] | BibIndex,
  options: EnrichOptions = {},
): { papers: PaperRecord[]; report: EnrichReport } {
  const owner = profile.header.owner;
  const index = Array.isArray(bibs) ? indexFor(bibs) : (bibs as BibIndex);
  const records = index.records;
  const matches = matchTitles(profile.papers, index);
  const warnings: InputIssue[] = [];
  const usedSlugs = new Set<string>();
  /** Last suffix tried per slug: the next free one is never below it (slugs are only added). */
  const slugSuffix = new Map<string, number>();

  const papers = profile.papers.map((p, i): PaperRecord => {
    const ri = matches.get(i);
    const record = ri === undefined ? undefined : records[ri];
    let authors: AuthorCredit[];
    let authorsSource: PaperRecord["sources"]["authors"];
    let authorsTruncated: boolean;
    const onList = new AuthorIndex();
    const nameVariants: { name: string; as: string }[] = [];

    if (record && record.authors.length > 0) {
      authors = record.authors.map((name, position) => ({ name, position, source: "bib" }));
      authorsSource = "bib";
      authorsTruncated = record.authorsTruncated;
      for (const a of authors) onList.add(a.name);
      // No profile author is lost: one the record lacks is kept after the record's list.
      for (const name of p.authors) {
        // Kept as a variant so identity resolution reports the merge (and can split it).
        const loose = onList.looseMatch(name);
        if (loose !== null) nameVariants.push({ name, as: loose });
        if (onList.has(name)) continue;
        authors.push({ name, position: authors.length, source: "profile" });
        onList.add(name);
        // The record is what lacks the name: the warning points at its line in the .bib.
        warnings.push({
          file: record.file,
          line: record.line,
          reason: `BibTeX record "${record.key}" lacks author "${name}", whom the profile lists (${profile.file}:${p.line}); kept`,
        });
      }
    } else {
      authors = p.authors.map((name, position) => ({ name, position, source: "profile" }));
      authorsSource = "profile";
      authorsTruncated = p.authorsTruncated;
      for (const a of authors) onList.add(a.name);
    }
    if (owner !== "" && !onList.has(owner)) {
      authors.push({ name: owner, position: null, source: "implied" });
    }

    const venue = record?.venueFull ? shortVenue(record.venueFull) : shortVenue(null);
    let slug = slugify(p.title);
    if (usedSlugs.has(slug)) {
      const base = slug;
      let n = slugSuffix.get(base) ?? 2;
      while (usedSlugs.has(`${base}-${n}`)) n++;
      slugSuffix.set(base, n);
      slug = `${base}-${n}`;
    }
    usedSlugs.add(slug);

    return {
      slug,
      title: p.title,
      date: p.date,
      year: p.year,
      yearInferred: p.yearInferred,
      category: p.category,
      hasCode: p.hasCode,
      venue: venue.venue,
      venueFull: venue.venueFull,
      // A preprint's year is its posting year, so the default venue takes the paper's.
      venueYear: record ? (record.year ?? p.year) : p.year,
      orgs: [...p.orgs],
      abstract: p.abstract,
      authors,
      authorsTruncated,
      sources: { authors: authorsSource, venue: record?.venueFull ? "bib" : "default" },
      bibKey: record?.key ?? null,
      links: record?.links ? [...record.links] : [],
      file: profile.file,
      line: p.line,
      ...(nameVariants.length > 0 ? { nameVariants } : {}),
    };
  });

  const matchedRecords = new Set(matches.values());
  return {
    papers,
    report: {
      matched: matches.size,
      unmatchedRecords:
        options.listUnmatchedRecords === false
          ? []
          : index.unmatched.filter((_, i) => !matchedRecords.has(i)),
      unmatchedPapers: profile.papers
        .filter((_, i) => !matches.has(i))
        .map((p) => ({ file: profile.file, line: p.line, title: p.title })),
      warnings,
    },
  };
}
