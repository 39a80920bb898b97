// `npm run ingest`: profile exports (+ BibTeX) → the atlas graph JSON the app loads.
// The only module that touches the file system or reads the clock (for the default --as-of).
// The output is written to a temporary file beside it and renamed, so a failed run never
// creates or changes the output file. Large graphs are laid out in a worker thread
// (ingestNode.ts) while stage progress goes to stderr (progress.ts); stdout keeps the summary.
import {
  closeSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { formatContributions, formatSummary, type InputFile } from "../filesToGraph/ingestFiles";
import { ingestFilesAsync } from "../filesToGraph/ingestNode";
import { checkFileContents, checkFileSizes, type Limits } from "../filesToGraph/limits";
import { graphJsonChunks } from "../graph/graphJsonChunks";
import { identityReportLines } from "../graph/identityLines";
import { InputError } from "../ingest/errors";
import { IDENTITIES_FORMAT, looksLikeIdentitiesFile } from "../ingest/identitiesFile";
import type { InputIssue } from "../ingest/types";
import {
  isNetworkName,
  networkEntry,
  parseNetworkIndex,
  upsertNetwork,
} from "../networks/networkIndex";
import {
  capIssueLines,
  inputSize,
  LIMIT_FLAG_OPTIONS,
  LIMIT_FLAGS_USAGE,
  limitsFromFlags,
  prepareOutputPath,
  readInputText,
  UsageError,
  wholeNumberFlag,
} from "./cliChecks";
import { collectInputPaths } from "./collectInputs";
import { createProgressPrinter, type ProgressSink } from "./progress";

export const USAGE = `usage: npm run ingest -- [--bib FILE]... [--inputs LIST]... [--owner NAME]... [--identities FILE]... [--as-of YYYY-MM-DD] [--out FILE] [--publish NAME [--title TEXT] [--data-dir DIR]] [--cap N] [--seed N] [--quiet] INPUT...

  INPUT            a file or a folder (read recursively); each file's format is read from its
                   content: profile export, BibTeX, RIS, CSL-JSON, DBLP person XML, OpenAlex
                   works (docs/FORMATS.md); all inputs merge into one graph
  --inputs LIST    a text file naming one input path per line; repeatable
  --owner NAME     mark the author NAME as an owner (a list's owner); repeatable
  --bib FILE       BibTeX with full author lists and venues; repeatable; enriches every profile
                   (without a profile, BibTeX is a publication list of its own)
  --as-of DATE     the date the exports were taken, infers missing years (default: today)
  --out FILE       where to write the graph JSON (default: graph.json, or DIR/NAME.graph.json)
  --publish NAME   serve it as network NAME: writes DIR/NAME.graph.json and adds or updates
                   its entry in DIR/index.json (the app's network picker, data=NAME links)
  --title TEXT     the picker's title for the published network (default: the owners' names)
  --data-dir DIR   the site's data folder for --publish (default: public/data)
  --cap N          papers with more than N authors add no coauthor links (default: 25)
  --seed N         seed for clusters and layout (default: 1)
  --identities FILE  merge/split/exclude/keep decisions (JSON, see README "Identity"); repeatable
  -q, --quiet      no progress on stderr (by default: each stage and its percent)
  --all-issues     print every rejected entry and warning (by default: the first 50 of each kind)
  -h, --help       show this help

The app's own limits apply (a file over one is refused, naming it); these flags change them:
${LIMIT_FLAGS_USAGE}`;

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

interface CliArgs {
  profiles: string[];
  bibs: string[];
  inputLists: string[];
  owners: string[];
  identities: string[];
  asOf: string | null;
  out: string;
  publish: string | null;
  title: string | null;
  dataDir: string;
  cap: number;
  seed: number;
  quiet: boolean;
  allIssues: boolean;
  limits: Limits;
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
        inputs: { type: "string", multiple: true },
        owner: { type: "string", multiple: true },
        identities: { type: "string", multiple: true },
        "as-of": { type: "string" },
        out: { type: "string" },
        publish: { type: "string" },
        title: { type: "string" },
        "data-dir": { type: "string" },
        cap: { type: "string" },
        seed: { type: "string" },
        quiet: { type: "boolean", short: "q" },
        "all-issues": { type: "boolean" },
        help: { type: "boolean", short: "h" },
        ...LIMIT_FLAG_OPTIONS,
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
  const publish = typeof v.publish === "string" ? v.publish : null;
  if (publish !== null && !isNetworkName(publish)) {
    throw new UsageError(
      `--publish takes a name of lowercase letters, digits, - and _ (at most 64), got "${publish}"`,
    );
  }
  const dataDir = typeof v["data-dir"] === "string" ? v["data-dir"] : "public/data";
  const out =
    typeof v.out === "string"
      ? v.out
      : publish !== null
        ? join(dataDir, `${publish}.graph.json`)
        : "graph.json";
  if (out === "") throw new UsageError("--out needs a file name");
  const args: CliArgs = {
    profiles: parsed.positionals,
    bibs: Array.isArray(v.bib) ? v.bib : [],
    inputLists: Array.isArray(v.inputs) ? v.inputs : [],
    owners: ownerNames(v.owner),
    identities: Array.isArray(v.identities) ? v.identities : [],
    asOf,
    out,
    publish,
    title: typeof v.title === "string" && v.title.trim() !== "" ? v.title.trim() : null,
    dataDir,
    cap: wholeNumberFlag("cap", v.cap, 25, 1, 1_000_000),
    // The seeded generator keeps 32 bits: larger seeds would silently repeat smaller ones.
    seed: wholeNumberFlag("seed", v.seed, 1, 0, 0xffff_ffff),
    quiet: v.quiet === true,
    allIssues: v["all-issues"] === true,
    limits: limitsFromFlags(v),
    help,
  };
  if (
    !help &&
    args.profiles.length === 0 &&
    args.inputLists.length === 0 &&
    args.bibs.length === 0
  ) {
    throw new UsageError("at least one INPUT (a file or a folder) is required");
  }
  return args;
}

/** `--owner` values: each must name someone (letters or digits). */
function ownerNames(raw: unknown): string[] {
  const names = Array.isArray(raw) ? raw.map(String) : [];
  for (const name of names) {
    if (!/[\p{L}\p{N}]/u.test(name)) throw new UsageError(`--owner needs a name, got "${name}"`);
  }
  return names;
}

/** An identities file given with --identities: refused at once unless it says it is one. */
function identitiesInput(name: string, text: string): InputFile {
  if (!looksLikeIdentitiesFile(text)) {
    throw new InputError(name, 1, `not an identities file (no "format": "${IDENTITIES_FORMAT}")`);
  }
  return { name, text };
}

function issueLine(kind: string, issue: InputIssue): string {
  // Line 0: an issue of the whole input (an `--owner` found on no paper), not of one line.
  const where = issue.line > 0 ? `${issue.file}:${issue.line}` : issue.file;
  return `${kind}: ${where}: ${issue.reason}`;
}

/**
 * Write `text` (one string, or its pieces in order) to `path` atomically: a temporary file in
 * the same directory, then a rename.
 */
function writeAtomic(path: string, text: string | Iterable<string>): void {
  const dir = dirname(path);
  const tmp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  try {
    if (typeof text === "string") writeFileSync(tmp, text);
    else {
      const fd = openSync(tmp, "w");
      try {
        for (const piece of text) {
          const bytes = Buffer.from(piece, "utf8");
          // writeSync may write less than asked; writeFileSync loops the same way.
          for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
        }
      } finally {
        closeSync(fd);
      }
    }
    renameSync(tmp, path);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}

/** The site's network index, or null where there is none yet. */
function readNetworkIndexFile(path: string, dataDir: string) {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw e;
  }
  return parseNetworkIndex(text, join(dataDir, "index.json"));
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
    const outPath = prepareOutputPath(args.out, cwd);
    const named: { name: string; kind?: "bib" }[] = [
      // Inputs by content: a profile export, or a publication list of any supported format.
      ...collectInputPaths(args.profiles, args.inputLists, cwd).map(({ shown }) => ({
        name: shown,
      })),
      ...args.bibs.map((name) => ({ name, kind: "bib" as const })),
    ];
    // The page's checks, in its order: sizes before reading, contents before parsing.
    checkFileSizes(
      named.map((f) => ({ ...f, size: inputSize(f.name, cwd) })),
      args.limits,
    );
    // Each text is read once, when first asked for, and let go when parsing ends: held for
    // the whole run, a large corpus's texts stayed in memory through the graph, layout and
    // writing stages. (Asked for again, it would be read again.)
    const releaseTexts: (() => void)[] = [];
    const files: InputFile[] = named.map((f) => {
      let text: string | null = null;
      releaseTexts.push(() => {
        text = null;
      });
      return {
        ...f,
        get text() {
          text ??= readInputText(f.name, cwd);
          return text;
        },
      };
    });
    checkFileContents(files, args.limits);
    for (const name of args.identities) {
      files.push(identitiesInput(name, readInputText(name, cwd)));
    }
    const { summary, graph } = await ingestFilesAsync(files, {
      asOf,
      hyperauthorCap: args.cap,
      seed: args.seed,
      owners: args.owners,
      onProgress: (stage, fraction) => {
        // Past parsing the pipeline reads no input text again.
        if (stage !== "parse") for (const release of releaseTexts.splice(0)) release();
        progress?.update(stage, fraction);
      },
    });
    progress?.end();
    // The index is read (and any fault in it reported) before the graph is written, so a
    // failed publish changes neither file.
    const indexPath = args.publish === null ? null : resolve(cwd, args.dataDir, "index.json");
    const index = indexPath === null ? null : readNetworkIndexFile(indexPath, args.dataDir);
    // Written piece by piece: the whole file as one string was the run's memory peak.
    writeAtomic(outPath, graphJsonChunks(graph));
    if (indexPath !== null && args.publish !== null) {
      const entry = networkEntry(
        args.publish,
        // The graph's own attribute objects, not copies.
        {
          attributes: graph.getAttributes(),
          nodes: graph.mapNodes((key, attributes) => ({ key, attributes })),
        },
        args.title ?? undefined,
      );
      writeAtomic(indexPath, `${JSON.stringify(upsertNetwork(index, entry), null, 2)}\n`);
    }
    io.stdout(formatSummary(summary));
    for (const line of formatContributions(summary)) io.stdout(`input: ${line}`);
    const report = graph.getAttribute("report");
    const print = (kind: string, issues: InputIssue[]) => {
      const lines = issues.map((issue) => issueLine(kind, issue));
      for (const line of args.allIssues ? lines : capIssueLines(kind, lines)) io.stdout(line);
    };
    print("rejected", report.rejected);
    print("duplicate", report.duplicates);
    print("warning", report.warnings);
    print(
      "unmatched paper",
      report.unmatchedPapers.map((p) => ({ file: p.file, line: p.line, reason: p.title })),
    );
    print(
      "unmatched record",
      report.unmatchedRecords.map((r) => ({ file: r.file, line: r.line, reason: r.key })),
    );
    for (const line of identityReportLines(report)) io.stdout(line);
    io.stdout(`wrote ${args.out}`);
    if (args.publish !== null) {
      io.stdout(`published ${args.publish} in ${join(args.dataDir, "index.json")}`);
    }
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
