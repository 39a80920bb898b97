// The local network key: content-only, order-independent, and it changes with any byte; a file
// digested from its bytes keys the same as from its text (Blob.text()'s decoding).
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readRepoFile } from "../graph/realData.testing";
import { fileText, HASH_LENGTH, hashDigests, hashInputs, inputDigest } from "./inputHash";

const profile = readRepoFile("data/profiles/jiaming-song.txt");
const bib = readRepoFile("data/bib/jiaming-song.bib");

describe("hashInputs", () => {
  it("is the SHA-256 of the sorted SHA-256 digests, cut to HASH_LENGTH hex characters", async () => {
    const sha = (s: string) => createHash("sha256").update(s, "utf8").digest("hex");
    const expected = sha([sha(profile), sha(bib)].sort().join("\n")).slice(0, HASH_LENGTH);
    expect(await hashInputs([profile, bib])).toBe(expected);
  });
  it("does not depend on the order the files were opened in", async () => {
    expect(await hashInputs([bib, profile])).toBe(await hashInputs([profile, bib]));
  });
  it("changes with one character of any file, and with a file more or less", async () => {
    const base = await hashInputs([profile, bib]);
    expect(await hashInputs([`${profile} `, bib])).not.toBe(base);
    expect(await hashInputs([profile])).not.toBe(base);
    expect(await hashInputs([profile, bib, bib])).not.toBe(base);
  });
});

describe("a file's key from its bytes", () => {
  /** The key as `Blob.text()` and `hashInputs` give it. */
  const byText = async (bytes: Uint8Array<ArrayBuffer>) =>
    hashInputs([await new Blob([bytes]).text()]);
  const byBytes = async (bytes: Uint8Array<ArrayBuffer>) => {
    const { text, exact } = fileText(bytes);
    expect(text).toBe(await new Blob([bytes]).text());
    return hashDigests([await inputDigest(exact ? bytes : text)]);
  };

  it("is the text's key for the repository's files (valid UTF-8, accents included)", async () => {
    for (const path of ["data/profiles/jiaming-song.txt", "data/bib/jiaming-song.bib"]) {
      const bytes = new Uint8Array(readFileSync(new URL(`../../${path}`, import.meta.url)));
      expect(fileText(bytes).exact).toBe(true);
      expect(await byBytes(bytes)).toBe(await byText(bytes));
    }
  });

  it("is the text's key for a file with a byte-order mark or bytes that are not UTF-8", async () => {
    const body = new TextEncoder().encode('{"é": 1}');
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...body]);
    const broken = new Uint8Array([...body.slice(0, 3), 0xff, 0xc3, ...body.slice(3)]);
    for (const bytes of [bom, broken]) {
      expect(fileText(bytes).exact).toBe(false);
      expect(await byBytes(bytes)).toBe(await byText(bytes));
    }
    // Without the exact check, digesting those bytes would give another key.
    expect(await hashDigests([await inputDigest(bom)])).not.toBe(await byText(bom));
  });
});
