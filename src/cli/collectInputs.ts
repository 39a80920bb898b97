// The CLI's input paths: files, folders (read recursively; every regular file in them is an
// input, its format decided by content) and `--inputs LIST` files naming one path per line, so
// a corpus of thousands of files never meets the shell's argument-length limit.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { InputError } from "../ingest/errors";

/** Names a folder walk skips: hidden files and folders (`.git`, `.DS_Store`) and editor backups. */
function skipped(name: string): boolean {
  return name.startsWith(".") || name.endsWith("~");
}

/** Every regular file under `dir`, sorted by path so the node order never depends on the disk. */
function walk(dir: string, shown: string, out: { path: string; shown: string }[]): void {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch (e) {
    throw new InputError(
      shown,
      null,
      `cannot read the folder (${(e as NodeJS.ErrnoException).code ?? "error"})`,
    );
  }
  for (const name of entries.sort()) {
    if (skipped(name)) continue;
    const path = join(dir, name);
    const label = join(shown, name);
    const stats = statSync(path, { throwIfNoEntry: false });
    if (!stats) continue;
    if (stats.isDirectory()) walk(path, label, out);
    else if (stats.isFile()) out.push({ path, shown: label });
  }
}

/**
 * The input files named by `paths` (files or folders) and by each `--inputs` list, in order,
 * each once. `shown` is the path as the user wrote it (relative stays relative), for messages
 * and provenance. A missing path or an empty folder is an InputError naming it.
 */
export function collectInputPaths(
  paths: readonly string[],
  lists: readonly string[],
  cwd: string,
): { path: string; shown: string }[] {
  const named: string[] = [...paths];
  for (const list of lists) {
    let text: string;
    try {
      text = readFileSync(resolve(cwd, list), "utf8");
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new InputError(
        list,
        null,
        code === "ENOENT"
          ? "no such file (--inputs)"
          : `cannot read the --inputs list (${code ?? "error"})`,
      );
    }
    text.split(/\r\n|\r|\n/).forEach((raw) => {
      const line = raw.trim();
      if (line !== "" && !line.startsWith("#")) named.push(line);
    });
  }
  const out: { path: string; shown: string }[] = [];
  const seen = new Set<string>();
  for (const name of named) {
    const path = resolve(cwd, name);
    const stats = statSync(path, { throwIfNoEntry: false });
    if (!stats) throw new InputError(name, null, "no such file or folder");
    const found: { path: string; shown: string }[] = [];
    if (stats.isDirectory()) {
      walk(path, name, found);
      if (found.length === 0) throw new InputError(name, null, "the folder holds no file");
    } else {
      found.push({ path, shown: name });
    }
    for (const item of found) {
      if (seen.has(item.path)) continue;
      seen.add(item.path);
      out.push(item);
    }
  }
  return out;
}
