// The benchmark suite cannot rot: a tiny-size run of the Node suite must finish and every
// record must carry its fields (timings are not checked). Also the pieces the figures rest on:
// the generator, the results file's merging, and the statistics.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { enrichPapers, parseBibtex, parseProfile } from "../src/ingest";
import { STARTUP_WHY, startupShortfall } from "./browserCases/startupCase";
import { CLI_RSS_WHY, cliRecords, medianRssRun, runCliOnce } from "./cliCase";
import { runEndToEndCase } from "./endToEndCase";
import { generateCoauthorGraph, generateCorpus } from "./generate";
import {
  addRecord,
  type BenchRecord,
  mergeResults,
  missLines,
  overBy,
  RECORD_FIELDS,
  readResults,
  shortfallOf,
  underBy,
} from "./results";
import { formatReport, formatTable, runSuite } from "./run";
import { growthExponent, median } from "./stats";

describe("the Node suite at tiny size", () => {
  it("runs every case and writes records with all their fields", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "bench-")), "results.json");
    const records = await runSuite({ size: "tiny", out });
    const cases = records.map((r) => r.case);
    expect(cases).toEqual(
      expect.arrayContaining([
        "bibtex/200",
        "ingest/seed-profile",
        "ingest/synthetic-60",
        "ingest/synthetic-120",
        "ingest/linearity",
        "layout/seed-profile/vs-forceatlas2",
        "layout/seed-profile/vs-d3-force",
        "layout/300/vs-forceatlas2",
        "layout/300/vs-d3-force",
      ]),
    );
    for (const r of records) {
      for (const field of RECORD_FIELDS) expect(r, `${r.case}.${field}`).toHaveProperty(field);
      expect(r.ours_ms, r.case).toBeGreaterThan(0);
      expect(typeof r.baseline).toBe("string");
      expect(r.runs).toBeGreaterThanOrEqual(1);
    }
    for (const r of records.filter((x) => x.group === "layout")) {
      expect(r.quality?.metric).toBe("neighbourhood preservation");
      expect(r.quality?.ours).toBeGreaterThan(0);
      expect(r.quality?.baseline).toBeGreaterThan(0);
      expect(r.ratio).toBeCloseTo(r.ours_ms / (r.baseline_ms as number), 9);
    }
    for (const r of records.filter((x) => x.case.startsWith("ingest/s"))) {
      expect(r.extra.mb_per_s).toBeGreaterThan(0);
      expect(r.extra.papers_per_s).toBeGreaterThan(0);
    }
    const bibtex = records.find((r) => r.case === "bibtex/200");
    expect(bibtex?.extra.same_records_as_library).toBe(true);
    expect(bibtex?.ratio).toBeCloseTo(
      (bibtex?.ours_ms ?? 0) /
        (bibtex?.extra.bib_mb as number) /
        ((bibtex?.baseline_ms ?? 1) / (bibtex?.extra.json_mb as number)),
      9,
    );
    expect(readResults(out).records.map((r) => r.case)).toEqual(cases);
    expect(formatTable(records).split("\n")).toHaveLength(records.length + 1);
  }, 240_000);
});

describe("generateCorpus", () => {
  it("is deterministic for a seed and writes profiles the real parser reads cleanly", () => {
    const a = generateCorpus({ papers: 400, seed: 3, papersPerProfile: 150 });
    const b = generateCorpus({ papers: 400, seed: 3, papersPerProfile: 150 });
    expect(b.files).toEqual(a.files);
    expect(a.files.map((f) => f.kind)).toEqual(["profile", "profile", "profile", "bib"]);

    const bibFile = a.files[3] as { name: string; text: string };
    const bib = parseBibtex(bibFile.text, { file: bibFile.name });
    expect(bib.errors).toEqual([]);
    expect(bib.records).toHaveLength(400);
    let papers = 0;
    for (const file of a.files.slice(0, 3)) {
      const profile = parseProfile(file.text, { file: file.name, asOf: "2026-11-28" });
      expect(profile.report.rejected).toEqual([]);
      expect(profile.report.duplicates).toEqual([]);
      papers += profile.papers.length;
      // Cut lists show three names and `et al.`, as the real export does; a full list
      // always shows the owner, a cut one may not.
      for (const p of profile.papers) {
        if (p.authorsTruncated) expect(p.authors).toHaveLength(3);
        else expect(p.authors).toContain(profile.header.owner);
      }
      const { report } = enrichPapers(profile, [bib]);
      expect(report.unmatchedPapers).toEqual([]);
    }
    expect(papers).toBe(400);
  });

  it("spreads authors per paper from 2 to 10, with a few hyperauthor papers", () => {
    const corpus = generateCorpus({ papers: 1000, seed: 1 });
    const bibFile = corpus.files.find((f) => f.kind === "bib") as { name: string; text: string };
    const counts = parseBibtex(bibFile.text, { file: bibFile.name }).records.map(
      (r) => r.authors.length,
    );
    const normal = counts.filter((c) => c <= 10);
    expect(Math.min(...counts)).toBe(2);
    expect(new Set(normal).size).toBe(9);
    const hyper = counts.filter((c) => c > 25).length;
    expect(hyper).toBe(corpus.hyperauthorPapers);
    expect(hyper).toBeGreaterThan(0);
    expect(hyper).toBeLessThan(counts.length / 50);
  });
});

describe("generateCoauthorGraph", () => {
  it("is connected, about 2.5 links per author, skewed degrees, mostly within communities", () => {
    const g = generateCoauthorGraph({ authors: 3000, seed: 2 });
    expect(g.order).toBe(3000);
    expect(g.size / g.order).toBeCloseTo(2.5, 1);
    // Breadth-first search from one author reaches all of them.
    const seen = new Set<string>(["a0"]);
    const queue = ["a0"];
    while (queue.length > 0) {
      for (const next of g.neighbors(queue.pop() as string)) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    expect(seen.size).toBe(3000);
    const degrees = g.mapNodes((n) => g.degree(n)).sort((a, b) => a - b);
    expect(degrees[degrees.length - 1]).toBeGreaterThan(10 * (degrees[1500] as number));
    let within = 0;
    g.forEachEdge((_e, _a, s, t) => {
      if (g.getNodeAttribute(s, "community") === g.getNodeAttribute(t, "community")) within++;
    });
    expect(within / g.size).toBeGreaterThan(0.8);
    expect(generateCoauthorGraph({ authors: 3000, seed: 2 }).export()).toEqual(g.export());
  });
});

describe("results file", () => {
  const record = (name: string, ours: number): BenchRecord => ({
    case: name,
    group: "filter",
    size: "1 node",
    n: 1,
    runs: 1,
    ours_ms: ours,
    baseline: "none",
    baseline_ms: null,
    ratio: null,
    quality: null,
    goal: null,
    extra: {},
    notes: [],
  });

  it("replaces a record of the same case and keeps the others", () => {
    const results = { environment: {}, records: [record("a", 1), record("b", 2)] };
    addRecord(results, record("a", 3));
    addRecord(results, record("c", 4));
    expect(results.records.map((r) => [r.case, r.ours_ms])).toEqual([
      ["a", 3],
      ["b", 2],
      ["c", 4],
    ]);
  });

  it("merges into an existing file, as the browser suite will", () => {
    const path = join(mkdtempSync(join(tmpdir(), "bench-")), "results.json");
    mergeResults(path, [record("node/x", 1)], { node: "v20" });
    mergeResults(path, [record("browser/y", 2)], { chromium: "156" });
    const read = JSON.parse(readFileSync(path, "utf8"));
    expect(read.records.map((r: BenchRecord) => r.case)).toEqual(["node/x", "browser/y"]);
    expect(read.environment).toEqual({ node: "v20", chromium: "156" });
  });
});

describe("stats", () => {
  it("takes medians and fits growth exponents", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(growthExponent([1, 10, 100], [2, 20, 200])).toBeCloseTo(1, 12);
    expect(growthExponent([1, 10, 100], [1, 100, 10000])).toBeCloseTo(2, 12);
    expect(() => median([])).toThrow(/stats/);
  });
});

describe("the CLI case", () => {
  it("runs the CLI in a fresh process and times each of its stages", () => {
    const run = runCliOnce(60, 1, "2026-11-28");
    expect(Object.keys(run.stages)).toEqual(
      expect.arrayContaining(["read", "parse", "enrich", "graph", "clusters", "layout"]),
    );
    for (const ms of Object.values(run.stages)) expect(ms).toBeGreaterThanOrEqual(0);
    expect(run.cpu_ms).toBeGreaterThan(0);
    expect(run.max_rss_mb).toBeGreaterThan(0);
  }, 120_000);

  it("keeps the run with the median peak RSS, and notes every run's peak", () => {
    const run = (rss: number, cpu: number) => ({
      papers: 50_000,
      out: "",
      wall_ms: cpu,
      cpu_ms: cpu,
      max_rss_mb: rss,
      stages: { graph: cpu },
      stages_wall: { graph: cpu },
    });
    const kept = medianRssRun([run(1_050, 30), run(840, 31), run(950, 32)]);
    expect(kept.max_rss_mb).toBe(950);
    expect(kept.cpu_ms).toBe(32);
    expect(kept.max_rss_runs_mb).toEqual([1_050, 840, 950]);
    expect(medianRssRun([run(700, 1), run(900, 2)]).max_rss_mb).toBe(700);
    expect(medianRssRun([run(700, 1)]).max_rss_runs_mb).toBeUndefined();
    expect(() => medianRssRun([])).toThrow(/no run/);
    const [record] = cliRecords([kept], (n) => `${n / 1000}k`);
    expect(record?.extra.max_rss_runs_mb).toBe("1050 / 840 / 950");
    expect(record?.runs).toBe(3);
  });

  it("gives each stage's growth exponent and judges the goals at the largest size", () => {
    const run = (papers: number, graphPower: number, rss: number) => ({
      papers,
      out: "",
      wall_ms: papers,
      cpu_ms: papers / 2,
      max_rss_mb: rss,
      stages: { parse: papers / 10, graph: 100 * (papers / 1000) ** graphPower },
      stages_wall: { parse: papers / 5, graph: 200 * (papers / 1000) ** graphPower },
    });
    const name = (n: number) => `${n / 1000}k`;
    const linear = cliRecords([run(1_000, 1, 100), run(10_000, 1, 200), run(50_000, 1, 400)], name);
    expect(linear.map((r) => r.case)).toEqual(["cli/1k", "cli/10k", "cli/50k"]);
    expect(linear[2]?.extra.exponent_graph).toBeCloseTo(1, 9);
    expect(linear[2]?.extra.exponent_parse).toBeCloseTo(1, 9);
    expect(linear[2]?.goal?.met).toBe(true);
    expect(linear[0]?.goal).toBeNull();
    const quadratic = cliRecords([run(1_000, 2, 100), run(50_000, 2, 400)], name);
    expect(quadratic[1]?.extra.exponent_graph).toBeCloseTo(2, 9);
    expect(quadratic[1]?.goal?.met).toBe(false);
    const heavy = cliRecords([run(1_000, 1, 100), run(50_000, 1, 900)], name);
    expect(heavy[1]?.goal?.met).toBe(false);
    // A missed goal says which bound, by how much, and (for memory) why.
    expect(linear[2]?.goal?.shortfall).toBeUndefined();
    expect(heavy[1]?.goal?.shortfall).toEqual([
      "peak RSS 900 MB against <= 600 MB: 300 MB (50%) over",
      CLI_RSS_WHY,
    ]);
    expect(quadratic[1]?.goal?.shortfall).toEqual([
      "graph's growth exponent 2.00 against <= 1.15: 0.85 (74%) over",
    ]);
  });
});

describe("the end-to-end case", () => {
  it("judges the CLI's own positions and ForceAtlas2's on the CLI's whole output graph", () => {
    const record = runEndToEndCase({
      papers: 60,
      seed: 1,
      asOf: "2026-11-28",
      sample: 100,
      fa2: { chunk: 25, maxSteps: 50, capMs: 20_000, patience: 1, minGain: 0.002 },
      name: "60",
    });
    expect(record.case).toBe("end-to-end/60");
    // Authors and papers both: more nodes than papers.
    expect(record.n).toBeGreaterThan(60);
    expect(record.quality?.ours).toBeGreaterThan(0);
    expect(record.quality?.ours).toBeLessThanOrEqual(1);
    expect(record.quality?.baseline).toBeGreaterThan(0);
    expect(record.baseline_ms).toBeGreaterThan(0);
    expect(record.ratio).toBeCloseTo(record.ours_ms / (record.baseline_ms as number), 9);
    expect(typeof record.goal?.met).toBe("boolean");
  }, 120_000);
});

describe("missed goals in words", () => {
  it("states a bound missed, by how much, and nothing for a bound kept", () => {
    expect(overBy("peak RSS", 1_061.77, 600, " MB")).toBe(
      "peak RSS 1,062 MB against <= 600 MB: 462 MB (77%) over",
    );
    expect(overBy("CPU", 61.25, 60, " s", 1)).toBe("CPU 61.3 s against <= 60.0 s: 1.3 s (2%) over");
    expect(overBy("peak RSS", 600, 600, " MB")).toBeNull();
    expect(overBy("peak RSS", Number.NaN, 600, " MB")).toBeNull();
    expect(underBy("quality", 0.0138, 0.015, "", 4)).toBe(
      "quality 0.0138 against >= 0.0150: 0.0012 (8%) under",
    );
    expect(underBy("quality", 0.015, 0.015, "", 4)).toBeNull();
    expect(shortfallOf([null, "a", null, "b"])).toEqual(["a", "b"]);
  });

  it("gives the startup ratio over its bound in milliseconds, and why", () => {
    expect(startupShortfall(808.7, 615.1)).toEqual([
      "ratio 1.315 against <= 1.100: 0.215 (20%) over (132 ms later than 1.1x the bare page's 615 ms)",
      STARTUP_WHY,
    ]);
    expect(startupShortfall(650, 615.1)).toEqual([]);
  });

  it("prints each missed goal after the table, and no such line when all are met", () => {
    const base: BenchRecord = {
      case: "x/met",
      group: "ingest",
      size: "1",
      n: 1,
      runs: 1,
      ours_ms: 1,
      baseline: "none",
      baseline_ms: null,
      ratio: null,
      quality: null,
      goal: { text: "t <= 2", met: true },
      extra: {},
      notes: [],
    };
    const missed = {
      ...base,
      case: "x/missed",
      goal: { text: "t <= 0.5", met: false, shortfall: ["t 1 against <= 0.5", "why: slow"] },
    };
    const bare = { ...base, case: "x/bare", goal: { text: "t <= 0.1", met: false } };
    expect(missLines([base, missed, bare])).toEqual([
      "MISSED x/missed: t 1 against <= 0.5; why: slow",
      "MISSED x/bare: goal: t <= 0.1",
    ]);
    expect(formatReport([base, missed], "r.json").split("\n")).toEqual([
      "",
      ...formatTable([base, missed]).split("\n"),
      "",
      "MISSED x/missed: t 1 against <= 0.5; why: slow",
      "",
      "wrote 2 records to r.json",
    ]);
    expect(formatReport([base], "r.json")).not.toContain("MISSED");
  });
});
