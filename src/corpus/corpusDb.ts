// The corpus database: an embedded DuckDB file in a folder (`--db DIR`) holding the tables
// papers, authors, authorships and venues (and the rejected records), plus their Parquet copies
// under DIR/parquet/ for other engines (Spark). Import streams DBLP XML through the reader into
// DuckDB's appenders, so memory holds one chunk of text and DuckDB's own bounded buffers.
import { mkdirSync, renameSync, rmSync } from "node:fs";
import { basename, join, resolve } from "node:path";
import {
  type DuckDBAppender,
  type DuckDBConnection,
  DuckDBInstance,
  type DuckDBValue,
} from "@duckdb/node-api";
import { nameIdentity } from "../ingest/names";
import { type DblpReadStats, type DblpRecord, type ReadProgress, readDblpFile } from "./dblpReader";
import { bindParams, loadSql, type SqlParams } from "./sqlFiles";

export const DATABASE_FILE = "corpus.duckdb";
export const CORPUS_TABLES = ["papers", "authors", "authorships", "venues", "rejections"] as const;

export interface Corpus {
  dir: string;
  instance: DuckDBInstance;
  connection: DuckDBConnection;
}

/**
 * Open (or create) the database in `dir`. DuckDB's memory is capped so that an import of any
 * size stays within a laptop's memory: past the cap it spills to a temporary folder in `dir`.
 */
export async function openCorpus(
  dir: string,
  options: { create?: boolean; file?: string } = {},
): Promise<Corpus> {
  const folder = resolve(dir);
  if (options.create) mkdirSync(folder, { recursive: true });
  const instance = await DuckDBInstance.create(join(folder, options.file ?? DATABASE_FILE), {
    memory_limit: "1GB",
    temp_directory: join(folder, "tmp"),
    preserve_insertion_order: "false",
    access_mode: options.create ? "READ_WRITE" : "AUTOMATIC",
  });
  const connection = await instance.connect();
  return { dir: folder, instance, connection };
}

export function closeCorpus(corpus: Corpus): void {
  corpus.connection.closeSync();
  corpus.instance.closeSync();
}

/** Run sql/<name>.sql with its parameters; rows as plain objects (BIGINT counts as numbers). */
export async function runSql(
  connection: DuckDBConnection,
  name: string,
  params: SqlParams = {},
): Promise<Record<string, unknown>[]> {
  const file = loadSql(name);
  const values = bindParams(file, params) as Record<string, DuckDBValue>;
  const reader =
    file.params.length > 0
      ? await connection.runAndReadAll(file.duckdb, values)
      : await connection.runAndReadAll(file.duckdb);
  // Column arrays, then plain objects: about twice as fast as the reader's own row objects on
  // the tens of thousands of credit rows of an ego network. The queries return integers,
  // counts (BIGINT) and text only.
  const names = reader.columnNames();
  const columns = reader.getColumns();
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < reader.currentRowCount; i++) {
    const row: Record<string, unknown> = {};
    names.forEach((name, c) => {
      const v = columns[c]?.[i];
      row[name] = typeof v === "bigint" ? Number(v) : v;
    });
    rows.push(row);
  }
  return rows;
}

/** The tables sql/import/extract_tables.sql derives for the ego extract. */
export const EXTRACT_TABLES = ["author_credits", "author_papers"] as const;

/**
 * Build the ego extract's derived tables in a corpus imported before they existed (an import
 * builds them itself). True when they were built now.
 */
export async function ensureExtractTables(corpus: Corpus): Promise<boolean> {
  // Checked once per open corpus: the catalogue query costs tens of milliseconds.
  if (extractTablesChecked.has(corpus)) return false;
  const present = (
    await corpus.connection.runAndReadAll(
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main'",
    )
  )
    .getRows()
    .map((r) => String(r[0]));
  if (EXTRACT_TABLES.every((t) => present.includes(t))) {
    extractTablesChecked.add(corpus);
    return false;
  }
  for (const table of EXTRACT_TABLES) await corpus.connection.run(`DROP TABLE IF EXISTS ${table}`);
  await corpus.connection.run(loadSql("import/extract_tables").duckdb);
  await corpus.connection.run("CHECKPOINT");
  extractTablesChecked.add(corpus);
  return true;
}

const extractTablesChecked = new WeakSet<Corpus>();

/** An author's identity in the corpus: the DBLP pid where the dump gives one, else the name. */
export function authorKeyOf(name: string, pid: string | null): string {
  return pid ? `pid:${pid}` : `name:${nameIdentity(name)}`;
}

export interface ImportProgress extends ReadProgress {
  file: string;
  fileIndex: number;
  files: number;
}

export interface ImportOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** Every rejected record (also stored in the rejections table). */
  onRejected?: (rejection: {
    file: string;
    line: number;
    key: string | null;
    reason: string;
  }) => void;
}

export interface ImportSummary {
  files: { file: string; stats: DblpReadStats }[];
  papers: number;
  authors: number;
  authorships: number;
  venues: number;
  rejected: number;
  /** www records (person pages): read, not papers. */
  personPages: number;
  parquet: string[];
}

class Appenders {
  constructor(
    readonly papers: DuckDBAppender,
    readonly authorships: DuckDBAppender,
    readonly rejections: DuckDBAppender,
  ) {}

  close(): void {
    this.papers.closeSync();
    this.authorships.closeSync();
    this.rejections.closeSync();
  }
}

function appendNullable(appender: DuckDBAppender, value: string | null): void {
  if (value === null) appender.appendNull();
  else appender.appendVarchar(value);
}

/**
 * Import DBLP XML files (plain or gzip) into a fresh database in `dir` and write its tables as
 * Parquet to `dir/parquet/`. Both are built under temporary names and replace the old ones
 * only when the whole import succeeded: a failed import leaves the previous corpus as it was.
 */
export async function importDblp(
  dir: string,
  files: string[],
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const folder = resolve(dir);
  const building = `${DATABASE_FILE}.importing`;
  const parquetBuilding = join(folder, "parquet.importing");
  const clean = () => {
    rmSync(join(folder, building), { force: true });
    rmSync(join(folder, `${building}.wal`), { force: true });
    rmSync(parquetBuilding, { recursive: true, force: true });
  };
  clean();
  let summary: ImportSummary;
  try {
    summary = await importInto(folder, building, parquetBuilding, files, options);
  } catch (error) {
    clean();
    throw error;
  }
  rmSync(join(folder, `${DATABASE_FILE}.wal`), { force: true });
  renameSync(join(folder, building), join(folder, DATABASE_FILE));
  const parquetDir = join(folder, "parquet");
  rmSync(parquetDir, { recursive: true, force: true });
  renameSync(parquetBuilding, parquetDir);
  return { ...summary, parquet: summary.parquet.map((p) => join(parquetDir, basename(p))) };
}

async function importInto(
  dir: string,
  file: string,
  parquetDir: string,
  files: string[],
  options: ImportOptions,
): Promise<ImportSummary> {
  const corpus = await openCorpus(dir, { create: true, file });
  try {
    const { connection } = corpus;
    await connection.run(loadSql("import/schema").duckdb);
    const appenders = new Appenders(
      await connection.createAppender("papers_raw"),
      await connection.createAppender("authorships_raw"),
      await connection.createAppender("rejections"),
    );
    let paperId = 0;
    let personPages = 0;
    const perFile: ImportSummary["files"] = [];
    try {
      for (const [fileIndex, file] of files.entries()) {
        const rejectRecord = (r: {
          file: string;
          line: number;
          key: string | null;
          reason: string;
        }) => {
          appenders.rejections.appendVarchar(r.file);
          appenders.rejections.appendInteger(r.line);
          appendNullable(appenders.rejections, r.key);
          appenders.rejections.appendVarchar(r.reason);
          appenders.rejections.endRow();
          options.onRejected?.(r);
        };
        const onRecord = (record: DblpRecord) => {
          if (record.type === "www") {
            personPages++;
            return;
          }
          const nameless = record.authors.find((a) => nameIdentity(a.name) === "" && !a.pid);
          if (nameless) {
            rejectRecord({
              file,
              line: record.line,
              key: record.key,
              reason: `author "${nameless.name}" has no letters or digits`,
            });
            return;
          }
          paperId++;
          const p = appenders.papers;
          p.appendInteger(paperId);
          p.appendVarchar(record.key);
          p.appendVarchar(record.type);
          p.appendVarchar(record.title);
          p.appendInteger(record.year as number);
          appendNullable(p, record.venue);
          p.appendVarchar(file);
          p.appendInteger(record.line);
          p.endRow();
          const a = appenders.authorships;
          record.authors.forEach((author, position) => {
            a.appendInteger(paperId);
            a.appendInteger(position);
            a.appendVarchar(authorKeyOf(author.name, author.pid));
            a.appendVarchar(author.name);
            a.appendVarchar(nameIdentity(author.name));
            appendNullable(a, author.pid);
            a.endRow();
          });
        };
        const stats = await readDblpFile(file, {
          onRecord,
          onRejected: rejectRecord,
          onProgress: (p) => options.onProgress?.({ ...p, file, fileIndex, files: files.length }),
        });
        perFile.push({ file, stats });
      }
    } finally {
      appenders.close();
    }
    await connection.run(loadSql("import/finalize").duckdb);
    await connection.run(loadSql("import/extract_tables").duckdb);
    mkdirSync(parquetDir, { recursive: true });
    const parquet: string[] = [];
    for (const table of CORPUS_TABLES) {
      const path = join(parquetDir, `${table}.parquet`);
      // COPY takes no parameters; the path is ours (the --db folder), quoted for SQL.
      await connection.run(`COPY ${table} TO '${path.replaceAll("'", "''")}' (FORMAT parquet)`);
      parquet.push(path);
    }
    const count = async (table: string) =>
      Number(
        (await connection.runAndReadAll(`SELECT COUNT(*) FROM ${table}`)).getRows()[0]?.[0] ?? 0,
      );
    await connection.run("CHECKPOINT");
    return {
      files: perFile,
      papers: await count("papers"),
      authors: await count("authors"),
      authorships: await count("authorships"),
      venues: await count("venues"),
      rejected: await count("rejections"),
      personPages,
      parquet,
    };
  } finally {
    closeCorpus(corpus);
  }
}
