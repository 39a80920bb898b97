// BibTeX pre-pass: cuts a .bib text into small batches for the parser library and refuses
// `@string` macro bombs, so hostile files cost linear time.
//
// Why by hand: @retorquere/bibtex-parser computes every error's line by splitting the whole
// text before it (quadratic in the number of errors: 100 kB of broken entries took 4-20 s),
// an unclosed brace makes it scan to the end of its input once per entry, and it expands
// `@string` references eagerly (16 doubling macros, under 1 kB of text, took 20 s; a few more
// exhaust memory). Batches of a few dozen entries bound the first two; a size budget on macro
// expansion bounds the third. The library still does all the real parsing.

/** One `@type{` or `@type(` block, from its `@` to the next one. */
interface Chunk {
  start: number;
  end: number;
  /** Entry type in lower case (`string`, `article` ...); "" for text before the first entry. */
  type: string;
  /** Identifier tokens at field level (outside values' braces and quotes), upper case. */
  tokens: string[];
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

const CHUNK_START_RE = /@([A-Za-z]{1,40})[ \t]*[{(]/g;
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

/** Field-level identifiers of one block: macro names, field names and macro references. */
function scanTokens(source: string, from: number, end: number, opener: string): string[] {
  const tokens: string[] = [];
  // Inside `@type{`, field level is brace depth 1; inside `@type(`, it is depth 0.
  const level = opener === "{" ? 1 : 0;
  let depth = level;
  let inQuote = false;
  for (let i = from; i < end; i++) {
    const c = source.charCodeAt(i);
    if (c === 92) {
      i++; // backslash: the next character is escaped
    } else if (c === 123) {
      depth++;
    } else if (c === 125) {
      depth--;
      if (depth < level) break;
    } else if (depth !== level) {
      // inside a braced value: nothing to collect
    } else if (c === 34) {
      inQuote = !inQuote;
    } else if (inQuote) {
      // inside a quoted value
    } else if (c === 37) {
      while (i < end && source.charCodeAt(i) !== 10 && source.charCodeAt(i) !== 13) i++;
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95) {
      let j = i + 1;
      while (j < end && isKeyChar(source.charCodeAt(j), source[j] as string)) j++;
      tokens.push(source.slice(i, j).toUpperCase());
      i = j - 1;
    }
  }
  return tokens;
}

function chunksOf(source: string): Chunk[] {
  const starts: { index: number; type: string; bodyStart: number; opener: string }[] = [];
  for (const m of source.matchAll(CHUNK_START_RE)) {
    starts.push({
      index: m.index,
      type: (m[1] ?? "").toLowerCase(),
      bodyStart: m.index + m[0].length,
      opener: m[0].slice(-1),
    });
  }
  const chunks: Chunk[] = [];
  if ((starts[0]?.index ?? source.length) > 0) {
    chunks.push({ start: 0, end: starts[0]?.index ?? source.length, type: "", tokens: [] });
  }
  starts.forEach((s, k) => {
    const end = starts[k + 1]?.index ?? source.length;
    const tokens = s.type === "comment" ? [] : scanTokens(source, s.bodyStart, end, s.opener);
    chunks.push({ start: s.index, end, type: s.type, tokens });
  });
  return chunks;
}

function batchOf(source: string, chunks: Chunk[]): BibBatch {
  let text = "";
  const parts: BibBatch["parts"] = [];
  for (const c of chunks) {
    parts.push({ local: text.length, global: c.start, length: c.end - c.start });
    text += source.slice(c.start, c.end);
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
