// BibTeX reader: a .bib file → plain-Unicode BibRecords with their lines, via
// @retorquere/bibtex-parser (its synchronous `parse`, which runs in Node, a Worker and the page).
// We only add what the library does not do: line numbers, display names, venue fields, and
// clear errors for files that are not BibTeX at all.
import { type Creator, type Entry, parse } from "@retorquere/bibtex-parser";
import {
  BIB_BUDGETS,
  type BibBatch,
  type BibBudgets,
  planBibtexParse,
  restoreAt,
  sourceOffset,
} from "./bibBatches";
import { InputError } from "./errors";
import { linksFromBibFields } from "./links";
import { titleKey } from "./names";
import { looksLikeProfileExport } from "./profile";
import { looksBinary, looksLikeBibtex, splitLines } from "./text";
import type { BibRecord, InputIssue, ParsedBib } from "./types";

export interface ParseBibtexOptions {
  /** Name used in errors and provenance (a path or a file name). */
  file: string;
  /** The reader's budgets (bibBatches.ts); the defaults suit every real file. */
  budgets?: BibBudgets;
  /**
   * Read plain entries without the library (bibPlain.ts; default on). Off, every entry goes
   * through the library: the reference the fast path is tested against.
   */
  fastPath?: boolean;
}

// `@type{key,` or `@type(key,`: where each entry starts, to give records and errors a line.
// Bounded and unnested, so it stays linear on any input.
const ENTRY_START = /@([A-Za-z]{1,40})[ \t]*[{(][ \t\r\n]{0,200}([^,\s{}()"=#%'~\\]{1,300})/;
const ENTRY_START_RE = new RegExp(ENTRY_START.source, "g");
const NON_ENTRY_TYPES = new Set(["comment", "string", "preamble"]);
/** Address fields beyond the library's own verbatim ones (url, doi, eprint, pdf). */
const LINK_FIELDS = ["code", "html", "website", "arxiv"];
/** Every field `linksFromBibFields` reads. */
const LINK_SOURCE_FIELDS = [
  "eprint",
  "archiveprefix",
  "eprinttype",
  "doi",
  "url",
  "howpublished",
  "pdf",
  ...LINK_FIELDS,
];

/** Line starts of `text`, for offset → 1-based line by binary search (four bytes a line). */
function lineStarts(text: string): Uint32Array {
  let lines = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) lines++;
  }
  const starts = new Uint32Array(lines);
  let k = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts[k++] = i + 1;
  }
  return starts;
}

/**
 * Offset → 1-based line for `text`: offsets asked in increasing order (entries in file order)
 * are counted forward from the last one; any other offset is looked up in a table of line starts.
 */
function lineFinder(text: string): (offset: number) => number {
  let table: Uint32Array | null = null;
  let at = 0;
  let line = 1;
  return (offset) => {
    if (offset >= at) {
      for (; at < offset; at++) {
        const c = text.charCodeAt(at);
        if (c === 10 || (c === 13 && text.charCodeAt(at + 1) !== 10)) line++;
      }
      return line;
    }
    table ??= lineStarts(text);
    return lineAt(table, offset);
  };
}

function lineAt(starts: Uint32Array, offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

// Front matter is a short block at the very top: only this much of the file is looked at.
const FRONT_MATTER_CHARS = 65_536;

/** Blank a leading Jekyll front matter block (al-folio) while keeping line numbers. */
function stripFrontMatter(text: string): string {
  const head = text.slice(0, FRONT_MATTER_CHARS);
  if (!head.trimStart().startsWith("---")) return text;
  const lines = head.split(/(\r\n|\r|\n)/);
  // `split` with a capture group alternates line, separator, line ...
  let first = 0;
  while (first < lines.length && (lines[first] ?? "").trim() === "") first += 2;
  if ((lines[first] ?? "").trim() !== "---") return text;
  let close = first + 2;
  while (close < lines.length && (lines[close] ?? "").trim() !== "---") close += 2;
  if (close >= lines.length) return text;
  for (let i = first; i <= close; i += 2) lines[i] = "";
  return lines.join("") + text.slice(FRONT_MATTER_CHARS);
}

// The parser marks up \emph, \textbf, \textsc and case protection as HTML-like tags (literal
// `<` `>` in the source come out as `¡` `¿`), so these tags are its own and safe to drop.
const MARKUP_RE = /<\/?(?:i|b|sup|sub|p|a|span|em|strong|code|tt|u|br)\b[^<>]{0,200}>/g;

/**
 * Whether `plain` has anything to change: markup or a stand-in, white space other than single
 * spaces between words, text where NFC could differ (from the combining marks on). Most values
 * have none of it. Errs towards yes (any control character, for one): the full path is exact.
 */
function needsWork(value: string): boolean {
  const last = value.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = value.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === last) return true;
      const next = value.charCodeAt(i + 1);
      if (next <= 32 || next === 0xa0) return true;
    } else if (c < 32 || c === 60 || c === 0xa0 || c >= 0x300) {
      return true;
    }
  }
  return false;
}

function plain(value: string | undefined): string {
  if (value === undefined) return "";
  if (!needsWork(value)) return value;
  // The parser builds accents as combining marks (`u` + U+0308); NFC gives the one-character
  // forms the profile export uses, so names and titles compare and display alike.
  return restoreAt(value).replace(MARKUP_RE, "").replace(/\s+/g, " ").trim().normalize("NFC");
}

/** A creator's display name: its parts (first, prefix, last, suffix) that have text, spaced. */
function displayName(c: Creator): string {
  if (c.name !== undefined) return plain(c.name);
  // Per name and without arrays: this runs for every author of every entry.
  let out = "";
  for (const part of [c.firstName, c.prefix, c.lastName, c.suffix]) {
    const text = plain(part);
    if (text !== "") out = out === "" ? text : `${out} ${text}`;
  }
  return out;
}

/** The entry's authors' display names (`others` left out), and whether `others` was there. */
function authorNames(creators: Creator[]): { names: string[]; truncated: boolean } {
  const names: string[] = [];
  let truncated = false;
  for (const c of creators) {
    if (isOthers(c)) {
      truncated = true;
      continue;
    }
    const name =
      c.firstName === undefined &&
      c.prefix === undefined &&
      c.suffix === undefined &&
      c.name === undefined
        ? plain(c.lastName)
        : displayName(c);
    if (name !== "") names.push(name);
  }
  return { names, truncated };
}

/** A field's text as the record keeps it: null where it is absent, not text, or empty. */
function fieldText(fields: Record<string, unknown>, name: string): string | null {
  const value = fields[name];
  return typeof value === "string" ? plain(value) || null : null;
}

function isOthers(c: Creator): boolean {
  return c.name === undefined && c.firstName === undefined && c.lastName === "others";
}

/**
 * The fields links are read from, as text (`@` restored; `howpublished` keeps its `<a href>`),
 * or null where the entry has none of them (most entries: no links to read).
 */
function linkFields(fields: Entry["fields"]): Record<string, string | undefined> | null {
  let out: Record<string, string | undefined> | null = null;
  for (const name of LINK_SOURCE_FIELDS) {
    const v = (fields as Record<string, unknown>)[name];
    if (typeof v === "string") {
      out ??= {};
      out[name] = restoreAt(v);
    }
  }
  return out;
}

// The library quotes the text where it stopped as a JSON string followed by `...`.
/** The entry's links; none without a field to read them from (`linksFromBibFields` agrees). */
function linksOf(fields: Entry["fields"]): BibRecord["links"] {
  const read = linkFields(fields);
  return read === null ? [] : linksFromBibFields(read);
}

const STOP_QUOTE_RE = /"(?:[^"\\]|\\.)*"(?=\.\.\.)/g;

/**
 * Cut the library's quotes of the text where it stopped at the next entry's `@` (inside an
 * entry every `@` stands in, see bibBatches.ts): what follows in its batch is another entry,
 * and which one depends on how the file was cut into batches, not on the entry in error.
 */
function quoteWithinEntry(message: string): string {
  return message.replace(STOP_QUOTE_RE, (quoted) => {
    try {
      const text = JSON.parse(quoted) as string;
      const at = text.indexOf("@");
      return at < 0 ? quoted : JSON.stringify(text.slice(0, at));
    } catch {
      return quoted;
    }
  });
}

/** Parse a BibTeX file. Throws InputError only when the file is not BibTeX at all. */
export function parseBibtex(text: string, options: ParseBibtexOptions): ParsedBib {
  const { file } = options;
  const body = text.replace(/^\uFEFF/, "");
  if (body.trim() === "") throw new InputError(file, null, "the file is empty");
  if (looksBinary(body)) throw new InputError(file, null, "binary content, not a BibTeX file");

  const source = stripFrontMatter(body);
  const lineOf = lineFinder(source);

  // Every `@type{key` in the file, in order: where errors and entries read by the library find
  // their line. Built when first asked for (entries read by the fast path know their place).
  let keyIndex: { lines: Map<string, number[]>; entries: number } | null = null;
  const keyLinesOf = () => {
    if (keyIndex) return keyIndex;
    const lines = new Map<string, number[]>();
    let entries = 0;
    for (const m of source.matchAll(ENTRY_START_RE)) {
      const type = (m[1] ?? "").toLowerCase();
      if (NON_ENTRY_TYPES.has(type)) continue;
      entries++;
      const key = m[2] ?? "";
      const line = lineOf(m.index ?? 0);
      const list = lines.get(key);
      if (list) list.push(line);
      else lines.set(key, [line]);
    }
    keyIndex = { lines, entries };
    return keyIndex;
  };
  const keyLines = { get: (key: string) => keyLinesOf().lines.get(key) };
  // A profile export has CATEGORY+DATE heads; an `@` in one of its abstracts is no entry.
  const lines = splitLines(body.slice(0, FRONT_MATTER_CHARS));
  if (looksLikeBibtex(lines) === null && looksLikeProfileExport(lines)) {
    throw new InputError(file, null, "looks like a profile export; open it as a profile");
  }

  const errors: InputIssue[] = [];
  const warnings: InputIssue[] = [];
  const unsupportedSeen = new Set<string>();
  const libOptions = {
    english: false,
    sentenceCase: false as const,
    // al-folio's address fields, read as written (`~` and `_` in a URL are not TeX).
    fieldMode: Object.fromEntries(LINK_FIELDS.map((f) => [f, "verbatim" as const])),
    // An unknown TeX command should not sink the whole entry: keep its argument text.
    unsupported: (_node: unknown, tex: string, entry: { key: string }) => {
      const name = tex.slice(0, 40);
      const key = isContinuation(entry.key)
        ? (plan.continuations.get(entry.key) ?? entry.key)
        : entry.key;
      if (!unsupportedSeen.has(`${key}\u0000${name}`)) {
        unsupportedSeen.add(`${key}\u0000${name}`);
        warnings.push({
          file,
          line: keyLines.get(key)?.[0] ?? 1,
          reason: `unknown TeX command ${name} in entry "${key}" dropped`,
        });
      }
      return "";
    },
  };

  // Small batches keep the library linear on hostile files (see bibBatches.ts); macros are
  // read once from the kept @string definitions and handed to every batch.
  const plan = planBibtexParse(source, options.budgets ?? BIB_BUDGETS, {
    fastPath: options.fastPath ?? true,
  });
  // A plain entry is an entry; without one, the index says whether the file has any.
  if (!plan.units.some((u) => !("text" in u)) && keyLinesOf().entries === 0) {
    throw new InputError(file, null, "no BibTeX entry found (expected lines like `@article{key,`)");
  }
  for (const d of plan.dropped) {
    errors.push({ file, line: lineOf(d.offset), reason: d.reason });
  }
  for (const w of plan.warnings) {
    warnings.push({ file, line: lineOf(w.offset), reason: w.reason });
  }
  // A long author list arrives as its entry plus continuation entries of more names.
  const isContinuation = (key: string) =>
    plan.continuations.has(key) && !keyLinesOf().lines.has(key);
  const failedKeys = new Set<string>();
  const seenMessages = new Set<string>();
  const collectErrors = (batch: BibBatch, libErrors: { error: string; input?: string }[]) => {
    for (const err of libErrors) {
      const input = err.input ?? "";
      const key = ENTRY_START.exec(restoreAt(input.slice(0, 600)))?.[2];
      if (key !== undefined) failedKeys.add(key);
      let line = key !== undefined ? keyLines.get(key)?.[0] : undefined;
      if (line === undefined) {
        const local = input === "" ? -1 : batch.text.indexOf(input.slice(0, 200));
        line = lineOf(sourceOffset(batch, local));
      }
      // The library's own position is batch-relative; our line replaces it.
      const message = restoreAt(
        quoteWithinEntry(err.error.replace(/ at line \d+, column \d+/, "").split("\n")[0] ?? ""),
      );
      const reason = key !== undefined ? `entry "${key}": ${message}` : message;
      // Unresolved-macro errors repeat in every batch that uses the macro: report each once.
      if (input === "" && seenMessages.has(reason)) continue;
      seenMessages.add(reason);
      errors.push({ file, line, reason });
    }
  };
  let strings: Record<string, string> = {};
  if (plan.strings) {
    const lib = parse(plan.strings.text, libOptions);
    strings = lib.strings;
    collectErrors(plan.strings, lib.errors);
  }
  // Each entry's line: where its text sits in its batch (keys may repeat or be odd).
  const entries: { entry: Entry; line: number | null }[] = [];
  for (const batch of plan.units) {
    if (!("text" in batch)) {
      entries.push({ entry: batch.entry, line: lineOf(batch.offset) });
      continue;
    }
    const lib = parse(batch.text, { ...libOptions, strings });
    collectErrors(batch, lib.errors);
    let cursor = 0;
    for (const entry of lib.entries as (Entry & { input?: string })[]) {
      if (isContinuation(entry.key)) {
        const parent = entries[entries.length - 1]?.entry;
        if (parent)
          parent.fields.author = (parent.fields.author ?? []).concat(entry.fields.author ?? []);
        continue;
      }
      const local = batch.text.indexOf((entry.input ?? "").slice(0, 200), cursor);
      if (local >= 0) cursor = local + 1;
      entries.push({
        entry,
        line: entry.input && local >= 0 ? lineOf(sourceOffset(batch, local)) : null,
      });
    }
  }

  const used = new Map<string, number>();
  const records: BibRecord[] = [];
  // The first record of each key and of each normalised title: later ones are duplicates.
  const byKey = new Map<string, BibRecord>();
  const byTitle = new Map<string, BibRecord>();
  for (const { entry: read, line: at } of entries) {
    const key = restoreAt(read.key);
    const seen = used.get(key) ?? 0;
    used.set(key, seen + 1);
    const line = at ?? keyLines.get(key)?.[seen] ?? keyLines.get(key)?.[0] ?? 1;
    if (key.trim() === "") {
      errors.push({ file, line, reason: "entry has no key" });
      continue;
    }
    const fields = read.fields;
    const title = plain(fields.title);
    if (title === "") {
      // A half-read entry that already has a parse error needs no second report.
      if (!failedKeys.has(key)) {
        errors.push({ file, line, reason: `entry "${key}" has no title` });
      }
      continue;
    }
    const { names: authors, truncated: authorsTruncated } = authorNames(fields.author ?? []);
    if (authors.length === 0) {
      warnings.push({ file, line, reason: `entry "${key}" has no authors` });
    }
    const sameKey = byKey.get(key);
    if (sameKey) {
      warnings.push({
        file,
        line,
        reason: `entry "${key}" repeats the key of the entry at line ${sameKey.line}; the first is kept, this one is skipped`,
      });
      continue;
    }
    const normalisedTitle = titleKey(title);
    const sameTitle = byTitle.get(normalisedTitle);
    if (sameTitle) {
      warnings.push({
        file,
        line,
        reason: `entry "${key}" has the same title as entry "${sameTitle.key}" at line ${sameTitle.line}; the first is kept, this one is skipped`,
      });
      continue;
    }
    const venue = plain(fields.booktitle ?? fields.journal ?? fields.howpublished);
    const more = fields as Record<string, unknown>;
    const archive = fieldText(more, "archiveprefix")?.toLowerCase() ?? null;
    const yearMatch = /\d{4}/.exec(fields.year ?? fields.date ?? "");
    const record: BibRecord = {
      file,
      line,
      key,
      type: read.type.toLowerCase(),
      title,
      authors,
      authorsTruncated,
      venueFull: venue === "" ? null : venue,
      year: yearMatch ? Number(yearMatch[0]) : null,
      eprint: plain(fields.eprint) || null,
      note: plain(fields.note) || null,
      extra: {
        doi: fieldText(more, "doi"),
        arxiv: fieldText(more, "arxiv") ?? (archive === "arxiv" ? fieldText(more, "eprint") : null),
        primaryClass: fieldText(more, "primaryclass") ?? fieldText(more, "eprintclass"),
        abstract: fieldText(more, "abstract"),
        code: fieldText(more, "code"),
        month: fieldText(more, "month"),
      },
      links: linksOf(fields),
    };
    byKey.set(key, record);
    if (normalisedTitle !== "") byTitle.set(normalisedTitle, record);
    records.push(record);
  }

  if (records.length === 0 && errors.length > 0) {
    const first = errors[0];
    throw new InputError(
      file,
      first?.line ?? null,
      `no readable BibTeX entry (${first?.reason ?? "unknown error"})`,
    );
  }
  return { file, records, errors, warnings };
}
