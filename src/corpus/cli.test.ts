// `npm run corpus`: import with progress and a summary, extract to a file (never half a file),
// query to CSV, and one-line errors with exit codes for bad input and bad usage.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CorpusCliIo, runCorpusCli } from "./cli";
import { generateDblpXml } from "./dblpGenerate";

function capture(): CorpusCliIo & { out: string[]; err: string[]; progressText: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const progressText: string[] = [];
  let clock = 0;
  return {
    out,
    err,
    progressText,
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    progress: { write: (t) => progressText.push(t), isTTY: false },
    // Each reading of the clock moves it 1.5 s on, so every chunk's progress is shown.
    now: () => (clock += 1500),
  };
}

describe("npm run corpus", () => {
  const dir = mkdtempSync(join(tmpdir(), "corpus-cli-"));
  const xml = join(dir, "g.xml");
  const db = join(dir, "db");
  beforeAll(async () => {
    writeFileSync(
      xml,
      [...generateDblpXml({ records: 400, seed: 2 })]
        .join("")
        .replace("</dblp>", '<article key="broken"><title>No year</title></article>\n</dblp>'),
    );
    const io = capture();
    expect(await runCorpusCli(["import", "--db", db, xml], io)).toBe(0);
    importIo = io;
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  let importIo: ReturnType<typeof capture>;

  it("import prints progress with records/s and ETA, the rejection with its line, and a summary", () => {
    expect(importIo.progressText.join("")).toMatch(
      /import: 1\/1 \d+%, [\d,]+ records \(\d+ rejected\), [\d,]+ records\/s, ETA \d+:\d\d/,
    );
    const lines = readFileSync(xml, "utf8").split("\n");
    const brokenLine = lines.findIndex((l) => l.includes('key="broken"')) + 1;
    expect(importIo.err).toContain(`rejected: ${xml}:${brokenLine} (broken): no year`);
    expect(importIo.out.join("\n")).toMatch(/Imported 401 records .* 400 papers, .* 1 rejected/);
  });

  it("extract writes the graph JSON and a summary; a failed extract leaves no file", async () => {
    const io = capture();
    const out = join(dir, "ego.json");
    const q = capture();
    expect(await runCorpusCli(["query", "--db", db, "author_stats", "--limit", "40"], q)).toBe(0);
    const row = q.out.slice(1).find((l) => l.split("\t")[2] !== "null") as string;
    const pid = row.split("\t")[2] as string;
    expect(
      await runCorpusCli(["extract", "--db", db, "--ego", pid, "--hops", "1", "--out", out], io),
    ).toBe(0);
    expect(io.out.join("")).toMatch(/^Ego network of .* 1 hops/);
    const graph = JSON.parse(readFileSync(out, "utf8"));
    expect(graph.attributes.profiles[0].owner).toBe(row.split("\t")[1]);

    const bad = capture();
    const missing = join(dir, "none.json");
    expect(
      await runCorpusCli(["extract", "--db", db, "--ego", "No Such Person", "--out", missing], bad),
    ).toBe(1);
    expect(bad.err).toEqual([`error: no author named "No Such Person" in ${db}`]);
    expect(existsSync(missing)).toBe(false);
  }, 60_000);

  it("query --csv writes every row of the SQL file's answer", async () => {
    const io = capture();
    const csv = join(dir, "pairs.csv");
    expect(await runCorpusCli(["query", "--db", db, "coauthor_projection", "--csv", csv], io)).toBe(
      0,
    );
    const lines = readFileSync(csv, "utf8").trim().split("\n");
    expect(lines[0]).toBe("source_id,target_id,weight");
    expect(io.out[0]).toBe(`Wrote ${(lines.length - 1).toLocaleString("en-US")} rows to ${csv}.`);
  });

  it("a file that is not DBLP XML is one line naming it, exit 1, and the corpus stays as it was", async () => {
    const before = capture();
    await runCorpusCli(["query", "--db", db, "venue_year_slice", "--limit", "1000"], before);
    const notXml = join(dir, "notes.xml");
    writeFileSync(notXml, "just some notes\n");
    const io = capture();
    expect(await runCorpusCli(["import", "--db", db, notXml], io)).toBe(1);
    expect(io.err).toEqual([`error: ${notXml}:1: not XML: text before the <dblp> root`]);
    const after = capture();
    expect(
      await runCorpusCli(["query", "--db", db, "venue_year_slice", "--limit", "1000"], after),
    ).toBe(0);
    expect(after.out).toEqual(before.out);
    expect(after.out.length).toBeGreaterThan(10);
  }, 60_000);

  it("usage errors exit 2 with the usage", async () => {
    const cases: [string[], RegExp][] = [
      [["extract", "--db", db, "--ego", "X"], /one of --out FILE or --publish NAME/],
      [
        ["extract", "--db", join(dir, "nothing"), "--ego", "X", "--out", "x.json"],
        /no corpus database/,
      ],
      [
        ["extract", "--db", db, "--ego", "X", "--hops", "two", "--out", "x.json"],
        /--hops must be a whole number/,
      ],
      [["import"], /import needs at least one FILE/],
      [["frobnicate"], /unknown command "frobnicate"/],
    ];
    for (const [args, message] of cases) {
      const io = capture();
      expect(await runCorpusCli(args, io), args.join(" ")).toBe(2);
      expect(io.err.join("\n")).toMatch(message);
      expect(io.err.join("\n")).toMatch(/usage: npm run corpus/);
    }
  });
});
