// Tests for the ingestion pipeline on the real profile + BibTeX: kinds, merging, determinism,
// errors and the summary text.
import { describe, expect, it } from "vitest";
import { AS_OF, BIB_FILE, PROFILE_FILE, readRepoFile } from "../graph/realData.testing";
import { type AtlasGraph, SCHEMA_VERSION } from "../graph/schema";
import { InputError } from "../ingest";
import { detectKind, formatSummary, type InputFile, ingestFiles } from "./ingestFiles";

const profileText = readRepoFile(PROFILE_FILE);
const bibText = readRepoFile(BIB_FILE);
const files: InputFile[] = [
  { name: PROFILE_FILE, text: profileText },
  { name: BIB_FILE, text: bibText },
];

describe("detectKind", () => {
  it("takes the given kind, then the extension, then the content", () => {
    expect(detectKind({ name: "x.bib", text: profileText, kind: "profile" })).toBe("profile");
    expect(detectKind({ name: "refs.bib", text: "" })).toBe("bib");
    expect(detectKind({ name: "me.txt", text: bibText })).toBe("profile");
    expect(detectKind({ name: "download", text: bibText })).toBe("bib");
    expect(detectKind({ name: "download", text: profileText })).toBe("profile");
  });
});

describe("ingestFiles", () => {
  const stages: string[] = [];
  const result = ingestFiles(files, {
    asOf: AS_OF,
    onProgress: (stage, f) => stages.push(`${stage}:${f}`),
  });

  it("builds the real graph and a serialized copy of it", () => {
    const { graph, serialized, summary } = result;
    expect(serialized.nodes).toHaveLength(graph.order);
    expect(serialized.edges).toHaveLength(graph.size);
    expect(serialized.attributes?.schemaVersion).toBe(SCHEMA_VERSION);
    expect(serialized.edges.every((e) => typeof e.key === "string")).toBe(true);
    expect(summary.counts.papers).toBe(50);
    expect(summary.counts.matched).toBe(50);
    expect(summary.counts.bibRecords).toBe(50);
    expect(summary.bibFiles).toEqual([{ file: BIB_FILE, records: 50 }]);
    expect(summary.papersOverCap).toBe(
      graph.filterNodes((k, a) => a.kind === "paper" && graph.degree(k) > 25).length,
    );
    expect(summary.papersOverCap).toBeGreaterThanOrEqual(2);
    expect(stages[0]).toBe("parse:0");
    expect(stages.at(-1)).toBe("layout:1");
  });

  it("is byte-identical across two full runs, whatever the file order", () => {
    const again = ingestFiles([...files].reverse(), { asOf: AS_OF });
    expect(JSON.stringify(again.serialized)).toBe(JSON.stringify(result.serialized));
  });

  it("fills in communities, sizes and positions", () => {
    const { graph } = result;
    graph.forEachNode((_key, attrs) => {
      expect(Number.isFinite(attrs.x) && Number.isFinite(attrs.y)).toBe(true);
      expect(attrs.size).toBeGreaterThan(1);
    });
    expect(graph.getNodeAttributes("author:jiaming-song")).toMatchObject({ community: 0 });
  });

  it("merges a second profile with the first: shared papers and authors once", () => {
    // A second export: the real header with another owner and only the first 10 entries.
    const entries = profileText.split(/\n(?=[A-Z]{2}[A-Z][a-z]{2} \d)/);
    const second = ["Chenlin Meng", ...entries.slice(1, 11)].join("\n\n");
    const merged = ingestFiles([...files, { name: "meng.txt", text: second }], { asOf: AS_OF });
    expect(merged.summary.profiles.map((p) => [p.owner, p.listed])).toEqual([
      ["Jiaming Song", 50],
      ["Chenlin Meng", 10],
    ]);
    expect(merged.summary.counts.papers).toBe(50);
    expect(field(merged.graph, "author:chenlin-meng", "owner")).toBe(true);
    // Chenlin Meng was a coauthor already: the same node, now linked to all ten entries.
    expect(
      merged.graph.filterNodes((_k, a) => a.kind === "author" && a.name === "Chenlin Meng"),
    ).toHaveLength(1);
    expect(merged.graph.degree("author:chenlin-meng")).toBeGreaterThanOrEqual(10);
    expect(merged.summary.counts.authors).toBe(result.summary.counts.authors);
  });

  it("reports a BibTeX record once when no profile matched it, not when any profile did", () => {
    // Profile A: the first 10 real entries; profile B: the next 10. Every record of the real
    // BibTeX is matched by one of them or by neither (the other 30), and one extra record
    // matches nothing at all.
    const entries = profileText.split(/\n(?=[A-Z]{2}[A-Z][a-z]{2} \d)/);
    const header = entries[0] ?? "";
    const a = [header, ...entries.slice(1, 11)].join("\n\n");
    const b = ["Chenlin Meng", ...entries.slice(11, 21)].join("\n\n");
    const extra =
      "@misc{nomatch2026,\n  title = {A Title No Profile Lists},\n  author = {Ada Lovelace},\n  year = {2026}\n}\n";
    const out = ingestFiles(
      [
        { name: "a.txt", text: a },
        { name: "b.txt", text: b },
        { name: BIB_FILE, text: bibText },
        { name: "extra.bib", text: extra },
      ],
      { asOf: AS_OF },
    );
    const report = out.graph.getAttribute("report");
    const keys = report.unmatchedRecords.map((r) => r.key);
    expect(report.counts.matched).toBe(20);
    expect(keys).toHaveLength(50 + 1 - 20);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys).toContain("nomatch2026");
    const matched = new Set(
      out.graph.mapNodes((_k, attrs) => (attrs.kind === "paper" ? attrs.bibKey : null)),
    );
    for (const key of keys) expect(matched.has(key)).toBe(false);
  });

  it("requires a profile and an ISO as-of date", () => {
    expect(() => ingestFiles([{ name: BIB_FILE, text: bibText }], { asOf: AS_OF })).toThrow(
      InputError,
    );
    expect(() => ingestFiles([], { asOf: AS_OF })).toThrow(/no profile export/);
    expect(() => ingestFiles(files, { asOf: "28/11/2026" })).toThrow(/^ingestFiles: asOf/);
  });

  it("names the file of an unusable input", () => {
    const err = (() => {
      try {
        ingestFiles([files[0] as InputFile, { name: "empty.bib", text: "  \n" }], { asOf: AS_OF });
      } catch (e) {
        return e;
      }
    })();
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).file).toBe("empty.bib");
  });

  it("summarises in one paragraph with the real figures", () => {
    const text = formatSummary(result.summary);
    const c = result.summary.counts;
    expect(text).not.toContain("\n");
    expect(text).toContain(`${c.papers} papers`);
    expect(text).toContain(`${c.authors} authors`);
    expect(text).toContain(`${c.edges} authorship edges`);
    expect(text).toContain(`${result.summary.coauthorLinks} coauthor links`);
    expect(text).toContain(`matched ${c.matched} of 50 papers`);
    expect(text).toContain("as of 2026-11-28");
    expect(text).toContain(`${result.summary.warnings} warning`);
  });
});

/** Read any node attribute (the node-kind union hides kind-specific ones from getNodeAttribute). */
function field(g: AtlasGraph, key: string, name: string): unknown {
  return (g.getNodeAttributes(key) as unknown as Record<string, unknown>)[name];
}
