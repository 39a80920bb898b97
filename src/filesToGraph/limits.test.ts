// Tests for the input limits: sizes before reading, contents before parsing, with the real
// profile and BibTeX from data/ and small inline failure cases.
import { describe, expect, it } from "vitest";
import { AS_OF, BIB_FILE, PROFILE_FILE, readRepoFile } from "../graph/realData.testing";
import { InputError } from "../ingest/errors";
import { parseProfile } from "../ingest/profile";
import {
  checkFileContents,
  checkFileSizes,
  countProfileEntries,
  formatBytes,
  LIMITS,
  type Limits,
} from "./limits";

const profile = readRepoFile(PROFILE_FILE);
const bib = readRepoFile(BIB_FILE);

function refusal(fn: () => unknown): InputError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
  throw new Error("expected an InputError, but the check passed");
}

describe("checkFileSizes", () => {
  it("accepts the real files and files right at the limits", () => {
    expect(() =>
      checkFileSizes([
        { name: "jiaming-song.txt", size: profile.length },
        { name: "jiaming-song.bib", size: bib.length },
        { name: "big.txt", size: LIMITS.maxProfileBytes },
        { name: "big.bib", size: LIMITS.maxBibBytes },
      ]),
    ).not.toThrow();
  });

  it("refuses a 50 MB profile, naming the file, its size and the limit", () => {
    const e = refusal(() => checkFileSizes([{ name: "huge.txt", size: 52_400_000 }]));
    expect(e.file).toBe("huge.txt");
    expect(e.message).toBe(
      "huge.txt: 52.4 MB is over the 20 MB limit for a profile export; split it into smaller files",
    );
  });

  it("gives the exact size when rounding would show the limit itself", () => {
    expect(refusal(() => checkFileSizes([{ name: "refs.bib", size: 5_000_021 }])).reason).toBe(
      "5,000,021 bytes is over the 5 MB limit for a BibTeX file; split it into smaller files",
    );
  });

  it("applies the BibTeX limit by extension or given kind, and the larger one otherwise", () => {
    const over = LIMITS.maxBibBytes + 1;
    expect(refusal(() => checkFileSizes([{ name: "refs.BIB", size: over }])).reason).toMatch(
      /limit for a BibTeX file/,
    );
    expect(
      refusal(() => checkFileSizes([{ name: "refs", size: over, kind: "bib" }])).reason,
    ).toMatch(/limit for a BibTeX file/);
    expect(() => checkFileSizes([{ name: "download", size: over }])).not.toThrow();
    expect(
      refusal(() => checkFileSizes([{ name: "download", size: LIMITS.maxProfileBytes + 1 }]))
        .reason,
    ).toMatch(/limit for a file;/);
  });

  it("refuses empty files, no files and too many files", () => {
    expect(refusal(() => checkFileSizes([{ name: "empty.txt", size: 0 }])).message).toBe(
      "empty.txt: the file is empty",
    );
    expect(refusal(() => checkFileSizes([])).reason).toBe("no file was opened");
    const many = Array.from({ length: LIMITS.maxFiles + 1 }, (_, i) => ({
      name: `p${i}.txt`,
      size: 10,
    }));
    const e = refusal(() => checkFileSizes(many));
    expect(e.file).toBe(`p${LIMITS.maxFiles}.txt`);
    expect(e.reason).toBe(`${LIMITS.maxFiles + 1} files opened at once; the limit is 20`);
  });
});

describe("checkFileContents", () => {
  it("accepts the real profile and BibTeX", () => {
    expect(() =>
      checkFileContents([
        { name: PROFILE_FILE, text: profile },
        { name: BIB_FILE, text: bib },
      ]),
    ).not.toThrow();
  });

  it("refuses an empty or blank file", () => {
    for (const text of ["", "\uFEFF", " \n\r\n\t"]) {
      const e = refusal(() => checkFileContents([{ name: "blank.txt", text }]));
      expect(e.message).toBe("blank.txt: the file is empty");
    }
  });

  it("refuses binary content (a PDF's or a zip's bytes decoded as text)", () => {
    const pdfLike = `%PDF-1.7\n${"\u0000\u0001\u0002\u00ff".repeat(50)}`;
    const zipLike = `PK\u0003\u0004${"\ufffd\u0014\u0000".repeat(30)}`;
    for (const [name, text] of [
      ["paper.pdf", pdfLike],
      ["export.txt", zipLike],
      ["refs.bib", pdfLike],
    ] as const) {
      const e = refusal(() => checkFileContents([{ name, text }]));
      expect(e.file).toBe(name);
      expect(e.reason).toMatch(/^binary content, not text/);
    }
  });

  it("refuses the real BibTeX opened as a profile, with the line of its first entry", () => {
    const e = refusal(() => checkFileContents([{ name: "refs.txt", text: bib }]));
    expect(e.message).toBe(
      "refs.txt:5: this is a BibTeX file, opened as a profile export; give it a .bib extension",
    );
    // Free text before the first entry does not hide it.
    const prose = `My references\n\n${bib.split("\n").slice(4).join("\n")}`;
    expect(refusal(() => checkFileContents([{ name: "refs.txt", text: prose }])).line).toBe(3);
  });

  it("refuses the real profile opened as BibTeX", () => {
    const e = refusal(() => checkFileContents([{ name: "profile.bib", text: profile }]));
    expect(e.message).toBe(
      "profile.bib: this is a profile export, opened as BibTeX; give it a .txt extension",
    );
    expect(() =>
      checkFileContents([{ name: "profile.bib", text: profile, kind: "profile" }]),
    ).not.toThrow();
  });

  it("counts profile entries over all profile files against the entry limit", () => {
    const seen = parseProfile(profile, { file: PROFILE_FILE, asOf: AS_OF }).report.entriesSeen;
    expect(countProfileEntries(profile)).toBe(seen);
    const small: Limits = { ...LIMITS, maxEntries: seen + 10 };
    expect(() => checkFileContents([{ name: "a.txt", text: profile }], small)).not.toThrow();
    const e = refusal(() =>
      checkFileContents(
        [
          { name: "a.txt", text: profile },
          { name: "refs.bib", text: bib },
          { name: "b.txt", text: profile.replace(/\n/g, "\r\n") },
        ],
        small,
      ),
    );
    expect(e.message).toBe(
      `b.txt: ${2 * seen} profile entries in all files so far, over the limit of ${seen + 10}`,
    );
  });
});

describe("formatBytes", () => {
  it("uses decimal units as file managers do", () => {
    expect(formatBytes(20_000_000)).toBe("20 MB");
    expect(formatBytes(52_428_800)).toBe("52.4 MB");
    expect(formatBytes(67_966)).toBe("68 kB");
    expect(formatBytes(512)).toBe("512 bytes");
  });
});
