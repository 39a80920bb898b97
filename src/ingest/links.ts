// Links out of a record: the arXiv abstract, the DOI, the record's own address and the code
// repository, read from BibTeX fields (standard ones and al-folio's), OpenAlex works and author
// identifiers (ORCID, DBLP, OpenAlex). Pure: the BibTeX reader, other format readers and the
// details panel all call it.
//
// The safety rule lives here too (`safeHref`): only absolute http: and https: addresses become
// links. Everything else a file offers as an address (`javascript:`, `data:`, relative paths,
// text with control characters) is kept as the field's text, so the panel can show it without
// making it clickable, and nothing a record holds is silently dropped.
import type { AuthorLink, AuthorLinkKind, PaperLink, PaperLinkKind } from "./types";

/** Longest field text kept for a link; a longer value is cut (a record is not a document). */
export const MAX_LINK_TEXT = 2000;

// What a URL parser would strip or a reader could not see: an address holding one is not a link.
// Unicode controls (Cc), format characters such as direction marks and zero-width joiners
// (Cf), and line and paragraph separators.
const INVISIBLE_RE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

/**
 * The address to put in an `href`, or null when `raw` must stay text: it has to be an absolute
 * `http:` or `https:` URL as written (no leading `//`, no other scheme, nothing invisible), with
 * a host and no user name or password (`https://arxiv.org@evil.example` reads as arXiv and is
 * not). The result is the parser's serialisation, so what is shown is what is followed.
 */
export function safeHref(raw: string): string | null {
  if (typeof raw !== "string") return null;
  const text = raw.trim();
  if (text.length === 0 || text.length > MAX_LINK_TEXT) return null;
  if (INVISIBLE_RE.test(text) || /\s/.test(text)) return null;
  if (!/^https?:\/\/[^/\\]/i.test(text)) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (url.hostname === "" || url.username !== "" || url.password !== "") return null;
  return url.href;
}

/** The field's text as kept for a link that is not safe: trimmed and bounded. */
function keptText(raw: string): string {
  return raw.trim().slice(0, MAX_LINK_TEXT);
}

// arXiv identifiers: new style (`2010.02502`, `2010.02502v3`) and old style (`cs/0112017`,
// `math.GT/0309136`). Bounded quantifiers only, so a hostile field stays linear.
const ARXIV_NEW = String.raw`\d{4}\.\d{4,5}(?:v\d{1,3})?`;
const ARXIV_OLD = String.raw`[a-z]{1,12}(?:-[a-z]{1,12})?(?:\.[A-Z]{2})?/\d{7}(?:v\d{1,3})?`;
const ARXIV_ID_RE = new RegExp(`^(?:${ARXIV_NEW}|${ARXIV_OLD})$`);
/** An id where the text says it is one: an arXiv URL, `arXiv:ID`, or the arXiv DOI. */
const ARXIV_IN_TEXT_RE = new RegExp(
  String.raw`(?:arxiv\.org/(?:abs|pdf|html)/|\barxiv:\s{0,3}|10\.48550/arxiv\.)(${ARXIV_NEW}|${ARXIV_OLD})`,
  "i",
);

/** The arXiv id of a bare id field (`eprint`, al-folio's `arxiv`), or null. */
export function arxivIdOf(value: string): string | null {
  const text = value.trim().replace(/^arxiv:\s{0,3}/i, "");
  if (ARXIV_ID_RE.test(text)) return text;
  return arxivIdIn(value);
}

/** The arXiv id that free text, a URL or a DOI names explicitly, or null. */
export function arxivIdIn(text: string): string | null {
  const m = ARXIV_IN_TEXT_RE.exec(text.slice(0, MAX_LINK_TEXT));
  return m?.[1] ?? null;
}

export function arxivAbsUrl(id: string): string {
  return `https://arxiv.org/abs/${id}`;
}

// A DOI: `10.` registrant `/` suffix. Also found after `doi:` or in a doi.org URL.
const DOI_RE = /^(?:doi:\s{0,3}|https?:\/\/(?:dx\.)?doi\.org\/)?(10\.\d{4,9}\/\S{1,500})$/i;

/** The DOI a `doi` field or DOI URL holds (`10.1234/abc`), or null. */
export function doiOf(value: string): string | null {
  let text = value.trim();
  try {
    // doi.org URLs are often percent-encoded; the DOI itself is not.
    if (/^https?:/i.test(text)) text = decodeURIComponent(text);
  } catch {
    return null;
  }
  const m = DOI_RE.exec(text);
  return m?.[1] ?? null;
}

/** The resolver address of a DOI, each path segment encoded (DOI suffixes may hold `#`, `?`). */
export function doiUrl(doi: string): string {
  return `https://doi.org/${doi.split("/").map(encodeURIComponent).join("/")}`;
}

/** Hosts whose pages are code repositories. */
const CODE_HOSTS = ["github.com", "gitlab.com", "bitbucket.org", "codeberg.org", "sr.ht"];

/** What a safe address points at, judged from its host and path. */
export function classifyUrl(href: string): PaperLinkKind {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return "url";
  }
  const host = url.hostname.toLowerCase().replace(/^www\./, "");
  if (CODE_HOSTS.some((h) => host === h || host.endsWith(`.${h}`))) return "code";
  if ((host === "arxiv.org" || host === "export.arxiv.org") && arxivIdIn(href)) return "arxiv";
  if (host === "doi.org" || host === "dx.doi.org") return "doi";
  if (/\.pdf$/i.test(url.pathname)) return "pdf";
  return "url";
}

/** A link from an address field: safe ones are classified, others kept as text of `kind`. */
function addressLink(raw: string, kind: PaperLinkKind | null, source: string): PaperLink | null {
  if (raw.trim() === "") return null;
  const href = safeHref(raw);
  if (href === null) return { kind: kind ?? "url", url: keptText(raw), source };
  // A DOI or arXiv address in any field is the canonical DOI / arXiv link.
  const doi = doiOf(href);
  if (doi !== null) return { kind: "doi", url: doiUrl(doi), source };
  const guessed = classifyUrl(href);
  if (guessed === "arxiv") {
    const id = arxivIdIn(href);
    if (id !== null) return { kind: "arxiv", url: arxivAbsUrl(id), source };
  }
  // A repository named in `url` is still code; otherwise the field says what it is.
  return { kind: guessed === "code" || kind === null ? guessed : kind, url: href, source };
}

/** Addresses written in free text: `\url{…}` (the BibTeX reader's `<a href>`) and bare http(s) URLs. */
function addressesInText(text: string): string[] {
  const out: string[] = [];
  const bounded = text.slice(0, 4 * MAX_LINK_TEXT);
  for (const m of bounded.matchAll(/href="([^"]{0,2000})"/g)) out.push(m[1] ?? "");
  const bare = bounded.replace(/<a\b[^>]{0,2100}>[^<]{0,2100}<\/a>/g, " ");
  for (const m of bare.matchAll(/https?:\/\/[^\s<>"{}]{1,2000}/gi)) {
    out.push((m[0] ?? "").replace(/[.,;:)\]]+$/, ""));
  }
  return out;
}

/** Fields read, in the order their links are listed (al-folio's names included). */
export type BibLinkFields = Readonly<Record<string, string | undefined>>;

/**
 * Links of one BibTeX entry from its (lower-case) fields, decoded to text: `eprint` with
 * `archiveprefix`/`eprinttype` arXiv (or a bare arXiv id), al-folio's `arxiv`, `doi`, `url`,
 * `code`, `html`, `website`, `pdf`, and addresses or an `arXiv:ID` in `howpublished`.
 * Sources are `bibtex:<field>`. Deduplicated (see `mergeLinks`).
 */
export function linksFromBibFields(fields: BibLinkFields): PaperLink[] {
  const links: PaperLink[] = [];
  const push = (link: PaperLink | null) => {
    if (link) links.push(link);
  };
  const field = (name: string): string => {
    const v = fields[name];
    return typeof v === "string" ? v : "";
  };

  const eprint = field("eprint");
  if (eprint.trim() !== "") {
    const archive = (field("archiveprefix") || field("eprinttype")).trim().toLowerCase();
    const id = arxivIdOf(eprint);
    if (id !== null && (archive === "" || archive === "arxiv")) {
      push({ kind: "arxiv", url: arxivAbsUrl(id), source: "bibtex:eprint" });
    } else if (archive === "arxiv") {
      // Said to be arXiv, but no id: kept as text rather than guessed at.
      push(addressLink(eprint, "arxiv", "bibtex:eprint"));
    } else if (/^\s*[a-z][a-z0-9+.-]{0,20}:/i.test(eprint)) {
      // Another archive's eprint is an id, not an address, unless it is written as one.
      push(addressLink(eprint, "url", "bibtex:eprint"));
    }
  }
  const arxiv = field("arxiv");
  if (arxiv.trim() !== "") {
    const id = arxivIdOf(arxiv);
    push(
      id !== null
        ? { kind: "arxiv", url: arxivAbsUrl(id), source: "bibtex:arxiv" }
        : addressLink(arxiv, "arxiv", "bibtex:arxiv"),
    );
  }
  const doiField = field("doi");
  if (doiField.trim() !== "") {
    const doi = doiOf(doiField);
    if (doi === null) {
      push(addressLink(doiField, "doi", "bibtex:doi"));
    } else {
      push({ kind: "doi", url: doiUrl(doi), source: "bibtex:doi" });
      const id = arxivIdIn(doi);
      if (id !== null) push({ kind: "arxiv", url: arxivAbsUrl(id), source: "bibtex:doi" });
    }
  }
  push(addressLink(field("url"), null, "bibtex:url"));
  push(addressLink(field("code"), "code", "bibtex:code"));
  push(addressLink(field("html"), null, "bibtex:html"));
  push(addressLink(field("website"), "project", "bibtex:website"));
  push(addressLink(field("pdf"), "pdf", "bibtex:pdf"));

  const howpublished = field("howpublished");
  if (howpublished.trim() !== "") {
    for (const address of addressesInText(howpublished)) {
      push(addressLink(address, null, "bibtex:howpublished"));
    }
    const id = arxivIdIn(howpublished);
    if (id !== null) push({ kind: "arxiv", url: arxivAbsUrl(id), source: "bibtex:howpublished" });
  }
  return mergeLinks(links);
}

/** The parts of an OpenAlex work (its API's JSON) that name addresses. */
export interface OpenAlexWorkLinks {
  doi?: string | null;
  ids?: { doi?: string | null; arxiv?: string | null } | null;
  primary_location?: OpenAlexLocation | null;
  best_oa_location?: OpenAlexLocation | null;
  locations?: readonly (OpenAlexLocation | null)[] | null;
}

export interface OpenAlexLocation {
  landing_page_url?: string | null;
  pdf_url?: string | null;
}

/**
 * Links of an OpenAlex work: its DOI (`openalex:doi`), then every location's landing page and
 * PDF (`openalex:location`), classified by host (arXiv pages give the arXiv link, repositories
 * the code link). For the OpenAlex reader; unsafe addresses are kept as text like any other.
 */
export function linksFromOpenAlexWork(work: OpenAlexWorkLinks): PaperLink[] {
  const links: PaperLink[] = [];
  const push = (link: PaperLink | null) => {
    if (link) links.push(link);
  };
  const doiText = work.doi ?? work.ids?.doi ?? null;
  if (typeof doiText === "string" && doiText.trim() !== "") {
    const doi = doiOf(doiText);
    push(
      doi === null
        ? addressLink(doiText, "doi", "openalex:doi")
        : { kind: "doi", url: doiUrl(doi), source: "openalex:doi" },
    );
  }
  const arxivText = work.ids?.arxiv;
  if (typeof arxivText === "string" && arxivText.trim() !== "") {
    const id = arxivIdOf(arxivText);
    if (id !== null) push({ kind: "arxiv", url: arxivAbsUrl(id), source: "openalex:ids" });
  }
  const locations = [work.primary_location, work.best_oa_location, ...(work.locations ?? [])];
  for (const loc of locations) {
    if (!loc) continue;
    if (typeof loc.landing_page_url === "string") {
      push(addressLink(loc.landing_page_url, null, "openalex:location"));
    }
    if (typeof loc.pdf_url === "string") push(addressLink(loc.pdf_url, "pdf", "openalex:location"));
  }
  return mergeLinks(links);
}

/** Order of kinds in a merged list: the paper itself first, then its code and pages. */
const KIND_ORDER: readonly PaperLinkKind[] = ["arxiv", "doi", "code", "project", "url", "pdf"];

/**
 * One list from several: the first link of each address is kept (an arXiv URL given twice, by
 * `eprint` and by the DOI, is one link), safe links before text-only ones of the same kind,
 * grouped by kind in KIND_ORDER, otherwise in the order given.
 */
export function mergeLinks(...lists: readonly (readonly PaperLink[])[]): PaperLink[] {
  // No list with more than one link between them: nothing to drop or order.
  let total = 0;
  for (const list of lists) total += list.length;
  if (total === 0) return [];
  if (total === 1) for (const list of lists) if (list.length === 1) return [...list];
  const seen = new Set<string>();
  const kept: PaperLink[] = [];
  for (const list of lists) {
    for (const link of list) {
      const id = safeHref(link.url) ?? `text:${link.url}`;
      if (seen.has(id)) continue;
      seen.add(id);
      kept.push(link);
    }
  }
  const rank = (l: PaperLink) => {
    const k = KIND_ORDER.indexOf(l.kind);
    return (k < 0 ? KIND_ORDER.length : k) * 2 + (safeHref(l.url) === null ? 1 : 0);
  };
  return kept
    .map((link, i) => ({ link, i }))
    .sort((a, b) => rank(a.link) - rank(b.link) || a.i - b.i)
    .map((x) => x.link);
}

/** ISO 7064 11,2 check of an ORCID iD's last character. */
function orcidChecksumOk(digits: string): boolean {
  let total = 0;
  for (let i = 0; i < 15; i++) total = (total + Number(digits[i])) * 2;
  const check = (12 - (total % 11)) % 11;
  return digits[15] === (check === 10 ? "X" : String(check));
}

/**
 * An author's page from an identifier a source gives: an ORCID iD (`0000-0002-1825-0097`, or
 * its orcid.org URL; the check digit is verified), a DBLP person id (`173/5135`,
 * `s/JiamingSong`, or its dblp.org/pid URL), an OpenAlex author id (`A5023888391`, or its URL).
 * Null when `id` is not such an identifier: a bad id is not a link.
 */
export function authorLinkFromId(
  kind: Exclude<AuthorLinkKind, "url">,
  id: string,
  source: string,
): AuthorLink | null {
  const text = typeof id === "string" ? id.trim() : "";
  if (kind === "orcid") {
    const m = /^(?:https?:\/\/(?:www\.)?orcid\.org\/)?(\d{4})-(\d{4})-(\d{4})-(\d{3}[\dX])$/i.exec(
      text,
    );
    if (!m) return null;
    const digits = `${m[1]}${m[2]}${m[3]}${(m[4] ?? "").toUpperCase()}`;
    if (!orcidChecksumOk(digits)) return null;
    const orcid = `${m[1]}-${m[2]}-${m[3]}-${(m[4] ?? "").toUpperCase()}`;
    return { kind, url: `https://orcid.org/${orcid}`, source };
  }
  if (kind === "dblp") {
    const m =
      /^(?:https?:\/\/dblp\.(?:org|uni-trier\.de)\/pid\/)?((?:\d{1,5}\/\d{1,8}(?:-\d{1,3})?)|(?:[a-z]\/[A-Za-z][A-Za-z0-9_=:-]{0,80}))(?:\.html)?$/.exec(
        text,
      );
    if (!m) return null;
    return { kind, url: `https://dblp.org/pid/${m[1]}`, source };
  }
  const m = /^(?:https?:\/\/(?:api\.)?openalex\.org\/(?:authors\/)?)?(A\d{4,14})$/i.exec(text);
  if (!m) return null;
  return { kind, url: `https://openalex.org/${(m[1] ?? "").toUpperCase()}`, source };
}

/** An author's home page from a source: kept as text when it is not a safe address. */
export function authorHomepageLink(raw: string, source: string): AuthorLink | null {
  if (typeof raw !== "string" || raw.trim() === "") return null;
  const href = safeHref(raw);
  return { kind: "url", url: href ?? keptText(raw), source };
}

/** Author links merged, first of each address kept, identifiers before home pages. */
export function mergeAuthorLinks(...lists: readonly (readonly AuthorLink[])[]): AuthorLink[] {
  const order: readonly AuthorLinkKind[] = ["orcid", "dblp", "openalex", "url"];
  const seen = new Set<string>();
  const kept: AuthorLink[] = [];
  for (const list of lists) {
    for (const link of list) {
      const id = safeHref(link.url) ?? `text:${link.url}`;
      if (seen.has(id)) continue;
      seen.add(id);
      kept.push(link);
    }
  }
  return kept
    .map((link, i) => ({ link, i }))
    .sort((a, b) => order.indexOf(a.link.kind) - order.indexOf(b.link.kind) || a.i - b.i)
    .map((x) => x.link);
}
