// The key of a network built from opened files: a SHA-256 over the files' contents (not their
// names, so a renamed copy still matches), independent of the order they were opened in.
// Uses the Web Crypto API (SubtleCrypto), present in the page, in workers and in Node.
import { LOCAL_HASH_RE } from "./dataParam";

const encoder = new TextEncoder();

function hex(bytes: ArrayBuffer): string {
  return Array.from(new Uint8Array(bytes), (b) => b.toString(16).padStart(2, "0")).join("");
}

async function sha256(data: Uint8Array): Promise<string> {
  return hex(await crypto.subtle.digest("SHA-256", data as Uint8Array<ArrayBuffer>));
}

/** Hex characters kept: 128 bits, far past any chance of two users' inputs colliding. */
export const HASH_LENGTH = 32;

/**
 * Key of a set of input texts: each text is digested, the digests are sorted (opening order
 * does not matter) and digested again, cut to HASH_LENGTH hex characters.
 */
export async function hashInputs(texts: readonly string[]): Promise<string> {
  return hashDigests(await Promise.all(texts.map((t) => inputDigest(t))));
}

/**
 * One input's digest, as `hashInputs` takes it: of a text's UTF-8 bytes, or of bytes that are
 * exactly that (`FileText.exact`), which spares encoding a large file's text again.
 */
export function inputDigest(input: string | Uint8Array): Promise<string> {
  return sha256(typeof input === "string" ? encoder.encode(input) : input);
}

/** The key of a set of inputs from their digests (`inputDigest`). */
export async function hashDigests(digests: readonly string[]): Promise<string> {
  const sorted = [...digests].sort();
  const key = (await sha256(encoder.encode(sorted.join("\n")))).slice(0, HASH_LENGTH);
  if (!LOCAL_HASH_RE.test(key)) throw new Error("hashInputs: unexpected digest form");
  return key;
}

/** A file's text as `Blob.text()` reads it, and whether its bytes are that text's UTF-8. */
export interface FileText {
  text: string;
  exact: boolean;
}

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });
const lenientUtf8 = new TextDecoder("utf-8");

/**
 * Decode a file's bytes as `Blob.text()` does (UTF-8, a leading byte-order mark dropped, bad
 * sequences replaced). `exact` when re-encoding the text would give the same bytes back: valid
 * UTF-8 without a byte-order mark.
 */
export function fileText(bytes: Uint8Array): FileText {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (!bom) {
    try {
      return { text: strictUtf8.decode(bytes), exact: true };
    } catch {
      // Not valid UTF-8: read leniently, and digest the text's own encoding below.
    }
  }
  return { text: lenientUtf8.decode(bytes), exact: false };
}
