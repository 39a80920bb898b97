// Hostile input for every publication-list format (the project's samples in data/samples,
// mutated): garbage, truncation, wrong encoding and the wrong kind of file. Every case ends as
// works with valid lines or one InputError naming the file (and a line where there is one);
// nothing throws anything else, and no line points outside the file.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputError } from "../errors";
import { fuzzRuns, lineCount, mutate, readRepoFile, textMutations } from "../fuzzInputs.testing";
import type { SourceFormat } from "../types";
import { parseWorks } from "./index";

const SAMPLES: [SourceFormat, string][] = [
  ["bib", "data/samples/papers.bib"],
  ["ris", "data/samples/papers.ris"],
  ["csl", "data/samples/papers.csl.json"],
  ["dblp", "data/samples/dblp-person.xml"],
  ["openalex", "data/samples/openalex-works.json"],
  ["openalex", "data/samples/openalex-works.jsonl"],
];

/** Parse, and check the outcome is one of the two allowed ones. */
function readOrRefuse(text: string, format: SourceFormat, file = "input.x"): "read" | InputError {
  try {
    const list = parseWorks(text, file, format);
    const lines = lineCount(text);
    for (const work of list.works) {
      expect(work.file).toBe(file);
      expect(work.title.trim()).not.toBe("");
      expect(work.line).toBeGreaterThanOrEqual(1);
      expect(work.line).toBeLessThanOrEqual(lines);
    }
    for (const issue of [...list.errors, ...list.warnings]) {
      expect(issue.line).toBeGreaterThanOrEqual(1);
      expect(issue.line).toBeLessThanOrEqual(lines);
      expect(issue.reason).not.toMatch(/\n/);
    }
    return "read";
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    const e = error as InputError;
    expect(e.file).toBe(file);
    expect(e.message.startsWith(file)).toBe(true);
    expect(e.message).not.toMatch(/\n/);
    if (e.line !== null) {
      expect(e.line).toBeGreaterThanOrEqual(1);
      expect(e.line).toBeLessThanOrEqual(lineCount(text));
    }
    return e;
  }
}

describe.each(SAMPLES)("%s sample %s", (format, path) => {
  const text = readRepoFile(path);

  it("reads the sample itself", () => {
    expect(readOrRefuse(text, format)).toBe("read");
  });

  it("refuses garbage, an empty file and binary content with one line naming the file", () => {
    for (const bad of [
      "",
      "   \n\n",
      "%PDF-1.7\u0000\u0001\u0002binary",
      "lorem ipsum dolor\nsit amet",
    ]) {
      expect(readOrRefuse(bad, format)).toBeInstanceOf(InputError);
    }
  });

  it("refuses the file read in the wrong encoding (UTF-16 bytes taken as UTF-8)", () => {
    const utf16 = new TextDecoder("utf-8").decode(new Uint8Array(Buffer.from(text, "utf16le")));
    const e = readOrRefuse(utf16, format);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).reason).toMatch(/binary content/);
  });

  it("survives every truncation: works or one error, never a crash", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: text.length - 1 }), (cut) => {
        readOrRefuse(text.slice(0, cut), format);
      }),
      { numRuns: fuzzRuns(60), seed: 12 },
    );
  });

  it("survives mutated copies (lines cut, doubled, shuffled, hostile Unicode)", () => {
    fc.assert(
      fc.property(textMutations, (mutations) => {
        readOrRefuse(mutate(text, mutations), format);
      }),
      { numRuns: fuzzRuns(60), seed: 34 },
    );
  });
});

describe("the wrong kind of file", () => {
  const other = (path: string) => readRepoFile(path);
  it.each([
    ["ris", "data/samples/papers.bib", /no RIS record found/],
    ["bib", "data/samples/papers.ris", /no BibTeX entry found/],
    ["dblp", "data/samples/openalex-works.json", /not well-formed XML|not a DBLP person file/],
    ["csl", "data/samples/dblp-person.xml", /not valid CSL-JSON/],
    ["openalex", "data/samples/papers.ris", /not valid OpenAlex JSON/],
    ["dblp", "data/profiles/jiaming-song.txt", /not well-formed XML|not a DBLP person file/],
  ] as [SourceFormat, string, RegExp][])("%s given %s is refused", (format, path, reason) => {
    const e = readOrRefuse(other(path), format, "given.file");
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).reason).toMatch(reason);
  });

  it("names the line of a JSON syntax error and of a cut XML file", () => {
    const json = readRepoFile("data/samples/papers.csl.json");
    const cut = readOrRefuse(json.slice(0, json.indexOf('"Song"')), "csl", "cut.json");
    expect(cut).toBeInstanceOf(InputError);
    expect((cut as InputError).line).toBeGreaterThan(1);
    const xml = readRepoFile("data/samples/dblp-person.xml");
    const cutXml = readOrRefuse(xml.slice(0, xml.indexOf("<r><article")), "dblp", "cut.xml");
    expect(cutXml).toBeInstanceOf(InputError);
    expect((cutXml as InputError).message).toMatch(/^cut\.xml:\d+: not well-formed XML/);
  });

  it("refuses XML with another root as not a DBLP person file", () => {
    const e = readOrRefuse('<?xml version="1.0"?>\n<html><body/></html>', "dblp", "page.xml");
    expect((e as InputError).message).toBe(
      "page.xml:2: XML with a <html> root, not a DBLP person file (<dblpperson>)",
    );
  });
});
