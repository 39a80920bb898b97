// Small display formatters shared by the panels.
import type { GraphReport } from "../graph/schema";

const DATE_FORMAT = new Intl.DateTimeFormat("en-US", {
  timeZone: "UTC",
  year: "numeric",
  month: "short",
  day: "numeric",
});

/** `2022-06-09` → "Jun 9, 2022" (read as UTC so no time zone shifts the day). */
export function formatDate(iso: string): string {
  const time = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(time) ? iso : DATE_FORMAT.format(time);
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The summary line: only the kinds present, each counted with the right plural. */
export function reportSummary(
  report: Pick<GraphReport, "rejected" | "duplicates" | "warnings">,
): string {
  const parts: string[] = [];
  if (report.rejected.length > 0) {
    parts.push(`${plural(report.rejected.length, "entry", "entries")} rejected`);
  }
  if (report.duplicates.length > 0) {
    parts.push(plural(report.duplicates.length, "merged duplicate"));
  }
  if (report.warnings.length > 0) parts.push(plural(report.warnings.length, "warning"));
  return parts.join(", ");
}
