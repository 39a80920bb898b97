// Profile export parser: the researcher-profile text (see PROFILE-FORMAT.md) → ParsedProfile.
// Tolerant by design: entry-level problems are reported with their line and parsing goes on;
// only a file that cannot be a profile at all throws an InputError.
import { InputError } from "./errors";
import { titleKey } from "./names";
import { firstBibEntryLine, looksBinary, looksLikeBibtex, splitLines } from "./text";
import type {
  DuplicateEntry,
  InputIssue,
  ParsedProfile,
  ProfileHeader,
  ProfilePaper,
} from "./types.ts";

export interface ParseProfileOptions {
  /** Name used in errors and provenance (a path or a file name). */
  file: string;
  /** ISO date `YYYY-MM-DD` the export was taken; infers missing years. Default: today. */
  asOf?: string;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

/** arXiv category codes as the export abbreviates them; others are kept but noted. */
const KNOWN_CATEGORIES = new Set([
  "AI",
  "AR",
  "CC",
  "CE",
  "CG",
  "CL",
  "CR",
  "CV",
  "CY",
  "DB",
  "DC",
  "DL",
  "DM",
  "DS",
  "ET",
  "FL",
  "GL",
  "GR",
  "GT",
  "HC",
  "IR",
  "IT",
  "IV",
  "LG",
  "LO",
  "MA",
  "ME",
  "MM",
  "MS",
  "NA",
  "NE",
  "NI",
  "OC",
  "OH",
  "OS",
  "PF",
  "PL",
  "RO",
  "SC",
  "SD",
  "SE",
  "SI",
  "SP",
  "SY",
  "TH",
  "AS",
  "AP",
  "CO",
  "ML",
  "ST",
]);

// Lines longer than this are never entry headers; checking length first keeps every
// regex below away from huge lines (an abstract can be 100,000 characters).
const MAX_HEADER_LINE = 80;

/**
 * "Looks like CATEGORY+DATE": 2–4 capitals glued to a capitalised word, a number, maybe a
 * year and `Code`. Deliberately loose so a malformed date (`LGFoo 99, 2022`) still starts an
 * entry, which is then rejected with a reason instead of being swallowed by the previous one.
 * Only run on short lines; quantifiers are bounded and not nested.
 */
const ENTRY_HEAD_RE =
  /^([A-Z]{2,4})([A-Z][a-z]{1,11})\.?[ \t]+(\d{1,4})(?:,?[ \t]*(\d{1,6}))?[ \t]*(Code)?$/;

interface EntryHead {
  category: string;
  month: string;
  day: string;
  year: string | undefined;
  hasCode: boolean;
}

function matchEntryHead(line: string): EntryHead | null {
  if (line.length > MAX_HEADER_LINE) return null;
  const m = ENTRY_HEAD_RE.exec(line);
  if (!m) return null;
  return {
    category: m[1] ?? "",
    month: m[2] ?? "",
    day: m[3] ?? "",
    year: m[4],
    hasCode: m[5] !== undefined,
  };
}

/** Whether lines read like a profile export (some line is a CATEGORY+DATE entry head). */
export function looksLikeProfileExport(lines: string[]): boolean {
  return lines.some((line) => matchEntryHead(line.trim()) !== null);
}

const STAT_PATTERNS: { key: keyof Omit<ProfileHeader, "owner" | "primaryCategory">; re: RegExp }[] =
  [
    { key: "hIndex", re: /^h-?index[ \t:]*([\d,]{1,12})$/i },
    { key: "papers", re: /^([\d,]{1,12})[ \t]*papers?$/i },
    { key: "citations", re: /^([\d,]{1,15})[ \t]*citations?$/i },
    { key: "novelty", re: /^novelty[ \t:]*(\d{1,3}(?:\.\d{1,4})?)[ \t]*%?$/i },
    { key: "aiScore", re: /^ai[ \t]*score[ \t:]*(\d{1,3}(?:\.\d{1,4})?)[ \t]*%?$/i },
  ];

function parseNumber(text: string): number | null {
  const n = Number(text.replace(/,/g, ""));
  return Number.isFinite(n) ? n : null;
}

function daysInMonth(year: number, month: number): number {
  // Day 0 of the next month is the last day of this one (UTC keeps it clock- and zone-free).
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseAsOf(asOf: string | undefined): { iso: string; y: number; m: number; d: number } {
  const text = asOf ?? new Date().toISOString().slice(0, 10);
  const m = ISO_DATE_RE.exec(text);
  const y = Number(m?.[1]);
  const mo = Number(m?.[2]);
  const d = Number(m?.[3]);
  if (!m || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) {
    throw new Error(`ingest/profile: asOf must be an ISO date YYYY-MM-DD, got "${text}"`);
  }
  return { iso: text, y, m: mo, d };
}

function parseHeader(lines: string[], end: number, file: string): ProfileHeader {
  const header: ProfileHeader = {
    owner: "",
    primaryCategory: null,
    hIndex: null,
    papers: null,
    citations: null,
    novelty: null,
    aiScore: null,
  };
  for (let i = 0; i < end; i++) {
    const line = (lines[i] ?? "").trim();
    if (line === "" || line.length > 200) continue;
    const stat = STAT_PATTERNS.find((p) => p.re.test(line));
    if (stat) {
      // The first occurrence wins: "77papers" precedes the "77 Papers" section heading.
      if (header[stat.key] === null) {
        header[stat.key] = parseNumber(stat.re.exec(line)?.[1] ?? "");
      }
      continue;
    }
    if (/^[A-Z]{2,4}$/.test(line)) {
      header.primaryCategory ??= line;
      continue;
    }
    if (header.owner === "") header.owner = line;
  }
  if (header.owner === "") {
    throw new InputError(
      file,
      1,
      "no profile owner: the export should start with the owner's name before the first entry",
    );
  }
  return header;
}

/** Drop a final `et al.` (any case, spacing, with or without a comma before it). */
function stripEtAl(names: string): { rest: string; truncated: boolean } {
  const lower = names.toLowerCase();
  let cut = -1;
  if (lower === "et al." || lower === "et al") cut = 0;
  else if (lower.endsWith(" et al.")) cut = names.length - 7;
  else if (lower.endsWith(" et al")) cut = names.length - 6;
  if (cut < 0) return { rest: names, truncated: false };
  let end = cut;
  // Trim the separator by hand: an unanchored /[\s,]+$/ is quadratic on long runs.
  while (end > 0 && (names[end - 1] === "," || names[end - 1] === " ")) end--;
  return { rest: names.slice(0, end), truncated: true };
}

function parseAuthorsLine(line: string): {
  authors: string[];
  truncated: boolean;
  orgs: string[];
} {
  const dot = line.indexOf("\u00b7");
  // Collapsing whitespace first keeps every later pattern on single spaces (linear).
  const namesText = (dot >= 0 ? line.slice(0, dot) : line).replace(/\s+/g, " ").trim();
  const orgText = dot >= 0 ? line.slice(dot + 1) : "";
  const { rest, truncated } = stripEtAl(namesText);
  const authors = rest
    .split(",")
    .flatMap((part) => part.split(/ (?:and|&) /))
    .map((n) => n.trim().replace(/^(?:and|&) /, ""))
    .filter((n) => n !== "");
  const orgs = orgText
    .split(",")
    .map((o) => o.trim())
    .filter((o) => o !== "");
  return { authors, truncated, orgs };
}

/** Most names kept from one entry's authors line (the BibTeX reader's budget too). */
export const MAX_PROFILE_AUTHORS = 3_000;

/**
 * The line after the title is the authors line by its place; it is refused only when it reads
 * as prose instead (an abstract with no authors line before it): a "name" of many words or
 * characters. Any name is accepted, whatever its last character (`Martin Luther King Jr.`).
 */
function proseInAuthorsLine(authors: string[]): string | null {
  if (authors.length === 0) return "it holds no name";
  for (const name of authors.slice(0, MAX_PROFILE_AUTHORS)) {
    if (name.length > 120) return `a name of ${name.length} characters`;
    const words = name.split(" ").length;
    if (words > 10) return `a name of ${words} words`;
  }
  return null;
}

// A short line with a month and a day: a misformed entry head (`<b>Feb 2, 2020`), never an
// abstract's first line.
const DATE_LIKE_RE = /\b[A-Z][a-z]{2,8}\.? {1,3}\d{1,2}\b/;

function looksLikeStrayHead(line: string): boolean {
  return line.length <= MAX_HEADER_LINE && DATE_LIKE_RE.test(line);
}

/** Parse a profile export. Throws InputError only when the whole file is unusable. */
export function parseProfile(text: string, options: ParseProfileOptions): ParsedProfile {
  const { file } = options;
  const asOf = parseAsOf(options.asOf);

  if (text.replace(/^\uFEFF/, "").trim() === "") {
    throw new InputError(file, null, "the file is empty");
  }
  if (looksBinary(text)) {
    throw new InputError(file, null, "binary content, not a text profile export");
  }
  const lines = splitLines(text);
  const bibLine = looksLikeBibtex(lines);
  if (bibLine !== null) {
    throw new InputError(file, bibLine, "looks like BibTeX; open it as BibTeX");
  }

  const heads: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (matchEntryHead(lines[i] ?? "")) heads.push(i);
  }
  if (heads.length === 0) {
    // BibTeX may open with free text instead of `%` comments; say what the file is.
    const bibEntry = firstBibEntryLine(lines);
    if (bibEntry !== null) {
      throw new InputError(file, bibEntry, "looks like BibTeX; open it as BibTeX");
    }
    throw new InputError(
      file,
      null,
      "no recognisable entry (expected a category and date line such as `LGJun 9, 2022`)",
    );
  }
  const header = parseHeader(lines, heads[0] ?? 0, file);

  const papers: ProfilePaper[] = [];
  const rejected: InputIssue[] = [];
  const duplicates: DuplicateEntry[] = [];
  const warnings: InputIssue[] = [];
  const byKey = new Map<string, ProfilePaper>();

  let strayBlocks = 0;
  /** Paragraphs after an entry's abstract: one rejected block per date-like start. */
  const rejectStrayBlocks = (stray: { text: string; line: number; paragraph: number }[]) => {
    let current = -1;
    stray.forEach((c, k) => {
      const opensParagraph = k === 0 || stray[k - 1]?.paragraph !== c.paragraph;
      if (current >= 0 && !(opensParagraph && looksLikeStrayHead(c.text))) return;
      current = c.paragraph;
      strayBlocks++;
      rejected.push({
        file,
        line: c.line,
        reason: `a block the parser cannot place, starting "${c.text.slice(0, 60)}": an entry starts with a category and date line such as \`LGJun 9, 2022\`; rejected`,
      });
    });
  };

  heads.forEach((start, h) => {
    const end = heads[h + 1] ?? lines.length;
    const lineNo = start + 1;
    const reject = (reason: string) => rejected.push({ file, line: lineNo, reason });
    // biome-ignore lint/style/noNonNullAssertion: `start` came from a matching line above.
    const head = matchEntryHead(lines[start]!)!;
    // Non-blank lines with their paragraph (blank lines separate paragraphs; the head's is 0).
    const content: { text: string; line: number; paragraph: number }[] = [];
    let paragraph = 0;
    for (let i = start + 1; i < end; i++) {
      const t = (lines[i] ?? "").trim();
      if (t === "") {
        if (content.length > 0 && content[content.length - 1]?.paragraph === paragraph) paragraph++;
      } else content.push({ text: t, line: i + 1, paragraph });
    }
    // Places: title, authors line, abstract (the rest of the third line's paragraph). A later
    // paragraph has no place: it is reported as a rejected block, never absorbed.
    let placed = content.length;
    const third = content[2];
    if (
      third &&
      content[1] &&
      third.paragraph !== content[1].paragraph &&
      looksLikeStrayHead(third.text)
    ) {
      placed = 2;
    } else if (third) {
      placed = 3;
      while (placed < content.length && content[placed]?.paragraph === third.paragraph) placed++;
    }
    rejectStrayBlocks(content.slice(placed));

    const dateText = `${head.month} ${head.day}${head.year !== undefined ? `, ${head.year}` : ""}`;
    const month = MONTHS[head.month.toLowerCase()];
    if (month === undefined || (head.year !== undefined && head.year.length !== 4)) {
      reject(`unparseable date "${dateText}" (expected e.g. "Jun 9, 2022")`);
      return;
    }
    const day = Number(head.day);
    let year: number;
    let yearInferred = false;
    if (head.year !== undefined) {
      year = Number(head.year);
    } else {
      // No year means "this year" at export time; a day after asOf must be last year's.
      const later = month > asOf.m || (month === asOf.m && day > asOf.d);
      year = later ? asOf.y - 1 : asOf.y;
      yearInferred = true;
    }
    if (day < 1 || day > daysInMonth(year, month)) {
      reject(`invalid date "${dateText}"`);
      return;
    }

    const title = content[0]?.text;
    if (title === undefined) {
      reject("no title after the category and date line");
      return;
    }
    const authorsLine = content[1];
    const parsedAuthors = authorsLine ? parseAuthorsLine(authorsLine.text) : null;
    const prose = parsedAuthors ? proseInAuthorsLine(parsedAuthors.authors) : "";
    if (authorsLine === undefined || parsedAuthors === null || prose !== null) {
      reject(
        `missing authors line after the title "${title}"${prose ? ` (the next line reads as prose: ${prose})` : ""}`,
      );
      return;
    }
    let { authors, truncated } = parsedAuthors;
    const { orgs } = parsedAuthors;
    if (authors.length > MAX_PROFILE_AUTHORS) {
      warnings.push({
        file,
        line: authorsLine.line,
        reason: `${authors.length.toLocaleString("en-US")} authors, over the budget of ${MAX_PROFILE_AUTHORS.toLocaleString("en-US")} per entry; the first ${MAX_PROFILE_AUTHORS.toLocaleString("en-US")} kept, the list marked as cut`,
      });
      authors = authors.slice(0, MAX_PROFILE_AUTHORS);
      truncated = true;
    }
    const abstractText = content
      .slice(2, placed)
      .map((c) => c.text)
      .join(" ");

    if (yearInferred) {
      warnings.push({
        file,
        line: lineNo,
        reason: `date "${dateText}" has no year; taken as ${year} from as-of ${asOf.iso}`,
      });
    }
    if (!KNOWN_CATEGORIES.has(head.category)) {
      warnings.push({
        file,
        line: lineNo,
        reason: `unknown category code "${head.category}" kept as is`,
      });
    }

    const paper: ProfilePaper = {
      line: lineNo,
      title,
      category: head.category,
      date: iso(year, month, day),
      year,
      yearInferred,
      hasCode: head.hasCode,
      authors,
      authorsTruncated: truncated,
      orgs,
      abstract: abstractText === "" ? null : abstractText,
    };

    const key = titleKey(title);
    const kept = byKey.get(key);
    if (kept) {
      // Keep the first entry; fill in only what it lacks.
      kept.abstract ??= paper.abstract;
      if (kept.orgs.length === 0) kept.orgs = paper.orgs;
      kept.hasCode ||= paper.hasCode;
      duplicates.push({
        file,
        line: lineNo,
        title,
        keptLine: kept.line,
        reason: `duplicate of the entry at line ${kept.line} ("${kept.title}")`,
      });
      return;
    }
    byKey.set(key, paper);
    papers.push(paper);
  });

  return {
    file,
    header,
    asOf: asOf.iso,
    papers,
    report: { entriesSeen: heads.length + strayBlocks, rejected, duplicates, warnings },
  };
}
