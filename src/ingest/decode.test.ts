// Tests for decoding input bytes: byte-order marks, UTF-8, and clear refusals.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeInput, sniffEncoding } from "./decode";
import { expectInputError } from "./expectInputError.testing";

const profile = readFileSync("data/profiles/jiaming-song.txt", "utf8");

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + 2 * i] = bigEndian ? c >> 8 : c & 0xff;
    out[3 + 2 * i] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
}

describe("decodeInput", () => {
  it("reads UTF-8 with and without a byte-order mark", () => {
    const bytes = new TextEncoder().encode(profile);
    expect(decodeInput("p.txt", bytes)).toBe(profile);
    expect(decodeInput("p.txt", new Uint8Array([0xef, 0xbb, 0xbf, ...bytes]))).toBe(profile);
  });

  it("reads UTF-16 little- and big-endian with a byte-order mark", () => {
    expect(sniffEncoding(utf16("x", false)).encoding).toBe("utf-16le");
    expect(decodeInput("p.txt", utf16(profile, false))).toBe(profile);
    expect(decodeInput("p.txt", utf16(profile, true))).toBe(profile);
  });

  it("refuses binary content and names invalid UTF-8 with its line", () => {
    const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0, 1, 2, 3, 0xff, 0xd8, 0, 0]);
    expectInputError(
      () => decodeInput("paper.pdf", pdf),
      "paper.pdf: binary content, not text: open a profile export (.txt) or a BibTeX file (.bib)",
    );
    const latin1 = new Uint8Array([
      ...new TextEncoder().encode("Jiaming Song\n\nG"),
      0xf6,
      ...new TextEncoder().encode(`del\n${profile}`),
    ]);
    expectInputError(
      () => decodeInput("p.txt", latin1),
      "p.txt:3: not valid UTF-8 text; save the file as UTF-8 (or UTF-16 with a byte-order mark)",
    );
  });
});
