// What a link out reads as in the panels: a name for its kind and a short address. Pure (no
// React), so the wording and the safety rule are tested in Node. An address that is not safe
// (./../ingest/links.ts `safeHref`) has no href: the panel shows its text and says why.
import { safeHref } from "../ingest/links";
import type { AuthorLink, PaperLink } from "../ingest/types";

export interface LinkView {
  /** "arXiv", "DOI", "Code" ... */
  label: string;
  /** The address shortened for reading (id, host and path), or the unsafe text itself. */
  text: string;
  /** Set only for a safe absolute http(s) address. */
  href: string | null;
  /** Where the link came from, for a tooltip (`bibtex:eprint` → "BibTeX eprint"). */
  source: string;
}

const PAPER_LABELS: Record<PaperLink["kind"], string> = {
  arxiv: "arXiv",
  doi: "DOI",
  code: "Code",
  project: "Project page",
  url: "Web page",
  pdf: "PDF",
};

const AUTHOR_LABELS: Record<AuthorLink["kind"], string> = {
  orcid: "ORCID",
  dblp: "DBLP",
  openalex: "OpenAlex",
  url: "Home page",
};

const SOURCE_NAMES: Record<string, string> = {
  bibtex: "BibTeX",
  openalex: "OpenAlex",
  ris: "RIS",
  csl: "CSL JSON",
  dblp: "DBLP",
};

/** `bibtex:eprint` → "BibTeX eprint"; an unknown format is shown as given. */
export function describeSource(source: string): string {
  const [format = "", field] = source.split(":", 2);
  const name = SOURCE_NAMES[format.toLowerCase()] ?? format;
  return field ? `${name} ${field}` : name;
}

/** The address without scheme and `www.`, trailing slash dropped, cut to `max` characters. */
export function shortAddress(href: string, max = 60): string {
  const url = new URL(href);
  let text = `${url.hostname.replace(/^www\./, "")}${url.pathname}${url.search}`.replace(/\/$/, "");
  if (url.hostname === "arxiv.org") text = url.pathname.replace(/^\/(abs|pdf)\//, "");
  if (url.hostname === "doi.org") text = decodeURIComponentSafe(url.pathname.slice(1));
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function view(label: string, url: string, source: string): LinkView {
  const href = safeHref(url);
  return {
    label,
    text: href === null ? url : shortAddress(href),
    href,
    source: describeSource(source),
  };
}

export function paperLinkView(link: PaperLink): LinkView {
  return view(PAPER_LABELS[link.kind] ?? "Link", link.url, link.source);
}

export function authorLinkView(link: AuthorLink): LinkView {
  return view(AUTHOR_LABELS[link.kind] ?? "Link", link.url, link.source);
}
