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

function titleWords(title: string): Set<string> {
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

/** One-to-one title matching: exact keys first, then the best fuzzy pairs. */
function matchTitles(papers: ProfilePaper[], records: BibRecord[]): Map<number, number> {
  const byPaper = new Map<number, number>();
  const takenRecords = new Set<number>();

  const recordsByKey = new Map<string, number[]>();
  records.forEach((r, i) => {
    const key = titleKey(r.title);
    const list = recordsByKey.get(key);
    if (list) list.push(i);
    else recordsByKey.set(key, [i]);
  });
  papers.forEach((p, i) => {
    const free = recordsByKey.get(titleKey(p.title))?.find((r) => !takenRecords.has(r));
    if (free !== undefined) {
      byPaper.set(i, free);
      takenRecords.add(free);
    }
  });

  // Fuzzy pass over what is left; an inverted word index keeps it near-linear on big inputs.
  const recordWords = records.map((r) => titleWords(r.title));
  const index = new Map<string, number[]>();
  recordWords.forEach((ws, i) => {
    if (takenRecords.has(i)) return;
    for (const w of ws) {
      const list = index.get(w);
      if (list) list.push(i);
      else index.set(w, [i]);
    }
  });
  const candidates: Match[] = [];
  papers.forEach((p, pi) => {
    if (byPaper.has(pi)) return;
    const ws = titleWords(p.title);
    const seen = new Set<number>();
    for (const w of ws) {
      for (const ri of index.get(w) ?? []) {
        if (seen.has(ri)) continue;
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
  private readonly loose = new Set<string>();

  add(name: string): void {
    this.ids.add(nameIdentity(name));
    const key = firstLastKey(name);
    if (key !== "") this.loose.add(key);
  }

  has(name: string): boolean {
    if (this.ids.has(nameIdentity(name))) return true;
    const key = firstLastKey(name);
    return key !== "" && this.loose.has(key);
  }
}

/** Merge profile papers with BibTeX records. Pure: the inputs are not modified. */
export function enrichPapers(
  profile: ParsedProfile,
  bibs: ParsedBib[],
): { papers: PaperRecord[]; report: EnrichReport } {
  const owner = profile.header.owner;
  const records = bibs.flatMap((b) => b.records);
  const matches = matchTitles(profile.papers, records);
  const warnings: InputIssue[] = [];
  const usedSlugs = new Set<string>();

  const papers = profile.papers.map((p, i): PaperRecord => {
    const ri = matches.get(i);
    const record = ri === undefined ? undefined : records[ri];
    let authors: AuthorCredit[];
    let authorsSource: PaperRecord["sources"]["authors"];
    let authorsTruncated: boolean;

    if (record && record.authors.length > 0) {
      authors = record.authors.map((name, position) => ({ name, position, source: "bib" }));
      authorsSource = "bib";
      authorsTruncated = record.authorsTruncated;
      const index = new AuthorIndex();
      for (const a of authors) index.add(a.name);
      // No profile author is lost: one the record lacks is kept after the record's list.
      for (const name of p.authors) {
        if (index.has(name)) continue;
        authors.push({ name, position: authors.length, source: "profile" });
        index.add(name);
        warnings.push({
          file: profile.file,
          line: p.line,
          reason: `author "${name}" is in the profile but not in BibTeX record "${record.key}" (${record.file}:${record.line}); kept`,
        });
      }
    } else {
      authors = p.authors.map((name, position) => ({ name, position, source: "profile" }));
      authorsSource = "profile";
      authorsTruncated = p.authorsTruncated;
    }
    const onList = (name: string) => {
      const index = new AuthorIndex();
      for (const a of authors) index.add(a.name);
      return index.has(name);
    };
    if (owner !== "" && !onList(owner)) {
      authors.push({ name: owner, position: null, source: "implied" });
    }

    const venue = record?.venueFull ? shortVenue(record.venueFull) : shortVenue(null);
    let slug = slugify(p.title);
    if (usedSlugs.has(slug)) {
      let n = 2;
      while (usedSlugs.has(`${slug}-${n}`)) n++;
      slug = `${slug}-${n}`;
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
      file: profile.file,
      line: p.line,
    };
  });

  const matchedRecords = new Set(matches.values());
  return {
    papers,
    report: {
      matched: matches.size,
      unmatchedRecords: records
        .filter((_, i) => !matchedRecords.has(i))
        .map((r) => ({ file: r.file, line: r.line, key: r.key, title: r.title })),
      unmatchedPapers: profile.papers
        .filter((_, i) => !matches.has(i))
        .map((p) => ({ file: profile.file, line: p.line, title: p.title })),
      warnings,
    },
  };
}
