// The identities file: a person's decisions about who is who, kept beside the inputs so the
// next ingest (CLI `--identities FILE`, or the file opened in the page with the others) makes
// the same graph. JSON, documented in README ("Identity"):
//   { "format": "coauthor-atlas-identities", "version": 1,
//     "merge": [["Jason Dai", "Jason Jinquan Dai"]], "split": [["A B", "A C"]],
//     "exclude": ["paper:<slug>"], "keep": ["paper:<slug>"], "owner": ["Jiaming Song"] }
// `owner` is optional (files written before it existed read as naming no owner).
import { InputError } from "./errors";
import type { IdentityDecisions } from "./identity";

export const IDENTITIES_FORMAT = "coauthor-atlas-identities";

/** True for text that declares itself an identities file (checked before any other kind). */
export function looksLikeIdentitiesFile(text: string): boolean {
  return /^\s*\{/.test(text) && text.slice(0, 4096).includes(`"${IDENTITIES_FORMAT}"`);
}

/** 1-based line of a character offset. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Line of the first `"field"` key, or 1. */
function lineOfField(text: string, field: string): number {
  const at = text.indexOf(`"${field}"`);
  return at < 0 ? 1 : lineAt(text, at);
}

/** Parse an identities file; every problem is an InputError naming the file and the line. */
export function parseIdentitiesFile(text: string, file: string): IdentityDecisions {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const message = (e as Error).message;
    const position = /position (\d+)/.exec(message);
    const line = position ? lineAt(text, Number(position[1])) : 1;
    throw new InputError(file, line, `not valid JSON (${message.replace(/^.*?: /, "")})`);
  }
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    throw new InputError(file, 1, "an identities file is a JSON object");
  }
  const record = data as Record<string, unknown>;
  if (record.format !== IDENTITIES_FORMAT) {
    throw new InputError(
      file,
      lineOfField(text, "format"),
      `"format" must be "${IDENTITIES_FORMAT}"`,
    );
  }
  if (record.version !== 1) {
    throw new InputError(
      file,
      lineOfField(text, "version"),
      `unsupported "version" ${String(record.version)} (this build reads 1)`,
    );
  }
  const pairs = (field: "merge" | "split"): [string, string][] => {
    const value = record[field] ?? [];
    const ok =
      Array.isArray(value) &&
      value.every(
        (p) =>
          Array.isArray(p) &&
          p.length === 2 &&
          p.every((n) => typeof n === "string" && n.trim() !== ""),
      );
    if (!ok) {
      throw new InputError(
        file,
        lineOfField(text, field),
        `"${field}" must be a list of pairs of author names`,
      );
    }
    return (value as [string, string][]).map(([a, b]) => [a.trim(), b.trim()]);
  };
  const keys = (field: "exclude" | "keep"): string[] => {
    const value = record[field] ?? [];
    if (
      !Array.isArray(value) ||
      !value.every((k) => typeof k === "string" && /^paper:\S+$/.test(k))
    ) {
      throw new InputError(
        file,
        lineOfField(text, field),
        `"${field}" must be a list of paper keys ("paper:<slug>")`,
      );
    }
    return value as string[];
  };
  const owner = record.owner ?? [];
  if (!Array.isArray(owner) || !owner.every((n) => typeof n === "string" && n.trim() !== "")) {
    throw new InputError(
      file,
      lineOfField(text, "owner"),
      '"owner" must be a list of author names',
    );
  }
  return {
    merge: pairs("merge"),
    split: pairs("split"),
    exclude: keys("exclude"),
    keep: keys("keep"),
    owner: [...new Set((owner as string[]).map((n) => n.trim()))],
  };
}

/** The identities file for `decisions`, stable (sorted, two-space indented) for version control. */
export function serializeIdentitiesFile(decisions: IdentityDecisions): string {
  const pairs = (list: [string, string][]) =>
    dedupe(
      list.map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [string, string]),
      (p) => p.join("\u0000"),
    ).sort((x, y) => (x.join("\u0000") < y.join("\u0000") ? -1 : 1));
  const body = {
    format: IDENTITIES_FORMAT,
    version: 1,
    merge: pairs(decisions.merge),
    split: pairs(decisions.split),
    exclude: [...new Set(decisions.exclude)].sort(),
    keep: [...new Set(decisions.keep)].sort(),
    owner: [...new Set(decisions.owner ?? [])].sort(),
  };
  return `${JSON.stringify(body, null, 2)}\n`;
}

function dedupe<T>(items: T[], keyOf: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = keyOf(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Decisions from several files, in order (a later file's pairs join the earlier ones). */
export function combineDecisions(list: IdentityDecisions[]): IdentityDecisions {
  return {
    merge: list.flatMap((d) => d.merge),
    split: list.flatMap((d) => d.split),
    exclude: list.flatMap((d) => d.exclude),
    keep: list.flatMap((d) => d.keep),
    owner: [...new Set(list.flatMap((d) => d.owner ?? []))],
  };
}
