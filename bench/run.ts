// `npm run bench`: the Node side of the benchmark suite (ingest and layout), each against its
// baseline in the same run. Prints a table and merges its records into bench/results.json (the
// browser suite adds its own cases to the same file).
//
//   npm run bench                      default: BibTeX at 10k, the CLI at 1k and 10k, end to end
//                                      at 10k; seed profile, 1k and 10k papers; 1k and 10k authors
//   npm run bench -- --full            adds 100k papers, 50k authors and the CLI at 50k papers (tens of minutes)
//   npm run bench -- --size tiny       seconds: the smoke run the tests use
//   options: --out <file> (default bench/results.json), --only ingest|bibtex|cli|end-to-end|
//            layout|browser,
//            --quiet, --no-browser (skip the Chromium cases), --browser (add them to a tiny run), --no-build
import { readFileSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type Graph from "graphology";
import { buildGraphs, type InputFile } from "../src/filesToGraph/ingestFiles";
import { runBibtexCase } from "./bibtexCase";
import { type CliRun, cliRecords, medianRssRun, runCliOnce } from "./cliCase";
import { runEndToEndCase } from "./endToEndCase";
import { generateCoauthorGraph, generateCorpus } from "./generate";
import { runHostileBibCases } from "./hostileBibCase";
import { type IngestInput, ingestLinearityRecord, runIngestCase } from "./ingestCase";
import { type BaselineLimits, runLayoutCase } from "./layoutCase";
import { runLongLinesCase } from "./longLinesCase";
import { type BenchRecord, mergeResults, missLines } from "./results";
import { growthExponent } from "./stats";

export type SuiteSize = "tiny" | "small" | "full";

export interface SuitePlan {
  size: SuiteSize;
  ingestPapers: number[];
  /** Repeats per ingest size (median). */
  ingestRuns: (papers: number) => number;
  /** Sizes projected to take longer than this are not run (see runSuite). */
  ingestCapMs: number;
  /** Papers in the corpus whose BibTeX file the bibtex case reads, and its repeats. */
  bibtexPapers: number;
  bibtexRuns: number;
  /** Corpus sizes the whole CLI runs on (one fresh process each); none in the tiny run. */
  cliPapers: number[];
  /** Runs per CLI size; the record is the run with the median peak RSS (medianRssRun). */
  cliRuns: (papers: number) => number;
  layoutAuthors: number[];
  layoutRuns: (authors: number) => number;
  fa2: (authors: number) => BaselineLimits;
  d3: (authors: number) => BaselineLimits;
  sample: number;
}

const minutes = (m: number) => m * 60_000;

export function planFor(size: SuiteSize): SuitePlan {
  if (size === "tiny") {
    return {
      size,
      ingestPapers: [60, 120],
      ingestRuns: () => 1,
      ingestCapMs: minutes(2),
      bibtexPapers: 200,
      bibtexRuns: 1,
      cliPapers: [],
      cliRuns: () => 1,
      layoutAuthors: [300],
      layoutRuns: () => 1,
      fa2: () => ({ chunk: 25, maxSteps: 100, capMs: 20_000, patience: 2, minGain: 0.002 }),
      d3: () => ({ chunk: 50, maxSteps: 300, capMs: 20_000, patience: 2, minGain: 0.002 }),
      sample: 300,
    };
  }
  const full = size === "full";
  return {
    size,
    ingestPapers: full ? [1_000, 10_000, 100_000] : [1_000, 10_000],
    ingestRuns: (p) => (p <= 1_000 ? 5 : p <= 10_000 ? 3 : 1),
    ingestCapMs: minutes(5),
    bibtexPapers: 10_000,
    bibtexRuns: 7,
    cliPapers: full ? [1_000, 10_000, 50_000] : [1_000, 10_000],
    // The goals are judged at 50k, where the peak RSS varies most from run to run.
    cliRuns: (p) => (p >= 50_000 ? 3 : 1),
    layoutAuthors: full ? [1_000, 10_000, 50_000] : [1_000, 10_000],
    layoutRuns: (n) => (n <= 1_000 ? 5 : n <= 10_000 ? 3 : 1),
    fa2: (n) => ({
      chunk: n <= 1_000 ? 25 : 50,
      maxSteps: 3_000,
      capMs: n <= 10_000 ? minutes(4) : minutes(12),
      patience: 4,
      minGain: 0.002,
    }),
    d3: (n) => ({
      chunk: 25,
      maxSteps: 300,
      capMs: n <= 10_000 ? minutes(3) : minutes(5),
      patience: 4,
      minGain: 0.002,
    }),
    sample: 2_000,
  };
}

export interface SuiteOptions {
  size: SuiteSize;
  only?: "ingest" | "bibtex" | "cli" | "end-to-end" | "layout";
  out?: string;
  seed?: number;
  log?: (line: string) => void;
}

const AS_OF = "2026-11-28";
const SEED_PROFILE = "data/profiles/jiaming-song.txt";
const SEED_BIB = "data/bib/jiaming-song.bib";
const sizeName = (n: number) => (n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : `${n}`);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Run the Node suite; returns its records (and merges them into `out` when given). */
export async function runSuite(options: SuiteOptions): Promise<BenchRecord[]> {
  const plan = planFor(options.size);
  // Other work on the machine slows every case; the load is written down with the results.
  const loadAtStart = loadavg()[0] ?? 0;
  const seed = options.seed ?? 1;
  const log = options.log;
  const records: BenchRecord[] = [];

  if (options.only === undefined || options.only === "bibtex") {
    const record = runBibtexCase({
      papers: plan.bibtexPapers,
      seed,
      asOf: AS_OF,
      runs: plan.bibtexRuns,
      name: sizeName(plan.bibtexPapers),
      log,
    });
    record.extra.load_average = loadavg()
      .map((l) => l.toFixed(1))
      .join(" / ");
    log?.(`  ${record.case}: ${fmt(record.ours_ms)} ms vs ${fmt(record.baseline_ms)} ms`);
    records.push(record);
  }

  if ((options.only === undefined || options.only === "cli") && plan.cliPapers.length > 0) {
    const runs: CliRun[] = [];
    for (const papers of plan.cliPapers) {
      const count = plan.cliRuns(papers);
      log?.(
        `cli ${sizeName(papers)}: ${count === 1 ? "one run" : `${count} runs`} in a fresh process`,
      );
      const run = medianRssRun(
        Array.from({ length: count }, () => runCliOnce(papers, seed, AS_OF)),
      );
      log?.(
        `  cli/${sizeName(papers)}: ${fmt(run.wall_ms / 1000)} s wall, ${fmt(run.cpu_ms / 1000)} s CPU, ${fmt(run.max_rss_mb, 0)} MB peak RSS; ${Object.entries(
          run.stages,
        )
          .map(([k, v]) => `${k} ${fmt(v / 1000, 2)} s CPU`)
          .join(
            ", ",
          )}${run.max_rss_runs_mb ? ` (peak RSS of the runs: ${run.max_rss_runs_mb.map((mb) => fmt(mb, 0)).join(", ")} MB; the median run kept)` : ""}`,
      );
      runs.push(run);
    }
    const cli = cliRecords(runs, sizeName);
    const largest = cli[cli.length - 1];
    if (largest && runs.length >= 2) {
      const exponents = Object.entries(largest.extra)
        .filter(([k]) => k.startsWith("exponent_") && k !== "exponent_sizes")
        .map(([k, v]) => `${k.slice(9)} ${fmt(v as number, 2)}`);
      log?.(`  growth exponents ${largest.extra.exponent_sizes}: ${exponents.join(", ")}`);
    }
    for (const r of cli) {
      r.extra.load_average = loadavg()
        .map((l) => l.toFixed(1))
        .join(" / ");
    }
    records.push(...cli);
  }

  if ((options.only === undefined || options.only === "end-to-end") && options.size !== "tiny") {
    const record = runEndToEndCase({
      papers: 10_000,
      seed,
      asOf: AS_OF,
      sample: plan.sample,
      fa2: plan.fa2(10_000),
      name: "10k",
      log,
    });
    record.extra.load_average = loadavg()
      .map((l) => l.toFixed(1))
      .join(" / ");
    records.push(record);
  }

  if (options.only === undefined || options.only === "ingest") {
    const inputs: { input: () => IngestInput; papers: number; runs: number }[] = [
      {
        input: () => ({ name: "seed-profile", files: seedFiles() }),
        papers: 0,
        runs: options.size === "tiny" ? 1 : 10,
      },
      ...plan.ingestPapers.map((papers) => ({
        input: () => ({
          name: `synthetic-${sizeName(papers)}`,
          files: generateCorpus({ papers, seed, asOf: AS_OF }).files,
        }),
        papers,
        runs: plan.ingestRuns(papers),
      })),
    ];
    const ingestRecords: BenchRecord[] = [];
    const skipped: string[] = [];
    for (const { input, papers, runs } of inputs) {
      // A size whose time, extrapolated from the growth measured so far, would blow the cap
      // is not run: the projection and the growth exponent already say what it would show.
      const measured = ingestRecords.filter((r) => r.case.startsWith("ingest/synthetic-"));
      if (measured.length >= 2 && papers > 0) {
        const last = measured[measured.length - 1] as BenchRecord;
        const exponent = growthExponent(
          measured.map((r) => r.n),
          measured.map((r) => r.ours_ms),
        );
        const projected = last.ours_ms * (papers / last.n) ** exponent;
        if (projected > plan.ingestCapMs) {
          const line = `synthetic-${sizeName(papers)} not run: projected ${(projected / 60_000).toFixed(0)} min from the measured growth (exponent ${exponent.toFixed(2)}), over the ${(plan.ingestCapMs / 60_000).toFixed(0)} min cap`;
          log?.(`  ${line}`);
          skipped.push(line);
          continue;
        }
      }
      const record = runIngestCase(input(), { runs, asOf: AS_OF, log });
      log?.(`  ${record.case}: ${fmt(record.ours_ms)} ms vs ${fmt(record.baseline_ms)} ms`);
      ingestRecords.push(record);
    }
    const linearity = ingestLinearityRecord(ingestRecords);
    if (linearity) linearity.notes.push(...skipped);
    records.push(...ingestRecords);
    if (linearity) records.push(linearity);
    const longLinesRuns = options.size === "tiny" ? 1 : 5;
    const longLines = runLongLinesCase(seedFiles()[0]?.text ?? "", longLinesRuns, AS_OF);
    log?.(`  ${longLines.case}: ${fmt(longLines.ours_ms)} ms vs ${fmt(longLines.baseline_ms)} ms`);
    records.push(longLines);
    // Child processes of seconds each: left out of the tiny smoke run (the unit suite runs them).
    if (options.size !== "tiny") records.push(...runHostileBibCases(3, log));
  }

  if (options.only === undefined || options.only === "layout") {
    const graphs: { name: string; graph: Graph }[] = [
      { name: "seed-profile", graph: seedCoauthorGraph() },
      ...plan.layoutAuthors.map((authors) => ({
        name: sizeName(authors),
        graph: generateCoauthorGraph({ authors, seed }),
      })),
    ];
    for (const { name, graph } of graphs) {
      const authors = graph.order;
      records.push(
        ...(await runLayoutCase({
          name,
          graph,
          worker: authors >= 10_000,
          seed,
          runs: plan.layoutRuns(authors),
          sample: plan.sample,
          fa2: plan.fa2(authors),
          d3: plan.d3(authors),
          log,
        })),
      );
    }
  }

  if (options.out) {
    mergeResults(options.out, records, {
      node: process.version,
      cpus: `${cpus().length} x ${cpus()[0]?.model ?? "unknown"}`,
      node_suite_size: options.size,
      node_suite_load_average: `${loadAtStart.toFixed(1)} at start, ${(loadavg()[0] ?? 0).toFixed(1)} at end (1-minute)`,
    });
  }
  return records;
}

/** The default profile and its BibTeX, as the app ships them. */
function seedFiles(): InputFile[] {
  return [SEED_PROFILE, SEED_BIB].map((name) => ({
    name,
    kind: name.endsWith(".bib") ? ("bib" as const) : ("profile" as const),
    text: readFileSync(join(root, name), "utf8"),
  }));
}

/** The default profile's coauthor graph (hyperauthor cap 25), as the app lays it out. */
function seedCoauthorGraph(): Graph {
  return buildGraphs(seedFiles(), { asOf: AS_OF }).coauthors as unknown as Graph;
}

const fmt = (v: number | null | undefined, digits = 1) =>
  v === null || v === undefined || !Number.isFinite(v) ? "-" : v.toFixed(digits);

/** The records as a plain-text table. */
export function formatTable(records: BenchRecord[]): string {
  const rows = [["case", "size", "ours ms", "baseline ms", "ratio", "quality ours/base", "goal"]];
  for (const r of records) {
    rows.push([
      r.case,
      r.size,
      fmt(r.ours_ms),
      fmt(r.baseline_ms),
      fmt(r.ratio, 3),
      r.quality ? `${fmt(r.quality.ours, 3)} / ${fmt(r.quality.baseline, 3)}` : "",
      r.goal ? (r.goal.met === null ? "n/a" : r.goal.met ? "met" : "MISSED") : "",
    ]);
  }
  const widths = (rows[0] as string[]).map((_, c) =>
    Math.max(...rows.map((row) => (row[c] as string).length)),
  );
  return rows
    .map((row) => row.map((cell, c) => cell.padEnd(widths[c] as number)).join("  "))
    .join("\n");
}

/** What a bench run prints at its end: the table, each missed goal by how much and why, the file. */
export function formatReport(records: BenchRecord[], out: string): string {
  const misses = missLines(records);
  return [
    "",
    formatTable(records),
    ...(misses.length > 0 ? ["", ...misses] : []),
    "",
    `wrote ${records.length} records to ${out}`,
  ].join("\n");
}

async function main(argv: string[]): Promise<void> {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const sizeArg = argv.includes("--full") ? "full" : (arg("--size") ?? "small");
  if (sizeArg !== "tiny" && sizeArg !== "small" && sizeArg !== "full") {
    throw new Error(`bench: --size must be tiny, small or full, got "${sizeArg}"`);
  }
  const only = arg("--only");
  if (
    only !== undefined &&
    only !== "ingest" &&
    only !== "bibtex" &&
    only !== "cli" &&
    only !== "end-to-end" &&
    only !== "layout" &&
    only !== "browser"
  ) {
    throw new Error(
      `bench: --only must be ingest, bibtex, cli, end-to-end, layout or browser, got "${only}"`,
    );
  }
  const out = arg("--out") ?? join(root, "bench/results.json");
  const quiet = argv.includes("--quiet");
  const log = quiet ? undefined : (line: string) => console.log(line);
  // The browser cases (bench/browser.ts, Chromium) run after the Node ones. --no-browser skips
  // them; the tiny smoke run leaves them out unless --browser asks for them.
  const browser =
    only === "browser" ||
    (only === undefined &&
      !argv.includes("--no-browser") &&
      (sizeArg !== "tiny" || argv.includes("--browser")));
  const records = only === "browser" ? [] : await runSuite({ size: sizeArg, only, out, log });
  if (browser) {
    const { runBrowserSuite } = await import("./browser");
    records.push(
      ...(await runBrowserSuite({
        size: sizeArg,
        out,
        build: !argv.includes("--no-build"),
        log,
      })),
    );
  }
  console.log(formatReport(records, out));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
