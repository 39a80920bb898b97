// RIS (Zotero, Mendeley, EndNote, Google Scholar exports) through citation-js's RIS plugin.
// The file is cut into records at each `TY  -` line here, so every record keeps its line and
// a broken one is reported alone; citation-js turns each record into a CSL item.
import { plugins } from "@citation-js/core";
import "@citation-js/plugin-ris";
import { InputError } from "../errors";
import { looksBinary } from "../text";
import type { InputIssue, ParsedWorks, SourceWork } from "../types";
import { type CslItem, cslItemToWork } from "./csl";

const RECORD_START_RE = /^TY {2}- ?/;
const TAG_RE = /^[A-Z][A-Z0-9] {2}-( |$)/;

function readRecord(text: string): CslItem | undefined {
  const items = plugins.input.chain(text, { forceType: "@ris/file", generateGraph: false });
  return items[0] as CslItem | undefined;
}

/** Whether `lines` open like RIS: the first non-blank line starts a record (`TY  - JOUR`). */
export function looksLikeRis(lines: readonly string[]): boolean {
  for (const line of lines) {
    const t = line.replace(/^\uFEFF/, "").trim();
    if (t === "") continue;
    return RECORD_START_RE.test(t);
  }
  return false;
}

/** Read a RIS file. Throws InputError when it holds no readable record. */
export function parseRis(text: string, file: string): ParsedWorks {
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") throw new InputError(file, null, "the file is empty");
  if (looksBinary(body)) throw new InputError(file, null, "binary content, not a RIS file");
  const lines = body.split(/\r\n|\r|\n/);
  const records: { line: number; lines: string[] }[] = [];
  const errors: InputIssue[] = [];
  const warnings: InputIssue[] = [];
  let current: { line: number; lines: string[] } | null = null;
  lines.forEach((raw, i) => {
    const line = raw.trimEnd();
    if (RECORD_START_RE.test(line.trimStart())) {
      current = { line: i + 1, lines: [line.trimStart()] };
      records.push(current);
    } else if (current) {
      current.lines.push(line);
      if (/^ER {2}-/.test(line)) current = null;
    } else if (line.trim() !== "" && TAG_RE.test(line)) {
      errors.push({
        file,
        line: i + 1,
        reason: "a RIS field outside a record (no `TY  -` before it)",
      });
    }
  });
  if (records.length === 0) {
    throw new InputError(file, null, "no RIS record found (expected lines like `TY  - JOUR`)");
  }
  const works: SourceWork[] = [];
  records.forEach((record, i) => {
    const last = record.lines[record.lines.length - 1] ?? "";
    // A record cut short (a truncated file) has no `ER  -`: read what it has, and say so.
    const closed = /^ER {2}-/.test(last);
    const text = `${record.lines.join("\n")}${closed ? "" : "\nER  - "}\n`;
    let item: CslItem | undefined;
    try {
      item = readRecord(text);
      // citation-js returns an empty item for a type it does not know (`PREPRINT`, a
      // vendor's own): the fields are still good, so read it as a generic record.
      if (!item?.title) item = readRecord(text.replace(/^TY {2}-.*$/m, "TY  - GEN"));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      errors.push({ file, line: record.line, reason: `record ${i + 1}: ${reason.slice(0, 120)}` });
      return;
    }
    const work = item
      ? cslItemToWork(item, { file, line: record.line, format: "ris" })
      : "not a RIS record";
    if (typeof work === "string") {
      errors.push({ file, line: record.line, reason: `record ${i + 1}: ${work}` });
      return;
    }
    if (!closed) {
      warnings.push({
        file,
        line: record.line,
        reason: `record ${i + 1} ("${work.title.slice(0, 60)}") has no \`ER  -\` end line; read as far as it goes`,
      });
    }
    works.push(work);
  });
  if (works.length === 0) {
    const first = errors[0];
    throw new InputError(
      file,
      first?.line ?? null,
      `no readable RIS record (${first?.reason ?? "no records"})`,
    );
  }
  return { file, format: "ris", works, errors, warnings };
}
