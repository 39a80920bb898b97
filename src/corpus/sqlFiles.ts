// The corpus queries live in sql/*.sql (read at run time, never strings in code) so that the
// same text runs on DuckDB here and on Spark SQL over the same Parquet. They use Spark's
// named parameter markers (`:name`); DuckDB spells them `$name`, so they are renamed on load.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** The repository's sql/ folder. */
export const SQL_DIR = fileURLToPath(new URL("../../sql/", import.meta.url));

export type SqlParams = Record<string, string | number>;

export interface SqlFile {
  name: string;
  /** The text as written (Spark's `:name` markers). */
  portable: string;
  /** The text for DuckDB (`$name` markers). */
  duckdb: string;
  /** Parameter names it uses, sorted. */
  params: string[];
}

// A marker is ':' + name, not part of '::' (a cast) and not after a word character.
const MARKER_RE = /(?<![:\w]):([A-Za-z_]\w*)/g;

function stripComments(sql: string): string {
  return sql.replace(/--[^\n]*/g, "");
}

const cache = new Map<string, SqlFile>();

/** Load sql/<name>.sql (name may hold a folder: `import/schema`). */
export function loadSql(name: string): SqlFile {
  const cached = cache.get(name);
  if (cached) return cached;
  const portable = readFileSync(`${SQL_DIR}${name}.sql`, "utf8");
  const params = new Set<string>();
  const duckdb = stripComments(portable).replace(MARKER_RE, (_m, param: string) => {
    params.add(param);
    return `$${param}`;
  });
  const file: SqlFile = { name, portable, duckdb, params: [...params].sort() };
  cache.set(name, file);
  return file;
}

/** The values for a file's markers, checked: every marker given, nothing unknown. */
export function bindParams(file: SqlFile, values: SqlParams): SqlParams {
  const missing = file.params.filter((p) => !(p in values));
  const unknown = Object.keys(values).filter((k) => !file.params.includes(k));
  if (missing.length > 0 || unknown.length > 0) {
    const parts = [
      missing.length > 0 ? `missing ${missing.join(", ")}` : "",
      unknown.length > 0 ? `unknown ${unknown.join(", ")}` : "",
    ].filter((s) => s !== "");
    throw new Error(`sql/${file.name}.sql: parameters ${parts.join("; ")}`);
  }
  return values;
}
