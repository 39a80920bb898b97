// The hostile inputs of the reliability suite, and a probe that parses one in a fresh Node
// process and prints what it cost (run as a child process by hostileInputs.test.ts and
// bench/hostileBibCase.ts, so each case's peak memory is its own). Each input is the real
// BibTeX file with one hostile entry in the middle, so the report must still hold every real
// record around it.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { BIB_BUDGETS } from "./bibBatches";
import { parseBibtex } from "./bibtex";

export const REAL_BIB = fileURLToPath(new URL("../../data/bib/jiaming-song.bib", import.meta.url));

function words(n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(`word${i % 977}`);
  return out.join(" ");
}

function authors(n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(`Given${i} Family${i % 311}`);
  return out.join(" and ");
}

function authorsEntry(n: number): string {
  return `@article{hostileAuthors,\n  title = {A paper with a hundred thousand authors},\n  author = {${authors(n)}}\n}\n`;
}

/** The hostile cases of the reliability issue, by name: the text inserted into the real file. */
export const HOSTILE_CASES: Record<string, () => string> = {
  // One field of 4.99 MB (the size limit is 5 MB).
  "huge field": () =>
    `@article{hostileField,\n  title = {A paper with a huge note},\n  author = {Ada Lovelace},\n  note = {${"x".repeat(4_990_000)}}\n}\n`,
  // One entry with 100,000 authors.
  "100k authors": () => authorsEntry(100_000),
  // An abstract of 180,000 plain words.
  "180k-word abstract": () =>
    `@article{hostileAbstract,\n  title = {A paper with a long abstract},\n  author = {Ada Lovelace},\n  abstract = {${words(180_000)}}\n}\n`,
  // A 900 KB @preamble.
  "900 KB preamble": () => `@preamble{"${"\\newcommand{\\x}{y} ".repeat(45_000)}"}\n`,
  // 5,000 copies of one record.
  "5,000 identical records": () =>
    `@article{same,\n  title = {The same paper again},\n  author = {Ada Lovelace}\n}\n`.repeat(
      5_000,
    ),
  // Braces nested 100,000 deep in a title.
  "deep nesting": () =>
    `@article{hostileNesting,\n  title = {${"{".repeat(100_000)}x${"}".repeat(100_000)}},\n  author = {Ada Lovelace}\n}\n`,
};

/**
 * For a case whose budget cuts the hostile entry, the smallest entry the same budget cuts
 * (one author over it). Both take the same path and keep the same part; the memory that part
 * costs is the budget's price, paid by any file that reaches it, so a hostile input's growth is
 * measured over this reference rather than over the real file alone.
 */
export const BUDGET_REFERENCE: Record<string, () => string> = {
  "100k authors": () => authorsEntry(BIB_BUDGETS.maxAuthorsPerEntry + 1),
};

/**
 * Case `name` written into `dir` as the real file with its hostile entry, and, where the case
 * has one, its budget reference beside it: the paths to probe.
 */
export function writeHostileFiles(
  dir: string,
  name: string,
): { path: string; referencePath: string | null } {
  const make = HOSTILE_CASES[name];
  if (!make) throw new Error(`no hostile case "${name}"`);
  const stem = join(dir, name.replace(/\W+/g, "-"));
  writeFileSync(`${stem}.bib`, hostileBib(make()));
  const reference = BUDGET_REFERENCE[name];
  if (!reference) return { path: `${stem}.bib`, referencePath: null };
  writeFileSync(`${stem}.reference.bib`, hostileBib(reference()));
  return { path: `${stem}.bib`, referencePath: `${stem}.reference.bib` };
}

/** The real file with `insert` after its first entry (lines of later entries shift). */
export function hostileBib(insert: string): string {
  const real = readFileSync(REAL_BIB, "utf8");
  const cut = real.indexOf("\n@", real.indexOf("@") + 1);
  return `${real.slice(0, cut + 1)}${insert}${real.slice(cut + 1)}`;
}

export interface ProbeResult {
  name: string;
  inputBytes: number;
  ms: number;
  /** Peak resident set size of the whole process, in bytes. */
  peakRssBytes: number;
  records: { key: string; line: number; authors: number; truncated: boolean }[];
  errors: { line: number; reason: string }[];
  warnings: { line: number; reason: string }[];
}

/** Read and parse a BibTeX file as the CLI does, and measure. */
export function probe(name: string, path: string): ProbeResult {
  const text = readFileSync(path, "utf8");
  const start = performance.now();
  const bib = parseBibtex(text, { file: "hostile.bib" });
  const ms = performance.now() - start;
  return {
    name,
    inputBytes: Buffer.byteLength(text),
    ms,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
    records: bib.records.map((r) => ({
      key: r.key,
      line: r.line,
      authors: r.authors.length,
      truncated: r.authorsTruncated,
    })),
    errors: bib.errors.map(({ line, reason }) => ({ line, reason })),
    warnings: bib.warnings.map(({ line, reason }) => ({ line, reason })),
  };
}

/** Run `probe` on `path` in a fresh Node process (its peak memory its own); waits for it. */
export function runProbe(name: string, path: string, timeoutMs = 120_000): ProbeResult {
  const self = fileURLToPath(import.meta.url);
  const out = execFileSync(process.execPath, ["--import", "tsx", self, name, path], {
    encoding: "utf8",
    timeout: timeoutMs,
  });
  return JSON.parse(out) as ProbeResult;
}

// As a child process: `node --import tsx hostileInputs.testing.ts NAME FILE` prints one JSON line.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [name = "", path = REAL_BIB] = process.argv.slice(2);
  process.stdout.write(`${JSON.stringify(probe(name, path))}\n`);
}
