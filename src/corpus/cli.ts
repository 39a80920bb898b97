// `npm run corpus`: the field atlas's command line. `import` streams DBLP XML into the DuckDB
// corpus (and its Parquet), `extract` writes an ego network the app opens, `query` runs one of
// the sql/ files, `generate` writes synthetic DBLP XML. Outputs are written to a temporary
// file and renamed, so a failed run never leaves half a file.
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, resolve } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createGzip } from "node:zlib";
import { InputError } from "../ingest/errors";
import {
  isNetworkName,
  type NetworkIndex,
  networkEntry,
  parseNetworkIndex,
  upsertNetwork,
} from "../networks/networkIndex";
import {
  closeCorpus,
  DATABASE_FILE,
  type ImportProgress,
  importDblp,
  openCorpus,
  runSql,
} from "./corpusDb";
import { generateDblpXml } from "./dblpGenerate";
import { DblpFileError } from "./dblpReader";
import { ExtractError, extractEgoNetwork, formatExtractSummary } from "./extract";
import { loadSql } from "./sqlFiles";

export const USAGE = `usage: npm run corpus -- COMMAND [options]

  import [--db DIR] FILE...      DBLP XML (.xml or .xml.gz) into DIR/${DATABASE_FILE} and DIR/parquet/
  extract [--db DIR] --ego NAME|PID [--hops N] [--from YEAR] [--to YEAR] [--venue V]...
          [--max-nodes N] [--cap N] [--seed N] [--threads N] (--out FILE | --publish NAME [--title T] [--data-dir DIR])
                                 an ego network as graph JSON for the app
  query [--db DIR] SQLNAME [--from YEAR] [--to YEAR] [--venue V]... [--cap N] [--min-papers N]
          [--limit N | --csv FILE]
                                 run sql/SQLNAME.sql (coauthor_projection, author_stats, venue_year_slice)
  generate --records N [--seed N] --out FILE
                                 synthetic DBLP XML (.gz compresses)

  --db DIR        the corpus folder (default: corpus)
  --hops N        neighbourhood radius (default: 2)
  --max-nodes N   authors + papers at most; the strongest part is kept (default: 10000)
  --cap N         papers with more than N authors add no coauthor links (default: 25)
  --threads N     DuckDB threads for an extract (default: 1; its statements are short, and more
                  threads mostly wait on a busy machine)
  --publish NAME  write public/data/NAME.graph.json and its entry in public/data/index.json
                  (the app's network picker; open it with ?data=NAME); --data-dir DIR elsewhere
  -q, --quiet     no progress on stderr`;

export interface CorpusCliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Progress text (no newline added), and whether it is a terminal. */
  progress?: { write: (text: string) => void; isTTY: boolean };
  cwd?: string;
  /** Milliseconds, for records/s and ETA (the only clock read). */
  now?: () => number;
}

class UsageError extends Error {}

const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

function wholeNumber(name: string, value: string | undefined, min = 0): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < min) {
    throw new UsageError(
      `--${name} must be a whole number${min > 0 ? ` >= ${min}` : ""}, got "${value}"`,
    );
  }
  return Number(value);
}

function writeAtomically(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  } finally {
    rmSync(tmp, { force: true });
  }
}

function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const m = Math.floor(s / 60);
  return m >= 60
    ? `${Math.floor(m / 60)}:${String(m % 60).padStart(2, "0")}:${String(s % 60).padStart(2, "0")}`
    : `${m}:${String(s % 60).padStart(2, "0")}`;
}

/** The site's network index, or null where there is none yet. */
function readNetworkIndex(path: string): NetworkIndex | null {
  if (!existsSync(path)) return null;
  return parseNetworkIndex(readFileSync(path, "utf8"), path);
}

/** Progress of an import: percent of the file, records, records/s and ETA, once a second. */
function importProgressPrinter(io: CorpusCliIo) {
  const now = io.now ?? (() => Date.now());
  const start = now();
  let last = -Infinity;
  let width = 0;
  const sink = io.progress;
  return {
    update(p: ImportProgress) {
      const t = now();
      if (!sink || t - last < 1000) return;
      last = t;
      const fraction = p.totalBytes > 0 ? p.bytesRead / p.totalBytes : 0;
      const seconds = (t - start) / 1000;
      const rate = seconds > 0 ? p.records / seconds : 0;
      const eta = fraction > 0 ? (seconds * (1 - fraction)) / fraction : Number.NaN;
      const text =
        `import: ${p.fileIndex + 1}/${p.files} ${Math.floor(fraction * 100)}%, ` +
        `${p.records.toLocaleString("en-US")} records (${p.rejected.toLocaleString("en-US")} rejected), ` +
        `${Math.round(rate).toLocaleString("en-US")} records/s, ETA ${Number.isNaN(eta) ? "?" : formatDuration(eta)}`;
      if (sink.isTTY) {
        sink.write(`\r${text.padEnd(width)}`);
        width = text.length;
      } else sink.write(`${text}\n`);
    },
    end() {
      if (sink?.isTTY && width > 0) sink.write(`\r${" ".repeat(width)}\r`);
    },
  };
}

const REJECTIONS_SHOWN = 20;

async function runImport(positionals: string[], values: Record<string, unknown>, io: CorpusCliIo) {
  const cwd = io.cwd ?? process.cwd();
  if (positionals.length === 0) throw new UsageError("import needs at least one FILE");
  const files = positionals.map((f) => resolve(cwd, f));
  for (const f of files) if (!existsSync(f)) throw new UsageError(`${f}: no such file`);
  const db = resolve(cwd, (values.db as string | undefined) ?? "corpus");
  const printer = importProgressPrinter(values.quiet ? { ...io, progress: undefined } : io);
  const now = io.now ?? (() => Date.now());
  const start = now();
  let shown = 0;
  const summary = await importDblp(db, files, {
    onProgress: (p) => printer.update(p),
    onRejected: (r) => {
      if (shown++ >= REJECTIONS_SHOWN) return;
      printer.end();
      io.stderr(`rejected: ${r.file}:${r.line}${r.key ? ` (${r.key})` : ""}: ${r.reason}`);
    },
  });
  printer.end();
  const seconds = (now() - start) / 1000;
  const records = summary.files.reduce((n, f) => n + f.stats.records + f.stats.rejected, 0);
  const others = summary.files.flatMap((f) => Object.entries(f.stats.otherElements));
  const n = (x: number) => x.toLocaleString("en-US");
  if (summary.rejected > REJECTIONS_SHOWN) {
    io.stderr(
      `... ${n(summary.rejected - REJECTIONS_SHOWN)} more rejections in the rejections table`,
    );
  }
  io.stdout(
    `Imported ${n(records)} records from ${files.length} file${files.length === 1 ? "" : "s"} in ${seconds.toFixed(1)} s ` +
      `(${n(Math.round(records / Math.max(seconds, 1e-3)))} records/s) into ${join(db, DATABASE_FILE)}: ` +
      `${n(summary.papers)} papers, ${n(summary.authors)} authors, ${n(summary.authorships)} authorships, ` +
      `${n(summary.venues)} venues; ${n(summary.personPages)} person pages (www) not papers; ` +
      `${n(summary.rejected)} rejected` +
      (others.length > 0
        ? `; other elements skipped: ${others.map(([k, v]) => `${k} ${n(v)}`).join(", ")}`
        : "") +
      `. Parquet: ${join(db, "parquet")}/.`,
  );
}

async function runExtract(values: Record<string, unknown>, io: CorpusCliIo) {
  const cwd = io.cwd ?? process.cwd();
  const ego = values.ego as string | undefined;
  if (!ego) throw new UsageError("extract needs --ego NAME|PID");
  const out = values.out as string | undefined;
  const publish = values.publish as string | undefined;
  if ((out === undefined) === (publish === undefined)) {
    throw new UsageError("extract needs one of --out FILE or --publish NAME");
  }
  if (publish !== undefined && !isNetworkName(publish)) {
    throw new UsageError(
      `--publish takes a name of lowercase letters, digits, - and _ (at most 64), got "${publish}"`,
    );
  }
  const dataDir = resolve(
    cwd,
    (values["data-dir"] as string | undefined) ?? join(REPO_ROOT, "public", "data"),
  );
  const target = out ? resolve(cwd, out) : join(dataDir, `${publish}.graph.json`);
  const db = resolve(cwd, (values.db as string | undefined) ?? "corpus");
  if (!existsSync(join(db, DATABASE_FILE))) {
    throw new UsageError(
      `${db}: no corpus database; run \`npm run corpus -- import --db ${db} FILE...\` first`,
    );
  }
  const corpus = await openCorpus(db);
  try {
    const result = await extractEgoNetwork(corpus, {
      ego,
      hops: wholeNumber("hops", values.hops as string | undefined) ?? 2,
      fromYear: wholeNumber("from", values.from as string | undefined),
      toYear: wholeNumber("to", values.to as string | undefined),
      venues: (values.venue as string[] | undefined) ?? [],
      maxNodes: wholeNumber("max-nodes", values["max-nodes"] as string | undefined, 1),
      hyperauthorCap: wholeNumber("cap", values.cap as string | undefined, 1),
      seed: wholeNumber("seed", values.seed as string | undefined),
      threads: wholeNumber("threads", values.threads as string | undefined, 1),
    });
    // The site's network index (the app's picker, data=NAME links) is read before anything is
    // written, so a faulty index changes neither file.
    const indexPath = publish === undefined ? null : join(dataDir, "index.json");
    const index = indexPath === null ? null : readNetworkIndex(indexPath);
    writeAtomically(target, JSON.stringify(result.serialized));
    io.stdout(`${formatExtractSummary(result.summary)} Wrote ${target}.`);
    if (indexPath !== null && publish !== undefined) {
      const entry = networkEntry(publish, result.serialized, values.title as string | undefined);
      writeAtomically(indexPath, `${JSON.stringify(upsertNetwork(index, entry), null, 2)}\n`);
      io.stdout(`Published ${publish} in ${indexPath} (open it with ?data=${publish}).`);
    }
  } finally {
    closeCorpus(corpus);
  }
}

async function runQuery(positionals: string[], values: Record<string, unknown>, io: CorpusCliIo) {
  const name = positionals[0];
  const allowed = ["coauthor_projection", "author_stats", "venue_year_slice"];
  if (!name || !allowed.includes(name)) {
    throw new UsageError(`query needs one of ${allowed.join(", ")}`);
  }
  const db = resolve(io.cwd ?? process.cwd(), (values.db as string | undefined) ?? "corpus");
  if (!existsSync(join(db, DATABASE_FILE))) throw new UsageError(`${db}: no corpus database`);
  const corpus = await openCorpus(db);
  try {
    const venues = (values.venue as string[] | undefined) ?? [];
    const all: Record<string, string | number> = {
      cap: wholeNumber("cap", values.cap as string | undefined, 1) ?? 25,
      from_year: wholeNumber("from", values.from as string | undefined) ?? 0,
      to_year: wholeNumber("to", values.to as string | undefined) ?? 9999,
      venues: venues.length === 0 ? "" : `|${venues.join("|")}|`,
      min_papers: wholeNumber("min-papers", values["min-papers"] as string | undefined) ?? 1,
    };
    const file = loadSql(name);
    const params = Object.fromEntries(file.params.map((p) => [p, all[p] as string | number]));
    const rows = await runSql(corpus.connection, name, params);
    const columns = Object.keys(rows[0] ?? {});
    const csvPath = values.csv as string | undefined;
    if (csvPath !== undefined) {
      const cell = (v: unknown) => {
        const text = v === null || v === undefined ? "" : String(v);
        return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
      };
      const lines = [
        columns.join(","),
        ...rows.map((r) => columns.map((c) => cell(r[c])).join(",")),
      ];
      writeAtomically(resolve(io.cwd ?? process.cwd(), csvPath), `${lines.join("\n")}\n`);
      io.stdout(`Wrote ${rows.length.toLocaleString("en-US")} rows to ${csvPath}.`);
      return;
    }
    const limit = wholeNumber("limit", values.limit as string | undefined) ?? 50;
    io.stdout(columns.join("\t"));
    for (const row of rows.slice(0, limit))
      io.stdout(columns.map((c) => String(row[c])).join("\t"));
    if (rows.length > limit) io.stderr(`(${rows.length - limit} more rows; --limit N shows more)`);
  } finally {
    closeCorpus(corpus);
  }
}

async function runGenerate(values: Record<string, unknown>, io: CorpusCliIo) {
  const records = wholeNumber("records", values.records as string | undefined, 1);
  const out = values.out as string | undefined;
  if (records === undefined || !out)
    throw new UsageError("generate needs --records N and --out FILE");
  const target = resolve(io.cwd ?? process.cwd(), out);
  mkdirSync(dirname(target), { recursive: true });
  const tmp = `${target}.tmp-${process.pid}`;
  try {
    const source = Readable.from(
      generateDblpXml({
        records,
        seed: wholeNumber("seed", values.seed as string | undefined) ?? 1,
      }),
    );
    const sink = createWriteStream(tmp);
    if (target.endsWith(".gz")) await pipeline(source, createGzip(), sink);
    else await pipeline(source, sink);
    renameSync(tmp, target);
  } finally {
    rmSync(tmp, { force: true });
  }
  io.stdout(`Wrote ${records.toLocaleString("en-US")} synthetic DBLP records to ${target}.`);
}

/** Run the command line; returns the exit code (0 ok, 1 bad input, 2 usage). */
export async function runCorpusCli(argv: string[], io: CorpusCliIo): Promise<number> {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        db: { type: "string" },
        ego: { type: "string" },
        hops: { type: "string" },
        from: { type: "string" },
        to: { type: "string" },
        venue: { type: "string", multiple: true },
        "max-nodes": { type: "string" },
        cap: { type: "string" },
        seed: { type: "string" },
        threads: { type: "string" },
        out: { type: "string" },
        publish: { type: "string" },
        title: { type: "string" },
        "data-dir": { type: "string" },
        records: { type: "string" },
        "min-papers": { type: "string" },
        limit: { type: "string" },
        csv: { type: "string" },
        quiet: { type: "boolean", short: "q" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (error) {
    io.stderr(`error: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const [command, ...rest] = parsed.positionals;
  const values = parsed.values as Record<string, unknown>;
  if (values.help || command === undefined) {
    (values.help ? io.stdout : io.stderr)(USAGE);
    return values.help ? 0 : 2;
  }
  try {
    if (command === "import") await runImport(rest, values, io);
    else if (command === "extract") await runExtract(values, io);
    else if (command === "query") await runQuery(rest, values, io);
    else if (command === "generate") await runGenerate(values, io);
    else throw new UsageError(`unknown command "${command}"`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`error: ${error.message}\n${USAGE}`);
      return 2;
    }
    if (
      error instanceof DblpFileError ||
      error instanceof ExtractError ||
      error instanceof InputError
    ) {
      io.stderr(`error: ${error.message}`);
      return 1;
    }
    throw error;
  }
}

const isMain =
  process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const code = await runCorpusCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
    progress: { write: (text) => process.stderr.write(text), isTTY: process.stderr.isTTY === true },
  });
  process.exitCode = code;
}
