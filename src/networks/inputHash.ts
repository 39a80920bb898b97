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
  const digests = await Promise.all(texts.map((t) => sha256(encoder.encode(t))));
  digests.sort();
  const key = (await sha256(encoder.encode(digests.join("\n")))).slice(0, HASH_LENGTH);
  if (!LOCAL_HASH_RE.test(key)) throw new Error("hashInputs: unexpected digest form");
  return key;
}
