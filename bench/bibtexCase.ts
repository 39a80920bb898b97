// BibTeX case: the reader (src/ingest/bibtex.ts, plain entries on the fast path, the rest through
// @retorquere/bibtex-parser) on the synthetic corpus's BibTeX file, per MB, against JSON.parse of
// the very records it returns serialised as JSON, per MB of that JSON, in the same run. Also
// the reader with every entry through the library (the figure before the fast path), once,
// and whether both give the same records.
import { isDeepStrictEqual } from "node:util";
import { parseBibtex } from "../src/ingest/bibtex";
import { generateCorpus } from "./generate";
import { type BenchRecord, judgedGoal, overBy, ratioOf } from "./results";
import { median, timeMs } from "./stats";

export interface BibtexCaseOptions {
  papers: number;
  seed: number;
  asOf: string;
  runs: number;
  /** Case name suffix (`10k`). */
  name: string;
  log?: (line: string) => void;
}

/** The goal: the reader costs at most this many times JSON.parse, per MB. */
export const BIBTEX_GOAL_RATIO = 10;

export function runBibtexCase(options: BibtexCaseOptions): BenchRecord {
  const corpus = generateCorpus({ papers: options.papers, seed: options.seed, asOf: options.asOf });
  const file = corpus.files.find((f) => f.kind === "bib");
  if (!file) throw new Error("bibtex case: the corpus has no BibTeX file");
  const bibMb = Buffer.byteLength(file.text, "utf8") / 1e6;
  const read = (fastPath: boolean) => parseBibtex(file.text, { file: file.name, fastPath });

  // Warm-up runs: the JIT settles after a few (a one-off file read pays it once in the page).
  const warm = read(true);
  for (let w = 0; w < 3; w++) read(true);
  const json = JSON.stringify(warm.records);
  const jsonMb = Buffer.byteLength(json, "utf8") / 1e6;
  JSON.parse(json);

  const ours: number[] = [];
  const base: number[] = [];
  for (let r = 0; r < options.runs; r++) {
    options.log?.(`bibtex ${options.name}: run ${r + 1}/${options.runs}`);
    // Alternate so load on the machine falls on both alike.
    ours.push(timeMs(() => read(true)).ms);
    base.push(timeMs(() => JSON.parse(json)).ms);
  }
  // The library-alone reference runs after the timed runs: run first, the garbage of its
  // seconds of work was collected during them, and fell mostly on the longer of the pair.
  options.log?.(`bibtex ${options.name}: the library alone (reference, once)`);
  const library = timeMs(() => read(false));
  const same = isDeepStrictEqual(warm, library.value);
  const oursMs = median(ours);
  const baseMs = median(base);
  const oursPerMb = oursMs / bibMb;
  const basePerMb = baseMs / jsonMb;
  const ratioPerMb = ratioOf(oursPerMb, basePerMb);
  return {
    case: `bibtex/${options.name}`,
    group: "ingest",
    size: `${warm.records.length.toLocaleString("en-US")} entries, ${bibMb.toFixed(2)} MB`,
    n: warm.records.length,
    runs: options.runs,
    ours_ms: oursMs,
    baseline:
      "JSON.parse of the same records as JSON (ratio per MB: ours per BibTeX MB / JSON.parse per JSON MB)",
    baseline_ms: baseMs,
    ratio: ratioPerMb,
    quality: null,
    goal: judgedGoal(
      `<= ${BIBTEX_GOAL_RATIO}x JSON.parse per MB, same records as the library alone`,
      ratioPerMb !== null && ratioPerMb <= BIBTEX_GOAL_RATIO && same,
      [
        ratioPerMb === null
          ? "no ratio (JSON.parse took no time)"
          : overBy("ratio per MB", ratioPerMb, BIBTEX_GOAL_RATIO, "", 2),
        same ? null : "the records differ from the library's alone",
      ],
    ),
    extra: {
      bib_mb: bibMb,
      json_mb: jsonMb,
      ms_per_mb: oursPerMb,
      baseline_ms_per_mb: basePerMb,
      library_only_ms: library.ms,
      library_only_ratio_per_mb: ratioOf(library.ms / bibMb, basePerMb),
      same_records_as_library: same,
      runs_ms: ours.map((t) => Math.round(t)).join(", "),
    },
    notes: same ? [] : ["the fast path's records differ from the library's: see bibPlain.test.ts"],
  };
}
