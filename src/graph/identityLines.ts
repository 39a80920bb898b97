// The identity report as plain text lines, one per merge, suggestion, namesake flag, exclusion
// and unknown decision name: what the CLI prints after its summary.
import type { GraphReport } from "./schema";

function score(n: number | null): string {
  return n === null ? "" : `score ${n}: `;
}

/** One line each; nothing when the graph has no identity report (a version 1 file). */
export function identityReportLines(report: GraphReport): string[] {
  const identity = report.identity;
  if (!identity) return [];
  return [
    ...identity.merged.map(
      (m) =>
        `merged: ${m.key}: ${m.names.join(" = ")} (${m.by === "decision" ? "decision" : `${score(m.score)}${m.reason}`})`,
    ),
    ...identity.suggested.map(
      (s) => `suggested: ${s.names.join(" ~ ")} (${score(s.score)}${s.reasons.join("; ")})`,
    ),
    ...identity.namesakes.map(
      (n) => `namesake: ${n.key}: "${n.title}" (score ${n.score}: ${n.reasons.join("; ")})`,
    ),
    ...identity.excluded.map(
      (e) => `excluded: ${e.file}:${e.line}: "${e.title}" (identities file)`,
    ),
    ...identity.unknownNames.map((name) => `unknown name in identities: "${name}" is no author`),
  ];
}
