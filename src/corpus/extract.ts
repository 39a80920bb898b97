// Ego networks out of the corpus: the k-hop neighbourhood of one author in the coauthor
// projection of a slice (years, venues), run as the sql/ files on DuckDB, then built into the
// atlas graph by the project's own builder, clustered and laid out exactly as an ingest is,
// so the app opens the result like any graph it made itself. Past `maxNodes` the strongest
// part is kept (the ego, then the nearest hops, then the most joint papers) and the cut said.

import { layoutAtlasGraphInWorker } from "../filesToGraph/ingestNode";
import { type AtlasInput, buildPaperAuthorGraph } from "../graph/build";
import { assignCommunitiesOfLinks } from "../graph/clusters";
import { buildCoauthorLinks, DEFAULT_HYPERAUTHOR_CAP } from "../graph/coauthors";
import { DEFAULT_SEED } from "../graph/random";
import type { AtlasGraph, SerializedAtlasGraph } from "../graph/schema";
import { nameIdentity, slugify, titleKey } from "../ingest/names";
import type { DuplicateEntry, PaperRecord, ParsedProfile } from "../ingest/types";
import { type Corpus, ensureExtractTables, runSql } from "./corpusDb";

export interface ExtractOptions {
  /** A DBLP pid (`12/3456`) or a name (matched by normalised name). */
  ego: string;
  hops: number;
  fromYear?: number;
  toYear?: number;
  /** Venue names as the corpus spells them; none = every venue. */
  venues?: string[];
  /** Authors + papers in the network at most (the ego and its papers are always kept). */
  maxNodes?: number;
  hyperauthorCap?: number;
  seed?: number;
  /** DuckDB threads for the extract's statements (default 1; the instance keeps the setting). */
  threads?: number;
}

export interface ExtractCut {
  authorsBefore: number;
  papersBefore: number;
  authorsKept: number;
  papersKept: number;
  /** Hop and joint papers (in the neighbourhood) of the best-ranked author the cut left out. */
  hop: number;
  strongestCut: number;
}

export interface ExtractSummary {
  ego: { name: string; pid: string | null; key: string };
  hops: number;
  fromYear: number;
  toYear: number;
  venues: string[];
  /** Authors found at each hop (before any cut). */
  authorsByHop: number[];
  authors: number;
  papers: number;
  coauthorLinks: number;
  communities: number;
  /** Records sharing a title with another, merged into one paper as any ingest merges them. */
  mergedByTitle: number;
  /** The neighbourhood's papers over the cap: they add no links and are left out. */
  papersOverCap: number;
  cut: ExtractCut | null;
  /**
   * Milliseconds: the SQL (hops and network; wall and the process's CPU time, DuckDB's threads
   * included), graph and clusters, layout. Not in the graph.
   */
  timings: { queryMs: number; queryCpuMs: number; buildMs: number; layoutMs: number };
}

export interface ExtractResult {
  graph: AtlasGraph;
  serialized: SerializedAtlasGraph;
  summary: ExtractSummary;
}

/** An --ego or --venue the corpus cannot answer: a one-line message for the user. */
export class ExtractError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ExtractError";
  }
}

/** The default node budget: about what the app draws smoothly in software WebGL. */
export const DEFAULT_MAX_NODES = 10_000;
const PID_RE = /^\d+\/[\w-]+$/;
const CATEGORY_OF_TYPE: Record<string, string> = {
  article: "journal",
  inproceedings: "conference",
  proceedings: "proceedings",
  book: "book",
  incollection: "chapter",
  phdthesis: "thesis",
  mastersthesis: "thesis",
};

interface CreditRow {
  paper_id: number;
  author_id: number;
  position: number;
  hop: number;
}

interface PaperDetails {
  paper_id: number;
  dblp_key: string;
  type: string;
  title: string;
  year: number;
  venue: string | null;
  author_count: number;
  source: string;
  line: number;
}

interface AuthorRow {
  network_rank: number;
  author_id: number;
  hop: number;
  strength: number;
  name: string;
  pid: string | null;
}

interface PaperRows {
  paperId: number;
  members: CreditRow[];
}

function venueParam(venues: string[]): string {
  return venues.length === 0 ? "" : `|${venues.join("|")}|`;
}

/** Resolve the ego: one author by pid or by normalised name, or a clear error. */
async function findEgo(corpus: Corpus, ego: string) {
  const byPid = PID_RE.test(ego);
  const rows = await runSql(corpus.connection, "find_author", {
    pid: byPid ? ego : "",
    name_key: byPid ? "" : nameIdentity(ego),
  });
  if (rows.length === 0) {
    throw new ExtractError(`no author ${byPid ? "with pid" : "named"} "${ego}" in ${corpus.dir}`);
  }
  if (rows.length > 1) {
    const list = rows
      .slice(0, 5)
      .map((r) => `${r.name} (${r.pid ? `pid ${r.pid}` : "no pid"}, ${r.paper_count} papers)`)
      .join("; ");
    throw new ExtractError(
      `"${ego}" names ${rows.length} authors: ${list}; give --ego one of their pids`,
    );
  }
  const row = rows[0] as Record<string, unknown>;
  return {
    id: row.author_id as number,
    name: row.name as string,
    pid: (row.pid as string | null) ?? null,
  };
}

/** Check the venues exist (a typo would otherwise give an empty slice without a word). */
async function checkVenues(corpus: Corpus, venues: string[]): Promise<void> {
  if (venues.length === 0) return;
  const known = new Set(
    (await corpus.connection.runAndReadAll("SELECT name FROM venues"))
      .getRows()
      .map((r) => String(r[0])),
  );
  const unknown = venues.filter((v) => !known.has(v));
  if (unknown.length > 0) {
    throw new ExtractError(`no venue ${unknown.map((v) => `"${v}"`).join(", ")} in ${corpus.dir}`);
  }
}

/** Years of the corpus, for open-ended --from/--to. */
async function yearRange(corpus: Corpus): Promise<[number, number]> {
  const row = (
    await corpus.connection.runAndReadAll("SELECT MIN(year), MAX(year) FROM papers")
  ).getRows()[0];
  return [Number(row?.[0] ?? 0), Number(row?.[1] ?? 0)];
}

export async function extractEgoNetwork(
  corpus: Corpus,
  options: ExtractOptions,
): Promise<ExtractResult> {
  if (!Number.isInteger(options.hops) || options.hops < 0 || options.hops > 6) {
    throw new ExtractError(`--hops must be a whole number from 0 to 6, got ${options.hops}`);
  }
  const cap = options.hyperauthorCap ?? DEFAULT_HYPERAUTHOR_CAP;
  const maxNodes = options.maxNodes ?? DEFAULT_MAX_NODES;
  const venues = options.venues ?? [];
  await ensureExtractTables(corpus);
  const [minYear, maxYear] = await yearRange(corpus);
  const fromYear = options.fromYear ?? minYear;
  const toYear = options.toYear ?? maxYear;
  if (fromYear > toYear) throw new ExtractError(`--from ${fromYear} is after --to ${toYear}`);
  await checkVenues(corpus, venues);
  const ego = await findEgo(corpus, options.ego);
  const slice = {
    cap: Number.isFinite(cap) ? cap : 2_147_483_647,
    from_year: fromYear,
    to_year: toYear,
    venues: venueParam(venues),
  };

  const { connection } = corpus;
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  await setExtractThreads(corpus, options.threads ?? DEFAULT_EXTRACT_THREADS);
  await connection.run(
    "CREATE OR REPLACE TEMP TABLE ego_reach (author_id INTEGER NOT NULL, hop INTEGER NOT NULL)",
  );
  await connection.run("INSERT INTO ego_reach VALUES ($id, 0)", { id: ego.id });
  for (let hop = 1; hop <= options.hops; hop++) {
    await runSql(connection, "ego_step", { ...slice, hop });
  }
  await connection.run(
    "CREATE OR REPLACE TEMP TABLE ego_members (paper_id INTEGER, members BIGINT, nearest INTEGER)",
  );
  await runSql(connection, "ego_members", slice);
  const overCap = await runSql(connection, "ego_over_cap", slice);
  const totals = await runSql(connection, "ego_totals");
  const authorsByHop: number[] = [];
  let papersBefore = 0;
  for (const t of totals) {
    if (t.counted === "papers") papersBefore = t.n as number;
    else authorsByHop[t.hop as number] = t.n as number;
  }
  const authorsBefore = authorsByHop.reduce((a, b) => a + b, 0);
  const before = { authors: authorsBefore, papers: papersBefore };
  await connection.run(
    "CREATE OR REPLACE TEMP TABLE ego_ranked (author_id INTEGER, hop INTEGER, strength BIGINT, network_rank BIGINT)",
  );
  await connection.run(
    "CREATE OR REPLACE TEMP TABLE ego_ranked_credits (paper_id INTEGER, author_id INTEGER, position INTEGER, hop INTEGER, network_rank BIGINT)",
  );
  await connection.run(
    "CREATE OR REPLACE TEMP TABLE ego_included (paper_id INTEGER, inclusion_rank BIGINT)",
  );

  // Rank the ranking's head, not all of it: a cut usually fills the budget with a fraction of
  // maxNodes authors (their papers are nodes too). When the head runs out before the budget
  // is full, rank a head four times longer; maxNodes + 1 authors always suffice (the extra
  // one is the best-ranked author a cut leaves out).
  let head = authorsBefore + papersBefore <= maxNodes ? maxNodes + 1 : Math.ceil(maxNodes / 8) + 1;
  let authorRows: AuthorRow[];
  let budget: BudgetCut;
  for (;;) {
    head = Math.min(head, maxNodes + 1);
    for (const table of ["ego_ranked", "ego_ranked_credits", "ego_included"]) {
      await connection.run(`DELETE FROM ${table}`);
    }
    await runSql(connection, "ego_rank", { max_authors: head });
    await runSql(connection, "ego_ranked_credits");
    await runSql(connection, "ego_included");
    const perRank = await runSql(connection, "ego_included_per_rank");
    authorRows = (await runSql(connection, "ego_authors")) as unknown as AuthorRow[];
    budget = cutToBudget(authorRows, perRank, maxNodes, before);
    const complete = budget.cut === null || budget.keptRank < authorRows.length;
    if (complete || head >= maxNodes + 1 || authorRows.length >= authorsBefore) break;
    head *= 4;
  }
  const { keptRank, cut } = budget;
  const authors = new Map(authorRows.slice(0, keptRank).map((a) => [a.author_id, a]));
  // Only the kept network is read back: the budget bounds what is read, not the neighbourhood.
  const keptPapers = groupCredits(
    (await runSql(connection, "ego_network", { kept_rank: keptRank })) as unknown as CreditRow[],
  );
  const details = new Map(
    (
      (await runSql(connection, "ego_papers", { kept_rank: keptRank })) as unknown as PaperDetails[]
    ).map((d) => [d.paper_id, d]),
  );
  for (const table of [
    "ego_reach",
    "ego_members",
    "ego_ranked",
    "ego_ranked_credits",
    "ego_included",
  ]) {
    await connection.run(`DROP TABLE ${table}`);
  }
  const queried = performance.now();
  const queryCpu = process.cpuUsage(cpuAtStart);

  const records: PaperRecord[] = [];
  const duplicates: DuplicateEntry[] = [];
  const firstByTitle = new Map<string, PaperRecord>();
  for (const paper of keptPapers) {
    const record = paperRecord(paper, details.get(paper.paperId) as PaperDetails, authors);
    const key = titleKey(record.title);
    const first = firstByTitle.get(key);
    if (first) {
      duplicates.push({
        file: record.file,
        line: record.line,
        reason: `same title as ${first.bibKey} (${first.file}:${first.line}); merged into one paper`,
        title: record.title,
        keptLine: first.line,
      });
    } else firstByTitle.set(key, record);
    records.push(record);
  }

  const profile: ParsedProfile = {
    file: `${corpus.dir} (ego ${ego.pid ?? ego.name}, ${options.hops} hops)`,
    header: {
      owner: ego.name,
      primaryCategory: null,
      hIndex: null,
      papers: null,
      citations: null,
      novelty: null,
      aiScore: null,
    },
    asOf: `${toYear}-12-31`,
    papers: [],
    report: { entriesSeen: records.length, rejected: [], duplicates, warnings: [] },
  };
  const input: AtlasInput = {
    profile,
    papers: records,
    enrich: { matched: records.length, unmatchedRecords: [], unmatchedPapers: [], warnings: [] },
    bibRecords: records.length,
  };
  const seed = options.seed ?? DEFAULT_SEED;
  const graph = buildPaperAuthorGraph([input], { hyperauthorCap: cap });
  const coauthors = buildCoauthorLinks(graph, { hyperauthorCap: cap });
  const communities = assignCommunitiesOfLinks(graph, coauthors, { seed });
  const built = performance.now();
  await layoutAtlasGraphInWorker(graph, coauthors, { seed });
  const laidOut = performance.now();

  const counts = graph.getAttribute("report").counts;
  return {
    graph,
    serialized: graph.export() as SerializedAtlasGraph,
    summary: {
      ego: { name: ego.name, pid: ego.pid, key: graph.getAttribute("profiles")[0]?.ownerKey ?? "" },
      hops: options.hops,
      fromYear,
      toYear,
      venues,
      authorsByHop,
      authors: counts.authors,
      papers: counts.papers,
      coauthorLinks: coauthors.count,
      communities,
      mergedByTitle: duplicates.length,
      papersOverCap: Number(overCap[0]?.papers ?? 0),
      cut,
      timings: {
        queryMs: queried - started,
        queryCpuMs: (queryCpu.user + queryCpu.system) / 1000,
        buildMs: built - queried,
        layoutMs: laidOut - built,
      },
    },
  };
}

/**
 * An extract's statements are many and short (the largest reads a few million credits), so
 * DuckDB's worker threads spend more on handing work over than they save, and on a machine
 * busy with other work they mostly wait for a core: on the shared 2-core machine one thread
 * took less CPU and wall time than two (bench/README.md). DuckDB-only and instance-wide; it
 * stays set after the extract (changing it costs tens of milliseconds, and the next extract
 * wants it too).
 */
export const DEFAULT_EXTRACT_THREADS = 1;

async function setExtractThreads(corpus: Corpus, threads: number): Promise<void> {
  const row = (
    await corpus.connection.runAndReadAll("SELECT current_setting('threads')")
  ).getRows()[0];
  if (Number(row?.[0]) !== threads) await corpus.connection.run(`SET threads = ${threads}`);
}

/** The kept network's credits (in paper and author-list order) grouped by paper. */
function groupCredits(credits: CreditRow[]): PaperRows[] {
  const papers: PaperRows[] = [];
  let current: PaperRows | null = null;
  for (const credit of credits) {
    if (!current || current.paperId !== credit.paper_id) {
      current = { paperId: credit.paper_id, members: [] };
      papers.push(current);
    }
    current.members.push(credit);
  }
  return papers;
}

interface BudgetCut {
  /** The first keptRank ranked authors are kept (with the papers ego_included.sql gives them). */
  keptRank: number;
  cut: ExtractCut | null;
}

/**
 * Keep the strongest part within `maxNodes` authors + papers: the longest prefix of the
 * ranking (ego_rank.sql: the ego, then by hop, then by joint papers, then by id) whose network
 * fits. Hop order keeps the result connected: an author at hop h is kept only once every
 * author at hop h - 1 is. A prefix of N authors holds N author nodes and the papers whose
 * inclusion rank (ego_included.sql) is at most N, so `perRank` (papers per inclusion rank) is
 * all the arithmetic needs. `ranked` holds at most maxNodes + 1 authors, which is enough: no
 * prefix that fits holds more than maxNodes.
 */
function cutToBudget(
  ranked: AuthorRow[],
  perRank: Record<string, unknown>[],
  maxNodes: number,
  before: { authors: number; papers: number },
): BudgetCut {
  const papersAt = new Map(perRank.map((r) => [r.inclusion_rank as number, r.papers as number]));
  if (before.authors + before.papers <= maxNodes) return { keptRank: ranked.length, cut: null };
  let keptRank = 0;
  let papersKept = 0;
  let firstCut: AuthorRow | null = null;
  for (const row of ranked) {
    const added = papersAt.get(row.network_rank) ?? 0;
    if (keptRank > 0 && keptRank + papersKept + 1 + added > maxNodes) {
      firstCut = row;
      break;
    }
    keptRank = row.network_rank;
    papersKept += added;
  }
  return {
    keptRank,
    cut: {
      authorsBefore: before.authors,
      papersBefore: before.papers,
      authorsKept: keptRank,
      papersKept,
      hop: firstCut?.hop ?? 0,
      strongestCut: firstCut?.strength ?? 0,
    },
  };
}

function paperRecord(
  paper: PaperRows,
  row: PaperDetails,
  authors: Map<number, AuthorRow>,
): PaperRecord {
  // ego_network.sql gives only the kept authors' credits.
  const credits = paper.members.map((m) => ({
    name: (authors.get(m.author_id) as AuthorRow).name,
    position: m.position,
    source: "bib" as const,
  }));
  return {
    slug: slugify(row.title),
    title: row.title,
    date: `${row.year}-01-01`,
    year: row.year,
    yearInferred: false,
    category: CATEGORY_OF_TYPE[row.type] ?? row.type,
    hasCode: false,
    venue: row.venue ?? row.type,
    venueFull: row.venue ?? row.type,
    venueYear: row.year,
    orgs: [],
    abstract: null,
    authors: credits,
    // Credits to authors outside the neighbourhood (or cut from it) are not in the network.
    authorsTruncated: credits.length < row.author_count,
    sources: { authors: "bib", venue: "bib" },
    bibKey: row.dblp_key,
    file: row.source,
    line: row.line,
  };
}

/** One paragraph for the CLI. */
export function formatExtractSummary(s: ExtractSummary): string {
  const n = (x: number) => x.toLocaleString("en-US");
  const slice = `${s.fromYear}-${s.toYear}${s.venues.length > 0 ? `, ${s.venues.join(", ")}` : ""}`;
  const hops = s.authorsByHop.map((c, h) => `hop ${h}: ${n(c)}`).join(", ");
  const cut = s.cut
    ? ` Over the node budget: kept ${n(s.cut.authorsKept)} of ${n(s.cut.authorsBefore)} authors and ${n(s.cut.papersKept)} of ${n(s.cut.papersBefore)} papers; cut from hop ${s.cut.hop} on, the strongest author cut having ${n(s.cut.strongestCut)} joint papers in the neighbourhood.`
    : "";
  return (
    `Ego network of ${s.ego.name}${s.ego.pid ? ` (pid ${s.ego.pid})` : ""}, ${s.hops} hops, ${slice} (${hops}): ` +
    `${n(s.authors)} authors, ${n(s.papers)} papers, ${n(s.coauthorLinks)} coauthor links, ${n(s.communities)} clusters; ` +
    `${n(s.mergedByTitle)} records merged by title; ${n(s.papersOverCap)} paper(s) over the cap left out.${cut}`
  );
}
