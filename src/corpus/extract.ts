// Ego networks out of the corpus: the k-hop neighbourhood of one author in the coauthor
// projection of a slice (years, venues), run as the sql/ files on DuckDB, then built into the
// atlas graph by the project's own builder, clustered and laid out exactly as an ingest is,
// so the app opens the result like any graph it made itself. Past `maxNodes` the strongest
// part is kept (the ego, then the nearest hops, then the most joint papers) and the cut said.

import { type AtlasInput, buildPaperAuthorGraph } from "../graph/build";
import { assignCommunities } from "../graph/clusters";
import {
  buildCoauthorGraph,
  type CoauthorGraph,
  DEFAULT_HYPERAUTHOR_CAP,
} from "../graph/coauthors";
import { DEFAULT_SEED } from "../graph/random";
import type { AtlasGraph, SerializedAtlasGraph } from "../graph/schema";
import { nameIdentity, slugify, titleKey } from "../ingest/names";
import type { DuplicateEntry, PaperRecord, ParsedProfile } from "../ingest/types";
import { completeAtlasLayout, planAtlasLayout } from "../layout/forceLayout";
import { multilevelLayoutCsrInWorker } from "../layout/multilevelInWorker";
import { type Corpus, runSql } from "./corpusDb";

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
  /** Milliseconds: the SQL (hops and network), graph and clusters, layout. Not in the graph. */
  timings: { queryMs: number; buildMs: number; layoutMs: number };
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

interface AuthorInfo {
  id: number;
  name: string;
  pid: string | null;
  hop: number;
  /** Joint papers with the rest of the neighbourhood (the ranking of the cut). */
  strength: number;
  papers: PaperRows[];
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
  await connection.run(
    "CREATE OR REPLACE TEMP TABLE ego_nodes (author_id INTEGER NOT NULL, hop INTEGER NOT NULL)",
  );
  await connection.run("INSERT INTO ego_nodes VALUES ($id, 0)", { id: ego.id });
  for (let hop = 1; hop <= options.hops; hop++) {
    await runSql(connection, "ego_step", { ...slice, hop });
  }
  await connection.run(
    "CREATE OR REPLACE TEMP TABLE ego_credits (paper_id INTEGER, author_id INTEGER, position INTEGER, hop INTEGER, members BIGINT)",
  );
  await runSql(connection, "ego_credits", slice);
  await connection.run(
    "CREATE OR REPLACE TEMP TABLE ego_ranked (author_id INTEGER, hop INTEGER, strength BIGINT, network_rank BIGINT)",
  );
  // One author past the budget is read too: the best-ranked author a cut leaves out.
  await runSql(connection, "ego_rank", { max_authors: maxNodes + 1 });
  const credits = (await runSql(connection, "ego_network")) as unknown as CreditRow[];
  const authorRows = (await runSql(connection, "ego_authors")) as unknown as AuthorRow[];
  const overCap = await runSql(connection, "ego_over_cap", slice);
  const totals = await runSql(connection, "ego_totals");
  const authorsByHop: number[] = [];
  let papersBefore = 0;
  for (const t of totals) {
    if (t.counted === "papers") papersBefore = t.n as number;
    else authorsByHop[t.hop as number] = t.n as number;
  }
  const authorsBefore = authorsByHop.reduce((a, b) => a + b, 0);

  const { authors, papers } = groupCredits(credits, authorRows);
  const { kept, cut } = cutToBudget(authorRows, authors, ego.id, maxNodes, {
    authors: authorsBefore,
    papers: papersBefore,
  });
  const keptPapers = papers.filter((p) => includesPaper(p, kept, ego.id));
  // Details only for the papers kept: the budget bounds what is read, not the neighbourhood.
  await connection.run("CREATE OR REPLACE TEMP TABLE ego_papers (paper_id INTEGER NOT NULL)");
  const appender = await connection.createAppender("ego_papers");
  for (const paper of keptPapers) {
    appender.appendInteger(paper.paperId);
    appender.endRow();
  }
  appender.closeSync();
  const details = new Map(
    ((await runSql(connection, "ego_papers")) as unknown as PaperDetails[]).map((d) => [
      d.paper_id,
      d,
    ]),
  );
  for (const table of ["ego_nodes", "ego_credits", "ego_ranked", "ego_papers"]) {
    await connection.run(`DROP TABLE ${table}`);
  }
  const queried = performance.now();

  const records: PaperRecord[] = [];
  const duplicates: DuplicateEntry[] = [];
  const firstByTitle = new Map<string, PaperRecord>();
  for (const paper of keptPapers) {
    const record = paperRecord(paper, details.get(paper.paperId) as PaperDetails, kept, authors);
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
  const coauthors = buildCoauthorGraph(graph, { hyperauthorCap: cap });
  const communities = assignCommunities(graph, coauthors, { seed });
  const built = performance.now();
  await layoutInWorker(graph, coauthors, seed);
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
      coauthorLinks: coauthors.size,
      communities,
      mergedByTitle: duplicates.length,
      papersOverCap: Number(overCap[0]?.papers ?? 0),
      cut,
      timings: { queryMs: queried - started, buildMs: built - queried, layoutMs: laidOut - built },
    },
  };
}

/** The layout as the Node ingest runs it: the multilevel engine in a worker thread when large. */
async function layoutInWorker(graph: AtlasGraph, coauthors: CoauthorGraph, seed: number) {
  const plan = planAtlasLayout(graph, coauthors, { seed });
  const arrays = plan.multilevel
    ? await multilevelLayoutCsrInWorker(plan.multilevel.csr, plan.multilevel.options)
    : undefined;
  completeAtlasLayout(plan, arrays);
}

function groupCredits(credits: CreditRow[], authorRows: AuthorRow[]) {
  const authors = new Map<number, AuthorInfo>();
  for (const a of authorRows) {
    authors.set(a.author_id, {
      id: a.author_id,
      name: a.name,
      pid: a.pid,
      hop: a.hop,
      strength: a.strength,
      papers: [],
    });
  }
  const papers: PaperRows[] = [];
  let current: PaperRows | null = null;
  for (const credit of credits) {
    if (!current || current.paperId !== credit.paper_id) {
      current = { paperId: credit.paper_id, members: [] };
      papers.push(current);
    }
    current.members.push(credit);
    authors.get(credit.author_id)?.papers.push(current);
  }
  return { authors, papers };
}

function includesPaper(paper: PaperRows, kept: Set<number>, egoId: number): boolean {
  let n = 0;
  for (const m of paper.members) {
    if (!kept.has(m.author_id)) continue;
    if (m.author_id === egoId) return true;
    n++;
  }
  return n >= 2;
}

/**
 * Keep the strongest part within `maxNodes` authors + papers: the longest prefix of the
 * ranking (ego_rank.sql: the ego, then by hop, then by joint papers, then by id) whose network
 * fits. Hop order keeps the result connected: an author at hop h is kept only once every
 * author at hop h - 1 is. `ranked` holds at most maxNodes + 1 authors, which is enough: no
 * prefix that fits holds more than maxNodes.
 */
function cutToBudget(
  ranked: AuthorRow[],
  authors: Map<number, AuthorInfo>,
  egoId: number,
  maxNodes: number,
  before: { authors: number; papers: number },
): { kept: Set<number>; cut: ExtractCut | null } {
  if (before.authors + before.papers <= maxNodes) {
    return { kept: new Set(ranked.map((a) => a.author_id)), cut: null };
  }
  const kept = new Set<number>();
  const keptMembers = new Map<PaperRows, number>();
  const included = new Set<PaperRows>();
  let nodes = 0;
  let firstCut: AuthorRow | null = null;
  for (const row of ranked) {
    const author = authors.get(row.author_id) as AuthorInfo;
    const newlyIncluded: PaperRows[] = [];
    for (const paper of author.papers) {
      const n = (keptMembers.get(paper) ?? 0) + 1;
      if (!included.has(paper) && (n >= 2 || author.id === egoId)) newlyIncluded.push(paper);
    }
    const added = 1 + newlyIncluded.length;
    if (kept.size > 0 && nodes + added > maxNodes) {
      firstCut = row;
      break;
    }
    kept.add(author.id);
    nodes += added;
    for (const paper of author.papers) keptMembers.set(paper, (keptMembers.get(paper) ?? 0) + 1);
    for (const paper of newlyIncluded) included.add(paper);
  }
  return {
    kept,
    cut: {
      authorsBefore: before.authors,
      papersBefore: before.papers,
      authorsKept: kept.size,
      papersKept: included.size,
      hop: firstCut?.hop ?? 0,
      strongestCut: firstCut?.strength ?? 0,
    },
  };
}

function paperRecord(
  paper: PaperRows,
  row: PaperDetails,
  kept: Set<number>,
  authors: Map<number, AuthorInfo>,
): PaperRecord {
  const credits = paper.members
    .filter((m) => kept.has(m.author_id))
    .map((m) => ({
      name: (authors.get(m.author_id) as AuthorInfo).name,
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
