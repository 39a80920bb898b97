// BibTeX as a network of its own (a website's `papers.bib`, a reference manager's export):
// the records the BibTeX reader gives, read as works. Beyond what enrichment uses, a list also
// takes the DOI, the arXiv id and category (`primaryClass` / `eprintclass`), the abstract and
// al-folio's `code` link. Front matter, `and others` and TeX accents are the reader's job.
import { parseBibtex } from "../bibtex";
import type { BibRecord, ParsedBib, ParsedWorks, SourceWork } from "../types";
import {
  mentionsArxiv,
  normaliseArxivId,
  normaliseDoi,
  parseMonth,
  shortCategory,
} from "./identifiers";

function arxivIdOf(record: BibRecord): string | null {
  const extra = record.extra;
  if (extra?.arxiv) return normaliseArxivId(extra.arxiv);
  if (mentionsArxiv(record.venueFull)) return normaliseArxivId(record.venueFull);
  if (extra?.doi && mentionsArxiv(extra.doi)) return normaliseArxivId(extra.doi);
  // An `eprint` with an arXiv category is an arXiv id even without `archivePrefix`.
  if (record.eprint && extra?.primaryClass) return normaliseArxivId(record.eprint);
  return null;
}

/** One BibTeX record as a work of the list. */
export function bibRecordToWork(record: BibRecord): SourceWork {
  const extra = record.extra;
  const arxivId = arxivIdOf(record);
  return {
    file: record.file,
    line: record.line,
    format: "bib",
    key: record.key,
    title: record.title,
    authors: record.authors.map((name) => ({ name })),
    authorsTruncated: record.authorsTruncated,
    year: record.year,
    month: parseMonth(extra?.month),
    day: null,
    venueFull: record.venueFull,
    doi: normaliseDoi(extra?.doi),
    arxivId,
    // Only an arXiv paper has an arXiv category; others get none.
    category: arxivId ? shortCategory(extra?.primaryClass) : null,
    abstract: extra?.abstract ?? null,
    hasCode: !!extra?.code,
    openAccess: null,
    orgs: [],
    ...(record.links ? { links: record.links } : {}),
  };
}

/**
 * A parsed BibTeX file as a publication list. The reader has already reported a key or a title
 * used twice (and kept the first), so each record here is a paper of its own.
 */
export function bibToWorks(bib: ParsedBib): ParsedWorks {
  return {
    file: bib.file,
    format: "bib",
    works: bib.records.map(bibRecordToWork),
    errors: bib.errors,
    warnings: bib.warnings,
  };
}

/** Read a BibTeX file as a publication list. Throws InputError when it is not BibTeX. */
export function parseBibtexWorks(text: string, file: string): ParsedWorks {
  return bibToWorks(parseBibtex(text, { file }));
}
