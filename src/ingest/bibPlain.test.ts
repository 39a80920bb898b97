// The BibTeX fast path (bibPlain.ts) against the library it stands in for: every file read with
// the fast path gives the very same records, errors and warnings (lines included) as with every
// entry through @retorquere/bibtex-parser: on the BibTeX in data/, on generated benchmark
// corpora, and on random entries built from the characters and shapes where TeX differs from
// plain text.
import { readdirSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate";
import { planBibtexParse } from "./bibBatches";
import { parseBibtex } from "./bibtex";
import { fuzzRuns, readRepoFile } from "./fuzzInputs.testing";

const both = (text: string, file = "refs.bib") => {
  const read = (fastPath: boolean) => {
    try {
      return parseBibtex(text, { file, fastPath });
    } catch (error) {
      return { thrown: error instanceof Error ? error.message : String(error) };
    }
  };
  return { fast: read(true), library: read(false) };
};

/** How many entries the plan reads on the fast path. */
const plainCount = (text: string) =>
  planBibtexParse(text).units.filter((unit) => !("text" in unit)).length;

describe("the fast path reads as the library does", () => {
  it("on every BibTeX file in data/", () => {
    const files = readdirSync(new URL("../../data/bib/", import.meta.url)).filter((f) =>
      f.endsWith(".bib"),
    );
    expect(files.length).toBeGreaterThan(0);
    for (const name of files) {
      const text = readRepoFile(`data/bib/${name}`);
      const { fast, library } = both(text, name);
      expect(fast, name).toEqual(library);
    }
    // The real file's plain entries do take the fast path.
    expect(plainCount(readRepoFile("data/bib/jiaming-song.bib"))).toBeGreaterThan(0);
  });

  it("on a generated corpus, hyperauthor lists included, almost all of it plain", () => {
    const corpus = generateCorpus({ papers: 1200, seed: 7, asOf: "2026-11-28" });
    const bib = corpus.files.find((f) => f.kind === "bib");
    if (!bib) throw new Error("no BibTeX file in the corpus");
    const { fast, library } = both(bib.text, bib.name);
    expect(fast).toEqual(library);
    expect("records" in fast && fast.records).toHaveLength(1200);
    expect(corpus.hyperauthorPapers).toBeGreaterThan(0);
    expect(plainCount(bib.text)).toBe(1200);
  }, 60_000);

  it("on entries the fast path must leave to the library", () => {
    const cases = [
      "@article{a, title = {A -- B}, author = {Ann Lee}}",
      "@article{a, title = {It''s}, author = {Ann Lee}}",
      "@article{a, title = {T}, author = {Lee, Jr, Ann}}",
      "@article{a, title = {T}, author = {and Ann Lee}}",
      "@article{a, title = {T}, author = {{Barnes and Noble}}}",
      "@article{a, title = {T}, author = {given=Ann, family=Lee}}",
      "@article{a, title = {T}, author = {Ann Lee and others}}",
      "@article{a, title = {T\\'e}, author = {Ann Lee}}",
      "@article{a, title = {T}, author = {Ann Lee}, month = jan}",
      "@article{a, title = {T}, author = {Ann Lee}, note = {one\n\ntwo}}",
      "@article{a, title = {T}, author = {Ann Lee}, url = {https://x.org/a~b}}",
      '@article{a, title = "T", author = {Ann Lee}}',
    ];
    for (const text of cases) {
      const { fast, library } = both(text);
      expect(fast, text).toEqual(library);
    }
    // And the ones it takes: `Last, First`, `von`, digits, month names, braces in a title.
    const plain = [
      "@article{a, title = {{BERT}: Pre-training}, author = {Lee, Ann and Jean de la Fontaine}, year = 02020, month = {March}}",
      "@inproceedings{b,\n  title = {Ça {va}},\n  author = {Łukasz  Kaiser and\n  others},\n  year = {2019},\n}",
    ];
    for (const text of plain) {
      expect(plainCount(text), text).toBe(1);
      const { fast, library } = both(text);
      expect(fast, text).toEqual(library);
    }
  });

  it("on random entries of TeX-sensitive pieces", () => {
    const pieces = [
      "Ann",
      "Lee",
      "von",
      "de la",
      "O'Brien",
      "J.",
      "and",
      "AND",
      "others",
      ",",
      " ",
      "  ",
      "\n",
      "\n\n",
      "\t",
      "-",
      "--",
      "'",
      "{",
      "}",
      "{X}",
      "=",
      "é",
      "e\u0301",
      "Ø",
      "中文",
      "(",
      ")",
      ":",
      "!",
      "?",
      "`",
      "~",
      "^",
      "_",
      "<",
      ">",
      "&",
      "%",
      "$",
      '"',
      "\\'e",
      "@",
      "2020",
      "jan",
      "/",
      "+",
      ".",
    ];
    const value = fc.array(fc.constantFrom(...pieces), { minLength: 0, maxLength: 8 });
    const fieldNames = [
      "title",
      "author",
      "journal",
      "booktitle",
      "howpublished",
      "year",
      "month",
      "note",
      "url",
      "doi",
      "eprint",
      "archiveprefix",
      "publisher",
      "pages",
    ];
    const entry = fc.record({
      type: fc.constantFrom("article", "misc", "inproceedings", "online", "weird"),
      fields: fc.array(fc.tuple(fc.constantFrom(...fieldNames), value, fc.boolean()), {
        minLength: 1,
        maxLength: 6,
      }),
    });
    fc.assert(
      fc.property(fc.array(entry, { minLength: 1, maxLength: 4 }), (entries) => {
        const text = entries
          .map((e, k) => {
            const fields = [
              ["title", ["Ann"], false] as const,
              ["author", ["Ann", " ", "Lee"], false] as const,
              ...e.fields,
            ].map(([name, parts, bare]) =>
              bare && parts.join("").match(/^\d+$/)
                ? `${name} = ${parts.join("")}`
                : `${name} = {${parts.join("")}}`,
            );
            return `@${e.type}{key${k},\n  ${fields.join(",\n  ")}\n}`;
          })
          .join("\n\n");
        const { fast, library } = both(text);
        expect(fast).toEqual(library);
      }),
      { numRuns: fuzzRuns(120), seed: 15 },
    );
  }, 120_000);
});
