// `npm run ingest`: profile exports (+ BibTeX) → the atlas graph JSON the app loads.
// The only module that touches the file system or reads the clock (for the default --as-of).
// The output is written to a temporary file beside it and renamed, so a failed run never
// creates or changes the output file. Large graphs are laid out in a worker thread
// (ingestNode.ts) while stage progress goes to stderr (progress.ts); stdout keeps the summary.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { formatSummary, type InputFile } from "../filesToGraph/ingestFiles";
import { ingestFilesAsync } from "../filesToGraph/ingestNode";
import { identityReportLines } from "../graph/identityLines";
import { InputError } from "../ingest/errors";
import { IDENTITIES_FORMAT, looksLikeIdentitiesFile } from "../ingest/identitiesFile";
import type { InputIssue } from "../ingest/types";
import { createProgressPrinter, type ProgressSink } from "./progress";

export const USAGE = `usage: npm run ingest -- [--bib FILE]... [--identities FILE]... [--as-of YYYY-MM-DD] [--out FILE] [--cap N] [--seed N] [--quiet] PROFILE...

  PROFILE          a researcher profile export (text); several merge into one graph
  --bib FILE       BibTeX with full author lists and venues; repeatable; enriches every profile
  --as-of DATE     the date the exports were taken, infers missing years (default: today)
  --out FILE       where to write the graph JSON (default: graph.json)
  --cap N          papers with more than N authors add no coauthor links (default: 25)
  --seed N         seed for clusters and layout (default: 1)
  --identities FILE  merge/split/exclude/keep decisions (JSON, see README "Identity"); repeatable
  -q, --quiet      no progress on stderr (by default: each stage and its percent)
  -h, --help       show this help`;

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Directory relative paths resolve against (default: process.cwd()). */
  cwd?: string;
  /** Today as YYYY-MM-DD (default: the local date); the only clock read. */
  today?: () => string;
  /** Where stage progress goes (process.stderr when run as a command); none if absent. */
  progress?: ProgressSink;
}

const defaultIo: CliIo = {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  progress: {
    write: (text) => process.stderr.write(text),
    isTTY: process.stderr.isTTY === true,
  },
};

function localToday(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

class UsageError extends Error {}

interface CliArgs {
  profiles: string[];
  bibs: string[];
  identities: string[];
  asOf: string | null;
  out: string;
  cap: number;
  seed: number;
  quiet: boolean;
  help: boolean;
}

function parseCliArgs(argv: string[]): CliArgs {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        bib: { type: "string", multiple: true },
        identities: { type: "string", multiple: true },
        "as-of": { type: "string" },
        out: { type: "string" },
        cap: { type: "string" },
        seed: { type: "string" },
        quiet: { type: "boolean", short: "q" },
        help: { type: "boolean", short: "h" },
      },
    });
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  const v = parsed.values as Record<string, string | string[] | boolean | undefined>;
  const help = v.help === true;
  const asOf = typeof v["as-of"] === "string" ? v["as-of"] : null;
  if (asOf !== null && !isIsoDate(asOf)) {
    throw new UsageError(`--as-of must be a date YYYY-MM-DD, got "${asOf}"`);
  }
  const int = (flag: string, raw: unknown, fallback: number, min: number): number => {
    if (raw === undefined) return fallback;
    if (typeof raw !== "string" || !/^-?\d+$/.test(raw) || Number(raw) < min) {
      throw new UsageError(`--${flag} must be a whole number >= ${min}, got "${String(raw)}"`);
    }
    return Number(raw);
  };
  const out = typeof v.out === "string" ? v.out : "graph.json";
  if (out === "") throw new UsageError("--out needs a file name");
  const args: CliArgs = {
    profiles: parsed.positionals,
    bibs: Array.isArray(v.bib) ? v.bib : [],
    identities: Array.isArray(v.identities) ? v.identities : [],
    asOf,
    out,
    cap: int("cap", v.cap, 25, 1),
    seed: int("seed", v.seed, 1, 0),
    quiet: v.quiet === true,
    help,
  };
  if (!help && args.profiles.length === 0) throw new UsageError("at least one PROFILE is required");
  return args;
}

/** Read one input as UTF-8 text; every failure becomes an InputError naming the file. */
function readInput(path: string, cwd: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(cwd, path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const reason =
      code === "ENOENT"
        ? "no such file"
        : code === "EISDIR"
          ? "is a directory, not a file"
          : code === "EACCES" || code === "EPERM"
            ? "permission denied"
            : `cannot read (${code ?? (e as Error).message})`;
    throw new InputError(path, null, reason);
  }
  if (bytes.includes(0)) throw new InputError(path, null, "binary content, not a text file");
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(path, null, "not UTF-8 text (binary content?)");
  }
}

/** An identities file given with --identities: refused at once unless it says it is one. */
function identitiesInput(name: string, text: string): InputFile {
  if (!looksLikeIdentitiesFile(text)) {
    throw new InputError(name, 1, `not an identities file (no "format": "${IDENTITIES_FORMAT}")`);
  }
  return { name, text };
}

function issueLine(kind: string, issue: InputIssue): string {
  return `${kind}: ${issue.file}:${issue.line}: ${issue.reason}`;
}

/** Write `text` to `path` atomically: a temporary file in the same directory, then a rename. */
function writeAtomic(path: string, text: string): void {
  const dir = dirname(path);
  mkdirSync(dir, { recursive: true });
  const tmp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(tmp, text);
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** Run the CLI; resolves with the exit code (0 ok, 1 input or output error, 2 usage). */
export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  let args: CliArgs;
  try {
    args = parseCliArgs(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.stderr(`error: ${e.message}`);
    io.stderr(USAGE);
    return 2;
  }
  if (args.help) {
    io.stdout(USAGE);
    return 0;
  }
  const cwd = io.cwd ?? process.cwd();
  const asOf = args.asOf ?? (io.today ?? localToday)();
  const progress = args.quiet || !io.progress ? null : createProgressPrinter(io.progress);

  try {
    const files: InputFile[] = [
      ...args.profiles.map((name) => ({
        name,
        text: readInput(name, cwd),
        kind: "profile" as const,
      })),
      ...args.bibs.map((name) => ({ name, text: readInput(name, cwd), kind: "bib" as const })),
      ...args.identities.map((name) => identitiesInput(name, readInput(name, cwd))),
    ];
    const { serialized, summary, graph } = await ingestFilesAsync(files, {
      asOf,
      hyperauthorCap: args.cap,
      seed: args.seed,
      onProgress: progress?.update,
    });
    progress?.end();
    writeAtomic(resolve(cwd, args.out), JSON.stringify(serialized));
    io.stdout(formatSummary(summary));
    const report = graph.getAttribute("report");
    for (const issue of report.rejected) io.stdout(issueLine("rejected", issue));
    for (const issue of report.duplicates) io.stdout(issueLine("duplicate", issue));
    for (const issue of report.warnings) io.stdout(issueLine("warning", issue));
    for (const p of report.unmatchedPapers) {
      io.stdout(issueLine("unmatched paper", { file: p.file, line: p.line, reason: p.title }));
    }
    for (const r of report.unmatchedRecords) {
      io.stdout(issueLine("unmatched record", { file: r.file, line: r.line, reason: r.key }));
    }
    for (const line of identityReportLines(report)) io.stdout(line);
    io.stdout(`wrote ${args.out}`);
    return 0;
  } catch (e) {
    progress?.end();
    if (e instanceof InputError) {
      const where = e.line === null ? e.file : `${e.file}:${e.line}`;
      io.stderr(`error: ${where}: ${e.reason}`);
      return 1;
    }
    const err = e as NodeJS.ErrnoException;
    if (typeof err.code === "string" && typeof err.path === "string") {
      io.stderr(`error: ${args.out}: cannot write (${err.code})`);
      return 1;
    }
    io.stderr(`error: ${(e as Error).message ?? String(e)}`);
    return 1;
  }
}

// Run when executed (`tsx src/cli/ingest.ts`), not when imported by tests.
const entry = process.argv[1];
if (entry !== undefined && resolve(entry) === fileURLToPath(import.meta.url)) {
  void main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
