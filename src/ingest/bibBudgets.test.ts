// The BibTeX reader's budgets and duplicate reports, on small files: what is cut, dropped or
// skipped is reported at its line with the budget it passed, and the rest of the file is read.
import { describe, expect, it } from "vitest";
import { BIB_BUDGETS, planBibtexParse } from "./bibBatches";
import { parseBibtex } from "./bibtex";

const parse = (text: string, budgets = BIB_BUDGETS) =>
  parseBibtex(text, { file: "refs.bib", budgets });
const entry = (key: string, title: string, extra = "") =>
  `@article{${key},\n  title = {${title}},\n  author = {Ada Lovelace and Alan Turing}${extra}\n}\n`;

describe("BibTeX duplicates", () => {
  it("reports a second entry with the same key and another title, with both lines", () => {
    const bib = parse(`${entry("a1", "First paper")}${entry("a1", "Second paper")}`);
    expect(bib.records.map((r) => r.title)).toEqual(["First paper"]);
    expect(bib.warnings).toEqual([
      {
        file: "refs.bib",
        line: 5,
        reason:
          'entry "a1" repeats the key of the entry at line 1; the first is kept, this one is skipped',
      },
    ]);
  });

  it("reports a record whose normalised title repeats another's", () => {
    const bib = parse(`${entry("a1", "Deep Nets, Again")}\n${entry("b2", "deep nets again")}`);
    expect(bib.records.map((r) => r.key)).toEqual(["a1"]);
    expect(bib.warnings[0]).toEqual({
      file: "refs.bib",
      line: 6,
      reason:
        'entry "b2" has the same title as entry "a1" at line 1; the first is kept, this one is skipped',
    });
  });
});

describe("BibTeX budgets", () => {
  it("drops a read field over its budget with a warning at the field's line", () => {
    const text = `${entry("a1", "Kept")}${entry("a2", "Long note", `,\n  note = {${"n".repeat(50)}}`)}`;
    const bib = parse(text, { ...BIB_BUDGETS, maxFieldChars: 20 });
    expect(bib.records.map((r) => [r.key, r.note])).toEqual([
      ["a1", null],
      ["a2", null],
    ]);
    expect(bib.warnings).toEqual([
      {
        file: "refs.bib",
        line: 8,
        reason:
          'entry "a2": field "note" is 50 characters, over the budget of 20 per field; the field is dropped',
      },
    ]);
  });

  it("reads a long author list in groups, in order, the same as in one piece", () => {
    const names = Array.from({ length: 260 }, (_, i) => `Name${i} {\\"O}sterberg${i}`);
    const bib = parse(`@article{big,\n  title = {Big},\n  author = {${names.join(" and ")}}\n}\n`);
    expect(bib.records[0]?.authors).toHaveLength(260);
    expect(bib.records[0]?.authors[0]).toBe("Name0 Österberg0");
    expect(bib.records[0]?.authors[259]).toBe("Name259 Österberg259");
    expect(bib.records[0]?.authorsTruncated).toBe(false);
  });

  it("cuts an author list over the budget and marks it as cut", () => {
    const names = Array.from({ length: 300 }, (_, i) => `Given${i} Family${i}`);
    const bib = parse(
      `@article{many,\n  title = {Many},\n  author = {${names.join(" and ")}}\n}\n`,
      {
        ...BIB_BUDGETS,
        maxAuthorsPerEntry: 120,
      },
    );
    expect(bib.records[0]?.authors).toHaveLength(120);
    expect(bib.records[0]?.authors[119]).toBe("Given119 Family119");
    expect(bib.records[0]?.authorsTruncated).toBe(true);
    expect(bib.warnings.map((w) => [w.line, w.reason])).toEqual([
      [
        3,
        'entry "many": 300 authors, over the budget of 120 per entry; the first 120 kept, the list marked as cut',
      ],
    ]);
  });

  it("skips an entry nested deeper than the budget and reads the next", () => {
    const deep = `@article{deep,\n  title = {${"{".repeat(40)}x${"}".repeat(40)}}\n}\n`;
    const bib = parse(`${deep}${entry("ok", "Fine")}`);
    expect(bib.records.map((r) => r.key)).toEqual(["ok"]);
    expect(bib.errors).toEqual([
      {
        file: "refs.bib",
        line: 1,
        reason: 'entry "deep": braces nested 41 deep, over the budget of 32; skipped',
      },
    ]);
  });

  it("never hands fields the app does not read, preambles or comments to the parser", () => {
    const text = `@preamble{"${"p".repeat(1000)}"}\n@comment{${"c".repeat(1000)}}\n${entry("a1", "Kept", `,\n  keywords = {${"a".repeat(1000)}},\n  journal = {JMLR}`)}`;
    // Off the fast path, as for any entry that is not plain text.
    const plan = planBibtexParse(text, BIB_BUDGETS, { fastPath: false });
    const handed = plan.batches.map((b) => b.text).join("");
    expect(handed).not.toContain("ppp");
    expect(handed).not.toContain("ccc");
    expect(handed).not.toContain("aaa");
    expect(handed).toContain("JMLR");
    expect(parse(text).records[0]?.venueFull).toBe("JMLR");
  });
});
