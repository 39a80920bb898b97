// BibTeX pre-pass: cuts a .bib text into small batches for the parser library and refuses
// `@string` macro bombs, so hostile files cost linear time.
//
// Why by hand: @retorquere/bibtex-parser computes every error's line by splitting the whole
// text before it (quadratic in the number of errors: 100 kB of broken entries took 4-20 s),
// an unclosed brace makes it scan to the end of its input once per entry, and it expands
// `@string` references eagerly (16 doubling macros, under 1 kB of text, took 20 s; a few more
// exhaust memory). Batches of a few dozen entries bound the first two; a size budget on macro
// expansion bounds the third. The library still does all the real parsing.

/** One `@type{` or `@type(` block, from its `@` to where it closes. */
interface Chunk {
  start: number;
  /** Just after the closing brace or parenthesis (the end of the file when never closed). */
  end: number;
  /** Entry type in lower case (`string`, `article`, `comment` ...). */
  type: string;
  /** Identifier tokens at field level (outside values' braces and quotes), upper case. */
  tokens: string[];
  closed: boolean;
}

/** A piece of the source as one parser call sees it, with where each part came from. */
export interface BibBatch {
  text: string;
  /** `local` offset in `text` ↔ `global` offset in the source, for `length` characters. */
  parts: { local: number; global: number; length: number }[];
}

export interface BibPlan {
  /** The kept `@string` definitions (in order), parsed once to get the macro table. */
  strings: BibBatch | null;
  /** Everything else, in order: entries, comments, preambles. */
  batches: BibBatch[];
  /** Blocks left out, with the source offset of their `@` and why. */
  dropped: { offset: number; reason: string }[];
}

// Generous for real macros (journal names, at most a long author list), small for a bomb.
export const MAX_STRING_CHARS = 20_000;
/** All macro expansion in a file: this much plus twice the file's own length. */
export const EXPANSION_ALLOWANCE = 200_000;
const BATCH_CHARS = 64_000;
const BATCH_CHUNKS = 64;

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
 * The file's entries in one linear pass, tracking braces as the library does (a backslash
 * escapes the next character; `%` starts a comment between fields). Text between entries is
 * BibTeX's comment space: it is never handed to the library, so its stray `@`s cost nothing.
 * An entry still open when a new `@type{` starts a line (or at the end of the file) is cut
 * there and marked unclosed: the library would scan to the end of its input for it.
 */
function chunksOf(source: string): Chunk[] {
  const chunks: Chunk[] = [];
  const n = source.length;
  let i = 0;
  while (i < n) {
    const at = source.indexOf("@", i);
    if (at < 0) break;
    ENTRY_START_AT_RE.lastIndex = at;
    const m = ENTRY_START_AT_RE.exec(source);
    if (!m) {
      i = at + 1;
      continue;
    }
    const type = (m[1] ?? "").toLowerCase();
    const paren = m[2] === "(";
    // Field level: brace depth 1 inside `@type{`, depth 0 inside `@type(`.
    const level = paren ? 0 : 1;
    let depth = level;
    let inQuote = false;
    const tokens: string[] = [];
    let end = -1;
    let j = ENTRY_START_AT_RE.lastIndex;
    for (; j < n; j++) {
      const c = source.charCodeAt(j);
      if (c === 92) {
        j++; // backslash: the next character is escaped
      } else if (c === 123) {
        depth++;
      } else if (c === 125) {
        depth--;
        if (depth < level) {
          end = j + 1;
          break;
        }
      } else if (c === 64 && atLineStart(source, j)) {
        ENTRY_START_AT_RE.lastIndex = j;
        if (ENTRY_START_AT_RE.test(source)) break; // the next entry starts: this one is open
      } else if (depth !== level) {
        // inside a braced value: nothing to collect
      } else if (c === 34) {
        inQuote = !inQuote;
      } else if (inQuote) {
        // inside a quoted value
      } else if (paren && c === 41) {
        end = j + 1;
        break;
      } else if (c === 37) {
        while (j + 1 < n && source.charCodeAt(j + 1) !== 10 && source.charCodeAt(j + 1) !== 13) j++;
      } else if (
        type !== "comment" &&
        ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95)
      ) {
        let k = j + 1;
        while (k < n && isKeyChar(source.charCodeAt(k), source[k] as string)) k++;
        tokens.push(source.slice(j, k).toUpperCase());
        j = k - 1;
      }
    }
    const closed = end >= 0;
    chunks.push({ start: at, end: closed ? end : Math.min(j, n), type, tokens, closed });
    i = closed ? end : Math.min(j, n);
  }
  return chunks;
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
  return text.replace(AT_STANDIN_RE, "@");
}

function batchOf(source: string, chunks: Chunk[]): BibBatch {
  let text = "";
  const parts: BibBatch["parts"] = [];
  for (const c of chunks) {
    parts.push({ local: text.length, global: c.start, length: c.end - c.start });
    text += `@${source.slice(c.start + 1, c.end).replaceAll("@", AT_STANDIN)}`;
  }
  return { text, parts };
}

/** Plan the parser calls for a BibTeX source. Linear in the source's length. */
export function planBibtexParse(source: string): BibPlan {
  const chunks = chunksOf(source);
  const macroSize = new Map<string, number>();
  let budget = EXPANSION_ALLOWANCE + 2 * source.length;
  const dropped: BibPlan["dropped"] = [];
  const stringChunks: Chunk[] = [];
  const kept: Chunk[] = [];

  for (const chunk of chunks) {
    if (!chunk.closed) {
      const key = KEY_AFTER_START_RE.exec(source.slice(chunk.start, chunk.start + 400))?.[1];
      dropped.push({
        offset: chunk.start,
        reason:
          (key ? `entry "${key}": ` : "") +
          (chunk.end >= source.length
            ? "unbalanced braces: the entry is still open at the end of the file; skipped"
            : "unbalanced braces: the entry is still open where the next entry starts; skipped"),
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
      if (size > MAX_STRING_CHARS || expansion > budget) {
        dropped.push({
          offset: chunk.start,
          reason: `@string "${(name ?? "").toLowerCase().slice(0, 60)}" expands to more than ${MAX_STRING_CHARS.toLocaleString("en-US")} characters; ignored`,
        });
        continue;
      }
      budget -= expansion;
      if (name !== undefined) macroSize.set(name, size);
      stringChunks.push(chunk);
      continue;
    }
    if (expansion > budget) {
      dropped.push({
        offset: chunk.start,
        reason: "its @string macros expand to too much text; entry skipped",
      });
      continue;
    }
    budget -= expansion;
    kept.push(chunk);
  }

  const batches: BibBatch[] = [];
  let current: Chunk[] = [];
  let size = 0;
  for (const chunk of kept) {
    const length = chunk.end - chunk.start;
    if (current.length > 0 && (size + length > BATCH_CHARS || current.length >= BATCH_CHUNKS)) {
      batches.push(batchOf(source, current));
      current = [];
      size = 0;
    }
    current.push(chunk);
    size += length;
  }
  if (current.length > 0) batches.push(batchOf(source, current));

  return {
    strings: stringChunks.length > 0 ? batchOf(source, stringChunks) : null,
    batches,
    dropped,
  };
}

/** The source offset of a batch's local offset (the batch's first part when out of range). */
export function sourceOffset(batch: BibBatch, local: number): number {
  for (const p of batch.parts) {
    if (local >= p.local && local < p.local + p.length) return p.global + (local - p.local);
  }
  return batch.parts[0]?.global ?? 0;
}
