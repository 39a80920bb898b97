// Tests for the raw-text helpers: line splitting, file sniffing and detached copies of text.
import { describe, expect, it } from "vitest";
import { detachedCopy, firstBibEntryLine, looksBinary, looksLikeBibtex, splitLines } from "./text";

describe("splitLines", () => {
  it("handles BOM, CRLF, lone CR, trailing spaces and NFC", () => {
    expect(splitLines("\uFEFFa  \r\nb\rc\t\nu\u0308")).toEqual(["a", "b", "c", "ü"]);
  });
});

describe("looksBinary", () => {
  it("flags NUL bytes and many control or replacement characters", () => {
    expect(looksBinary("abc\u0000def")).toBe(true);
    expect(looksBinary("\u0001\u0002\u0003".repeat(10) + "a".repeat(100))).toBe(true);
    expect(looksBinary("\uFFFD".repeat(10) + "a".repeat(100))).toBe(true);
  });
  it("accepts text with tabs, newlines, accents and a stray replacement character", () => {
    expect(looksBinary(`Jörg\tMüller\r\n${"x".repeat(100)}\uFFFD`)).toBe(false);
    expect(looksBinary("")).toBe(false);
  });
});

describe("looksLikeBibtex", () => {
  it("finds the first entry after comments and front matter", () => {
    expect(looksLikeBibtex(["% c", "", "@article{a,"])).toBe(3);
    expect(looksLikeBibtex(["---", "x: @y", "---", "@misc(a,"])).toBe(4);
    expect(looksLikeBibtex(["Jiaming Song", "@misc{a,"])).toBeNull();
    expect(looksLikeBibtex(["---", "never closed", "@misc{a,"])).toBeNull();
  });
  it("finds an entry anywhere with firstBibEntryLine", () => {
    expect(firstBibEntryLine(["notes", "  @book{k,"])).toBe(2);
    expect(firstBibEntryLine(["email me @ home"])).toBeNull();
  });
});

describe("detachedCopy", () => {
  it("gives the same text, whatever it holds", () => {
    const source = `head ${'Zoë Łukasik \u2028 \\ " \ud800 lone surrogate '.repeat(20)} tail`;
    for (const text of ["", "a", source, source.slice(5, 60), source.slice(3, 500)]) {
      expect(detachedCopy(text)).toBe(text);
    }
  });
});
