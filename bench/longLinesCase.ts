// Long-lines case: the profile parser on 100,000-character lines made of what trips
// backtracking patterns (runs of spaces, commas, `A, ` author lists, a padded date line),
// against the parser on the real default profile repeated to the same size, in the same run.
// A pattern that backtracks would be quadratic in the line's length and far past the baseline.
import { parseProfile } from "../src/ingest";
import { type BenchRecord, ratioOf } from "./results";
import { median, timeMs } from "./stats";

/** Within this factor of the same-size real profile (the goal the unit test used to time). */
export const LONG_LINES_RATIO_GOAL = 5;

function hostileProfile(header: string): string {
  const long = "x".repeat(100_000);
  const spaces = `a${" ".repeat(100_000)}b`;
  const commas = `${", ".repeat(50_000)}et al.`;
  const spacedAuthors = `Jiaming Song${" ".repeat(15_000)}, Stefano Ermon${" ".repeat(4_000)}et al.`;
  return [
    header,
    long,
    "",
    ["LGJan 1, 2020", long, "", `${"A, ".repeat(30_000)}B`, ""].join("\n"),
    ["LGJan 2, 2020", spaces, "", commas, "", spaces, ""].join("\n"),
    ["LGJan 3, 2020", "A title", "", spacedAuthors, "", commas, ""].join("\n"),
    [`LGJan 4, 2020${" ".repeat(100_000)}x`, "Title", "", "A B", ""].join("\n"),
  ].join("\n");
}

export function runLongLinesCase(realProfile: string, runs: number, asOf: string): BenchRecord {
  const header = realProfile.split("\n").slice(0, 5).join("\n");
  const hostile = hostileProfile(header);
  let plain = realProfile;
  while (plain.length < hostile.length) plain += `\n${realProfile}`;
  plain = plain.slice(0, hostile.length);
  const ours: number[] = [];
  const base: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const o = timeMs(() => parseProfile(hostile, { file: "hostile.txt", asOf })).ms;
    const b = timeMs(() => parseProfile(plain, { file: "plain.txt", asOf })).ms;
    if (i > 0) {
      ours.push(o);
      base.push(b);
    }
  }
  const ours_ms = median(ours);
  const baseline_ms = median(base);
  const ratio = ratioOf(ours_ms, baseline_ms);
  return {
    case: "ingest/long-lines",
    group: "ingest",
    size: `${(hostile.length / 1e6).toFixed(2)} MB, 100,000-character lines`,
    n: hostile.length,
    runs,
    ours_ms,
    baseline: "parseProfile on the real profile repeated to the same size",
    baseline_ms,
    ratio,
    quality: null,
    goal: {
      text: `ratio <= ${LONG_LINES_RATIO_GOAL}`,
      met: ratio === null ? null : ratio <= LONG_LINES_RATIO_GOAL,
    },
    extra: {},
    notes: [],
  };
}
