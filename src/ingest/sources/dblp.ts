// DBLP person XML (`<dblpperson>`, the file behind a dblp person page's XML link) read with
// saxes, a streaming XML parser: publications are `<r>` elements holding one record
// (`<article>`, `<inproceedings>` ...). DBLP's author `pid` is the author's identity, so
// homonyms stay apart and one person under two spellings is one node. The page's person is
// the list's owner.
import { SaxesParser, type SaxesTagPlain } from "saxes";
import { DBLP_ENTITIES } from "../dblpEntities";
import { InputError } from "../errors";
import { classifyUrl, safeHref } from "../links";
import { looksBinary } from "../text";
import type { InputIssue, ListedAuthor, ParsedWorks, SourceWork } from "../types";
import {
  mentionsArxiv,
  normaliseArxivId,
  normaliseDoi,
  normaliseOrcid,
  parseMonth,
} from "./identifiers";

/** Whether the start of a file is a DBLP person document. */
export function looksLikeDblpPerson(head: string): boolean {
  return /<dblpperson[\s>]/.test(head);
}

const RECORD_TAGS = new Set([
  "article",
  "inproceedings",
  "proceedings",
  "book",
  "incollection",
  "phdthesis",
  "mastersthesis",
  "www",
  "data",
]);

/** dblp tells homonyms apart with a four-digit suffix (`Wei Wang 0001`); the pid keeps them apart here. */
function displayName(text: string): string {
  return text
    .replace(/\s+\d{4}$/, "")
    .replace(/\s+/g, " ")
    .trim();
}

interface OpenRecord {
  line: number;
  tag: string;
  key: string | null;
  authors: ListedAuthor[];
  fields: Map<string, string[]>;
  /** An electronic edition marked open access (`<ee type="oa">`). */
  openAccess: boolean;
}

/** Read a DBLP person XML file. Throws InputError for malformed XML or another kind of file. */
export function parseDblpPerson(
  text: string,
  file: string,
): ParsedWorks & { owner: ListedAuthor | null } {
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") throw new InputError(file, null, "the file is empty");
  if (looksBinary(body)) throw new InputError(file, null, "binary content, not a DBLP XML file");

  const parser = new SaxesParser<{ xmlns: false; position: true }>({
    xmlns: false,
    position: true,
  });
  Object.assign(parser.ENTITIES, DBLP_ENTITIES);
  const works: SourceWork[] = [];
  const errors: InputIssue[] = [];
  let owner: ListedAuthor | null = null;
  let rootSeen = false;
  let record: OpenRecord | null = null;
  // The field being read (`title`, `author` ...) and its text so far, markup inside included.
  let field: { name: string; attrs: Record<string, string>; text: string; depth: number } | null =
    null;
  let depth = 0;

  parser.on("opentag", (node: SaxesTagPlain) => {
    depth++;
    const name = node.name;
    if (depth === 1) {
      if (name !== "dblpperson") {
        throw new InputError(
          file,
          parser.line,
          `XML with a <${name.slice(0, 40)}> root, not a DBLP person file (<dblpperson>)`,
        );
      }
      rootSeen = true;
      const pid = node.attributes.pid;
      const personName = node.attributes.name;
      if (personName) {
        owner = { name: displayName(personName), ...(pid ? { ids: { dblpPid: pid } } : {}) };
      }
      return;
    }
    if (field) return;
    if (record === null && depth === 3 && RECORD_TAGS.has(name)) {
      record = {
        line: parser.line,
        tag: name,
        key: node.attributes.key ?? null,
        authors: [],
        fields: new Map(),
        openAccess: false,
      };
      return;
    }
    if (record && depth === 4) {
      field = { name, attrs: { ...node.attributes }, text: "", depth };
    }
  });
  parser.on("text", (t: string) => {
    if (field) field.text += t;
  });
  parser.on("closetag", (node: SaxesTagPlain) => {
    if (field && depth === field.depth && node.name === field.name) {
      const value = field.text.replace(/\s+/g, " ").trim().normalize("NFC");
      if (record && value !== "") {
        if (field.name === "author" || field.name === "editor") {
          if (field.name === "author") {
            const pid = field.attrs.pid;
            const orcid = normaliseOrcid(field.attrs.orcid);
            const ids = { ...(pid ? { dblpPid: pid } : {}), ...(orcid ? { orcid } : {}) };
            record.authors.push(
              Object.keys(ids).length > 0
                ? { name: displayName(value), ids }
                : { name: displayName(value) },
            );
          }
        } else {
          if (field.name === "ee" && field.attrs.type === "oa") record.openAccess = true;
          const list = record.fields.get(field.name) ?? [];
          list.push(value);
          record.fields.set(field.name, list);
        }
      }
      field = null;
    } else if (record && depth === 3 && node.name === record.tag) {
      const done = finishRecord(record, file);
      if (typeof done === "string") errors.push({ file, line: record.line, reason: done });
      else if (done) works.push(done);
      record = null;
    }
    depth--;
  });

  try {
    parser.write(body).close();
  } catch (error) {
    if (error instanceof InputError) throw error;
    const message = (error instanceof Error ? error.message : String(error)).replace(
      /^[^:]*:\d+:\d+: /,
      "",
    );
    throw new InputError(file, parser.line, `not well-formed XML (${message.slice(0, 120)})`);
  }
  if (!rootSeen)
    throw new InputError(file, null, "no <dblpperson> element: not a DBLP person file");
  if (works.length === 0 && errors.length === 0) {
    throw new InputError(file, null, "the DBLP person file lists no publication");
  }
  return { file, format: "dblp", works, errors, warnings: [], owner };
}

/** A closed record as a work; a reason when it cannot be one; null for a `<www>` home page. */
function finishRecord(record: OpenRecord, file: string): SourceWork | string | null {
  if (record.tag === "www") return null;
  const first = (name: string) => record.fields.get(name)?.[0] ?? null;
  // dblp ends every title with a period that is not the title's.
  const title = (first("title") ?? "").replace(/\.$/, "").trim();
  if (title === "") return `record ${record.key ?? record.tag}: no title`;
  const ees = record.fields.get("ee") ?? [];
  const doi = ees.map(normaliseDoi).find((d) => d !== null) ?? null;
  const arxivEe = ees.find(mentionsArxiv);
  const volume = first("volume");
  const journal = first("journal");
  // CoRR is dblp's name for arXiv: its volume `abs/2010.02502` is the arXiv id.
  const arxivId =
    normaliseArxivId(arxivEe) ?? (journal === "CoRR" && volume ? normaliseArxivId(volume) : null);
  const yearText = first("year");
  const month = first("month");
  return {
    file,
    line: record.line,
    format: "dblp",
    key: record.key,
    title,
    authors: record.authors,
    authorsTruncated: false,
    year: yearText && /^\d{4}$/.test(yearText) ? Number(yearText) : null,
    month: parseMonth(month),
    day: null,
    venueFull:
      first("booktitle") ??
      (journal === "CoRR" ? "arXiv" : journal) ??
      first("school") ??
      first("publisher"),
    doi,
    arxivId,
    category: null,
    abstract: null,
    hasCode: false,
    // dblp marks open editions; an unmarked one may still be open, so that stays unknown.
    openAccess: record.openAccess ? true : null,
    orgs: [],
    // Electronic editions that are web addresses (the DOI and arXiv ones are added from the ids).
    links: ees.flatMap((ee) => {
      const href = safeHref(ee);
      return href ? [{ kind: classifyUrl(href), url: href, source: "dblp:ee" }] : [];
    }),
  };
}
