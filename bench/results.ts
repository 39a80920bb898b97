// The results file: one record per benchmark case, merged by case name, so the Node suite
// (bench/run.ts) and the browser suite (bench/browser.ts) write into the same bench/results.json
// without overwriting each other's cases.
import { existsSync, readFileSync, writeFileSync } from "node:fs";

/** A quality figure where the case has one (layout: neighbourhood preservation, 0..1). */
export interface QualityFigure {
  metric: string;
  ours: number;
  baseline: number | null;
}

export interface GoalFigure {
  /** What the goal asks, in words (e.g. "quality >= FA2's and time <= 1/3 of FA2's"). */
  text: string;
  /** null where the goal does not apply to this record or could not be judged. */
  met: boolean | null;
  /**
   * A missed goal only: each bound missed, as the figure, the bound and by how much (`overBy`),
   * then why, as far as the bench knows (with the bench/README.md section that measures it).
   */
  shortfall?: string[];
}

export interface BenchRecord {
  /** Unique name, e.g. `ingest/synthetic-10k`, `layout/10k/vs-forceatlas2`. */
  case: string;
  group: "ingest" | "layout" | "filter" | "startup" | "memory" | (string & {});
  /** Size in words (`10,000 papers`, `50,000 authors`). */
  size: string;
  /** Size as a number (papers, authors or nodes), for fits and sorting. */
  n: number;
  /** Repeated runs behind each median. */
  runs: number;
  /** Our median time in milliseconds. */
  ours_ms: number;
  /** What we compare against, in words. */
  baseline: string;
  /** The baseline's median time in the same run; null where there is none. */
  baseline_ms: number | null;
  /** ours_ms / baseline_ms (below 1: we are faster). */
  ratio: number | null;
  quality: QualityFigure | null;
  goal: GoalFigure | null;
  /** Case-specific figures (throughput, iterations, caps ...). */
  extra: Record<string, number | string | boolean | null>;
  notes: string[];
}

export interface ResultsFile {
  /** What wrote the file last and on what machine (no clock: results are compared, not dated). */
  environment: Record<string, string | number>;
  records: BenchRecord[];
}

export const RECORD_FIELDS = [
  "case",
  "group",
  "size",
  "n",
  "runs",
  "ours_ms",
  "baseline",
  "baseline_ms",
  "ratio",
  "quality",
  "goal",
  "extra",
  "notes",
] as const satisfies readonly (keyof BenchRecord)[];

/** Add or replace (same `case`) a record; keeps the others' order. Returns the same object. */
export function addRecord(results: ResultsFile, record: BenchRecord): ResultsFile {
  const at = results.records.findIndex((r) => r.case === record.case);
  if (at >= 0) results.records[at] = record;
  else results.records.push(record);
  return results;
}

/** Read a results file; a missing file is an empty one. */
export function readResults(path: string): ResultsFile {
  if (!existsSync(path)) return { environment: {}, records: [] };
  const parsed = JSON.parse(readFileSync(path, "utf8")) as Partial<ResultsFile>;
  if (!parsed || !Array.isArray(parsed.records)) {
    throw new Error(`results: ${path} is not a results file (no "records" array)`);
  }
  return { environment: parsed.environment ?? {}, records: parsed.records };
}

/** Merge records into the file at `path` (replacing same-named cases) and write it back. */
export function mergeResults(
  path: string,
  records: BenchRecord[],
  environment: Record<string, string | number> = {},
): ResultsFile {
  const results = readResults(path);
  results.environment = { ...results.environment, ...environment };
  for (const record of records) addRecord(results, record);
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
  return results;
}

/** Ratio rounded for display; null when either side is missing or zero. */
export function ratioOf(ours: number, baseline: number | null): number | null {
  if (baseline === null || !(baseline > 0)) return null;
  return ours / baseline;
}

const figure = (v: number, digits: number) =>
  v.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });

/**
 * The words for a bound on one side, `(what, value, bound, unit = "", digits = 0)`: the bound
 * `value` misses, or null where it keeps within it.
 */
const boundWords =
  (side: "upper" | "lower") =>
  (what: string, value: number, bound: number, unit = "", digits = 0): string | null => {
    const excess = side === "upper" ? value - bound : bound - value;
    if (!(excess > 0)) return null;
    const percent = bound > 0 ? ` (${Math.round((excess / bound) * 100)}%)` : "";
    const [sign, word] = side === "upper" ? ["<=", "over"] : [">=", "under"];
    return `${what} ${figure(value, digits)}${unit} against ${sign} ${figure(bound, digits)}${unit}: ${figure(excess, digits)}${unit}${percent} ${word}`;
  };

/**
 * An upper bound missed, in words: `peak RSS 1,062 MB against <= 600 MB: 462 MB (77%) over`.
 * null where `value` keeps within `bound`. `unit` follows each figure (" MB", " s", or "").
 */
export const overBy = boundWords("upper");

/** A lower bound missed, in words (`quality 0.0138 against >= 0.0150: 0.0012 (8%) under`). */
export const underBy = boundWords("lower");

/** The lines of a goal's shortfall: the bounds missed (the checks that are not null). */
export function shortfallOf(checks: (string | null)[]): string[] {
  return checks.filter((line): line is string => line !== null);
}

/**
 * A judged goal: where it is missed, its shortfall is the checks that are not null (each bound
 * missed, then why); a goal met, or missed with nothing to say, has none.
 */
export function judgedGoal(text: string, met: boolean, checks: (string | null)[]): GoalFigure {
  const shortfall = met ? [] : shortfallOf(checks);
  return shortfall.length > 0 ? { text, met, shortfall } : { text, met };
}

/** The missed goals of `records` and why, a line each, for the console after the table. */
export function missLines(records: BenchRecord[]): string[] {
  return records
    .filter((r) => r.goal?.met === false)
    .map((r) => {
      const shortfall = r.goal?.shortfall ?? [];
      const said = shortfall.length > 0 ? shortfall.join("; ") : `goal: ${r.goal?.text}`;
      return `MISSED ${r.case}: ${said}`;
    });
}
