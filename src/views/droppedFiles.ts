// What was dropped on the page, folders included: every file inside a dropped folder, read
// recursively through the browser's entry API (`webkitGetAsEntry`, in every current browser),
// each named by its path as "Open folder" names it. The walk stops one file past `maxFiles`, so
// an enormous folder is refused by the load's own limit instead of being listed in full.

/** The parts of the browser's FileSystemEntry family the walk uses. */
export interface DropEntry {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  /** Path from the drop's root, with a leading "/". */
  fullPath: string;
  file?(done: (file: File) => void, failed?: (error: unknown) => void): void;
  createReader?(): {
    readEntries(done: (entries: DropEntry[]) => void, failed?: (error: unknown) => void): void;
  };
}

export interface DroppedFiles {
  files: File[];
  /** Each file's path inside the dropped folder (or its name when dropped alone). */
  names: string[];
}

function fileOf(entry: DropEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file?.(resolve, reject));
}

/** One directory's entries: a reader returns them in batches until an empty one. */
async function childrenOf(entry: DropEntry): Promise<DropEntry[]> {
  const reader = entry.createReader?.();
  if (!reader) return [];
  const all: DropEntry[] = [];
  for (;;) {
    const batch = await new Promise<DropEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

/** The files under `entries`, depth first in the browser's order, at most `maxFiles + 1`. */
export async function filesFromEntries(
  entries: DropEntry[],
  maxFiles: number,
): Promise<DroppedFiles> {
  const out: DroppedFiles = { files: [], names: [] };
  const stack = [...entries].reverse();
  while (stack.length > 0 && out.files.length <= maxFiles) {
    const entry = stack.pop() as DropEntry;
    if (entry.isFile) {
      out.files.push(await fileOf(entry));
      out.names.push(entry.fullPath.replace(/^\//, "") || entry.name);
    } else if (entry.isDirectory) {
      const children = await childrenOf(entry);
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as DropEntry);
    }
  }
  return out;
}

/**
 * The entries of a drop, taken while the drop event runs (the browser empties the data
 * transfer after it); null when the browser has no entry API, to fall back to its file list.
 */
export function dropEntries(transfer: DataTransfer | null): DropEntry[] | null {
  const items = Array.from(transfer?.items ?? []).filter((item) => item.kind === "file");
  if (items.length === 0 || typeof items[0]?.webkitGetAsEntry !== "function") return null;
  const entries = items.map((item) => item.webkitGetAsEntry() as DropEntry | null);
  return entries.every((e) => e !== null) ? (entries as DropEntry[]) : null;
}
