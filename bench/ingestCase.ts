// Ingest case: parse, enrich and build (paper-author graph and coauthor projection) for a set of
// input files: `buildGraphs` of src/filesToGraph/ingestFiles.ts, the use-case up to the graph
// (clusters and layout have their own costs and cases). Baseline in the same run: JSON.parse of the very
// records enrichment produced, serialised as JSON: the cost of reading the same data in the
// cheapest format there is.
import { buildGraphs, type InputFile } from "../src/filesToGraph/ingestFiles";
import type { PaperRecord } from "../src/ingest/types";
import { type BenchRecord, ratioOf } from "./results";
import { growthExponent, median, timeMs } from "./stats";

export interface IngestInput {
  /** Case name suffix (`seed-profile`, `synthetic-10k`). */
  name: string;
  files: InputFile[];
}

export interface IngestOutcome {
  papers: number;
  authors: number;
  coauthorLinks: number;
  /** The enriched records, per profile. */
  records: PaperRecord[][];
}

/** One pass of parse, enrich and build: the use-case's own stages up to the graphs. */
export function ingestOnce(files: InputFile[], asOf: string): IngestOutcome {
  const { graph, coauthors, inputs } = buildGraphs(files, { asOf });
  const counts = graph.getAttribute("report").counts;
  return {
    papers: counts.papers,
    authors: counts.authors,
    coauthorLinks: coauthors.size,
    records: inputs.map((i) => i.papers),
  };
}

export interface IngestCaseOptions {
  runs: number;
  asOf: string;
  /** Called before each timed run (progress lines). */
  log?: (line: string) => void;
}

/** Time ingestion of one input set against JSON.parse of its records. */
export function runIngestCase(input: IngestInput, options: IngestCaseOptions): BenchRecord {
  const bytes = input.files.reduce((s, f) => s + Buffer.byteLength(f.text, "utf8"), 0);
  // Warm-up run (JIT), also the source of the records for the baseline.
  const warm = timeMs(() => ingestOnce(input.files, options.asOf));
  const first = warm.value;
  const json = JSON.stringify(first.records);
  const ours: number[] = [];
  const base: number[] = [];
  const notes: string[] = [];
  // A run of more than half a minute is long enough to be its own sample: repeating it would
  // only make the suite slower, not the figure truer.
  const runs = warm.ms > 30_000 ? 1 : options.runs;
  if (runs < options.runs) {
    notes.push(
      `one run (the warm-up took ${(warm.ms / 1000).toFixed(0)} s); its time is the figure`,
    );
    ours.push(warm.ms);
    base.push(timeMs(() => JSON.parse(json)).ms);
  }
  for (let r = ours.length; r < runs; r++) {
    options.log?.(`ingest ${input.name}: run ${r + 1}/${runs}`);
    ours.push(timeMs(() => ingestOnce(input.files, options.asOf)).ms);
    base.push(timeMs(() => JSON.parse(json)).ms);
  }
  const oursMs = median(ours);
  const baseMs = median(base);
  return {
    case: `ingest/${input.name}`,
    group: "ingest",
    size: `${first.papers.toLocaleString("en-US")} papers`,
    n: first.papers,
    runs,
    ours_ms: oursMs,
    baseline: "JSON.parse of the same enriched records as JSON",
    baseline_ms: baseMs,
    ratio: ratioOf(oursMs, baseMs),
    quality: null,
    goal: null,
    extra: {
      input_mb: bytes / 1e6,
      json_mb: Buffer.byteLength(json, "utf8") / 1e6,
      mb_per_s: bytes / 1e6 / (oursMs / 1000),
      papers_per_s: first.papers / (oursMs / 1000),
      baseline_mb_per_s: Buffer.byteLength(json, "utf8") / 1e6 / (baseMs / 1000),
      us_per_paper: (oursMs * 1000) / first.papers,
      authors: first.authors,
      coauthor_links: first.coauthorLinks,
      files: input.files.length,
    },
    notes,
  };
}

/**
 * How ingest time grows with size: the exponent of a log-log fit of median time against papers
 * over the synthetic sizes (1 = linear). Goal: linear, read as an exponent of at most 1.15
 * (timer noise and cache effects bend small sizes).
 */
export function ingestLinearityRecord(records: BenchRecord[]): BenchRecord | null {
  const synthetic = records.filter((r) => r.case.startsWith("ingest/synthetic-"));
  if (synthetic.length < 2) return null;
  const ns = synthetic.map((r) => r.n);
  const exponent = growthExponent(
    ns,
    synthetic.map((r) => r.ours_ms),
  );
  const baseExponent = growthExponent(
    ns,
    synthetic.map((r) => r.baseline_ms ?? Number.NaN),
  );
  const largest = synthetic[synthetic.length - 1] as BenchRecord;
  return {
    case: "ingest/linearity",
    group: "ingest",
    size: synthetic.map((r) => r.size).join(", "),
    n: largest.n,
    runs: largest.runs,
    ours_ms: largest.ours_ms,
    baseline: "JSON.parse growth over the same sizes",
    baseline_ms: largest.baseline_ms,
    ratio: largest.ratio,
    quality: null,
    goal: {
      text: "ingest time grows linearly with papers (log-log exponent <= 1.15)",
      met: exponent <= 1.15,
    },
    extra: {
      growth_exponent: exponent,
      baseline_growth_exponent: baseExponent,
      us_per_paper: synthetic
        .map((r) => `${r.n}: ${((r.ours_ms * 1000) / r.n).toFixed(1)}`)
        .join(", "),
    },
    notes: [],
  };
}
