// Property-based tests for the profile parser: thousands of mutated copies of the real export
// (and plain random text) never crash it, never hang it, and every entry it saw is accounted
// for. Scale the run counts with ATLAS_FUZZ_RUNS (a multiplier).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseBibtex } from "./bibtex";
import { enrichPapers } from "./enrich";
import { InputError } from "./errors";
import {
  AS_OF,
  BIB_FILE,
  fuzzRuns,
  lineCount,
  longLine,
  mutate,
  noise,
  profileParts,
  readRepoFile,
  textMutations,
  timeBoundMs,
} from "./fuzzInputs.testing";
import { titleKey } from "./names";
import { parseProfile } from "./profile";
import { looksBinary, splitLines } from "./text";
import type { ParsedProfile } from "./types";

const FILE = "fuzzed.txt";
const real = readRepoFile("data/profiles/jiaming-song.txt");
const { header, entries } = profileParts();

/** The reasons a whole file may be refused; anything else must be reported per entry. */
const WHOLE_FILE_REASONS = [
  /^the file is empty$/,
  /^binary content/,
  /^looks like BibTeX; open it as BibTeX$/,
  /^no recognisable entry/,
  /^no profile owner/,
];

/** Parse, and check the outcome: a valid report, or a whole-file InputError. Returns the result. */
function parseChecked(text: string): ParsedProfile | InputError {
  const t0 = performance.now();
  let result: ParsedProfile | InputError;
  try {
    result = parseProfile(text, { file: FILE, asOf: AS_OF });
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    result = error as InputError;
  }
  const elapsed = performance.now() - t0;
  expect(elapsed).toBeLessThan(timeBoundMs(text));

  const lines = lineCount(text);
  if (result instanceof InputError) {
    expect(result.file).toBe(FILE);
    expect(WHOLE_FILE_REASONS.some((re) => re.test(result.reason))).toBe(true);
    if (result.line !== null) expect(result.line).toBeGreaterThanOrEqual(1);
    if (result.line !== null) expect(result.line).toBeLessThanOrEqual(lines);
    if (/^binary/.test(result.reason)) expect(looksBinary(text)).toBe(true);
    if (/^the file is empty/.test(result.reason))
      expect(text.replace(/^\uFEFF/, "").trim()).toBe("");
    return result;
  }
  checkReport(result, lines);
  return result;
}

// Plain checks (not `expect`): they run for every record of thousands of inputs.
function check(condition: boolean, message: string): void {
  if (!condition) throw new Error(`property violated: ${message}`);
}

function inRange(line: number, lines: number, what: string): void {
  check(
    Number.isInteger(line) && line >= 1 && line <= lines,
    `${what} line ${line} not in 1..${lines}`,
  );
}

function checkReport(parsed: ParsedProfile, lines: number): void {
  const { papers, report } = parsed;
  check(
    report.entriesSeen === papers.length + report.duplicates.length + report.rejected.length,
    `entriesSeen ${report.entriesSeen} != ${papers.length} papers + ${report.duplicates.length} duplicates + ${report.rejected.length} rejected`,
  );
  for (const r of report.rejected) {
    inRange(r.line, lines, "rejection");
    check(r.file === FILE && r.reason.trim() !== "", `rejection at ${r.line} has no reason`);
  }
  for (const d of report.duplicates) {
    inRange(d.line, lines, "duplicate");
    inRange(d.keptLine, lines, "kept");
    check(d.keptLine < d.line && d.reason.trim() !== "", `duplicate at ${d.line}`);
  }
  for (const w of report.warnings) {
    inRange(w.line, lines, "warning");
    check(w.reason.trim() !== "", `warning at ${w.line} has no reason`);
  }
  let previous = 0;
  const keys = new Set<string>();
  for (const p of papers) {
    inRange(p.line, lines, "paper");
    check(p.line > previous, `paper lines not increasing at ${p.line}`);
    previous = p.line;
    check(p.title.trim() !== "", `paper at ${p.line} has no title`);
    check(
      p.authors.length > 0 && p.authors.every((a) => a.trim() !== ""),
      `paper at ${p.line} authors`,
    );
    check(
      /^\d{4}-\d{2}-\d{2}$/.test(p.date) && Number(p.date.slice(0, 4)) === p.year,
      `date ${p.date}`,
    );
    keys.add(titleKey(p.title));
  }
  // Duplicates are merged: no two papers share a title key.
  check(keys.size === papers.length, "two papers share a title key");
  // Plain data: the records cross a Worker boundary unchanged.
  expect(JSON.parse(JSON.stringify(parsed))).toEqual(parsed);
}

/** The real header with a few real entries, or the whole real file. */
const baseProfile = fc.oneof(
  fc.constant(real),
  fc
    .shuffledSubarray(entries, { minLength: 1, maxLength: 8 })
    .map((picked) => [...header, ...picked.flat()].join("\n")),
);

describe("parseProfile under fuzzing", () => {
  it("survives mutated copies of the real export: a valid report or a whole-file InputError", () => {
    fc.assert(
      fc.property(baseProfile, textMutations, (base, mutations) => {
        parseChecked(mutate(base, mutations));
      }),
      { numRuns: fuzzRuns(800) },
    );
  });

  it("survives arbitrary text, with and without a real header in front", () => {
    const junk = fc
      .array(fc.oneof(noise, longLine, fc.constantFrom(...entries.flat())), { maxLength: 30 })
      .map((parts) => parts.join("\n"));
    fc.assert(
      fc.property(fc.boolean(), junk, (withHeader, text) => {
        parseChecked(withHeader ? `${header.join("\n")}\n${text}` : text);
      }),
      { numRuns: fuzzRuns(800) },
    );
  });

  it("never refuses the whole file while the owner line and one intact entry remain", () => {
    // Structural damage below the header only (no inserted text): entries may be cut, lost,
    // doubled or shuffled, but the file is still a profile and must parse.
    const structural = fc.array(
      fc.oneof(
        fc.record({
          op: fc.constant("deleteLines" as const),
          at: fc.double({ min: 0, max: 0.999, noNaN: true }),
          count: fc.integer({ min: 1, max: 30 }),
        }),
        fc.record({
          op: fc.constant("duplicateLines" as const),
          at: fc.double({ min: 0, max: 0.999, noNaN: true }),
          count: fc.integer({ min: 1, max: 30 }),
          to: fc.double({ min: 0, max: 0.999, noNaN: true }),
        }),
        fc.record({
          op: fc.constant("shuffleLines" as const),
          at: fc.double({ min: 0, max: 0.999, noNaN: true }),
          count: fc.integer({ min: 2, max: 60 }),
          seed: fc.nat(),
        }),
        fc.record({
          op: fc.constant("truncate" as const),
          at: fc.double({ min: 0.2, max: 0.999, noNaN: true }),
        }),
      ),
      { maxLength: 4 },
    );
    const body = entries.flat().join("\n");
    const heads = new Set(entries.map((e) => e[0] as string));
    fc.assert(
      fc.property(structural, fc.constantFrom("\n", "\r\n", "\r"), (mutations, eol) => {
        const mutatedBody = mutate(body, mutations);
        const text = [...header, mutatedBody].join("\n").replace(/\n/g, eol);
        const intact = mutatedBody.split("\n").some((l) => heads.has(l));
        const result = parseChecked(text);
        if (intact) {
          expect(result).not.toBeInstanceOf(InputError);
          expect((result as ParsedProfile).report.entriesSeen).toBeGreaterThan(0);
        }
      }),
      { numRuns: fuzzRuns(250) },
    );
  });

  it("reads the same papers whatever the line endings, BOM and trailing spaces", () => {
    const baseline = parseProfile(real, { file: FILE, asOf: AS_OF });
    fc.assert(
      fc.property(
        fc.constantFrom("\r\n", "\r", "\n"),
        fc.boolean(),
        fc.constantFrom("", " ", "\t", "  \t"),
        (eol, bom, trailing) => {
          const text =
            (bom ? "\uFEFF" : "") +
            real
              .split("\n")
              .map((l) => l + trailing)
              .join(eol);
          expect(parseProfile(text, { file: FILE, asOf: AS_OF })).toEqual(baseline);
        },
      ),
      { numRuns: fuzzRuns(24) },
    );
  });

  it("accepts the same titles in any entry order (only which copy is kept may change)", () => {
    const baseline = parseProfile(real, { file: FILE, asOf: AS_OF });
    const titles = (p: ParsedProfile) => new Set(p.papers.map((x) => titleKey(x.title)));
    fc.assert(
      fc.property(fc.shuffledSubarray(entries, { minLength: entries.length }), (order) => {
        const text = [...header, ...order.flatMap((e) => [...e, ""])].join("\n");
        const parsed = parseChecked(text) as ParsedProfile;
        expect(parsed.report.entriesSeen).toBe(baseline.report.entriesSeen);
        expect(parsed.papers.length).toBe(baseline.papers.length);
        expect(parsed.report.duplicates.length).toBe(baseline.report.duplicates.length);
        expect(parsed.report.rejected.length).toBe(baseline.report.rejected.length);
        expect(titles(parsed)).toEqual(titles(baseline));
      }),
      { numRuns: fuzzRuns(40) },
    );
  });
});

// Every regex and splitter in the parser meets long lines built to make a backtracking engine
// go quadratic or worse; each parse (100,000-character line) must stay under the time bound.
describe("parseProfile against adversarial long lines", () => {
  const N = 100_000;
  const rep = (unit: string) => unit.repeat(Math.ceil(N / unit.length)).slice(0, N);
  const patterns: Record<string, string> = {
    letters: rep("a"),
    spaces: `${rep(" ")}x`,
    tabs: `${rep("\t")}x`,
    "comma-space names": rep("Ab Cd, "),
    commas: `${rep(",")} et al.`,
    "comma-space before et al": `A B${rep(", ")} et al.`,
    "repeated et al": `${rep(" et al")}.`,
    "and-joined": rep("a and "),
    ampersands: rep("a & "),
    "middle dots": rep("\u00b7"),
    "names then org dots": `${rep("A B, ").slice(0, N / 2)}\u00b7${rep("org, ").slice(0, N / 2)}`,
    "head-like prefix": `LGJun ${rep("9")}`,
    "head-like year": `LGJun 9, ${rep("2")}`,
    "capital run": rep("LGJUN"),
    "stat digits": `h-index${rep("1,")}`,
    "digits then papers": `${rep("1")}papers`,
    "novelty decimals": `Novelty${rep("1.")}%`,
    "sentence ends": rep("a. "),
    "hyphen slashes": rep("-/"),
    "combining marks": `a${rep("\u0301")}`,
    "folded letters": rep("\u0142\u00df"),
    "astral letters": rep("\u{1D518}"),
    "lone surrogates": rep("\uD800a"),
    "CR runs": rep("\r"),
    "LF runs": rep("\n"),
  };
  // The real BibTeX, so enrichment also matches titles and merges author lists.
  const realBib = parseBibtex(readRepoFile(BIB_FILE), { file: BIB_FILE });

  for (const [name, line] of Object.entries(patterns)) {
    it(`stays fast with a 100,000-character line of ${name} in every position`, () => {
      const places = [
        [line, ...header, ...(entries[0] ?? [])], // before the owner
        [...header, line, ...(entries[0] ?? [])], // in the header
        [...header, (entries[0] ?? [])[0] ?? "", line, "", "A B, C D"], // as the title
        [...header, (entries[0] ?? [])[0] ?? "", "A title", "", line], // as the authors line
        [...header, ...(entries[0] ?? []), line], // as the abstract
        [...header, line], // as the only body line
      ];
      for (const lines of places) {
        const text = lines.join("\n");
        const result = parseChecked(text);
        if (!(result instanceof InputError)) {
          const t0 = performance.now();
          const { papers } = enrichPapers(result, [realBib]);
          expect(papers).toHaveLength(result.papers.length);
          expect(performance.now() - t0).toBeLessThan(timeBoundMs(text));
        }
      }
    });
  }

  it("enriches an entry matching BIG-bench (444 authors) with a 20,000-character authors line", () => {
    const names = Array.from({ length: 2_000 }, (_, i) => `Given${i} Family${i}`)
      .join(", ")
      .slice(0, 19_990);
    const text = [
      ...header,
      "CLJun 9, 2022",
      "Beyond the Imitation Game: Quantifying and extrapolating the capabilities of language models",
      "",
      names,
    ].join("\n");
    const parsed = parseChecked(text) as ParsedProfile;
    expect(parsed.papers).toHaveLength(1);
    const t0 = performance.now();
    const { papers } = enrichPapers(parsed, [realBib]);
    expect(performance.now() - t0).toBeLessThan(timeBoundMs(text));
    expect(papers[0]?.bibKey).toBe("srivastava2023beyond");
    expect(papers[0]?.authors.length).toBeGreaterThan(444);
  });

  it("keeps a profile of 10,000-character lines linear: 2 MB parses within the bound", () => {
    const lines = [...header];
    for (let k = 0; k < 200; k++)
      lines.push("LGJun 9, 2022", `Title ${k}`, "", "A B, C D", "", rep("word ").slice(0, 10_000));
    const text = lines.join("\n");
    const parsed = parseChecked(text) as ParsedProfile;
    expect(parsed.papers).toHaveLength(200);
    expect(splitLines(text).length).toBe(lines.length);
  });
});
