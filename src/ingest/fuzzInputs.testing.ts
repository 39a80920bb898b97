// Test helper for the fuzz suites: fast-check arbitraries that mutate the real files in data/
// (truncation, deleted / duplicated / shuffled lines, hostile Unicode, NUL, long lines, line
// ending mixes, nested and unbalanced braces, stray `@` entries). Mutations are plain data, so
// fast-check can shrink a failure down to the one edit that matters. Node-only; never imported
// by the app.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { mulberry32 } from "../graph/random";

export const PROFILE_FILE = "data/profiles/jiaming-song.txt";
export const BIB_FILE = "data/bib/jiaming-song.bib";
export const AS_OF = "2026-11-28";

export function readRepoFile(path: string): string {
  return readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), "utf8");
}

/**
 * Run counts scale with ATLAS_FUZZ_RUNS (a multiplier, default 1): the defaults keep the whole
 * fuzz suite near a minute on a 2-core CI machine; `ATLAS_FUZZ_RUNS=20` digs deeper locally.
 */
export function fuzzRuns(base: number): number {
  const scale = Number(process.env.ATLAS_FUZZ_RUNS ?? "1");
  return Math.max(1, Math.round(base * (Number.isFinite(scale) && scale > 0 ? scale : 1)));
}

/** Lines as the parsers count them (CRLF, lone CR and LF each end one). */
export function lineCount(text: string): number {
  return text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/).length;
}

/**
 * A per-input time bound, generous so a loaded CI passes: by default 2 s per 100 kB (never
 * under 2 s). The BibTeX path passes a larger rate: its parser library spends 10-50 µs per
 * character of field text on its own (linear, but steep); the blow-ups these bounds exist to
 * catch took 100-350 s on 100 kB before they were fixed.
 */
export function timeBoundMs(text: string, msPer100kB = 2000): number {
  return msPer100kB * Math.max(1, text.length / 100_000);
}

// ---------------------------------------------------------------------------------------------
// Real material to mutate

/** The real profile split into its header and its entries (each from its category+date line). */
export function profileParts(): { header: string[]; entries: string[][] } {
  const lines = readRepoFile(PROFILE_FILE).split("\n");
  const isHead = (l: string) => /^[A-Z]{2,4}[A-Z][a-z]{1,11}\.? \d/.test(l);
  const first = lines.findIndex(isHead);
  const entries: string[][] = [];
  for (const line of lines.slice(first)) {
    if (isHead(line)) entries.push([line]);
    else entries.at(-1)?.push(line);
  }
  return { header: lines.slice(0, first), entries };
}

/** The real BibTeX file's entries as texts (the opening `%` comment block is dropped). */
export function bibEntries(): string[] {
  return readRepoFile(BIB_FILE)
    .split(/\n(?=@)/)
    .filter((chunk) => chunk.startsWith("@"));
}

// ---------------------------------------------------------------------------------------------
// Hostile text

const SPECIALS = [
  "\u0000",
  "\uFEFF",
  "\uD800",
  "\uDBFF",
  "\uDC00",
  "\uDFFF",
  "\uD83D",
  "\u{1F600}",
  "\u{1D518}",
  "\u0301",
  "\u00b7",
  "\u2028",
  "\u2029",
  "\u0085",
  "\u00a0",
  "\r",
  "\n",
  "\r\n",
  "\t",
  " et al.",
  ", ",
  " and ",
  " & ",
  "{",
  "}",
  "@",
  "%",
  "\\",
  '"',
  "#",
  "~",
  "---",
  "@article{",
  "@string{x = {y}}",
  "@comment{",
  "@preamble{",
  "LGJun 9, 2022",
  "CVFoo 99, 20222",
  "h-index",
  "papers",
  "<img src=x onerror=alert(1)>",
  "<script>alert(1)</script>",
  "__proto__",
  "\\emph{",
  "\\'e",
  "$x^2$",
];

/** Short hostile snippets: any code point, graphemes, lone surrogates, NUL and format markers. */
export const noise: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc
    .array(fc.oneof(fc.constantFrom(...SPECIALS), fc.string({ maxLength: 6 })), { maxLength: 8 })
    .map((parts) => parts.join("")),
);

/** Units that, repeated, stress a regex or a splitter (separators, openers, escapes). */
const LONG_UNITS = [
  "a",
  "a ",
  "a, ",
  " ",
  "\t",
  ",",
  " et al",
  " and ",
  "{",
  "}",
  "@a{",
  "@",
  "\\'",
  "<i ",
  "\u00b7",
  "1,",
  "LG",
  "\u{1F600}",
  "\uD800",
];

/** A 10,000-character line made of one repeated unit. */
export const longLine: fc.Arbitrary<string> = fc
  .constantFrom(...LONG_UNITS)
  .map((unit) => unit.repeat(Math.ceil(10_000 / unit.length)).slice(0, 10_000));

// ---------------------------------------------------------------------------------------------
// Mutations

/** A position in a text as a fraction in [0, 1), so the same mutation fits any length. */
const at = fc.integer({ min: 0, max: 999_999 }).map((n) => n / 1_000_000);

export type Mutation =
  | { op: "truncate"; at: number }
  | { op: "deleteLines"; at: number; count: number }
  | { op: "duplicateLines"; at: number; count: number; to: number }
  | { op: "shuffleLines"; at: number; count: number; seed: number }
  | { op: "insert"; at: number; text: string }
  | { op: "insertLine"; at: number; text: string }
  | { op: "lineEndings"; style: "crlf" | "cr" | "mixed"; seed: number }
  | { op: "nestBraces"; at: number; depth: number }
  | { op: "unbalance"; at: number; open: boolean };

const lineMutations: fc.Arbitrary<Mutation>[] = [
  at.map((a) => ({ op: "truncate", at: a }) as const),
  fc.record({ op: fc.constant("deleteLines"), at, count: fc.integer({ min: 1, max: 20 }) }),
  fc.record({
    op: fc.constant("duplicateLines"),
    at,
    count: fc.integer({ min: 1, max: 20 }),
    to: at,
  }),
  fc.record({
    op: fc.constant("shuffleLines"),
    at,
    count: fc.integer({ min: 2, max: 40 }),
    seed: fc.nat(),
  }),
  fc.record({ op: fc.constant("insert"), at, text: fc.oneof(noise, longLine) }),
  fc.record({ op: fc.constant("insertLine"), at, text: fc.oneof(noise, longLine) }),
  fc.record({
    op: fc.constant("lineEndings"),
    style: fc.constantFrom("crlf", "cr", "mixed"),
    seed: fc.nat(),
  }),
];

const braceMutations: fc.Arbitrary<Mutation>[] = [
  fc.record({ op: fc.constant("nestBraces"), at, depth: fc.integer({ min: 1, max: 5_000 }) }),
  fc.record({ op: fc.constant("unbalance"), at, open: fc.boolean() }),
];

/** A few edits of any kind a text file can suffer. */
export const textMutations = fc.array(fc.oneof(...lineMutations), { maxLength: 5 });

/** The same plus BibTeX's own troubles: deep and unbalanced braces. */
export const bibMutations = fc.array(fc.oneof(...lineMutations, ...braceMutations), {
  maxLength: 5,
});

const rng = mulberry32;

function applyOne(text: string, m: Mutation): string {
  const pos = (f: number, n: number) => Math.min(n, Math.floor(f * (n + 1)));
  switch (m.op) {
    case "truncate":
      return text.slice(0, pos(m.at, text.length));
    case "insert": {
      const i = pos(m.at, text.length);
      return text.slice(0, i) + m.text + text.slice(i);
    }
    case "nestBraces": {
      const i = pos(m.at, text.length);
      return `${text.slice(0, i)}${"{".repeat(m.depth)}x${"}".repeat(m.depth)}${text.slice(i)}`;
    }
    case "unbalance": {
      if (m.open) {
        const i = pos(m.at, text.length);
        return `${text.slice(0, i)}{${text.slice(i)}`;
      }
      // Drop the first closing brace at or after the position (or before it, if none).
      const from = pos(m.at, text.length);
      let i = text.indexOf("}", from);
      if (i < 0) i = text.lastIndexOf("}");
      return i < 0 ? text : text.slice(0, i) + text.slice(i + 1);
    }
    case "lineEndings": {
      const next = rng(m.seed);
      const eol = () =>
        m.style === "crlf"
          ? "\r\n"
          : m.style === "cr"
            ? "\r"
            : next() < 0.5
              ? "\r\n"
              : next() < 0.5
                ? "\r"
                : "\n";
      return text.split("\n").reduce((out, line, i) => (i === 0 ? line : out + eol() + line), "");
    }
    default: {
      const lines = text.split("\n");
      const i = pos(m.at, lines.length - 1);
      if (m.op === "deleteLines") lines.splice(i, m.count);
      else if (m.op === "insertLine") lines.splice(i, 0, m.text);
      else if (m.op === "duplicateLines") {
        const copy = lines.slice(i, i + m.count);
        lines.splice(pos(m.to, lines.length), 0, ...copy);
      } else {
        const next = rng(m.seed);
        const window = lines.slice(i, i + m.count);
        for (let k = window.length - 1; k > 0; k--) {
          const j = Math.floor(next() * (k + 1));
          [window[k], window[j]] = [window[j] as string, window[k] as string];
        }
        lines.splice(i, window.length, ...window);
      }
      return lines.join("\n");
    }
  }
}

/** Apply mutations in order. */
export function mutate(text: string, mutations: readonly Mutation[]): string {
  return mutations.reduce(applyOne, text);
}
