// The reliability suite: each hostile BibTeX input of the issue is parsed in a child process
// (the CLI's path: read the file, parseBibtex) that reports its time and peak memory, next to
// a child that parses the real file alone. Bound: peak memory grows by at most ten times the
// input's size over the real file's (or by the runtime's own noise floor, whichever is more).
// A case whose budget cuts an entry is measured over the smallest entry that budget cuts
// (BUDGET_REFERENCE): keeping the budget's worth costs the same in both, so the bound is on
// what the hostile excess adds. The report names every budget with its line while every real
// record around the hostile entry is still read. Time is a bench figure
// (bench/hostileBibCase.ts: within five times the real file's parse), never a unit-test
// assertion.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ProbeResult, REAL_BIB, runProbe, writeHostileFiles } from "./hostileInputs.testing";

/** Peak RSS moves by this much between identical runs (garbage collection timing). */
const RSS_NOISE_BYTES = 32 * 1024 * 1024;
const REAL_RECORDS = 50;

let dir = "";
let baseline: ProbeResult;

function measure(name: string): ProbeResult {
  const { path, referencePath } = writeHostileFiles(dir, name);
  const result = runProbe(name, path);
  const base = referencePath ? runProbe(`${name} (reference)`, referencePath) : baseline;
  const growth = result.peakRssBytes - base.peakRssBytes;
  expect(growth).toBeLessThanOrEqual(Math.max(10 * result.inputBytes, RSS_NOISE_BYTES));
  return result;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "atlas-hostile-"));
  baseline = runProbe("baseline", REAL_BIB);
  expect(baseline.records).toHaveLength(REAL_RECORDS);
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe("BibTeX budgets against hostile input (child process, measured)", () => {
  it("drops a 4.99 MB field with a warning naming its line and budget", () => {
    const r = measure("huge field");
    expect(r.inputBytes).toBeGreaterThan(4_990_000);
    expect(r.warnings).toEqual([
      {
        line: 18,
        reason:
          'entry "hostileField": field "note" is 4,990,000 characters, over the budget of 10,000 per field; the field is dropped',
      },
    ]);
    expect(r.records).toHaveLength(REAL_RECORDS + 1);
    expect(r.records.find((x) => x.key === "hostileField")?.line).toBe(15);
  }, 120_000);

  it("cuts an entry of 100,000 authors to the budget and marks the list as cut", () => {
    const r = measure("100k authors");
    expect(r.warnings).toEqual([
      {
        line: 17,
        reason:
          'entry "hostileAuthors": 100,000 authors, over the budget of 3,000 per entry; the first 3,000 kept, the list marked as cut',
      },
    ]);
    expect(r.records.find((x) => x.key === "hostileAuthors")).toMatchObject({
      authors: 3_000,
      truncated: true,
    });
    expect(r.records).toHaveLength(REAL_RECORDS + 1);
  }, 120_000);

  it("never hands a 180,000-word abstract to the parser (the app does not read it)", () => {
    const r = measure("180k-word abstract");
    expect(r.errors).toEqual([]);
    expect(r.records).toHaveLength(REAL_RECORDS + 1);
  }, 120_000);

  it("never hands a 900 KB @preamble to the parser", () => {
    const r = measure("900 KB preamble");
    expect(r.inputBytes).toBeGreaterThan(890_000);
    expect(r.errors).toEqual([]);
    expect(r.records).toHaveLength(REAL_RECORDS);
  }, 120_000);

  it("reports each of 5,000 identical records as a duplicate of the first, with both lines", () => {
    const r = measure("5,000 identical records");
    const repeats = r.warnings.filter((w) =>
      w.reason.startsWith('entry "same" repeats the key of the entry at line 15;'),
    );
    expect(repeats).toHaveLength(4_999);
    expect(repeats[0]?.line).toBe(19);
    expect(repeats.at(-1)?.line).toBe(15 + 4 * 4_999);
    expect(r.records).toHaveLength(REAL_RECORDS + 1);
  }, 120_000);

  it("skips an entry nested 100,000 braces deep, naming the budget", () => {
    const r = measure("deep nesting");
    expect(r.errors).toEqual([
      {
        line: 15,
        reason:
          'entry "hostileNesting": braces nested 100,001 deep, over the budget of 32; skipped',
      },
    ]);
    expect(r.records).toHaveLength(REAL_RECORDS);
  }, 120_000);
});
