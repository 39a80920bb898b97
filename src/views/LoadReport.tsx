// What reading the files did not turn into papers, or warned about: rejected entries, merged
// duplicates (with the line they repeat) and warnings, each with its file and line, under one
// summary with correct plurals ("1 entry rejected, 1 merged duplicate, 2 warnings").
import type { GraphReport } from "../graph/schema";
import { reportSummary } from "./format";

interface Issue {
  file: string;
  line: number;
  reason: string;
}

function IssueList({ label, issues }: { label: string; issues: Issue[] }) {
  if (issues.length === 0) return null;
  return (
    <>
      <h4 className="issues-head">{label}</h4>
      <ul aria-label={label}>
        {issues.map((issue) => (
          <li key={`${issue.file}:${issue.line}:${issue.reason}`}>
            <span className="mono">
              {issue.file}:{issue.line}
            </span>{" "}
            {issue.reason}
          </li>
        ))}
      </ul>
    </>
  );
}

export function LoadReport({ report }: { report: GraphReport }) {
  const summary = reportSummary(report);
  if (summary === "") return null;
  const duplicates = report.duplicates.map((d) => ({
    file: d.file,
    line: d.line,
    reason: `“${d.title}” repeats line ${d.keptLine}: merged into it`,
  }));
  return (
    <details className="issues" data-testid="load-report">
      <summary>{summary} while reading the files</summary>
      <IssueList label="Rejected" issues={report.rejected} />
      <IssueList label="Merged duplicates" issues={duplicates} />
      <IssueList label="Warnings" issues={report.warnings} />
    </details>
  );
}
