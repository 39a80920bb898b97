// Each sql/ file on a tiny corpus: the corpus is written here as DBLP XML, imported into
// DuckDB, and every query's answer is compared with one computed in this file by plain loops
// over the same papers (so a wrong join, cap or filter shows as a difference).
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nameIdentity } from "../ingest/names";
import {
  type Corpus,
  closeCorpus,
  type ImportSummary,
  importDblp,
  openCorpus,
  runSql,
} from "./corpusDb";
import { extractEgoNetwork } from "./extract";
import { loadSql } from "./sqlFiles";

interface TinyAuthor {
  name: string;
  pid?: string;
}
interface TinyPaper {
  key: string;
  type: "article" | "inproceedings" | "phdthesis";
  year: number;
  venue: string;
  authors: TinyAuthor[];
}

const ann = { name: "Ann Alpha", pid: "1/1" };
const annAgain = { name: "A. Alpha", pid: "1/1" }; // same pid, another spelling
const bob = { name: "Bob Beta" };
const cem = { name: "Cem Gamma" };
const dia = { name: "Jörg Müller" };
const diaFolded = { name: "Jorg Muller" }; // the same person by normalised name
const eve = { name: "Eve Epsilon", pid: "5/5" };
const fay = { name: "Fay Zeta" };
const gus = { name: "Gus Eta" };
const hal = { name: "Hal Theta" };

const PAPERS: TinyPaper[] = [
  {
    key: "conf/iclr/1",
    type: "inproceedings",
    year: 2018,
    venue: "ICLR",
    authors: [ann, bob, cem],
  },
  {
    key: "conf/iclr/2",
    type: "inproceedings",
    year: 2019,
    venue: "ICLR",
    authors: [annAgain, bob],
  },
  { key: "conf/nips/3", type: "inproceedings", year: 2020, venue: "NeurIPS", authors: [bob, dia] },
  {
    key: "conf/nips/4",
    type: "inproceedings",
    year: 2021,
    venue: "NeurIPS",
    authors: [diaFolded, eve, fay, gus],
  },
  { key: "journals/corr/5", type: "article", year: 2019, venue: "CoRR", authors: [ann, eve, ann] },
  { key: "conf/iclr/6", type: "inproceedings", year: 2022, venue: "ICLR", authors: [eve, fay] },
  { key: "phd/7", type: "phdthesis", year: 2017, venue: "U Somewhere", authors: [hal] },
];
const CAP = 3;

function toDblpText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/ö/g, "&ouml;").replace(/ü/g, "&uuml;");
}

function toXml(papers: TinyPaper[]): string {
  const body = papers.map((p) => {
    const authors = p.authors
      .map((a) => `<author${a.pid ? ` pid="${a.pid}"` : ""}>${toDblpText(a.name)}</author>`)
      .join("");
    const venue =
      p.type === "article"
        ? `<journal>${p.venue}</journal>`
        : p.type === "phdthesis"
          ? `<school>${p.venue}</school>`
          : `<booktitle>${p.venue}</booktitle>`;
    return `<${p.type} key="${p.key}">${authors}<title>Paper ${p.key}</title><year>${p.year}</year>${venue}</${p.type}>`;
  });
  return `<?xml version="1.0"?>\n<dblp>\n${body.join("\n")}\n<article key="bad"><title>x</title></article>\n</dblp>\n`;
}

/** The identity the corpus should give an author, computed here from the test's own data. */
function identity(a: TinyAuthor): string {
  return a.pid ? `pid:${a.pid}` : `name:${nameIdentity(a.name)}`;
}

function distinctAuthors(p: TinyPaper): string[] {
  return [...new Set(p.authors.map(identity))];
}

interface Slice {
  from: number;
  to: number;
  venues: string[];
}
const inSlice = (p: TinyPaper, s: Slice) =>
  p.year >= s.from && p.year <= s.to && (s.venues.length === 0 || s.venues.includes(p.venue));

function expectedProjection(s: Slice, cap: number): Map<string, number> {
  const pairs = new Map<string, number>();
  for (const p of PAPERS) {
    const ids = distinctAuthors(p);
    if (!inSlice(p, s) || ids.length > cap) continue;
    for (const a of ids) {
      for (const b of ids) {
        if (a < b) pairs.set(`${a}|${b}`, (pairs.get(`${a}|${b}`) ?? 0) + 1);
      }
    }
  }
  return pairs;
}

const venueParam = (venues: string[]) => (venues.length === 0 ? "" : `|${venues.join("|")}|`);

describe("corpus SQL on a tiny corpus", () => {
  const dir = mkdtempSync(join(tmpdir(), "corpus-sql-"));
  let corpus: Corpus;
  let summary: ImportSummary;
  /** author_id → author_key, to compare the queries' ids with the test's identities. */
  const keyOf = new Map<number, string>();

  beforeAll(async () => {
    const file = join(dir, "tiny.xml");
    writeFileSync(file, toXml(PAPERS));
    summary = await importDblp(join(dir, "db"), [file]);
    corpus = await openCorpus(join(dir, "db"));
    const rows = await corpus.connection.runAndReadAll("SELECT author_id, author_key FROM authors");
    for (const [id, key] of rows.getRows()) keyOf.set(Number(id), String(key));
  }, 60_000);
  afterAll(() => {
    if (corpus) closeCorpus(corpus);
    rmSync(dir, { recursive: true, force: true });
  });

  it("imports papers, merged authors, deduplicated authorships, venues and the rejection", () => {
    const allAuthors = new Set(PAPERS.flatMap(distinctAuthors));
    expect(summary.papers).toBe(PAPERS.length);
    expect(summary.authors).toBe(allAuthors.size);
    expect(summary.authorships).toBe(PAPERS.reduce((n, p) => n + distinctAuthors(p).length, 0));
    expect(summary.venues).toBe(new Set(PAPERS.map((p) => p.venue)).size);
    expect(summary.rejected).toBe(1);
    expect([...keyOf.values()].sort()).toEqual([...allAuthors].sort());
  });

  it("writes every table as Parquet with the table's rows", async () => {
    for (const table of ["papers", "authors", "authorships", "venues", "rejections"]) {
      const path = join(dir, "db", "parquet", `${table}.parquet`);
      expect(existsSync(path), path).toBe(true);
      const fromParquet = await corpus.connection.runAndReadAll(
        `SELECT COUNT(*) FROM read_parquet('${path}')`,
      );
      const fromTable = await corpus.connection.runAndReadAll(`SELECT COUNT(*) FROM ${table}`);
      expect(fromParquet.getRows()[0]?.[0]).toBe(fromTable.getRows()[0]?.[0]);
    }
  });

  const slices: Slice[] = [
    { from: 0, to: 9999, venues: [] },
    { from: 2019, to: 2021, venues: [] },
    { from: 0, to: 9999, venues: ["ICLR", "CoRR"] },
  ];

  for (const slice of slices) {
    it(`coauthor_projection.sql: pairs and joint papers under the cap (${JSON.stringify(slice)})`, async () => {
      for (const cap of [CAP, 25]) {
        const rows = await runSql(corpus.connection, "coauthor_projection", {
          cap,
          from_year: slice.from,
          to_year: slice.to,
          venues: venueParam(slice.venues),
        });
        const got = new Map(
          rows.map((r) => {
            const [a, b] = [keyOf.get(r.source_id as number), keyOf.get(r.target_id as number)] as [
              string,
              string,
            ];
            return [a < b ? `${a}|${b}` : `${b}|${a}`, r.weight as number];
          }),
        );
        expect(got).toEqual(expectedProjection(slice, cap));
      }
    });

    it(`author_stats.sql: paper counts and years (${JSON.stringify(slice)})`, async () => {
      const rows = await runSql(corpus.connection, "author_stats", {
        from_year: slice.from,
        to_year: slice.to,
        venues: venueParam(slice.venues),
        min_papers: 1,
      });
      const expected = new Map<string, { papers: number; first: number; last: number }>();
      for (const p of PAPERS.filter((p) => inSlice(p, slice))) {
        for (const id of distinctAuthors(p)) {
          const e = expected.get(id) ?? { papers: 0, first: p.year, last: p.year };
          expected.set(id, {
            papers: e.papers + 1,
            first: Math.min(e.first, p.year),
            last: Math.max(e.last, p.year),
          });
        }
      }
      const got = new Map(
        rows.map((r) => [
          keyOf.get(r.author_id as number) as string,
          { papers: r.paper_count, first: r.first_year, last: r.last_year },
        ]),
      );
      expect(got).toEqual(expected);
      const counts = rows.map((r) => r.paper_count as number);
      expect(counts).toEqual([...counts].sort((a, b) => b - a));
    });

    it(`venue_year_slice.sql: papers, credits and authors per venue and year (${JSON.stringify(slice)})`, async () => {
      const rows = await runSql(corpus.connection, "venue_year_slice", {
        from_year: slice.from,
        to_year: slice.to,
        venues: venueParam(slice.venues),
      });
      const expected = new Map<
        string,
        { papers: number; authorships: number; authors: Set<string> }
      >();
      for (const p of PAPERS.filter((p) => inSlice(p, slice))) {
        const k = `${p.venue}/${p.year}`;
        const e = expected.get(k) ?? { papers: 0, authorships: 0, authors: new Set<string>() };
        e.papers++;
        for (const id of distinctAuthors(p)) {
          e.authorships++;
          e.authors.add(id);
        }
        expected.set(k, e);
      }
      const got = new Map(
        rows.map((r) => [
          `${r.venue}/${r.year}`,
          { papers: r.papers, authorships: r.authorships, authors: r.authors },
        ]),
      );
      expect(got).toEqual(
        new Map(
          [...expected].map(([k, e]) => [
            k,
            { papers: e.papers, authorships: e.authorships, authors: e.authors.size },
          ]),
        ),
      );
    });
  }

  it("find_author.sql: by pid, by normalised name (accents and case ignored)", async () => {
    const byPid = await runSql(corpus.connection, "find_author", { pid: "1/1", name_key: "" });
    expect(byPid.map((r) => r.author_key)).toEqual(["pid:1/1"]);
    expect(byPid[0]?.paper_count).toBe(
      PAPERS.filter((p) => distinctAuthors(p).includes("pid:1/1")).length,
    );
    const byName = await runSql(corpus.connection, "find_author", {
      pid: "",
      name_key: nameIdentity("JORG muller"),
    });
    expect(byName.map((r) => r.author_key)).toEqual([identity(dia)]);
  });

  it("ego_step.sql and ego_network.sql: the k-hop neighbourhood, as a breadth-first search finds it", async () => {
    for (const [egoAuthor, hops, slice] of [
      [bob, 1, slices[0]],
      [bob, 2, slices[0]],
      [hal, 2, slices[0]],
      [ann, 3, slices[2]],
    ] as [TinyAuthor, number, Slice][]) {
      // Breadth-first search over the expected projection's pairs.
      const links = [...expectedProjection(slice, CAP).keys()].map(
        (k) => k.split("|") as [string, string],
      );
      const hopOf = new Map([[identity(egoAuthor), 0]]);
      for (let h = 1; h <= hops; h++) {
        for (const [a, b] of links) {
          for (const [from, to] of [
            [a, b],
            [b, a],
          ] as const) {
            if (hopOf.get(from) === h - 1 && !hopOf.has(to)) hopOf.set(to, h);
          }
        }
      }
      const result = await extractEgoNetwork(corpus, {
        ego: egoAuthor.pid ?? egoAuthor.name,
        hops,
        fromYear: slice.from,
        toYear: slice.to,
        venues: slice.venues,
        hyperauthorCap: CAP,
      });
      const perHop: number[] = [];
      for (const h of hopOf.values()) perHop[h] = (perHop[h] ?? 0) + 1;
      expect(result.summary.authorsByHop).toEqual(perHop);
      expect(result.summary.authors).toBe(hopOf.size);
      // Papers: in the slice, under the cap, with two members of the neighbourhood or the ego's.
      const expectedPapers = PAPERS.filter((p) => {
        const ids = distinctAuthors(p);
        if (!inSlice(p, slice) || ids.length > CAP) return false;
        const members = ids.filter((id) => hopOf.has(id));
        return members.length >= 2 || ids.includes(identity(egoAuthor));
      });
      expect(result.summary.papers).toBe(expectedPapers.length);
      const overCap = PAPERS.filter(
        (p) =>
          inSlice(p, slice) &&
          distinctAuthors(p).length > CAP &&
          distinctAuthors(p).some((id) => hopOf.has(id)),
      );
      expect(result.summary.papersOverCap).toBe(overCap.length);
    }
  }, 60_000);

  it("import/extract_tables.sql: every credit with its paper's year, author count and venue, by author; papers per author", async () => {
    const rows = await corpus.connection.runAndReadAll(
      "SELECT c.author_id, c.position, c.year, c.author_count, v.name, p.dblp_key " +
        "FROM author_credits c JOIN papers p ON p.paper_id = c.paper_id " +
        "LEFT JOIN venues v ON v.venue_id = c.venue_id",
    );
    const got = rows
      .getRows()
      .map(([id, position, year, count, venue, key]) =>
        [keyOf.get(Number(id)), key, position, year, count, venue].join(" "),
      );
    const expected = PAPERS.flatMap((p) => {
      const ids = distinctAuthors(p);
      // An author listed twice counts once, at their first place.
      return ids.map((id) =>
        [id, p.key, p.authors.map(identity).indexOf(id), p.year, ids.length, p.venue].join(" "),
      );
    });
    expect(got.sort()).toEqual(expected.sort());
    // Stored by author: the ids never go down in storage order.
    const order = (
      await corpus.connection.runAndReadAll("SELECT author_id FROM author_credits")
    ).getRows();
    const ids = order.map((r) => Number(r[0]));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    const counts = (
      await corpus.connection.runAndReadAll("SELECT author_id, paper_count FROM author_papers")
    ).getRows();
    const expectedCounts = new Map<string, number>();
    for (const p of PAPERS) {
      for (const id of distinctAuthors(p))
        expectedCounts.set(id, (expectedCounts.get(id) ?? 0) + 1);
    }
    expect(new Map(counts.map(([id, n]) => [keyOf.get(Number(id)) as string, Number(n)]))).toEqual(
      expectedCounts,
    );
  });

  it("ego_included.sql, ego_included_per_rank.sql, ego_network.sql: a paper comes in with its second ranked author, or with the ego", async () => {
    const { connection } = corpus;
    await connection.run(
      "CREATE OR REPLACE TEMP TABLE ego_ranked_credits (paper_id INTEGER, author_id INTEGER, position INTEGER, hop INTEGER, network_rank BIGINT)",
    );
    await connection.run(
      "CREATE OR REPLACE TEMP TABLE ego_included (paper_id INTEGER, inclusion_rank BIGINT)",
    );
    // [paper, author (= rank here), position, hop]: the ego is author 1 at hop 0.
    const credits = [
      [10, 1, 0, 0],
      [10, 5, 1, 2],
      [20, 3, 2, 1],
      [20, 7, 0, 2],
      [20, 4, 1, 1],
      [30, 6, 0, 2],
      [40, 1, 0, 0],
      [50, 9, 1, 2],
      [50, 2, 0, 1],
    ];
    const appender = await connection.createAppender("ego_ranked_credits");
    for (const [paper, author, position, hop] of credits as [number, number, number, number][]) {
      appender.appendInteger(paper);
      appender.appendInteger(author);
      appender.appendInteger(position);
      appender.appendInteger(hop);
      appender.appendBigInt(BigInt(author));
      appender.endRow();
    }
    appender.closeSync();
    await runSql(connection, "ego_included");
    const included = (
      await connection.runAndReadAll(
        "SELECT paper_id, inclusion_rank FROM ego_included ORDER BY paper_id",
      )
    ).getRows();
    // Paper 10 and 40: the ego's; 20: its second-ranked author is 4; 30: one ranked author.
    expect(included.map((r) => r.map(Number))).toEqual([
      [10, 1],
      [20, 4],
      [40, 1],
      [50, 9],
    ]);
    expect(await runSql(connection, "ego_included_per_rank")).toEqual([
      { inclusion_rank: 1, papers: 2 },
      { inclusion_rank: 4, papers: 1 },
      { inclusion_rank: 9, papers: 1 },
    ]);
    // Keeping the first 4 ranked authors: papers 10, 20, 40 with their credits to ranks <= 4.
    const network = await runSql(connection, "ego_network", { kept_rank: 4 });
    expect(network.map((r) => [r.paper_id, r.author_id, r.position])).toEqual([
      [10, 1, 0],
      [20, 4, 1],
      [20, 3, 2],
      [40, 1, 0],
    ]);
    await connection.run("DROP TABLE ego_ranked_credits");
    await connection.run("DROP TABLE ego_included");
  });

  it("the portable SQL is the text on disk with Spark's markers; DuckDB gets $ markers", () => {
    const file = loadSql("coauthor_projection");
    expect(file.portable).toContain(":cap");
    expect(file.duckdb).toContain("$cap");
    expect(file.duckdb).not.toMatch(/(?<![:\w]):[a-z_]/);
    expect(file.params).toEqual(["cap", "from_year", "to_year", "venues"]);
  });

  it("refuses a call with a missing or unknown parameter, naming the file", async () => {
    await expect(runSql(corpus.connection, "author_stats", { from_year: 0 })).rejects.toThrow(
      /sql\/author_stats\.sql: parameters missing min_papers, to_year, venues/,
    );
  });
});
