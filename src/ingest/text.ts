// Raw-text helpers shared by the parsers: line splitting and sniffing what a file really is,
// so a wrong file gets a clear "open it as ..." error instead of a pile of entry errors.

/**
 * Split into lines: BOM dropped, CRLF / lone CR / LF all end a line, trailing spaces trimmed,
 * and text in NFC so that names compare and display the same whatever the source's form.
 */
export function splitLines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, "")
    .normalize("NFC")
    .split(/\r\n|\r|\n/)
    .map((line) => line.trimEnd());
}

// Sniffing only needs the start of the file; a 64k window keeps it cheap on huge inputs.
const SNIFF_CHARS = 65_536;

/**
 * Whether text is really binary: any NUL, or more than 5% control / replacement characters
 * (what a decoder leaves of a PDF, an image or a zip).
 */
export function looksBinary(text: string): boolean {
  const n = Math.min(text.length, SNIFF_CHARS);
  if (n === 0) return false;
  let odd = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 127 || c === 0xfffd) {
      odd++;
    }
  }
  return odd / n > 0.05;
}

const BIB_ENTRY_RE = /^@[A-Za-z]{1,40}[ \t]*[{(]/;

/**
 * If the file opens like BibTeX (after blank lines, `%` comments and an optional `---` Jekyll
 * front matter block, the first line starts an `@type{` entry), its 1-based line; else null.
 */
export function looksLikeBibtex(lines: string[]): number | null {
  let i = 0;
  const skipNoise = () => {
    while (i < lines.length) {
      const t = (lines[i] ?? "").trim();
      if (t === "" || t.startsWith("%")) i++;
      else break;
    }
  };
  skipNoise();
  if ((lines[i] ?? "").trim() === "---") {
    const close = lines.findIndex((l, j) => j > i && l.trim() === "---");
    if (close < 0) return null;
    i = close + 1;
    skipNoise();
  }
  return BIB_ENTRY_RE.test((lines[i] ?? "").trim().slice(0, 60)) ? i + 1 : null;
}

/** The 1-based line of the first `@type{` entry anywhere in the file, or null. */
export function firstBibEntryLine(lines: string[]): number | null {
  const i = lines.findIndex((l) => BIB_ENTRY_RE.test(l.trim().slice(0, 60)));
  return i < 0 ? null : i + 1;
}

/**
 * The same text as a fresh string that shares no memory with the text it was cut from.
 * JavaScript engines keep a substring as a view into its source (V8 does for all but the
 * shortest), so a single title kept in the graph would keep its whole input file in memory
 * for the rest of the run. The JSON round trip builds a new string, and a compact one where
 * the characters allow it even when the source file held wider ones.
 */
export function detachedCopy(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}
