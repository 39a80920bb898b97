// What the app accepts when a user opens files, and the clear refusal for everything else:
// files too big for ingestion to finish in reasonable time, too many entries, empty or binary
// files, and a profile given as BibTeX or the reverse. The worker calls `checkFileSizes`
// before reading any file and `checkFileContents` after, both before any parsing, so a bad
// file is refused in milliseconds with a message naming it (an InputError, like the parsers').
//
// The figures come from measurements on a 2-core machine (see .notes/limits.md): ingestion
// time is driven by the laid-out graph, about 26 s for 10,000 profile entries and 56 s for
// 20,000 (layout is 90% of it); BibTeX costs about 1.6 ms per entry in its parser library.
import { InputError } from "../ingest/errors";
import { looksLikeIdentitiesFile } from "../ingest/identitiesFile";
import { looksLikeProfileExport } from "../ingest/profile";
import { firstBibEntryLine, looksBinary, looksLikeBibtex, splitLines } from "../ingest/text";
import { detectKind, type InputFile, type InputKind } from "./ingestFiles";

export interface Limits {
  /** Largest profile export, in bytes. */
  maxProfileBytes: number;
  /** Largest BibTeX file, in bytes. */
  maxBibBytes: number;
  /** Most files opened at once (a folder's files count one by one). */
  maxFiles: number;
  /** Most bytes over all files opened at once. */
  maxTotalBytes: number;
  /** Most profile entries over all profile files (each becomes a paper node to lay out). */
  maxEntries: number;
}

export const LIMITS: Readonly<Limits> = Object.freeze({
  maxProfileBytes: 20_000_000,
  maxBibBytes: 5_000_000,
  maxFiles: 10_000,
  maxTotalBytes: 100_000_000,
  maxEntries: 20_000,
});

// Sniffing looks at the start of a file only (as detectKind does), so it costs the same on
// any size.
const SNIFF_CHARS = 65_536;

/** "20 MB", "1.5 MB", "640 kB": decimal units, as file managers show sizes. */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${Number((bytes / 1_000_000).toFixed(1))} MB`;
  if (bytes >= 1_000) return `${Number((bytes / 1_000).toFixed(1))} kB`;
  return `${bytes} bytes`;
}

/** A size over `limit`, exact in bytes when rounding would show the limit itself ("5 MB"). */
export function formatOverLimit(size: number, limit: number): string {
  const rounded = formatBytes(size);
  return rounded === formatBytes(limit) ? `${size.toLocaleString("en-US")} bytes` : rounded;
}

/** The kind a file name implies before its text is read (`null`: decided by content later). */
function kindByName(name: string): InputKind | null {
  const lower = name.toLowerCase();
  if (lower.endsWith(".bib") || lower.endsWith(".bibtex")) return "bib";
  if (lower.endsWith(".txt")) return "profile";
  return null;
}

function sizeLimit(kind: InputKind | null, limits: Limits): number {
  if (kind === "bib") return limits.maxBibBytes;
  if (kind === "profile") return limits.maxProfileBytes;
  return Math.max(limits.maxBibBytes, limits.maxProfileBytes);
}

/**
 * Before reading: the number of files and each file's size (File.size, in bytes). Throws an
 * InputError naming the first file over its limit.
 */
export function checkFileSizes(
  files: readonly { name: string; size: number; kind?: InputKind }[],
  limits: Limits = LIMITS,
): void {
  checkBatchSize(files, limits);
  for (const file of files) checkFileSize(file, limits);
}

/**
 * Before reading, the whole set: the number of files and their total size (a folder's files
 * count one by one). Throws an InputError; a set over these limits is refused as a whole.
 */
export function checkBatchSize(
  files: readonly { name: string; size: number }[],
  limits: Limits = LIMITS,
): void {
  if (files.length === 0) {
    throw new InputError("input", null, "no file was opened");
  }
  if (files.length > limits.maxFiles) {
    throw new InputError(
      files[limits.maxFiles]?.name ?? "input",
      null,
      `${files.length.toLocaleString("en-US")} files opened at once; the limit is ${limits.maxFiles.toLocaleString("en-US")}`,
    );
  }
  let total = 0;
  for (const file of files) total += file.size;
  if (total > limits.maxTotalBytes) {
    throw new InputError(
      files.length === 1 ? (files[0]?.name ?? "input") : "input",
      null,
      `${formatBytes(total)} in ${files.length.toLocaleString("en-US")} files is over the ${formatBytes(limits.maxTotalBytes)} limit for one load; open fewer files`,
    );
  }
}

/** Before reading, one file: empty, or over the size limit for its kind. Throws an InputError naming it. */
export function checkFileSize(
  file: { name: string; size: number; kind?: InputKind },
  limits: Limits = LIMITS,
): void {
  if (file.size === 0) {
    throw new InputError(file.name, null, "the file is empty");
  }
  const kind = file.kind ?? kindByName(file.name);
  const limit = sizeLimit(kind, limits);
  if (file.size > limit) {
    const what =
      kind === "bib" ? "a BibTeX file" : kind === "profile" ? "a profile export" : "a file";
    throw new InputError(
      file.name,
      null,
      `${formatOverLimit(file.size, limit)} is over the ${formatBytes(limit)} limit for ${what}; split it into smaller files`,
    );
  }
}

/** How many entries (category + date lines) a profile export lists. */
export function countProfileEntries(text: string): number {
  let count = 0;
  // A plain split (no normalisation): only the entry heads matter, and they are ASCII.
  for (const line of text.split(/\r\n|\r|\n/)) {
    if (line.length <= 100 && looksLikeProfileExport([line])) count++;
  }
  return count;
}

/**
 * After reading, before parsing: empty and binary files, a file of the other kind than it was
 * opened as, and the total number of profile entries. Throws an InputError naming the file.
 */
export function checkFileContents(files: readonly InputFile[], limits: Limits = LIMITS): void {
  let entries = 0;
  for (const file of files) {
    const text = file.text.replace(/^\uFEFF/, "");
    if (text.trim() === "") {
      throw new InputError(file.name, null, "the file is empty");
    }
    const head = text.slice(0, SNIFF_CHARS);
    if (looksBinary(head)) {
      throw new InputError(
        file.name,
        null,
        "binary content, not text: open a profile export (.txt) or a BibTeX file (.bib)",
      );
    }
    // An identities file (decisions, JSON) is checked by its own parser.
    if (looksLikeIdentitiesFile(text)) continue;
    const kind = detectKind(file);
    const lines = splitLines(head);
    if (kind === "profile") {
      const bibLine =
        looksLikeBibtex(lines) ?? (looksLikeProfileExport(lines) ? null : firstBibEntryLine(lines));
      if (bibLine !== null) {
        throw new InputError(
          file.name,
          bibLine,
          "this is a BibTeX file, opened as a profile export; give it a .bib extension",
        );
      }
      entries += countProfileEntries(text);
      if (entries > limits.maxEntries) {
        throw new InputError(
          file.name,
          null,
          `${entries.toLocaleString("en-US")} profile entries${files.length > 1 ? " in all files so far" : ""}, over the limit of ${limits.maxEntries.toLocaleString("en-US")}`,
        );
      }
    } else if (looksLikeBibtex(lines) === null && looksLikeProfileExport(lines)) {
      throw new InputError(
        file.name,
        null,
        "this is a profile export, opened as BibTeX; give it a .txt extension",
      );
    }
  }
}
