// Display formatters: plurals and the load report's summary line.
import { describe, expect, it } from "vitest";
import { plural, reportSummary } from "./format";

const issue = (line: number) => ({ file: "a.txt", line, reason: "r" });
const dup = (line: number) => ({ ...issue(line), title: "T", keptLine: 1 });

describe("reportSummary", () => {
  it("counts each kind with its own plural and leaves out the absent ones", () => {
    expect(
      reportSummary({ rejected: [issue(3)], duplicates: [dup(9)], warnings: [issue(4), issue(5)] }),
    ).toBe("1 entry rejected, 1 merged duplicate, 2 warnings");
    expect(
      reportSummary({ rejected: [issue(1), issue(2)], duplicates: [], warnings: [issue(3)] }),
    ).toBe("2 entries rejected, 1 warning");
    expect(reportSummary({ rejected: [], duplicates: [dup(1), dup(2)], warnings: [] })).toBe(
      "2 merged duplicates",
    );
    expect(reportSummary({ rejected: [], duplicates: [], warnings: [] })).toBe("");
  });

  it("plural picks the form by count", () => {
    expect(plural(1, "entry", "entries")).toBe("1 entry");
    expect(plural(0, "entry", "entries")).toBe("0 entries");
    expect(plural(3, "author")).toBe("3 authors");
  });
});
