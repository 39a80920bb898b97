// OpenAlex works: a saved `/works` API response (`{ "meta": …, "results": [work …] }`), one
// work object, an array of works, or JSON Lines (one work per line). Authors are identified by
// their OpenAlex id, institutions become the paper's organisations, the abstract is rebuilt
// from `abstract_inverted_index`, the venue is the primary location's source.
import { InputError } from "../errors";
import { linksFromOpenAlexWork, type OpenAlexWorkLinks } from "../links";
import { looksBinary } from "../text";
import type { InputIssue, ListedAuthor, ParsedWorks, SourceWork } from "../types";
import { mentionsArxiv, normaliseArxivId, normaliseDoi, normaliseOrcid } from "./identifiers";
import { arrayElementLines, parseJsonText } from "./jsonText";

/** The fields of an OpenAlex work this reader uses; anything else is ignored. */
interface OpenAlexWork {
  id?: string;
  doi?: string | null;
  title?: string | null;
  display_name?: string | null;
  publication_year?: number | null;
  publication_date?: string | null;
  authorships?: {
    author?: { id?: string | null; display_name?: string | null; orcid?: string | null };
    institutions?: { display_name?: string | null }[];
    raw_author_name?: string | null;
  }[];
  is_authors_truncated?: boolean;
  primary_location?: {
    source?: { display_name?: string | null } | null;
    landing_page_url?: string | null;
  } | null;
  locations?: { landing_page_url?: string | null; pdf_url?: string | null }[];
  ids?: Record<string, string | undefined>;
  open_access?: { is_oa?: boolean | null } | null;
  abstract_inverted_index?: Record<string, number[]> | null;
}

// An OpenAlex id in full URL form or short: `https://openalex.org/W2741809807` → `W2741809807`.
const OPENALEX_ID_RE = /(?:openalex\.org\/)?([WAISCP]\d{2,})$/i;

function shortId(id: string | null | undefined): string | null {
  const match = OPENALEX_ID_RE.exec(id?.trim() ?? "");
  return match?.[1]?.toUpperCase() ?? null;
}

/** Whether the start of a JSON file looks like OpenAlex works (their ids are OpenAlex URLs). */
export function looksLikeOpenAlex(head: string): boolean {
  return /"id"\s*:\s*"https:\/\/openalex\.org\/W\d+/.test(head) || /"authorships"\s*:/.test(head);
}

/** The abstract in reading order: each word placed at its positions. */
export function abstractFromInvertedIndex(
  index: Record<string, number[]> | null | undefined,
): string | null {
  if (!index || typeof index !== "object") return null;
  const words: string[] = [];
  for (const [word, positions] of Object.entries(index)) {
    if (!Array.isArray(positions)) continue;
    for (const p of positions) {
      // Positions come from the file: only small whole numbers place a word.
      if (Number.isInteger(p) && p >= 0 && p < 100_000) words[p] = word;
    }
  }
  const text = words
    .filter((w) => w !== undefined)
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
  return text === "" ? null : text.normalize("NFC");
}

function clean(value: unknown): string {
  return typeof value === "string" ? value.replace(/\s+/g, " ").trim().normalize("NFC") : "";
}

/** One OpenAlex work object as a work, or the reason it cannot be one. */
export function openAlexWorkToSourceWork(
  raw: unknown,
  at: { file: string; line: number },
): SourceWork | string {
  if (raw === null || typeof raw !== "object" || Array.isArray(raw))
    return "not an OpenAlex work (an object)";
  const work = raw as OpenAlexWork;
  const title = clean(work.title) || clean(work.display_name);
  if (title === "") return `work ${shortId(work.id) ?? "without id"} has no title`;
  const authors: ListedAuthor[] = [];
  const orgs: string[] = [];
  for (const authorship of Array.isArray(work.authorships) ? work.authorships : []) {
    const name = clean(authorship?.author?.display_name) || clean(authorship?.raw_author_name);
    if (name === "") continue;
    const openalexId = shortId(authorship.author?.id);
    const orcid = normaliseOrcid(authorship.author?.orcid);
    const ids = { ...(openalexId ? { openalexId } : {}), ...(orcid ? { orcid } : {}) };
    authors.push(Object.keys(ids).length > 0 ? { name, ids } : { name });
    for (const institution of Array.isArray(authorship.institutions)
      ? authorship.institutions
      : []) {
      const org = clean(institution?.display_name);
      if (org !== "" && !orgs.includes(org)) orgs.push(org);
    }
  }
  const date = /^(\d{4})-(\d{2})-(\d{2})/.exec(clean(work.publication_date));
  const year = Number.isInteger(work.publication_year)
    ? (work.publication_year as number)
    : date
      ? Number(date[1])
      : null;
  const urls = [
    work.ids?.arxiv,
    work.primary_location?.landing_page_url,
    ...(Array.isArray(work.locations)
      ? work.locations.flatMap((l) => [l?.landing_page_url, l?.pdf_url])
      : []),
  ].filter((u): u is string => typeof u === "string");
  const doi = normaliseDoi(work.doi ?? work.ids?.doi);
  const arxivUrl = urls.find(mentionsArxiv);
  const arxivId = normaliseArxivId(arxivUrl) ?? (mentionsArxiv(doi) ? normaliseArxivId(doi) : null);
  const venue = clean(work.primary_location?.source?.display_name);
  return {
    file: at.file,
    line: at.line,
    format: "openalex",
    key: shortId(work.id),
    title,
    authors,
    authorsTruncated: work.is_authors_truncated === true,
    year,
    month: date ? Number(date[2]) : null,
    day: date ? Number(date[3]) : null,
    venueFull: venue || (arxivId ? "arXiv" : null),
    doi,
    arxivId,
    category: null,
    abstract: abstractFromInvertedIndex(work.abstract_inverted_index),
    hasCode: false,
    openAccess: typeof work.open_access?.is_oa === "boolean" ? work.open_access.is_oa : null,
    orgs,
    links: linksFromOpenAlexWork(raw as OpenAlexWorkLinks),
  };
}

/** Read OpenAlex works (API response, array, one work, or JSON Lines). Throws InputError when unusable. */
export function parseOpenAlexWorks(text: string, file: string): ParsedWorks {
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") throw new InputError(file, null, "the file is empty");
  if (looksBinary(body))
    throw new InputError(file, null, "binary content, not an OpenAlex JSON file");
  const entries: { raw: unknown; line: number }[] = [];
  const errors: InputIssue[] = [];
  const trimmed = body.trimStart();
  const lines = body.split(/\r\n|\r|\n/);
  const nonBlank = lines.filter((l) => l.trim() !== "");
  // JSON Lines: every non-blank line an object of its own (and more than one of them).
  const jsonLines =
    trimmed.startsWith("{") &&
    nonBlank.length > 1 &&
    nonBlank.every((l) => l.trim().startsWith("{"));
  if (jsonLines) {
    lines.forEach((line, i) => {
      if (line.trim() === "") return;
      try {
        entries.push({ raw: JSON.parse(line), line: i + 1 });
      } catch {
        errors.push({ file, line: i + 1, reason: "not a JSON object on this line" });
      }
    });
  } else {
    const data = parseJsonText(body, file, "OpenAlex JSON");
    const results =
      data &&
      typeof data === "object" &&
      !Array.isArray(data) &&
      Array.isArray((data as { results?: unknown }).results)
        ? (data as { results: unknown[] }).results
        : null;
    if (results) {
      const open = /"results"\s*:\s*\[/.exec(body);
      const at = open ? arrayElementLines(body, open.index + open[0].length - 1) : [];
      results.forEach((raw, i) => {
        entries.push({ raw, line: at[i] ?? 1 });
      });
    } else if (Array.isArray(data)) {
      const open = body.indexOf("[");
      const at = arrayElementLines(body, open);
      data.forEach((raw, i) => {
        entries.push({ raw, line: at[i] ?? 1 });
      });
    } else {
      entries.push({ raw: data, line: 1 });
    }
  }
  const works: SourceWork[] = [];
  entries.forEach(({ raw, line }, i) => {
    const work = openAlexWorkToSourceWork(raw, { file, line });
    if (typeof work === "string") errors.push({ file, line, reason: `record ${i + 1}: ${work}` });
    else works.push(work);
  });
  if (works.length === 0) {
    const first = errors[0];
    throw new InputError(
      file,
      first?.line ?? null,
      entries.length === 0 && errors.length === 0
        ? "no OpenAlex work (the results are empty)"
        : `no readable OpenAlex work (${first?.reason ?? "no works"})`,
    );
  }
  return { file, format: "openalex", works, errors, warnings: [] };
}
