// Tests for the BibTeX reader: the real file, decoding, al-folio extras and failures.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseBibtex } from "./bibtex";
import { expectInputError } from "./expectInputError.testing";

const REAL_FILE = "data/bib/jiaming-song.bib";
const realText = readFileSync(REAL_FILE, "utf8");
const parse = (text: string) => parseBibtex(text, { file: "refs.bib" });

describe("parseBibtex on the real file", () => {
  const bib = parseBibtex(realText, { file: REAL_FILE });
  const byKey = new Map(bib.records.map((r) => [r.key, r]));

  it("reads all 50 records without errors", () => {
    expect(bib.records).toHaveLength(50);
    expect(bib.errors).toEqual([]);
    expect(new Set(bib.records.map((r) => r.key)).size).toBe(50);
  });

  it("gives each record the line of its @type{key", () => {
    const lines = realText.split("\n");
    for (const r of bib.records) {
      expect(lines[r.line - 1]).toMatch(new RegExp(`^@${r.type}\\{${r.key},`, "i"));
    }
    expect(bib.records[0]?.line).toBe(5);
  });

  it("reads BIG-bench's 444 authors with accents decoded, in order", () => {
    const big = byKey.get("srivastava2023beyond");
    expect(big?.authors).toHaveLength(444);
    expect(big?.authorsTruncated).toBe(false);
    expect(big?.authors.slice(0, 2)).toEqual(["Aarohi Srivastava", "Abhinav Rastogi"]);
    expect(big?.authors).toContain("Adrià Garriga-Alonso");
    expect(big?.authors).toContain("Jiaming Song");
    expect(big?.venueFull).toBe("Transactions on Machine Learning Research");
    expect(big?.year).toBe(2023);
    expect(big?.type).toBe("article");
  });

  it("keeps title case, drops braces, and reads venue, eprint and note", () => {
    const ediff = byKey.get("balaji2022ediffi");
    expect(ediff?.title).toBe(
      "eDiff-I: Text-to-Image Diffusion Models with an Ensemble of Expert Denoisers",
    );
    expect(ediff?.venueFull).toBe("arXiv preprint arXiv:2211.01324");
    expect(ediff?.eprint).toBe("2211.01324");
    expect(ediff?.note).toMatch(/^source: /);
    expect(byKey.get("atzmon2024edify")?.authors).toHaveLength(30);
  });
});

describe("parseBibtex decoding", () => {
  const text = [
    "---",
    "layout: none",
    "title: my @pubs",
    "---",
    "",
    "@inproceedings{muller2020,",
    "  title = {The {B}est of {\\\"U}ber and Stra{\\ss}e: \\emph{Caf\\'{e}} {\\L}{\\'o}d{\\'z}},",
    '  author = {M{\\"u}ller, J{\\"o}rg and de la Fuente, Ana and Dong-Ho Lee and van Gogh, Jr., Vincent and others},',
    "  booktitle = {International Conference on Machine Learning (ICML)},",
    "  abbr = {ICML}, bibtex_show = {true}, selected = {true}, pdf = {x.pdf}, html = {https://x}, preview = {a.png},",
    "  year = 2020",
    "}",
  ].join("\n");
  const bib = parse(text);
  const r = bib.records[0];

  it("tolerates Jekyll front matter and keeps line numbers", () => {
    expect(bib.errors).toEqual([]);
    expect(bib.records).toHaveLength(1);
    expect(r?.line).toBe(6);
  });

  it("decodes LaTeX accents and removes braces and markup from titles", () => {
    expect(r?.title).toBe("The Best of Über and Straße: Café Łódź");
  });

  it("turns `Last, First` and `First Last` into display names; `and others` truncates", () => {
    expect(r?.authors).toEqual([
      "Jörg Müller",
      "Ana de la Fuente",
      "Dong-Ho Lee",
      "Vincent van Gogh Jr.",
    ]);
    expect(r?.authorsTruncated).toBe(true);
  });

  it("reads al-folio's address fields as links and ignores its other extras", () => {
    expect(r).toEqual({
      file: "refs.bib",
      line: 6,
      key: "muller2020",
      type: "inproceedings",
      title: "The Best of Über and Straße: Café Łódź",
      authors: ["Jörg Müller", "Ana de la Fuente", "Dong-Ho Lee", "Vincent van Gogh Jr."],
      authorsTruncated: true,
      venueFull: "International Conference on Machine Learning (ICML)",
      year: 2020,
      eprint: null,
      note: null,
      // `pdf = {x.pdf}` is a path on the author's site, not an address: text, not a link.
      links: [
        { kind: "url", url: "https://x/", source: "bibtex:html" },
        { kind: "pdf", url: "x.pdf", source: "bibtex:pdf" },
      ],
    });
  });

  it("reads CRLF files with the same lines", () => {
    const crlf = parse(text.replace(/\n/g, "\r\n"));
    expect(crlf.records[0]?.line).toBe(6);
    expect(crlf.records[0]?.title).toBe(r?.title);
  });
});

describe("parseBibtex errors", () => {
  it("reports an unreadable entry with its line and keeps the others", () => {
    const text = [
      "@misc{good1, title={First}, author={A One}}",
      "",
      '@article{broken, title = "Never closed',
      "",
      "@misc{good2, title={Second}, author={B Two}, year={2021}}",
      "",
    ].join("\n");
    const bib = parse(text);
    expect(bib.records.map((r) => [r.key, r.line])).toEqual([
      ["good1", 1],
      ["good2", 5],
    ]);
    expect(bib.errors).toEqual([
      { file: "refs.bib", line: 3, reason: expect.stringContaining('entry "broken"') },
    ]);
  });

  it("reports an entry without a title", () => {
    const bib = parse("@misc{a, title={T}}\n@misc{notitle, author={X Y}}\n");
    expect(bib.records.map((r) => r.key)).toEqual(["a"]);
    expect(bib.errors).toEqual([
      { file: "refs.bib", line: 2, reason: 'entry "notitle" has no title' },
    ]);
  });

  it("warns about unknown TeX commands instead of failing", () => {
    const bib = parse("@misc{a, title={A \\weirdcmd{x} title}, author={X Y}}\n");
    expect(bib.records).toHaveLength(1);
    expect(bib.warnings[0]).toMatchObject({ line: 1 });
    expect(bib.warnings[0]?.reason).toMatch(/weirdcmd/);
  });

  it("throws on an empty file", () => {
    expectInputError(() => parse(" \n\n"), "refs.bib: the file is empty");
  });

  it("throws on binary content", () => {
    expectInputError(() => parse("PK\u0003\u0004\u0000\u0000zip"), /refs\.bib: binary content/);
  });

  it("throws on a profile export given as BibTeX", () => {
    const profile = readFileSync("data/profiles/jiaming-song.txt", "utf8");
    expectInputError(
      () => parse(profile),
      "refs.bib: looks like a profile export; open it as a profile",
    );
  });

  it("throws on a profile export even when an abstract holds an @entry", () => {
    const profile = readFileSync("data/profiles/jiaming-song.txt", "utf8").replace(
      "Language models demonstrate",
      "@misc{x, title={y}} Language models demonstrate",
    );
    expectInputError(() => parse(profile), /looks like a profile export/);
  });

  it("throws on text with no entry at all", () => {
    expectInputError(() => parse("just some notes\n"), /refs\.bib: no BibTeX entry found/);
  });
});
