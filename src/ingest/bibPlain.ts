// BibTeX fast path: reads an entry that holds nothing but plain text the way the parser library
// would, without the library's LaTeX parse (most of its cost per record). "Plain" is narrow on
// purpose: `name = {value}` or `name = digits` fields, values of letters, digits, spaces and a
// few punctuation marks that TeX leaves alone, simple author names. Anything else (a backslash,
// a macro, a quote, math, a ligature like `--`, braces in a name, two commas in a name ...) is
// not plain, and the entry goes to @retorquere/bibtex-parser, which stays the judge of it.
// bibPlain.test.ts proves the two agree on data/ and on generated corpora.
import type { Creator, Entry } from "@retorquere/bibtex-parser";

/** An entry read by the fast path, shaped like the library's, with the source offset of its `@`. */
export interface PlainEntry {
  offset: number;
  /** Just after the entry's closing brace. */
  end: number;
  entry: Entry;
}

/** The entry types the fast path takes; any other type goes to the library. */
const PLAIN_TYPES = new Set([
  "article",
  "book",
  "booklet",
  "conference",
  "inbook",
  "incollection",
  "inproceedings",
  "manual",
  "mastersthesis",
  "misc",
  "online",
  "phdthesis",
  "proceedings",
  "report",
  "techreport",
  "thesis",
  "unpublished",
]);

// Field modes as the library assigns them with the reader's options (bibtex.ts): values of
// these are taken verbatim (outer braces removed, text as written) ...
const VERBATIM_FIELDS = new Set([
  "doi",
  "eprint",
  "pdf",
  "url",
  "code",
  "html",
  "website",
  "arxiv",
]);
// ... and these are read as numbers when they are digits.
const INTEGER_FIELDS = new Set(["year", "month"]);
const MONTHS: Readonly<Record<string, string>> = {
  jan: "1",
  january: "1",
  feb: "2",
  february: "2",
  mar: "3",
  march: "3",
  apr: "4",
  april: "4",
  may: "5",
  jun: "6",
  june: "6",
  jul: "7",
  july: "7",
  aug: "8",
  august: "8",
  sep: "9",
  september: "9",
  oct: "10",
  october: "10",
  nov: "11",
  november: "11",
  dec: "12",
  december: "12",
};

enum Char {
  Tab = 9,
  Newline = 10,
  Return = 13,
  Space = 32,
  Apostrophe = 39,
  OpenParen = 40,
  CloseParen = 41,
  Comma = 44,
  Hyphen = 45,
  Equals = 61,
  OpenBrace = 123,
  CloseBrace = 125,
}

function isSpace(c: number): boolean {
  return c === Char.Space || c === Char.Newline || c === Char.Tab || c === Char.Return;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Characters TeX and the library pass through as they are: ASCII letters and digits, white
 * space, `. , : ; ( ) ! ? / + * ' -` and text beyond ASCII (not C1 controls nor the
 * reader's own stand-in noncharacters). Pairs that are ligatures (`--`, `''`) are refused
 * by the caller.
 */
function isPlainChar(c: number): boolean {
  if (isLetter(c) || isDigit(c) || isSpace(c)) return true;
  switch (c) {
    case 33: // !
    case 39: // '
    case 40: // (
    case 41: // )
    case 42: // *
    case 43: // +
    case 44: // ,
    case 45: // -
    case 46: // .
    case 47: // /
    case 58: // :
    case 59: // ;
    case 61: // =
    case 63: // ?
      return true;
    default:
      return c >= 0xa0 && !(c >= 0xfdd0 && c <= 0xfdef);
  }
}

/** Characters of a verbatim (address) value that the library copies as they are. */
function isPlainVerbatimChar(c: number): boolean {
  if (isLetter(c) || isDigit(c)) return true;
  switch (c) {
    case 43: // +
    case 45: // -
    case 46: // .
    case 47: // /
    case 58: // :
    case 61: // =
    case 63: // ?
      return true;
    default:
      return false;
  }
}

/** A field value's text with its braces dropped, or null when it is not plain. */
function plainText(raw: string, braces: boolean): string | null {
  let previous = -1;
  let blankLine = false;
  let braceCount = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === Char.OpenBrace || c === Char.CloseBrace) {
      if (!braces) return null;
      braceCount++;
      previous = c;
      continue;
    }
    if (!isPlainChar(c)) return null;
    // Ligatures (`--`, `''`) and paragraph breaks (a blank line) are TeX, not text.
    if ((c === Char.Hyphen || c === Char.Apostrophe) && previous === c) return null;
    if (c === Char.Newline) {
      if (blankLine) return null;
      blankLine = true;
    } else if (!isSpace(c)) {
      blankLine = false;
    }
    previous = c;
  }
  if (braceCount === 0) return raw;
  // The common case, a value wrapped in one more pair (`{{Title}}`), without rebuilding it.
  const last = raw.length - 1;
  if (
    braceCount === 2 &&
    raw.charCodeAt(0) === Char.OpenBrace &&
    raw.charCodeAt(last) === Char.CloseBrace
  ) {
    return raw.slice(1, last);
  }
  return raw.replace(/[{}]/g, "");
}

/**
 * The author list as the library would name it, or null when a name is not plain: names split
 * at ` and ` (a word of its own); `First von Last` keeps its words in order, `Last, First`
 * turns round. Each name becomes one creator whose last name holds the whole display name
 * (the reader joins a creator's parts with single spaces, so the display comes out the same).
 */
function plainCreators(value: string, maxNames: number, maxNameChars: number): Creator[] | null {
  const text = plainText(value, false);
  if (text === null) return null;
  const creators: Creator[] = [];
  // The current name's first and last word ends in `text` (-1: no word yet), and where its
  // stretch of text began (after the last ` and`), as the planner measures a name against
  // its budget (bibBatches.ts, forEachName). One loop, no closure: this runs for every entry.
  let nameFrom = -1;
  let nameTo = -1;
  let stretch = 0;
  const n = text.length;
  for (let i = 0; i <= n; ) {
    while (i < n && isSpace(text.charCodeAt(i))) i++;
    const start = i;
    while (i < n && !isSpace(text.charCodeAt(i))) i++;
    const isAnd =
      i - start === 3 &&
      (text.charCodeAt(start) | 32) === 97 && // a
      (text.charCodeAt(start + 1) | 32) === 110 && // n
      (text.charCodeAt(start + 2) | 32) === 100; // d
    if (start < n && !isAnd) {
      if (nameFrom < 0) nameFrom = start;
      nameTo = i;
      continue;
    }
    // ` and ` or the end of the text finishes the current name.
    const stretchEnd = start < n ? start - 1 : n;
    // Past the budget of names the library's path cuts the list: stop reading at once.
    if (nameFrom < 0 || stretchEnd - stretch > maxNameChars) return null;
    if (creators.length >= maxNames) return null;
    // The reader collapses white space in each part, so the slice stands for the words.
    const joined = text.slice(nameFrom, nameTo);
    nameFrom = -1;
    if (joined.includes("=")) return null;
    const comma = joined.indexOf(",");
    if (comma < 0) creators.push({ lastName: joined });
    else {
      // `given=...` fields and a third part (`Last, Jr, First`) are the library's to read.
      if (joined.indexOf(",", comma + 1) >= 0) return null;
      const last = joined.slice(0, comma).trim();
      const first = joined.slice(comma + 1).trim();
      if (last === "" || first === "") return null;
      creators.push({ lastName: `${first} ${last}` });
    }
    if (start >= n) break;
    stretch = i;
  }
  return creators;
}

/** What the library makes of a digits-or-text value for `year` and `month`. */
function integerField(field: string, text: string): string {
  const trimmed = text.trim();
  if (/^-?\d+$/.test(trimmed)) return `${Number.parseInt(trimmed, 10)}`;
  if (field === "month") return MONTHS[trimmed.toLowerCase()] ?? trimmed;
  return trimmed;
}

// The library lists each field's parse mode; the reader never looks, so all entries share one.
const NO_MODES = Object.freeze({});

export interface PlainFieldLimits {
  /** Fields whose values are read; the others may hold anything balanced. */
  readFields: ReadonlySet<string>;
  /** Longest read value (characters between its braces). */
  maxFieldChars: number;
  /** Most names in one author list, and the longest name (past either, the library's budgets apply). */
  maxAuthors: number;
  maxNameChars: number;
  /** Deepest brace nesting inside the entry's values. */
  maxNesting: number;
}

/**
 * Read the entry whose `@` is at `start` as a plain entry, or null when any part of it is not
 * plain and the library must read it. A plain entry holds no `@`, backslash, quote or comment
 * at field level, so it closes where the planner's brace tracking (bibBatches.ts) closes it.
 */
export function readPlainEntry(
  source: string,
  start: number,
  limits: PlainFieldLimits,
): PlainEntry | null {
  const end = source.length;
  let i = start + 1;
  while (i < end && isLetter(source.charCodeAt(i))) i++;
  const type = source.slice(start + 1, i).toLowerCase();
  if (!PLAIN_TYPES.has(type) || source.charCodeAt(i) !== Char.OpenBrace) return null;
  i++;
  const afterBrace = i;
  while (i < end && isSpace(source.charCodeAt(i))) i++;
  // The reader's entry index (bibtex.ts) looks this far for a key.
  if (i - afterBrace > 200) return null;
  const keyStart = i;
  for (; i < end; i++) {
    const c = source.charCodeAt(i);
    if (!(isLetter(c) || isDigit(c) || c === 95 || c === 58 || c === 46 || c === 47 || c === 45))
      break;
  }
  if (i === keyStart) return null;
  const key = source.slice(keyStart, i);
  while (i < end && isSpace(source.charCodeAt(i))) i++;
  if (source.charCodeAt(i) !== Char.Comma) return null;
  i++;

  const fields: Record<string, string | Creator[]> = {};
  const seen: string[] = [];
  for (;;) {
    while (i < end && isSpace(source.charCodeAt(i))) i++;
    if (source.charCodeAt(i) === Char.CloseBrace) break;
    const nameStart = i;
    while (i < end && isLetter(source.charCodeAt(i))) i++;
    if (i === nameStart) return null;
    const field = source.slice(nameStart, i).toLowerCase();
    if (seen.includes(field)) return null;
    seen.push(field);
    while (i < end && isSpace(source.charCodeAt(i))) i++;
    if (source.charCodeAt(i) !== Char.Equals) return null;
    i++;
    while (i < end && isSpace(source.charCodeAt(i))) i++;
    let raw: string;
    const open = source.charCodeAt(i);
    if (open === Char.OpenBrace) {
      let depth = 1;
      const valueStart = i + 1;
      for (i = valueStart; i < end && depth > 0; i++) {
        const c = source.charCodeAt(i);
        if (c === Char.OpenBrace) {
          // The entry's own brace is one level: the budget counts from the value's braces.
          if (++depth > limits.maxNesting) return null;
        } else if (c === Char.CloseBrace) depth--;
        else if (c === 92 || c === 64) return null; // a backslash or an `@`: TeX or a stand-in
      }
      if (depth !== 0) return null;
      raw = source.slice(valueStart, i - 1);
    } else if (isDigit(open)) {
      const valueStart = i;
      while (i < end && isDigit(source.charCodeAt(i))) i++;
      raw = source.slice(valueStart, i);
    } else {
      return null;
    }
    while (i < end && isSpace(source.charCodeAt(i))) i++;
    const next = source.charCodeAt(i);
    if (next === Char.Comma) i++;
    else if (next !== Char.CloseBrace) return null;

    if (!limits.readFields.has(field)) continue;
    if (field !== "author" && raw.length > limits.maxFieldChars) return null;
    // The library skips a value that is only white space.
    if (raw.trim() === "") continue;
    if (field === "author") {
      const creators = plainCreators(raw, limits.maxAuthors, limits.maxNameChars);
      if (creators === null) return null;
      fields.author = creators;
    } else if (VERBATIM_FIELDS.has(field)) {
      for (let k = 0; k < raw.length; k++) {
        if (!isPlainVerbatimChar(raw.charCodeAt(k))) return null;
      }
      fields[field] = raw;
    } else {
      // Braces inside a value only group (case protection, which the reader drops).
      const text = plainText(raw, true);
      if (text === null) return null;
      fields[field] = INTEGER_FIELDS.has(field) ? integerField(field, text) : text;
    }
  }
  if (source.charCodeAt(i) !== Char.CloseBrace) return null;
  const entry = { type, key, fields, mode: NO_MODES, input: "" } as unknown as Entry;
  return { offset: start, end: i + 1, entry };
}
