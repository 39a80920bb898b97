// BibTeX pre-pass: cuts a .bib text into small batches for the parser library and enforces
// the reader's budgets before the library sees a character, so hostile files cost linear time
// and memory in proportion to their size.
//
// Why by hand: @retorquere/bibtex-parser computes every error's line by splitting the whole
// text before it (quadratic in the number of errors), an unclosed brace makes it scan to the
// end of its input once per entry, it expands `@string` references eagerly (a few doubling
// macros exhaust memory), it recurses once per nesting level, and it costs time and memory
// out of all proportion per character of a long value (one long field, a long author list or a
// long `@preamble` took seconds and gigabytes). So: batches of a few entries bound the first
// two; a size budget on macro expansion the third; a nesting budget the fourth; and values
// are budgeted here, by field: fields the app never reads are not handed over at all, a read
// field over its budget is dropped with a warning, and a long author list is handed over in
// groups of names (joined again by the reader) up to a budget of names per entry. The library
// still does all the real parsing, except for plain entries (bibPlain.ts).
import { type PlainEntry, readPlainEntry } from "./bibPlain";

/** A value at field level: `{...}` or `"..."`, with the field it belongs to. */
interface ValueSpan {
  start: number;
  end: number;
  /** Field name in lower case (`author`, `title`), or "" when no `name =` preceded it. */
  field: string;
}

/** One `@type{` or `@type(` block, from its `@` to where it closes. */
interface Chunk {
  start: number;
  /** Just after the closing brace or parenthesis (the end of the file when never closed). */
  end: number;
  /** Entry type in lower case (`string`, `article`, `comment` ...). */
  type: string;
  /** Identifier tokens at field level (outside values' braces and quotes), upper case. */
  tokens: string[];
  /** The values at field level, in order. */
  values: ValueSpan[];
  /** Deepest brace nesting inside the entry's values. */
  depth: number;
  closed: boolean;
}

/** A piece of the source as one parser call sees it, with where each part came from. */
export interface BibBatch {
  text: string;
  /** `local` offset in `text` ↔ `global` offset in the source, for `length` characters. */
  parts: { local: number; global: number; length: number }[];
}

/** A problem found by the pre-pass, at a source offset. */
export interface PlanIssue {
  offset: number;
  reason: string;
}

export interface BibPlan {
  /** The kept `@string` definitions (in order), parsed once to get the macro table. */
  strings: BibBatch | null;
  /** Everything else the library reads, in order: entries and their author continuations. */
  batches: BibBatch[];
  /** Every kept entry in file order: library batches and plain entries read by the fast path. */
  units: (BibBatch | PlainEntry)[];
  /** Blocks left out, with the source offset of their `@` and why. */
  dropped: PlanIssue[];
  /** Values cut or dropped under a budget; the entry itself is still read. */
  warnings: PlanIssue[];
  /** Keys of the continuation entries the plan wrote (more names of the entry before) → that entry's key. */
  continuations: Map<string, string>;
}

/** The reader's budgets: past one, a line-anchored error or warning, and reading goes on. */
export interface BibBudgets {
  /** Largest value of a field the app reads (title, venue, year, note ...), in characters. */
  maxFieldChars: number;
  /** Most names in one entry's author list; the rest are cut (the list marked truncated). */
  maxAuthorsPerEntry: number;
  /** Longest single name in an author list, in characters; a longer one is dropped. */
  maxNameChars: number;
  /** Deepest brace nesting inside one entry. */
  maxNesting: number;
  /** Largest expansion of one `@string` macro, in characters. */
  maxStringChars: number;
  /** Macro expansion over the whole file: this much plus twice the file's own length. */
  expansionAllowance: number;
}

export const BIB_BUDGETS: Readonly<BibBudgets> = Object.freeze({
  maxFieldChars: 10_000,
  maxAuthorsPerEntry: 3_000,
  maxNameChars: 300,
  maxNesting: 32,
  maxStringChars: 20_000,
  expansionAllowance: 200_000,
});

// Generous for real macros (journal names, at most a long author list), small for a bomb.
export const MAX_STRING_CHARS = BIB_BUDGETS.maxStringChars;
/** All macro expansion in a file: this much plus twice the file's own length. */
export const EXPANSION_ALLOWANCE = BIB_BUDGETS.expansionAllowance;

// The library's memory per call grows with the text of the call: small calls keep the peak low.
const BATCH_CHARS = 8_000;
const BATCH_CHUNKS = 16;
// Names per library call for a long author list (the rest go in continuation entries).
const AUTHORS_PER_CALL = 25;
// Author lists shorter than this go to the library as they are.
const LONG_AUTHOR_LIST = 2_000;

/** The fields the reader uses (bibtex.ts); every other value is never handed to the library. */
export const READ_FIELDS: ReadonlySet<string> = new Set([
  "title",
  "author",
  "booktitle",
  "journal",
  "howpublished",
  "year",
  "date",
  "eprint",
  "note",
  // Links out (links.ts): arXiv, DOI, the record's address and its code repository.
  "archiveprefix",
  "eprinttype",
  "doi",
  "url",
  "pdf",
  "code",
  "html",
  "website",
  "arxiv",
  // A publication list's own facts (sources/bibWorks.ts): arXiv category, abstract, month.
  "primaryclass",
  "eprintclass",
  "abstract",
  "month",
]);

/**
 * The key of an entry that carries more names of the entry before it (a long author list is
 * handed to the library in groups). The plan lists the keys it made (`continuationKeys`), so a
 * real entry that happens to use such a key is never taken for one.
 */
const CONTINUATION_PREFIX = "__atlas_continuation__";

// The library's own key characters (verbatim.ts `key()`), letters of any script included.
const KEY_CHAR_RE = /[+'a-zA-Z0-9&;_:\\./\-\p{L}]/u;

function isKeyChar(code: number, ch: string): boolean {
  if (code < 128) {
    return (
      (code >= 97 && code <= 122) ||
      (code >= 65 && code <= 90) ||
      (code >= 48 && code <= 58) ||
      code === 43 || // +
      code === 39 || // '
      code === 38 || // &
      code === 59 || // ;
      code === 95 || // _
      code === 92 || // backslash
      code === 46 || // .
      code === 47 || // /
      code === 45 // -
    );
  }
  return KEY_CHAR_RE.test(ch);
}

const KEY_AFTER_START_RE = /^@[A-Za-z]{1,40}[ \t]*[{(][ \t\r\n]{0,200}([^,\s{}()"=#%'~\\]{1,300})/;
const ENTRY_START_AT_RE = /@([A-Za-z]{1,40})[ \t]*([{(])/y;

function atLineStart(source: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (source[j] === " " || source[j] === "\t")) j--;
  return j < 0 || source[j] === "\n" || source[j] === "\r";
}

/**
 * The entry block that starts at the `@` at `at`, or null when no `@type{` or `@type(` starts
 * there. Braces are tracked as the library does (a backslash escapes the next character; `%`
 * starts a comment between fields), with each value's span and field. An entry still open
 * when a new `@type{` starts a line (or at the end of the file) is cut there and marked
 * unclosed: the library would scan to the end of its input for it. Called at each `@` the
 * scan meets, it reads the file in one linear pass; text between entries is BibTeX's comment
 * space and never reaches the library, so its stray `@`s cost nothing.
 */
function chunkAt(source: string, at: number): Chunk | null {
  const n = source.length;
  ENTRY_START_AT_RE.lastIndex = at;
  const m = ENTRY_START_AT_RE.exec(source);
  if (!m) return null;
  const type = (m[1] ?? "").toLowerCase();
  const paren = m[2] === "(";
  // Field level: brace depth 1 inside `@type{`, depth 0 inside `@type(`.
  const level = paren ? 0 : 1;
  let depth = level;
  let deepest = 0;
  let inQuote = false;
  const tokens: string[] = [];
  const values: ValueSpan[] = [];
  let field = "";
  let lastToken = "";
  let valueStart = -1;
  let end = -1;
  let j = ENTRY_START_AT_RE.lastIndex;
  for (; j < n; j++) {
    const c = source.charCodeAt(j);
    if (c === 92) {
      j++; // backslash: the next character is escaped
    } else if (c === 123) {
      if (depth === level && !inQuote) valueStart = j;
      depth++;
      if (depth - level > deepest) deepest = depth - level;
    } else if (c === 125) {
      depth--;
      if (depth < level) {
        end = j + 1;
        break;
      }
      if (depth === level && !inQuote && valueStart >= 0) {
        values.push({ start: valueStart, end: j + 1, field });
        valueStart = -1;
      }
    } else if (c === 64 && atLineStart(source, j)) {
      ENTRY_START_AT_RE.lastIndex = j;
      if (ENTRY_START_AT_RE.test(source)) break; // the next entry starts: this one is open
    } else if (depth !== level) {
      // inside a braced value: nothing to collect
    } else if (c === 34) {
      if (inQuote) values.push({ start: valueStart, end: j + 1, field });
      else valueStart = j;
      inQuote = !inQuote;
    } else if (inQuote) {
      // inside a quoted value
    } else if (paren && c === 41) {
      end = j + 1;
      break;
    } else if (c === 37) {
      while (j + 1 < n && source.charCodeAt(j + 1) !== 10 && source.charCodeAt(j + 1) !== 13) j++;
    } else if (c === 61) {
      field = lastToken.toLowerCase();
    } else if (c === 44) {
      field = "";
    } else if (type !== "comment" && ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)) {
      let k = j + 1;
      while (k < n && isKeyChar(source.charCodeAt(k), source[k] as string)) k++;
      lastToken = source.slice(j, Math.min(k, j + 200));
      tokens.push(lastToken.toUpperCase());
      j = k - 1;
    }
  }
  const closed = end >= 0;
  const stop = closed ? end : Math.min(j, n);
  return { start: at, end: stop, type, tokens, values, depth: deepest, closed };
}

/**
 * Stands in for every `@` inside an entry while the library reads it: after an error the
 * library looks for the next entry at each `@`, so 10,000 of them in one broken entry meant
 * 10,000 errors (each costing time in proportion to the errors before it). A Unicode
 * noncharacter (reserved for internal use) never occurs in real text; `restoreAt` undoes it.
 */
export const AT_STANDIN = "\uFDD0";
const AT_STANDIN_RE = /\uFDD0/g;

export function restoreAt(text: string): string {
  // Most text holds no stand-in: a scan is cheaper than a regular expression's replace.
  return text.includes(AT_STANDIN) ? text.replace(AT_STANDIN_RE, "@") : text;
}

/** Text for the library, in pieces that each remember their source offset. */
interface Piece {
  text: string;
  global: number;
  /** The piece opens an entry (its first `@` is the entry's own). */
  opens: boolean;
}

function count(n: number): string {
  return n.toLocaleString("en-US");
}

/**
 * Calls `onName` with each name's start and end inside `value` (its braces or quotes
 * excluded): names are split at ` and ` outside braces, BibTeX's own rule.
 */
function forEachName(value: string, onName: (start: number, end: number) => void): void {
  let depth = 0;
  let from = 1;
  const last = value.length - 1;
  for (let k = 1; k < last; k++) {
    const c = value.charCodeAt(k);
    if (c === 92) k++;
    else if (c === 123) depth++;
    else if (c === 125) depth--;
    else if (
      depth === 0 &&
      isSpace(c) &&
      (value.charCodeAt(k + 1) | 32) === 97 && // a
      (value.charCodeAt(k + 2) | 32) === 110 && // n
      (value.charCodeAt(k + 3) | 32) === 100 && // d
      isSpace(value.charCodeAt(k + 4))
    ) {
      onName(from, k);
      from = k + 4;
      k += 3;
    }
  }
  onName(from, last);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** A long author list, cut to the budget, as groups of names for one library call each. */
function authorGroups(
  text: string,
  budgets: BibBudgets,
  entryName: string,
  offset: number,
  warnings: PlanIssue[],
): string[] {
  const groups: string[] = [];
  let group: string[] = [];
  let names = 0;
  let tooLong = 0;
  forEachName(text, (start, end) => {
    if (end - start > budgets.maxNameChars) {
      tooLong++;
      return;
    }
    names++;
    if (names > budgets.maxAuthorsPerEntry) return;
    group.push(text.slice(start, end));
    if (group.length === AUTHORS_PER_CALL) {
      groups.push(group.join(" and "));
      group = [];
    }
  });
  if (group.length > 0) groups.push(group.join(" and "));
  if (tooLong > 0) {
    warnings.push({
      offset,
      reason: `${entryName}: ${count(tooLong)} author name(s) longer than the budget of ${count(budgets.maxNameChars)} characters; dropped`,
    });
  }
  if (names > budgets.maxAuthorsPerEntry) {
    warnings.push({
      offset,
      reason: `${entryName}: ${count(names)} authors, over the budget of ${count(budgets.maxAuthorsPerEntry)} per entry; the first ${count(budgets.maxAuthorsPerEntry)} kept, the list marked as cut`,
    });
    groups[groups.length - 1] += " and others";
  }
  return groups;
}

/**
 * An entry's text for the library: unread values left out, read values over budget dropped,
 * a long author list cut to the budget and split into continuation entries (each its own
 * unit, so batches stay small).
 */
function renderEntry(
  source: string,
  chunk: Chunk,
  budgets: BibBudgets,
  key: string,
  warnings: PlanIssue[],
  nextContinuation: (parent: string) => string,
): Piece[][] {
  const pieces: Piece[] = [];
  const continuations: Piece[][] = [];
  let from = chunk.start;
  const entryName = key ? `entry "${key}"` : "an entry";
  for (const value of chunk.values) {
    const length = value.end - value.start;
    let replacement: string | null = null;
    if (value.field === "") {
      // Not after `name =`: left as is for the library to report.
    } else if (!READ_FIELDS.has(value.field)) {
      // A value the app never reads: abstracts, files, keywords, editors ...
      replacement = "{}";
    } else if (value.field === "author") {
      if (length > LONG_AUTHOR_LIST) {
        const text = source.slice(value.start, value.end);
        const groups = authorGroups(text, budgets, entryName, value.start, warnings);
        replacement = `{${groups[0] ?? ""}}`;
        for (const group of groups.slice(1)) {
          continuations.push([
            {
              text: `@misc{${nextContinuation(key)},author={${group}}}`,
              global: value.start,
              opens: true,
            },
          ]);
        }
      }
    } else if (length > budgets.maxFieldChars + 2) {
      warnings.push({
        offset: value.start,
        reason: `${entryName}: field "${value.field}" is ${count(length - 2)} characters, over the budget of ${count(budgets.maxFieldChars)} per field; the field is dropped`,
      });
      replacement = "{}";
    }
    if (replacement === null) continue;
    pieces.push({
      text: source.slice(from, value.start),
      global: from,
      opens: from === chunk.start,
    });
    pieces.push({ text: replacement, global: value.start, opens: false });
    from = value.end;
  }
  pieces.push({ text: source.slice(from, chunk.end), global: from, opens: from === chunk.start });
  return [pieces, ...continuations];
}

function batchOf(pieces: Piece[]): BibBatch {
  let text = "";
  const parts: BibBatch["parts"] = [];
  for (const p of pieces) {
    parts.push({ local: text.length, global: p.global, length: p.text.length });
    // Every `@` but an entry's own first character stands in (see AT_STANDIN).
    text += p.opens
      ? `@${p.text.slice(1).replaceAll("@", AT_STANDIN)}`
      : p.text.replaceAll("@", AT_STANDIN);
  }
  return { text, parts };
}

/** Plan the parser calls for a BibTeX source. Linear in the source's length. */
export function planBibtexParse(
  source: string,
  budgets: BibBudgets = BIB_BUDGETS,
  options: { fastPath?: boolean } = {},
): BibPlan {
  const fastPath = options.fastPath ?? true;
  const plainLimits = {
    readFields: READ_FIELDS,
    maxFieldChars: budgets.maxFieldChars,
    maxAuthors: budgets.maxAuthorsPerEntry,
    maxNameChars: budgets.maxNameChars,
    maxNesting: budgets.maxNesting,
  };
  const macroSize = new Map<string, number>();
  let budget = budgets.expansionAllowance + 2 * source.length;
  const dropped: PlanIssue[] = [];
  const warnings: PlanIssue[] = [];
  const stringPieces: Piece[] = [];
  // Each kept entry's pieces, or a plain entry; batches never split an entry from its
  // continuations.
  const kept: (Piece[] | PlainEntry)[] = [];
  const continuations = new Map<string, string>();
  const nextContinuation = (parent: string) => {
    const key = `${CONTINUATION_PREFIX}${continuations.size}`;
    continuations.set(key, parent);
    return key;
  };

  for (let at = source.indexOf("@"); at >= 0; ) {
    // A plain entry is read at once (no macros yet defined can touch it: it has no
    // references, and its key and field names could only count against the expansion budget
    // if a macro had their name); it ends where chunkAt would end it.
    if (fastPath && macroSize.size === 0) {
      const plain = readPlainEntry(source, at, plainLimits);
      if (plain) {
        kept.push(plain);
        at = source.indexOf("@", plain.end);
        continue;
      }
    }
    const chunk = chunkAt(source, at);
    if (!chunk) {
      at = source.indexOf("@", at + 1);
      continue;
    }
    at = source.indexOf("@", chunk.end);
    const key = KEY_AFTER_START_RE.exec(source.slice(chunk.start, chunk.start + 400))?.[1];
    const entryName = key ? `entry "${key}": ` : "";
    if (!chunk.closed) {
      dropped.push({
        offset: chunk.start,
        reason:
          entryName +
          (chunk.end >= source.length
            ? "unbalanced braces: the entry is still open at the end of the file; skipped"
            : "unbalanced braces: the entry is still open where the next entry starts; skipped"),
      });
      continue;
    }
    // Nothing in a preamble or a comment is used: the library never sees them, whatever size.
    if (chunk.type === "preamble" || chunk.type === "comment") continue;
    if (chunk.depth > budgets.maxNesting) {
      dropped.push({
        offset: chunk.start,
        reason: `${entryName}braces nested ${count(chunk.depth)} deep, over the budget of ${budgets.maxNesting}; skipped`,
      });
      continue;
    }
    const isString = chunk.type === "string";
    // A macro's own name is its first token; every later known token is a reference.
    const refs = isString ? chunk.tokens.slice(1) : chunk.tokens;
    let expansion = 0;
    for (const t of refs) expansion += macroSize.get(t) ?? 0;
    if (isString) {
      const name = chunk.tokens[0];
      const size = chunk.end - chunk.start + expansion;
      if (size > budgets.maxStringChars || expansion > budget) {
        dropped.push({
          offset: chunk.start,
          reason: `@string "${(name ?? "").toLowerCase().slice(0, 60)}" expands to more than ${count(budgets.maxStringChars)} characters; ignored`,
        });
        continue;
      }
      budget -= expansion;
      if (name !== undefined) macroSize.set(name, size);
      stringPieces.push({
        text: source.slice(chunk.start, chunk.end),
        global: chunk.start,
        opens: true,
      });
      continue;
    }
    if (expansion > budget) {
      dropped.push({
        offset: chunk.start,
        reason: `${entryName}its @string macros expand to too much text (over the budget of ${count(budgets.expansionAllowance + 2 * source.length)} characters for this file); skipped`,
      });
      continue;
    }
    budget -= expansion;
    const plain = fastPath ? readPlainEntry(source, chunk.start, plainLimits) : null;
    if (plain && plain.end === chunk.end) kept.push(plain);
    else kept.push(...renderEntry(source, chunk, budgets, key ?? "", warnings, nextContinuation));
  }

  const batches: BibBatch[] = [];
  const units: (BibBatch | PlainEntry)[] = [];
  let current: Piece[] = [];
  let size = 0;
  let entries = 0;
  const flush = () => {
    if (current.length === 0) return;
    const batch = batchOf(current);
    batches.push(batch);
    units.push(batch);
    current = [];
    size = 0;
    entries = 0;
  };
  for (const item of kept) {
    if (!Array.isArray(item)) {
      // A plain entry keeps its place in the file's order between library batches.
      flush();
      units.push(item);
      continue;
    }
    const length = item.reduce((n, p) => n + p.text.length, 0);
    if (current.length > 0 && (size + length > BATCH_CHARS || entries >= BATCH_CHUNKS)) flush();
    current.push(...item);
    size += length;
    entries++;
  }
  flush();

  return {
    strings: stringPieces.length > 0 ? batchOf(stringPieces) : null,
    batches,
    units,
    dropped,
    warnings,
    continuations,
  };
}

/** The source offset of a batch's local offset (the batch's first part when out of range). */
export function sourceOffset(batch: BibBatch, local: number): number {
  for (const p of batch.parts) {
    if (local >= p.local && local < p.local + p.length) return p.global + (local - p.local);
  }
  return batch.parts[0]?.global ?? 0;
}
