// The CLI's guards, kept apart from its flow: numeric flags checked to their real range, the
// page's limits (LIMITS) with flags that override them, inputs read with the page's decoding
// after a size check, and an output path checked (its folders made one level at a time) before
// any work, so a bad path fails at once with one line instead of after the ingest, or never.
import { accessSync, constants, mkdirSync, readFileSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { LIMITS, type Limits } from "../filesToGraph/limits";
import { decodeInput } from "../ingest/decode";
import { InputError } from "../ingest/errors";

/** A bad command line: the CLI prints it with the usage and exits with code 2. */
export class UsageError extends Error {}

/** A whole number flag in [min, max] (both safe integers); `fallback` when absent. */
export function wholeNumberFlag(
  flag: string,
  raw: unknown,
  fallback: number,
  min: number,
  max: number,
): number {
  if (raw === undefined) return fallback;
  const value = typeof raw === "string" && /^-?\d{1,20}$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new UsageError(
      `--${flag} must be a whole number from ${min.toLocaleString("en-US")} to ${max.toLocaleString("en-US")}, got "${String(raw)}"`,
    );
  }
  return value;
}

const SIZE_UNITS: Record<string, number> = { "": 1, b: 1, kb: 1_000, mb: 1_000_000, gb: 1e9 };

/** A size flag: bytes, or a number with kB / MB / GB (decimal, as the limits are written). */
export function byteSizeFlag(flag: string, raw: unknown, fallback: number): number {
  if (raw === undefined) return fallback;
  const m = typeof raw === "string" ? /^(\d{1,12}(?:\.\d{1,3})?)\s?([kmg]?b?)$/i.exec(raw) : null;
  const unit = SIZE_UNITS[(m?.[2] ?? "").toLowerCase()];
  const value = m && unit !== undefined ? Math.round(Number(m[1]) * unit) : Number.NaN;
  if (!Number.isSafeInteger(value) || value < 1) {
    throw new UsageError(`--${flag} must be a size such as 20MB or 500kB, got "${String(raw)}"`);
  }
  return value;
}

/** The parseArgs options of the limit flags. */
export const LIMIT_FLAG_OPTIONS = {
  "max-profile-bytes": { type: "string" },
  "max-bib-bytes": { type: "string" },
  "max-entries": { type: "string" },
  "max-files": { type: "string" },
} as const;

export const LIMIT_FLAGS_USAGE = `  --max-profile-bytes SIZE   largest profile export (default: ${LIMITS.maxProfileBytes / 1_000_000}MB, as in the app)
  --max-bib-bytes SIZE       largest BibTeX file (default: ${LIMITS.maxBibBytes / 1_000_000}MB)
  --max-entries N            most profile entries over all profiles (default: ${LIMITS.maxEntries.toLocaleString("en-US")})
  --max-files N              most input files (default: ${LIMITS.maxFiles})`;

/** The page's limits, each overridable by its flag. */
export function limitsFromFlags(values: Record<string, unknown>): Limits {
  return {
    maxProfileBytes: byteSizeFlag(
      "max-profile-bytes",
      values["max-profile-bytes"],
      LIMITS.maxProfileBytes,
    ),
    maxBibBytes: byteSizeFlag("max-bib-bytes", values["max-bib-bytes"], LIMITS.maxBibBytes),
    maxEntries: wholeNumberFlag("max-entries", values["max-entries"], LIMITS.maxEntries, 1, 1e9),
    maxFiles: wholeNumberFlag("max-files", values["max-files"], LIMITS.maxFiles, 1, 100_000),
  };
}

function fsReason(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "no such file";
  if (code === "EISDIR") return "is a directory, not a file";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  return `cannot read (${code ?? (e as Error).message})`;
}

/** An input's size in bytes, before reading it (for the size limits). */
export function inputSize(path: string, cwd: string): number {
  try {
    const stat = statSync(resolve(cwd, path));
    if (stat.isDirectory()) throw new InputError(path, null, "is a directory, not a file");
    return stat.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(path, null, fsReason(e));
  }
}

/** Read an input and decode it as the page does (BOM: UTF-8 / UTF-16; else UTF-8). */
export function readInputText(path: string, cwd: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(cwd, path));
  } catch (e) {
    throw new InputError(path, null, fsReason(e));
  }
  return decodeInput(path, bytes);
}

/**
 * Check where the graph will be written, before any work: not a folder, and its folder exists
 * or can be made. Missing folders are made one level at a time (a recursive mkdir spins
 * forever under /proc); every failure is an InputError naming the path and the cause.
 */
export function prepareOutputPath(out: string, cwd: string): string {
  const path = resolve(cwd, out);
  const fail = (reason: string): never => {
    throw new InputError(out, null, reason);
  };
  try {
    if (statSync(path).isDirectory()) fail("is a directory; give a file name for the graph JSON");
  } catch (e) {
    if (e instanceof InputError) throw e;
  }
  const missing: string[] = [];
  let dir = dirname(path);
  for (;;) {
    let exists = true;
    try {
      if (!statSync(dir).isDirectory()) fail(`cannot write: ${dir} is not a folder`);
    } catch (e) {
      if (e instanceof InputError) throw e;
      exists = false;
    }
    if (exists) break;
    missing.unshift(dir);
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  for (const folder of missing) {
    try {
      mkdirSync(folder);
    } catch (e) {
      fail(`cannot create the folder ${folder} (${(e as NodeJS.ErrnoException).code ?? "error"})`);
    }
  }
  try {
    accessSync(dirname(path), constants.W_OK);
  } catch (e) {
    fail(`cannot write in ${dirname(path)} (${(e as NodeJS.ErrnoException).code ?? "error"})`);
  }
  return path;
}

/** Issue lines printed per kind before the rest is summed up (all stay in the graph's report). */
export const PRINTED_ISSUES_PER_KIND = 50;

/** At most `max` lines of one kind, then one line saying how many more there are. */
export function capIssueLines(
  kind: string,
  lines: string[],
  max = PRINTED_ISSUES_PER_KIND,
): string[] {
  if (lines.length <= max) return lines;
  const more = lines.length - max;
  return [
    ...lines.slice(0, max),
    `${kind}: … and ${more.toLocaleString("en-US")} more (all are in the graph's report; --all-issues prints them)`,
  ];
}
