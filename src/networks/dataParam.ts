// The `data` parameter: which network a link opens. A hosted name (`data=NAME`, a file the
// site serves), a network kept in this browser (`data=local:<hash>`), or, where the deployer
// allowed its origin at build time, a remote graph (`data=https://...`). Absent = the default.
// Pure: the page decides what to fetch from the result, and refuses a remote URL before any
// request is made.
import { joinList, splitList } from "../url/viewParams";
import { DEFAULT_NETWORK, isNetworkName } from "./networkIndex";

export type DataSource =
  | { kind: "hosted"; name: string }
  | { kind: "local"; hash: string }
  | { kind: "remote"; url: string };

export type DataParam =
  | DataSource
  /** A value that names no network this app can open; `reason` is shown in a notice. */
  | { kind: "invalid"; value: string; reason: string };

/** Hex digits of a local key (a cut SHA-256 of the input files: see inputHash.ts). */
export const LOCAL_HASH_RE = /^[0-9a-f]{32}$/;
const LOCAL_PREFIX = "local:";

export const DEFAULT_SOURCE: DataSource = { kind: "hosted", name: DEFAULT_NETWORK };

/** Read the `data` parameter (null when absent). Never throws. */
export function parseDataParam(value: string | null, allowedOrigins: readonly string[]): DataParam {
  if (value === null || value === "") return DEFAULT_SOURCE;
  if (value.startsWith(LOCAL_PREFIX)) {
    const hash = value.slice(LOCAL_PREFIX.length);
    return LOCAL_HASH_RE.test(hash)
      ? { kind: "local", hash }
      : { kind: "invalid", value, reason: "not a key of a network kept in a browser" };
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return { kind: "invalid", value, reason: "not a URL" };
    }
    if (url.protocol !== "https:" && url.protocol !== "http:") {
      return { kind: "invalid", value, reason: "only http(s) addresses can hold a network" };
    }
    if (!allowedOrigins.includes(url.origin)) {
      return {
        kind: "invalid",
        value,
        reason:
          allowedOrigins.length === 0
            ? "this site opens no remote networks"
            : `${url.origin} is not among the origins this site opens networks from`,
      };
    }
    return { kind: "remote", url: url.href };
  }
  if (isNetworkName(value)) return { kind: "hosted", name: value };
  return { kind: "invalid", value, reason: "not a network name" };
}

/** The parameter value that opens `source`; null for the default network (no parameter). */
export function dataParamValue(source: DataSource, defaultName = DEFAULT_NETWORK): string | null {
  switch (source.kind) {
    case "hosted":
      return source.name === defaultName ? null : source.name;
    case "local":
      return `${LOCAL_PREFIX}${source.hash}`;
    case "remote":
      return source.url;
  }
}

export function sameSource(a: DataSource, b: DataSource): boolean {
  return dataParamValue(a) === dataParamValue(b);
}

/** Where the link's network comes from, beside the view: `data`, `files` and `embed`. */
export interface NetworkLocation {
  data: DataParam;
  /** `files`: the names of the files a `local:` network was built from (for the notice). */
  files: string[];
  /** `embed=1`: the read-only view for iframes. */
  embed: boolean;
}

/** At most this many file names are carried in a link. */
const MAX_FILES = 20;

export function readNetworkLocation(
  params: URLSearchParams,
  allowedOrigins: readonly string[],
): NetworkLocation {
  const data = parseDataParam(params.get("data"), allowedOrigins);
  const files = data.kind === "local" ? splitList(params.get("files") ?? "") : [];
  return {
    data,
    files: files
      .filter((f) => f !== "")
      .slice(0, MAX_FILES)
      .map((f) => f.slice(0, 200)),
    embed: params.get("embed") === "1",
  };
}

/** The query string for a network and a view: `data` and `files` first, `embed` last. */
export function networkSearch(
  source: DataSource,
  files: readonly string[],
  embed: boolean,
  view: URLSearchParams,
): string {
  const params = new URLSearchParams();
  const data = dataParamValue(source);
  if (data !== null) params.set("data", data);
  if (source.kind === "local" && files.length > 0) params.set("files", joinList([...files]));
  for (const [name, value] of view) params.append(name, value);
  if (embed) params.set("embed", "1");
  const text = params.toString();
  return text === "" ? "" : `?${text}`;
}
