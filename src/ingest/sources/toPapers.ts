// A publication list's works → paper records, the graph builder's input (the same records
// enrichment makes of a profile's papers). A list has no implied owner: its authors are
// exactly those it names. Works with no year take the as-of year and are marked inferred.
import { arxivAbsUrl, authorLinkFromId, doiUrl, mergeLinks } from "../links";
import { slugify } from "../names";
import type {
  AuthorIds,
  AuthorLink,
  InputIssue,
  PaperLink,
  PaperRecord,
  ParsedWorks,
  SourceFormat,
  SourceWork,
} from "../types";
import { shortVenue } from "../venues";

/** Category and venue of a work that names neither: "none" is a filter value like any other. */
export const NO_CATEGORY = "none";
export const NO_VENUE = "none";

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function isoDate(year: number, month: number | null, day: number | null): string {
  const m = month !== null && month >= 1 && month <= 12 ? month : 1;
  const lastDay = new Date(Date.UTC(year, m, 0)).getUTCDate();
  const d = day !== null && day >= 1 && day <= lastDay ? day : 1;
  return `${String(year).padStart(4, "0")}-${pad(m)}-${pad(d)}`;
}

function venueOf(work: SourceWork): { venue: string; venueFull: string; known: boolean } {
  if (work.venueFull) {
    const short = shortVenue(work.venueFull);
    return { venue: short.venue, venueFull: short.venueFull, known: true };
  }
  // A preprint with no venue of its own is an arXiv paper, as the profile's default venue says.
  if (work.arxivId) return { ...shortVenue(null), known: false };
  return { venue: NO_VENUE, venueFull: "", known: false };
}

/** A work's links out: the source's own, then its arXiv id and DOI as addresses. */
function paperLinks(work: SourceWork): PaperLink[] {
  const ids: PaperLink[] = [];
  if (work.arxivId) {
    ids.push({ kind: "arxiv", url: arxivAbsUrl(work.arxivId), source: `${work.format}:arxiv` });
  }
  if (work.doi) ids.push({ kind: "doi", url: doiUrl(work.doi), source: `${work.format}:doi` });
  return mergeLinks(work.links ?? [], ids);
}

/** An author's pages from the identifiers a source gave (a bad id gives none). */
function authorLinks(ids: AuthorIds | undefined, format: SourceFormat): AuthorLink[] {
  if (!ids) return [];
  const links = [
    ids.orcid ? authorLinkFromId("orcid", ids.orcid, `${format}:orcid`) : null,
    ids.dblpPid ? authorLinkFromId("dblp", ids.dblpPid, `${format}:pid`) : null,
    ids.openalexId ? authorLinkFromId("openalex", ids.openalexId, `${format}:author`) : null,
  ];
  return links.filter((l): l is AuthorLink => l !== null);
}

/** The works of a list as paper records, and the warnings this adds (inferred years). */
export function worksToPapers(
  list: ParsedWorks,
  asOf: string,
): { papers: PaperRecord[]; warnings: InputIssue[] } {
  const asOfYear = Number(asOf.slice(0, 4));
  const warnings: InputIssue[] = [];
  const usedSlugs = new Set<string>();
  const papers = list.works.map((work): PaperRecord => {
    let slug = slugify(work.title);
    for (let n = 2; usedSlugs.has(slug); n++) slug = `${slugify(work.title)}-${n}`;
    usedSlugs.add(slug);
    const yearInferred = work.year === null;
    const year = work.year ?? asOfYear;
    if (yearInferred) {
      warnings.push({
        file: work.file,
        line: work.line,
        reason: `"${work.title.slice(0, 80)}" has no year; ${asOfYear} (the as-of year) is used`,
      });
    }
    const venue = venueOf(work);
    return {
      slug,
      title: work.title,
      date: isoDate(year, work.month, work.day),
      year,
      yearInferred,
      category: work.category ?? NO_CATEGORY,
      hasCode: work.hasCode,
      venue: venue.venue,
      venueFull: venue.venueFull,
      venueYear: work.year,
      orgs: [...work.orgs],
      abstract: work.abstract,
      authors: work.authors.map((author, position) => {
        const links = authorLinks(author.ids, list.format);
        return {
          name: author.name,
          position,
          source: list.format,
          ...(author.ids ? { ids: author.ids } : {}),
          ...(links.length > 0 ? { links } : {}),
        };
      }),
      authorsTruncated: work.authorsTruncated,
      sources: { authors: list.format, venue: venue.known ? list.format : "default" },
      bibKey: list.format === "bib" ? work.key : null,
      doi: work.doi,
      arxivId: work.arxivId,
      openAccess: work.openAccess,
      links: paperLinks(work),
      format: list.format,
      file: work.file,
      line: work.line,
    };
  });
  return { papers, warnings };
}
