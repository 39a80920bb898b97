// Hostile BibTeX case: each input of the reliability issue (a 4.99 MB field, 100,000 authors,
// a 180,000-word abstract, a 900 KB preamble, 5,000 identical records, braces 100,000 deep) is
// read and parsed in a child process as the CLI does, against the real default BibTeX parsed
// the same way in the same run. Time: the budgets keep a hostile file within a few times the
// real file's parse; memory: peak RSS grows by at most ten times the input over the real file's
// (or the runtime's noise floor); a case whose budget cuts an entry is measured over the
// smallest entry that budget cuts, as in the unit suite. The unit suite
// (src/ingest/hostileInputs.test.ts) checks the reports and the memory bound; the time figures
// live here.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  HOSTILE_CASES,
  REAL_BIB,
  runProbe,
  writeHostileFiles,
} from "../src/ingest/hostileInputs.testing";
import { type BenchRecord, ratioOf } from "./results";
import { median } from "./stats";

/** Within this factor of the real file's parse time. */
export const HOSTILE_TIME_RATIO_GOAL = 5;
/** Peak RSS growth over the real file's: at most this many times the input's size... */
export const HOSTILE_RSS_INPUT_FACTOR = 10;
/** ...or this much, which garbage collection timing moves between identical runs. */
export const RSS_NOISE_BYTES = 32 * 1024 * 1024;

/** Median time and largest peak RSS over `runs` child processes. */
function measure(
  name: string,
  path: string,
  runs: number,
): { ms: number; rss: number; bytes: number } {
  const results = Array.from({ length: runs }, () => runProbe(name, path, 300_000));
  return {
    ms: median(results.map((r) => r.ms)),
    rss: Math.max(...results.map((r) => r.peakRssBytes)),
    bytes: results[0]?.inputBytes ?? 0,
  };
}

export function runHostileBibCases(runs: number, log?: (line: string) => void): BenchRecord[] {
  const dir = mkdtempSync(join(tmpdir(), "atlas-bench-hostile-"));
  try {
    const base = measure("baseline", REAL_BIB, runs);
    return Object.keys(HOSTILE_CASES).map((name) => {
      const { path, referencePath } = writeHostileFiles(dir, name);
      const ours = measure(name, path, runs);
      const ratio = ratioOf(ours.ms, base.ms);
      // Memory over the smallest entry the same budget cuts, where the case has one (its kept
      // part costs the same in both); time stays against the real file.
      const memoryBase = referencePath ? measure(`${name} (reference)`, referencePath, runs) : base;
      const growth = ours.rss - memoryBase.rss;
      const rssBound = Math.max(HOSTILE_RSS_INPUT_FACTOR * ours.bytes, RSS_NOISE_BYTES);
      const met = ratio !== null && ratio <= HOSTILE_TIME_RATIO_GOAL && growth <= rssBound;
      log?.(
        `  ingest/hostile-bibtex/${name}: ${ours.ms.toFixed(0)} ms vs ${base.ms.toFixed(0)} ms, RSS +${(growth / 2 ** 20).toFixed(0)} MB`,
      );
      return {
        case: `ingest/hostile-bibtex/${name.replace(/\W+/g, "-")}`,
        group: "ingest",
        size: `${(ours.bytes / 1e6).toFixed(2)} MB: ${name}`,
        n: ours.bytes,
        runs,
        ours_ms: ours.ms,
        baseline: "the real default BibTeX, read and parsed the same way (child process)",
        baseline_ms: base.ms,
        ratio,
        quality: null,
        goal: {
          text: `ratio <= ${HOSTILE_TIME_RATIO_GOAL} and peak RSS growth <= max(${HOSTILE_RSS_INPUT_FACTOR}x input, ${RSS_NOISE_BYTES / 2 ** 20} MB)`,
          met,
        },
        extra: {
          peak_rss_mb: Math.round(ours.rss / 2 ** 20),
          baseline_peak_rss_mb: Math.round(memoryBase.rss / 2 ** 20),
          ...(referencePath ? { rss_baseline: "the smallest entry the same budget cuts" } : {}),
          rss_growth_mb: Math.round(growth / 2 ** 20),
          rss_bound_mb: Math.round(rssBound / 2 ** 20),
        },
        notes: [],
      } satisfies BenchRecord;
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
