// CSL-JSON (Zotero, Mendeley, citation-js, pandoc exports) and the CSL item → work mapping
// that RIS shares: citation-js reads both into CSL items, and this module reads the items.
// The JSON is parsed here (for a line on a syntax error); each item then goes through
// citation-js's CSL input, which normalises names, dates and field types.
import { plugins } from "@citation-js/core";
import { InputError } from "../errors";
import { looksBinary } from "../text";
import type { InputIssue, ListedAuthor, ParsedWorks, SourceFormat, SourceWork } from "../types";
import { mentionsArxiv, normaliseArxivId, normaliseDoi, normaliseOrcid } from "./identifiers";
import { parseJsonText, topLevelElementLines } from "./jsonText";

/** The CSL fields this reader uses (CSL-JSON 1.0); anything else on an item is ignored. */
export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
  "non-dropping-particle"?: string;
  "dropping-particle"?: string;
  suffix?: string;
  ORCID?: string;
}

export interface CslDate {
  "date-parts"?: (number | string)[][];
  raw?: string;
  literal?: string;
}

export interface CslItem {
  id?: string | number;
  type?: string;
  title?: string;
  author?: CslName[];
  issued?: CslDate;
  /** Where RIS puts a conference paper's year (`PY` of a `CONF` record). */
  "event-date"?: CslDate;
  "container-title"?: string;
  "event-title"?: string;
  "collection-title"?: string;
  publisher?: string;
  number?: string;
  DOI?: string;
  URL?: string;
  abstract?: string;
}

function clean(value: unknown): string {
  return typeof value === "string" ? value.replace(/\s+/g, " ").trim().normalize("NFC") : "";
}

/** `given dropping-particle non-dropping-particle family suffix`, or the literal name. */
function cslName(name: CslName): ListedAuthor | null {
  const literal = clean(name.literal);
  const display =
    literal !== ""
      ? literal
      : [
          name.given,
          name["dropping-particle"],
          name["non-dropping-particle"],
          name.family,
          name.suffix,
        ]
          .map(clean)
          .filter((part) => part !== "")
          .join(" ");
  if (display === "") return null;
  const orcid = normaliseOrcid(name.ORCID);
  return orcid ? { name: display, ids: { orcid } } : { name: display };
}

function issuedParts(item: CslItem): [number | null, number | null, number | null] {
  const date = item.issued ?? item["event-date"];
  const parts = date?.["date-parts"]?.[0] ?? [];
  const num = (v: unknown) => {
    const n = typeof v === "number" ? v : typeof v === "string" ? Number(v) : Number.NaN;
    return Number.isInteger(n) ? n : null;
  };
  let year = num(parts[0]);
  if (year === null) {
    const raw = /\b(\d{4})\b/.exec(clean(date?.raw) || clean(date?.literal));
    year = raw?.[1] ? Number(raw[1]) : null;
  }
  return [year, num(parts[1]), num(parts[2])];
}

/**
 * One CSL item as a work, or a reason it cannot be one. `format` names the file's format
 * (`csl`, or `ris` for items citation-js read from RIS).
 */
export function cslItemToWork(
  item: CslItem,
  at: { file: string; line: number; format: SourceFormat },
): SourceWork | string {
  const title = clean(item.title);
  if (title === "") return "the record has no title";
  const authors: ListedAuthor[] = [];
  let authorsTruncated = false;
  for (const name of Array.isArray(item.author) ? item.author : []) {
    const author = cslName(name);
    if (!author) continue;
    // Exporters write a cut list's tail as a literal "others" or "et al.".
    if (/^(others|et al\.?)$/i.test(author.name)) authorsTruncated = true;
    else authors.push(author);
  }
  const [year, month, day] = issuedParts(item);
  const doi = normaliseDoi(item.DOI);
  const url = clean(item.URL);
  const venue =
    clean(item["container-title"]) || clean(item["event-title"]) || clean(item["collection-title"]);
  const arxivHint = [doi, url, clean(item.number), venue, clean(item.publisher)].find(
    mentionsArxiv,
  );
  const arxivId =
    (arxivHint &&
      (normaliseArxivId(doi) ?? normaliseArxivId(url) ?? normaliseArxivId(item.number))) ||
    null;
  return {
    file: at.file,
    line: at.line,
    format: at.format,
    key: item.id === undefined ? null : String(item.id),
    title,
    authors,
    authorsTruncated,
    year,
    month,
    day,
    venueFull: venue || (arxivId ? "arXiv" : null),
    doi,
    arxivId,
    category: null,
    abstract: clean(item.abstract) || null,
    hasCode: false,
    openAccess: null,
    orgs: [],
  };
}

/** Run one raw object through citation-js's CSL input (name and date normalisation). */
function normaliseCslItem(raw: object): CslItem | null {
  const [item] = plugins.input.chain([raw], {
    forceType: "@csl/list+object",
    generateGraph: false,
  }) as CslItem[];
  return item ?? null;
}

/** Read a CSL-JSON file (an array of items, or one item). Throws InputError when it is not CSL-JSON. */
export function parseCslJson(text: string, file: string): ParsedWorks {
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") throw new InputError(file, null, "the file is empty");
  if (looksBinary(body)) throw new InputError(file, null, "binary content, not a CSL-JSON file");
  const data = parseJsonText(body, file, "CSL-JSON");
  const items: unknown[] = Array.isArray(data) ? data : [data];
  const lines = Array.isArray(data) ? topLevelElementLines(body) : [1];
  const works: SourceWork[] = [];
  const errors: InputIssue[] = [];
  items.forEach((raw, i) => {
    const line = lines[i] ?? 1;
    if (raw === null || typeof raw !== "object" || Array.isArray(raw)) {
      errors.push({ file, line, reason: `record ${i + 1}: not a CSL item (an object)` });
      return;
    }
    const item = normaliseCslItem(raw);
    const work = item ? cslItemToWork(item, { file, line, format: "csl" }) : "not a CSL item";
    if (typeof work === "string") errors.push({ file, line, reason: `record ${i + 1}: ${work}` });
    else works.push(work);
  });
  if (works.length === 0) {
    const first = errors[0];
    throw new InputError(
      file,
      first?.line ?? null,
      items.length === 0
        ? "no CSL-JSON record (the array is empty)"
        : `no readable CSL-JSON record (${first?.reason ?? "no items"})`,
    );
  }
  return { file, format: "csl", works, errors, warnings: [] };
}
