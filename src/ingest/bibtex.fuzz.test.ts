// Property-based tests for the BibTeX path (parseBibtex + enrichPapers): mutated real entries
// (deep and unbalanced braces, stray `@` entries, hostile Unicode, line-ending mixes) never
// crash it or hang it, every record and error has a line in the file, and enrichment keeps
// every profile paper. Scale the run counts with ATLAS_FUZZ_RUNS (a multiplier).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseBibtex } from "./bibtex";
import { enrichPapers } from "./enrich";
import { InputError } from "./errors";
import {
  AS_OF,
  bibEntries,
  bibMutations,
  fuzzRuns,
  lineCount,
  mutate,
  noise,
  PROFILE_FILE,
  readRepoFile,
  timeBoundMs,
} from "./fuzzInputs.testing";
import { parseProfile } from "./profile";
import { looksBinary } from "./text";
import type { ParsedBib } from "./types";

const FILE = "fuzzed.bib";
const profile = parseProfile(readRepoFile(PROFILE_FILE), { file: PROFILE_FILE, asOf: AS_OF });
// BIG-bench's 444 authors take the library about a second; the fuzz runs use the others.
const entries = bibEntries().filter((e) => !e.startsWith("@article{srivastava2023beyond"));
const COMMENT =
  "% Bibliographic records for the profile.\n% Every field was taken from a public source.\n\n";

/** See timeBoundMs: the BibTeX library's own linear cost is steep. */
const BIB_MS_PER_100KB = 10_000;

const WHOLE_FILE_REASONS = [
  /^the file is empty$/,
  /^binary content/,
  /^looks like a profile export; open it as a profile$/,
  /^no BibTeX entry found/,
  /^no readable BibTeX entry/,
];

function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`property violated: ${message}`);
}

/** Parse and enrich, checking every property; returns the parsed file or the InputError. */
function parseChecked(
  text: string,
  bound = timeBoundMs(text, BIB_MS_PER_100KB),
): ParsedBib | InputError {
  const lines = lineCount(text);
  const t0 = performance.now();
  let bib: ParsedBib;
  try {
    bib = parseBibtex(text, { file: FILE });
  } catch (error) {
    expect(performance.now() - t0).toBeLessThan(bound);
    expect(error).toBeInstanceOf(InputError);
    const e = error as InputError;
    check(e.file === FILE, "error names the file");
    check(
      WHOLE_FILE_REASONS.some((re) => re.test(e.reason)),
      `unexpected whole-file error "${e.reason}"`,
    );
    if (e.line !== null) check(e.line >= 1 && e.line <= lines, `error line ${e.line}`);
    if (/^binary/.test(e.reason)) check(looksBinary(text.replace(/^\uFEFF/, "")), "binary sniff");
    return e;
  }
  const textLines = text.split(/\r\n|\r|\n/);
  for (const r of bib.records) {
    check(
      Number.isInteger(r.line) && r.line >= 1 && r.line <= lines,
      `record ${r.key} line ${r.line}`,
    );
    check((textLines[r.line - 1] ?? "").includes("@"), `record ${r.key} line ${r.line} has no @`);
    check(r.key !== "" && r.title.trim() !== "", `record at ${r.line} lacks key or title`);
    check(r.type === r.type.toLowerCase(), `record ${r.key} type ${r.type}`);
    check(
      r.authors.every((a) => a.trim() !== ""),
      `record ${r.key} has an empty author`,
    );
    check(r.year === null || Number.isInteger(r.year), `record ${r.key} year`);
  }
  for (const issue of [...bib.errors, ...bib.warnings]) {
    check(issue.line >= 1 && issue.line <= lines, `issue line ${issue.line}: ${issue.reason}`);
    check(issue.file === FILE && issue.reason.trim() !== "", "issue without a reason");
  }

  const { papers, report } = enrichPapers(profile, [bib]);
  expect(performance.now() - t0).toBeLessThan(bound);
  check(papers.length === profile.papers.length, "enrichment lost or added a paper");
  check(report.matched + report.unmatchedPapers.length === papers.length, "paper accounting");
  check(
    report.matched + report.unmatchedRecords.length === bib.records.length,
    "record accounting",
  );
  check(new Set(papers.map((p) => p.slug)).size === papers.length, "slugs are unique");
  check(
    papers.every((p) => p.authors.length > 0),
    "a paper has no authors",
  );
  return bib;
}

const baseBib = fc
  .tuple(fc.boolean(), fc.subarray(entries, { minLength: 1, maxLength: 3 }))
  .map(([comment, picked]) => (comment ? COMMENT : "") + picked.join("\n"));

/** Stray entries of every kind, well-formed or not. */
const strayEntry = fc
  .tuple(
    fc.constantFrom("article", "misc", "string", "comment", "preamble", "InProceedings", "x"),
    fc.constantFrom("{", "("),
    fc.oneof(fc.constantFrom("k", "dup", "a b", ""), noise),
    fc.oneof(fc.constantFrom("title = {T}", "author = {A and B}", "x = y # z", "= }", ""), noise),
    fc.constantFrom("}", ")", "", "}}"),
  )
  .map(([type, open, key, body, close]) => `@${type}${open}${key}, ${body}${close}`);

describe("parseBibtex + enrichPapers under fuzzing", () => {
  it("survive mutated real entries: valid records and report, or a whole-file InputError", () => {
    fc.assert(
      fc.property(baseBib, bibMutations, (base, mutations) => {
        parseChecked(mutate(base, mutations));
      }),
      { numRuns: fuzzRuns(200) },
    );
  });

  it("survive stray `@` entries and noise between real entries", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(strayEntry, noise, fc.constantFrom(...entries)), {
          minLength: 1,
          maxLength: 8,
        }),
        (parts) => {
          parseChecked(parts.join("\n"));
        },
      ),
      { numRuns: fuzzRuns(150) },
    );
  });

  it("read the same records whatever the line endings and BOM", () => {
    fc.assert(
      fc.property(
        fc.subarray(entries, { minLength: 1, maxLength: 3 }),
        fc.constantFrom("\r\n", "\r"),
        fc.boolean(),
        (picked, eol, bom) => {
          const text = picked.join("\n");
          const baseline = parseBibtex(text, { file: FILE });
          const other = parseBibtex((bom ? "\uFEFF" : "") + text.replace(/\n/g, eol), {
            file: FILE,
          });
          expect(other.records).toEqual(baseline.records);
          expect(other.errors).toEqual(baseline.errors);
        },
      ),
      { numRuns: fuzzRuns(20) },
    );
  });
});

// Hostile inputs aimed at our regexes (entry starts, markup, whitespace) and at the library's
// weak spots (error positions, unclosed braces, @string expansion). Outside field values the
// bound is 10 s per 100 kB (see timeBoundMs). Inside a value the LaTeX parser costs tens of
// microseconds per character on its own, so those cases are bounded relative to a plain value
// of the same length: a quadratic blow-up would be far past it.
describe("parseBibtex against adversarial input", () => {
  const N = 100_000;
  const rep = (unit: string, n = N) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  const real = entries.slice(0, 2).join("\n");

  const outside: Record<string, string> = {
    "@ runs": rep("@"),
    "@ then letters": `@${rep("a")}`,
    "@type then spaces": `@article${rep(" ")}x`,
    "@type{ then spaces": `@article{${rep(" ")}`,
    "@type{ then a long key": `@article{${rep("k")}`,
    "@a{ runs on one line": rep("@a{"),
    "@a{ lines": rep("@a{\n"),
    "balanced broken entries": rep("@a{k=}\n"),
    "entries without equals": rep("@a{k t}\n"),
    "unclosed entries": rep("@article{k, title={T\n"),
    "percent comments": rep("%"),
    "open braces": rep("{"),
    "close braces": rep("}"),
    "markup openers": rep("<i "),
    "front matter dashes": `---\n${rep("-")}`,
    "CR runs": rep("\r"),
    "CRLF runs": rep("\r\n"),
  };
  for (const [name, text] of Object.entries(outside)) {
    it(`stays linear on ${name}, alone and around real entries`, () => {
      for (const t of [text, `${real}\n${text}\n${real}`]) parseChecked(t);
    });
  }

  it("refuses an @string doubling bomb with a line and keeps the other entries", () => {
    const defs = ["@string{s0 = {haha}}"];
    for (let i = 1; i <= 40; i++) defs.push(`@string{s${i} = s${i - 1} # s${i - 1}}`);
    const text = `${defs.join("\n")}\n@article{bomb, title = s40, author = {A B}}\n${real}`;
    const bib = parseChecked(text) as ParsedBib;
    expect(bib.records.map((r) => r.key)).toEqual(expect.arrayContaining(["bomb"]));
    expect(bib.records.find((r) => r.key === "bomb")?.title.length).toBeLessThan(50_000);
    expect(bib.errors.some((e) => /@string "s\d+" expands to more than/.test(e.reason))).toBe(true);
    expect(bib.records.length).toBe(3);
  });

  it("skips an entry whose macro references expand to too much text", () => {
    const big = `@string{big = {${rep("x", 19_000)}}}`;
    const text = `${big}\n@article{many, title = ${Array(2_000).fill("big").join(" # ")}, author = {A B}}\n${real}`;
    const bib = parseChecked(text, 20_000) as ParsedBib;
    expect(bib.records.map((r) => r.key)).not.toContain("many");
    expect(bib.errors.find((e) => /expand to too much text/.test(e.reason))?.line).toBe(2);
    expect(bib.records).toHaveLength(2);
  });

  it("keeps macros that are fine, across batches", () => {
    const many = Array.from(
      { length: 150 },
      (_, i) => `@article{k${i}, title = {Paper ${i}}, journal = jmlr, author = {A B}}`,
    );
    const text = `@string{jmlr = {Journal of Machine Learning Research}}\n${many.join("\n")}`;
    const bib = parseChecked(text) as ParsedBib;
    expect(bib.records).toHaveLength(150);
    expect(new Set(bib.records.map((r) => r.venueFull))).toEqual(
      new Set(["Journal of Machine Learning Research"]),
    );
    expect(bib.records[149]?.line).toBe(151);
  });

  // Field values: the library's own cost is linear but steep; compare with a plain value.
  const inValue: Record<string, string> = {
    "nested braces": `${rep("{", 5_000)}x${rep("}", 5_000)}`,
    "unclosed braces": rep("{", 10_000),
    backslashes: rep("\\", 10_000),
    "accent commands": rep("\\'e", 10_000),
    "math toggles": rep("$x$ ", 10_000),
    "markup-like tags": rep("<i>a</i> ", 10_000),
    "whitespace runs": rep(" \t\n", 10_000),
    "concatenation hashes": rep(" # ", 10_000),
    "and-separated names": rep("A B and ", 10_000),
    "lone surrogates": rep("\uD800x", 10_000),
  };
  const entryWith = (value: string) =>
    `@article{adv, title = {${value}}, author = {${value}}, year = {${value}}}\n${real}`;
  // The plain value's time, measured by whichever test needs it first: each test stands alone
  // (run by itself, in any order), and the plain parse still runs once per file.
  let baselineMs: number | null = null;
  const baseline = (): number => {
    if (baselineMs === null) {
      const t0 = performance.now();
      const bib = parseChecked(entryWith(rep("word ", 10_000)), 60_000) as ParsedBib;
      baselineMs = performance.now() - t0;
      expect(bib.records.some((r) => r.key === "adv")).toBe(true);
    }
    return baselineMs;
  };

  it("reads a plain 10,000-character value (the baseline)", () => {
    expect(baseline()).toBeGreaterThan(0);
  });
  for (const [name, value] of Object.entries(inValue)) {
    it(`stays linear on 10,000 characters of ${name} in title, author and year`, () => {
      parseChecked(entryWith(value), 5 * baseline() + 3_000);
    });
  }
});
