// Ego extracts from a generated corpus: a graph in the data contract that the app's own loader
// opens, the same bytes for the same options, a node budget that keeps the strongest connected
// part and says what it cut, and records sharing a title merged and reported.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Graph from "graphology";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareAtlasGraph } from "../graph/appGraph";
import { SCHEMA_VERSION } from "../graph/schema";
import {
  type Corpus,
  closeCorpus,
  EXTRACT_TABLES,
  ensureExtractTables,
  importDblp,
  openCorpus,
} from "./corpusDb";
import { generateDblpXml } from "./dblpGenerate";
import { ExtractError, extractEgoNetwork } from "./extract";

describe("extractEgoNetwork", () => {
  const dir = mkdtempSync(join(tmpdir(), "corpus-extract-"));
  let corpus: Corpus;
  /** A mid-productivity author with a pid: the kind of ego users ask about. */
  let ego: { pid: string; name: string };

  beforeAll(async () => {
    const file = join(dir, "g.xml");
    writeFileSync(file, [...generateDblpXml({ records: 800, seed: 3 })].join(""));
    await importDblp(join(dir, "db"), [file]);
    corpus = await openCorpus(join(dir, "db"));
    const rows = await corpus.connection.runAndReadAll(
      "SELECT a.pid, a.name, COUNT(*) AS n FROM authors a JOIN authorships s USING (author_id) " +
        "WHERE a.pid IS NOT NULL GROUP BY a.pid, a.name HAVING COUNT(*) BETWEEN 8 AND 20 ORDER BY n DESC, a.pid LIMIT 1",
    );
    const [pid, name] = rows.getRows()[0] as [string, string];
    ego = { pid, name };
  }, 120_000);
  afterAll(() => {
    if (corpus) closeCorpus(corpus);
    rmSync(dir, { recursive: true, force: true });
  });

  it("writes the data contract that the app's loader opens, the ego as the owner", async () => {
    const { serialized, summary } = await extractEgoNetwork(corpus, { ego: ego.pid, hops: 2 });
    expect(serialized.attributes.schemaVersion).toBe(SCHEMA_VERSION);
    const owner = serialized.attributes.profiles[0];
    expect(owner?.owner).toBe(ego.name);
    const ownerNode = serialized.nodes.find((n) => n.key === owner?.ownerKey);
    expect(ownerNode?.attributes).toMatchObject({ kind: "author", owner: true, name: ego.name });
    const authors = serialized.nodes.filter((n) => n.attributes?.kind === "author");
    const papers = serialized.nodes.flatMap((n) =>
      n.attributes?.kind === "paper" ? [n.attributes] : [],
    );
    expect(authors).toHaveLength(summary.authors);
    expect(papers).toHaveLength(summary.papers);
    for (const n of serialized.nodes) {
      expect(Number.isFinite(n.attributes?.x) && Number.isFinite(n.attributes?.y), n.key).toBe(
        true,
      );
    }
    for (const p of papers) {
      expect(p.bibKey).toMatch(/^(conf|journals)\//);
      expect(p.year).toBeGreaterThanOrEqual(1995);
    }
    // The app's own preparation (what the page runs on a loaded file) accepts it.
    const app = prepareAtlasGraph(JSON.parse(JSON.stringify(serialized)));
    expect(app.order).toBeGreaterThan(0);
    expect(summary.authorsByHop[0]).toBe(1);
    expect(summary.authorsByHop.length).toBe(3);
  }, 60_000);

  it("gives the same bytes for the same options", async () => {
    const a = await extractEgoNetwork(corpus, { ego: ego.pid, hops: 2, fromYear: 2010 });
    const b = await extractEgoNetwork(corpus, { ego: ego.pid, hops: 2, fromYear: 2010 });
    expect(JSON.stringify(a.serialized)).toBe(JSON.stringify(b.serialized));
  }, 60_000);

  it("over --max-nodes keeps the ego's strongest connected part and reports the cut", async () => {
    const full = await extractEgoNetwork(corpus, { ego: ego.pid, hops: 2 });
    const budget = Math.floor((full.summary.authors + full.summary.papers) / 3);
    const { serialized, summary } = await extractEgoNetwork(corpus, {
      ego: ego.pid,
      hops: 2,
      maxNodes: budget,
    });
    expect(serialized.nodes.length).toBeLessThanOrEqual(budget);
    expect(summary.cut).not.toBeNull();
    expect(summary.cut?.authorsBefore).toBe(full.summary.authors);
    expect(summary.cut?.authorsKept).toBe(summary.authors);
    expect(summary.cut?.papersKept).toBe(summary.papers);
    expect(summary.authors).toBeLessThan(full.summary.authors);
    // Connected: every author reaches the ego through papers of the network.
    const graph = Graph.from(serialized);
    const start = serialized.attributes.profiles[0]?.ownerKey as string;
    const seen = new Set([start]);
    const queue = [start];
    while (queue.length > 0) {
      for (const next of graph.neighbors(queue.shift() as string)) {
        if (!seen.has(next)) {
          seen.add(next);
          queue.push(next);
        }
      }
    }
    expect(seen.size).toBe(graph.order);
  }, 60_000);

  it("builds the derived tables of a corpus imported before them, and gives the same network", async () => {
    const options = { ego: ego.pid, hops: 2, maxNodes: 60 };
    const fresh = await extractEgoNetwork(corpus, options);
    // As a database imported before the derived tables is opened: without them.
    const reopenWithout = async () => {
      for (const table of EXTRACT_TABLES) await corpus.connection.run(`DROP TABLE ${table}`);
      closeCorpus(corpus);
      corpus = await openCorpus(join(dir, "db"));
    };
    await reopenWithout();
    expect(await ensureExtractTables(corpus)).toBe(true);
    expect(await ensureExtractTables(corpus)).toBe(false);
    await reopenWithout();
    const rebuilt = await extractEgoNetwork(corpus, options);
    expect(JSON.stringify(rebuilt.serialized)).toBe(JSON.stringify(fresh.serialized));
    expect(rebuilt.summary.cut).toEqual(fresh.summary.cut);
  }, 60_000);

  it("names the problem with --ego, --venue or --from/--to", async () => {
    await expect(extractEgoNetwork(corpus, { ego: "Nobody At All", hops: 1 })).rejects.toThrow(
      /no author named "Nobody At All"/,
    );
    await expect(
      extractEgoNetwork(corpus, { ego: ego.pid, hops: 1, venues: ["ICLRR"] }),
    ).rejects.toThrow(ExtractError);
    await expect(
      extractEgoNetwork(corpus, { ego: ego.pid, hops: 1, fromYear: 2020, toYear: 2010 }),
    ).rejects.toThrow(/--from 2020 is after --to 2010/);
  });
});

describe("extractEgoNetwork: records sharing a title", () => {
  const dir = mkdtempSync(join(tmpdir(), "corpus-merge-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("merges them into one paper, as any ingest does, and lists the merge with file and line", async () => {
    const file = join(dir, "m.xml");
    writeFileSync(
      file,
      [
        "<dblp>",
        '<inproceedings key="conf/a/1"><author>Ann A</author><author>Bob B</author><title>Same Title.</title><year>2020</year><booktitle>ICLR</booktitle></inproceedings>',
        '<article key="journals/corr/1"><author>Ann A</author><author>Bob B</author><title>Same title</title><year>2019</year><journal>CoRR</journal></article>',
        '<article key="journals/x/2"><author>Ann A</author><author>Cy C</author><title>Other</title><year>2021</year><journal>J</journal></article>',
        "</dblp>",
      ].join("\n"),
    );
    await importDblp(join(dir, "db"), [file]);
    const corpus = await openCorpus(join(dir, "db"));
    try {
      const { serialized, summary } = await extractEgoNetwork(corpus, { ego: "Ann A", hops: 1 });
      expect(summary.papers).toBe(2);
      expect(summary.mergedByTitle).toBe(1);
      const duplicates = serialized.attributes.report.duplicates;
      expect(duplicates).toHaveLength(1);
      expect(duplicates[0]).toMatchObject({ file, line: 3, keptLine: 2 });
      expect(duplicates[0]?.reason).toMatch(/same title as conf\/a\/1/);
      // The two records' joint authorship counts once.
      const link = serialized.nodes.filter((n) => n.attributes?.kind === "paper");
      expect(link).toHaveLength(2);
    } finally {
      closeCorpus(corpus);
    }
  }, 60_000);
});
