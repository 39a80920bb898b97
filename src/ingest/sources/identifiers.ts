// Identifiers shared by every publication-list format: DOIs and arXiv ids in one canonical
// form (so the same paper from two sources meets on the same key), and arXiv categories in the
// short form the profile export uses (`cs.LG` → `LG`), so facets and colours agree.

// A DOI is `10.` + registrant + `/` + suffix; resolvers and `doi:` prefixes are dropped.
const DOI_RE = /\b(10\.\d{4,9}\/[^\s"<>]+)/;

/** `https://doi.org/10.1/ABC` or `doi:10.1/abc` → `10.1/abc`; null when no DOI is in the text. */
export function normaliseDoi(text: string | null | undefined): string | null {
  if (!text) return null;
  const match = DOI_RE.exec(text.trim());
  if (!match?.[1]) return null;
  // DOIs are case-insensitive; trailing sentence punctuation is not part of one.
  return match[1].replace(/[.,;]+$/, "").toLowerCase();
}

// New-style ids (`2010.02502`, optional version) and old-style (`hep-th/9901001`, `math.GT/0309136`).
const ARXIV_NEW_RE = /(?:^|[^\d.])(\d{4}\.\d{4,5})(?:v\d+)?(?![\d.])/;
const ARXIV_OLD_RE = /\b([a-z-]+(?:\.[A-Z]{2})?\/\d{7})(?:v\d+)?\b/;

/**
 * An arXiv id without its version from an id, a URL (`arxiv.org/abs/…`, `/pdf/…`), a DOI
 * (`10.48550/arXiv.2010.02502`) or a journal string (`arXiv preprint arXiv:2010.02502`).
 */
export function normaliseArxivId(text: string | null | undefined): string | null {
  if (!text) return null;
  // `arXiv:2010.02502`, `arxiv.2010.02502` (arXiv's DOIs): the prefix is not part of the id.
  const t = text.trim().replace(/arxiv[.:]/gi, "arXiv ");
  const modern = ARXIV_NEW_RE.exec(t);
  if (modern?.[1]) return modern[1];
  const old = ARXIV_OLD_RE.exec(t);
  return old?.[1] ?? null;
}

/** Whether a text names arXiv (a venue, a URL, a DOI prefix): ids are only read from those. */
export function mentionsArxiv(text: string | null | undefined): boolean {
  return !!text && /arxiv/i.test(text);
}

/**
 * An arXiv category as the profile export writes it: the subject class after the archive
 * (`cs.LG` → `LG`, `stat.ML` → `ML`, `eess.IV` → `IV`); an archive with no class (`hep-th`)
 * stays whole. Null for empty input.
 */
export function shortCategory(primaryClass: string | null | undefined): string | null {
  const t = primaryClass?.trim() ?? "";
  if (t === "") return null;
  const dot = t.indexOf(".");
  return dot >= 0 && dot < t.length - 1 ? t.slice(dot + 1) : t;
}

/** `0000-0002-1825-0097` from a bare iD or an `https://orcid.org/…` URL; null otherwise. */
export function normaliseOrcid(text: string | null | undefined): string | null {
  const match = /(\d{4}-\d{4}-\d{4}-\d{3}[\dX])/i.exec(text ?? "");
  return match?.[1]?.toUpperCase() ?? null;
}

/** Month from a number or an English name or abbreviation (`6`, `jun`, `June`), else null. */
export function parseMonth(text: string | null | undefined): number | null {
  const t = text?.trim().toLowerCase() ?? "";
  if (/^\d{1,2}$/.test(t)) {
    const n = Number(t);
    return n >= 1 && n <= 12 ? n : null;
  }
  const names = [
    "jan",
    "feb",
    "mar",
    "apr",
    "may",
    "jun",
    "jul",
    "aug",
    "sep",
    "oct",
    "nov",
    "dec",
  ];
  const index = names.indexOf(t.slice(0, 3));
  return index >= 0 ? index + 1 : null;
}
