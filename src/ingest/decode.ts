// Bytes → text for every input, the same in the page's worker and the CLI: a byte-order mark
// picks UTF-8, UTF-16LE or UTF-16BE; otherwise the text must be UTF-8. Binary content and
// invalid UTF-8 are refused with one line naming the file (and the line, when known).
import { InputError } from "./errors";
import { looksBinary } from "./text";

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be";

/** The encoding a byte-order mark announces, and the mark's length; UTF-8 without one. */
export function sniffEncoding(bytes: Uint8Array): { encoding: TextEncodingName; bom: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: "utf-8", bom: 3 };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", bom: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", bom: 2 };
  return { encoding: "utf-8", bom: 0 };
}

export const BINARY_REASON =
  "binary content, not text: open a profile export (.txt) or a BibTeX file (.bib)";

/** 1-based line of byte `offset` (counting LF bytes before it). */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 10) line++;
  return line;
}

/** Decode an input file's bytes; throws InputError for binary content or invalid text. */
export function decodeInput(name: string, bytes: Uint8Array): string {
  const { encoding, bom } = sniffEncoding(bytes);
  const body = bytes.subarray(bom);
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    // Invalid sequences: binary content (a PDF, an image, a zip), or text in another encoding.
  }
  const lenient = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
  if (looksBinary(lenient) || (encoding === "utf-8" && body.includes(0))) {
    throw new InputError(name, null, BINARY_REASON);
  }
  const bad = lenient.indexOf("\uFFFD");
  const line =
    encoding === "utf-8" && bad >= 0
      ? lineOfByte(body, new TextEncoder().encode(lenient.slice(0, bad)).length)
      : null;
  throw new InputError(
    name,
    line,
    `not valid ${encoding.toUpperCase()} text; save the file as UTF-8 (or UTF-16 with a byte-order mark)`,
  );
}
