// The URL codec: ViewState ↔ readable query parameters. `parseViewParams` never throws: every
// parameter it cannot use is dropped with a reason (for the visible notice) and the rest of the
// link still applies. `serializeViewParams` writes only non-default values, in a stable order.
import {
  type CameraState,
  COLOR_MODES,
  type ColorMode,
  DEFAULT_VIEW,
  type EgoFocus,
  SIZE_MODES,
  type SizeMode,
  type ViewMode,
  type ViewState,
} from "../model/viewState";

export interface DroppedParam {
  param: string;
  value: string;
  reason: string;
}

/** What the loaded graph knows, so unknown values can be dropped. All optional parts. */
export interface ViewKnowledge {
  nodeExists?: (key: string) => boolean;
  categories?: Set<string>;
  venues?: Set<string>;
  /** Year span of the papers; years outside it are clamped to it. */
  years?: [number, number] | null;
}

export interface ParsedView {
  view: ViewState;
  dropped: DroppedParam[];
  /** Values kept but changed to what the view can show (the link is rewritten to them). */
  adjusted: AdjustedParam[];
}

export interface AdjustedParam {
  param: string;
  value: string;
  to: string;
  reason: string;
}

/**
 * What the view can show. The zoom bounds are sigma's (render/atlasSigma.ts reads them from
 * here); sigma frames the graph into 0..1 and a view at ratio r spans about r around its
 * centre, so a centre within r/2 of that box always shows part of the graph.
 */
export const CAMERA_BOUNDS = Object.freeze({ minRatio: 0.02, maxRatio: 4 });

/** A camera moved and zoomed to the nearest one the view can show something with. */
export function clampCamera(camera: CameraState): CameraState {
  const ratio = Math.min(CAMERA_BOUNDS.maxRatio, Math.max(CAMERA_BOUNDS.minRatio, camera.ratio));
  const clampAxis = (v: number) => Math.min(1 + ratio / 2, Math.max(-ratio / 2, v));
  return roundCamera({ x: clampAxis(camera.x), y: clampAxis(camera.y), ratio });
}

/** Parameter names in their serialized order. */
export const PARAM_ORDER = [
  "view",
  "from",
  "to",
  "cat",
  "venue",
  "code",
  "q",
  "node",
  "cam",
  "owner",
  "isolated",
  "expand",
  "namesakes",
  "merge",
  "split",
  "exclude",
  "keep",
  "owners",
  "color",
  "size",
  "ego",
  "fade",
  "path",
  "table",
] as const;
type ParamName = (typeof PARAM_ORDER)[number];
const KNOWN_PARAMS = new Set<string>(PARAM_ORDER);
/** Which network the link opens and how (read in networks/dataParam.ts): not part of the view. */
export const NETWORK_PARAMS: ReadonlySet<string> = new Set(["data", "files", "embed"]);

/** Longest value read for any parameter; the search text is cut shorter. */
export const MAX_VALUE_LENGTH = 2000;
export const MAX_QUERY_LENGTH = 200;
export const MAX_LIST_ITEMS = 200;
/** Digits after the point for camera x, y and ratio: sub-pixel on any screen. */
export const CAMERA_DECIMALS = 5;
const MIN_RATIO = Number(`1e-${CAMERA_DECIMALS}`);
/** Displayed values in notices are cut to this many characters. */
const SHOWN_VALUE_LENGTH = 80;

function shown(value: string): string {
  return value.length > SHOWN_VALUE_LENGTH ? `${value.slice(0, SHOWN_VALUE_LENGTH)}…` : value;
}

/** Round a camera to the precision the URL keeps, so state and link agree exactly. */
export function roundCamera(camera: CameraState): CameraState {
  const r = (v: number) => {
    const x = Number(v.toFixed(CAMERA_DECIMALS));
    return Object.is(x, -0) ? 0 : x;
  };
  return { x: r(camera.x), y: r(camera.y), ratio: Math.max(MIN_RATIO, r(camera.ratio)) };
}

// Lists are comma-separated; a comma or backslash inside an item is escaped with a backslash
// (venue names may contain commas), which keeps ordinary values readable.
export function joinList(items: string[]): string {
  return items.map((s) => s.replace(/[\\,]/g, (c) => `\\${c}`)).join(",");
}

export function splitList(value: string): string[] {
  const items: string[] = [];
  let current = "";
  for (let i = 0; i < value.length; i++) {
    const c = value[i] as string;
    if (c === "\\" && i + 1 < value.length) {
      current += value[i + 1];
      i++;
    } else if (c === ",") {
      items.push(current);
      current = "";
    } else {
      current += c;
    }
  }
  items.push(current);
  return items;
}

const YEAR_RE = /^\d{1,4}$/;
const NUMBER_RE = /^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

function parseYear(value: string): number | null {
  return YEAR_RE.test(value) ? Number(value) : null;
}

function parseFlag(value: string): boolean | null {
  if (value === "1" || value === "true") return true;
  if (value === "0" || value === "false") return false;
  return null;
}

function parseCamera(value: string): CameraState | string {
  const parts = value.split(",");
  if (parts.length !== 3) return "expected x,y,ratio";
  const nums = parts.map((p) => (NUMBER_RE.test(p.trim()) ? Number(p) : Number.NaN));
  const [x, y, ratio] = nums as [number, number, number];
  if (!nums.every(Number.isFinite)) return "not a number";
  if (!(ratio > 0)) return "ratio must be positive";
  return { x, y, ratio };
}

/**
 * Read a view from query parameters. Unknown parameters, repeated ones (the first is used),
 * malformed values and, when `known` is given, unknown categories, venues and node keys are
 * dropped with a reason. Never throws.
 */
export function parseViewParams(params: URLSearchParams, known: ViewKnowledge = {}): ParsedView {
  const dropped: DroppedParam[] = [];
  const adjusted: AdjustedParam[] = [];
  const drop = (param: string, value: string, reason: string) => {
    dropped.push({ param: shown(param), value: shown(value), reason });
  };
  const values = new Map<ParamName, string>();
  for (const [name, value] of params) {
    if (NETWORK_PARAMS.has(name)) continue;
    if (!KNOWN_PARAMS.has(name)) {
      drop(name, value, "unknown parameter");
    } else if (values.has(name as ParamName)) {
      drop(name, value, "repeated parameter (the first one is used)");
    } else if (value.length > MAX_VALUE_LENGTH) {
      drop(name, value, `too long (over ${MAX_VALUE_LENGTH} characters)`);
    } else {
      values.set(name as ParamName, value);
    }
  }

  const view: ViewState = {
    ...DEFAULT_VIEW,
    expanded: [],
    identity: { merge: [], split: [], exclude: [], keep: [], owner: [] },
  };

  const mode = values.get("view");
  if (mode !== undefined) {
    if (mode === "coauthors" || mode === "bipartite") view.view = mode as ViewMode;
    else drop("view", mode, "expected coauthors or bipartite");
  }

  const years = known.years ?? null;
  for (const name of ["from", "to"] as const) {
    const raw = values.get(name);
    if (raw === undefined) continue;
    let year = parseYear(raw);
    if (year === null) {
      drop(name, raw, "not a year");
      continue;
    }
    if (years) year = Math.min(years[1], Math.max(years[0], year));
    view[name] = year;
  }
  if (view.from !== null && view.to !== null && view.from > view.to) {
    [view.from, view.to] = [view.to, view.from];
  }

  const readList = (
    name: "cat" | "venue",
    knownSet: Set<string> | undefined,
    what: string,
  ): string[] | null => {
    const raw = values.get(name);
    if (raw === undefined) return null;
    if (raw === "") return [];
    const items = splitList(raw);
    if (items.length > MAX_LIST_ITEMS) {
      drop(name, raw, `too many items (over ${MAX_LIST_ITEMS})`);
      return null;
    }
    const kept: string[] = [];
    const seen = new Set<string>();
    for (const item of items) {
      if (seen.has(item)) continue;
      seen.add(item);
      if (knownSet && !knownSet.has(item)) drop(name, item, `unknown ${what}`);
      else if (item === "") drop(name, item, `empty ${what}`);
      else kept.push(item);
    }
    // A list whose every item was unknown says nothing usable: show everything.
    return kept.length === 0 ? null : kept;
  };
  view.categories = readList("cat", known.categories, "category");
  view.venues = readList("venue", known.venues, "venue");

  const code = values.get("code");
  if (code !== undefined) {
    const flag = parseFlag(code);
    if (flag === null) drop("code", code, "expected 1 or 0");
    else view.codeOnly = flag;
  }

  const q = values.get("q");
  if (q !== undefined) {
    if (q.length > MAX_QUERY_LENGTH) {
      drop("q", q, `cut to ${MAX_QUERY_LENGTH} characters`);
      view.query = q.slice(0, MAX_QUERY_LENGTH);
    } else {
      view.query = q;
    }
  }

  const node = values.get("node");
  if (node !== undefined) {
    if (node === "") drop("node", node, "empty node key");
    else if (known.nodeExists && !safeExists(known.nodeExists, node)) {
      drop("node", node, "unknown node");
    } else view.node = node;
  }

  const cam = values.get("cam");
  if (cam !== undefined) {
    const camera = parseCamera(cam);
    if (typeof camera === "string") drop("cam", cam, camera);
    else {
      const clamped = clampCamera(camera);
      const rounded = roundCamera(camera);
      if (clamped.x !== rounded.x || clamped.y !== rounded.y || clamped.ratio !== rounded.ratio) {
        adjusted.push({
          param: "cam",
          value: shown(cam),
          to: `${clamped.x},${clamped.y},${clamped.ratio}`,
          reason: "outside what the view can show",
        });
      }
      view.camera = clamped;
    }
  }

  const owner = values.get("owner");
  if (owner !== undefined) {
    const flag = parseFlag(owner);
    if (flag === null) drop("owner", owner, "expected 1 or 0");
    else view.hideOwner = !flag;
  }

  const isolated = values.get("isolated");
  if (isolated !== undefined) {
    const flag = parseFlag(isolated);
    if (flag === null) drop("isolated", isolated, "expected 1 or 0");
    else view.showIsolated = flag;
  }

  const expand = values.get("expand");
  if (expand !== undefined && expand !== "") {
    const items = splitList(expand);
    if (items.length > MAX_LIST_ITEMS) {
      drop("expand", expand, `too many items (over ${MAX_LIST_ITEMS})`);
    } else {
      for (const item of items) {
        if (view.expanded.includes(item)) continue;
        if (!item.startsWith("fold:")) drop("expand", item, "not a fold node");
        else if (known.nodeExists && !safeExists(known.nodeExists, item)) {
          drop("expand", item, "unknown node");
        } else view.expanded.push(item);
      }
    }
  }
  const namesakes = values.get("namesakes");
  if (namesakes !== undefined) {
    const flag = parseFlag(namesakes);
    if (flag === null) drop("namesakes", namesakes, "expected 1 or 0");
    else view.hideNamesakes = !flag;
  }
  // Identity decisions: names are checked when applied (unknown ones are reported there).
  for (const name of ["merge", "split"] as const) {
    const value = values.get(name);
    if (value === undefined || value === "") continue;
    for (const item of splitList(value).slice(0, MAX_LIST_ITEMS)) {
      const pair = item.split("~").map((n) => n.trim());
      if (pair.length !== 2 || pair.some((n) => n === "")) drop(name, item, "expected Name~Name");
      else view.identity[name].push(pair as [string, string]);
    }
  }
  for (const name of ["exclude", "keep"] as const) {
    const value = values.get(name);
    if (value === undefined || value === "") continue;
    for (const item of splitList(value).slice(0, MAX_LIST_ITEMS)) {
      // Not checked against the graph: an excluded paper is no longer in it.
      if (!item.startsWith("paper:")) drop(name, item, "not a paper");
      else if (!view.identity[name].includes(item)) view.identity[name].push(item);
    }
  }
  const owners = values.get("owners");
  if (owners !== undefined && owners !== "") {
    for (const item of splitList(owners).slice(0, MAX_LIST_ITEMS)) {
      const name = item.trim();
      if (name === "") drop("owners", item, "empty author name");
      else if (!view.identity.owner.includes(name)) view.identity.owner.push(name);
    }
  }

  const color = values.get("color");
  if (color !== undefined) {
    if ((COLOR_MODES as readonly string[]).includes(color)) view.color = color as ColorMode;
    else drop("color", color, `expected ${COLOR_MODES.join(", ")}`);
  }
  const size = values.get("size");
  if (size !== undefined) {
    if ((SIZE_MODES as readonly string[]).includes(size)) view.size = size as SizeMode;
    else drop("size", size, `expected ${SIZE_MODES.join(", ")}`);
  }
  const ego = values.get("ego");
  if (ego !== undefined) {
    const focus = parseEgo(ego);
    if (typeof focus === "string") drop("ego", ego, focus);
    else if (known.nodeExists && !safeExists(known.nodeExists, focus.node)) {
      drop("ego", ego, "unknown node");
    } else view.ego = focus;
  }
  const fade = values.get("fade");
  if (fade !== undefined) {
    const flag = parseFlag(fade);
    if (flag === null) drop("fade", fade, "expected 1 or 0");
    else view.egoFade = flag;
  }
  const path = values.get("path");
  if (path !== undefined) {
    const ends = splitList(path);
    if (ends.length !== 2 || ends.some((k) => k === "")) drop("path", path, "expected key,key");
    else if (known.nodeExists && !ends.every((k) => safeExists(known.nodeExists as never, k))) {
      drop("path", path, "unknown node");
    } else view.path = ends as [string, string];
  }
  const table = values.get("table");
  if (table !== undefined) {
    if (table === "authors" || table === "papers") view.table = table;
    else drop("table", table, "expected authors or papers");
  }

  return { view, dropped, adjusted };
}

/** `key,hops`: the key is everything before the last comma (escaped like a list item). */
function parseEgo(value: string): EgoFocus | string {
  const parts = splitList(value);
  if (parts.length !== 2 || parts[0] === "") return "expected key,hops";
  const hops = parts[1];
  if (hops !== "1" && hops !== "2") return "hops must be 1 or 2";
  return { node: parts[0] as string, hops: hops === "1" ? 1 : 2 };
}

function safeExists(exists: (key: string) => boolean, key: string): boolean {
  try {
    return exists(key);
  } catch {
    return false;
  }
}

/** Write a view as query parameters: only values that differ from DEFAULT_VIEW, in PARAM_ORDER. */
export function serializeViewParams(view: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  if (view.view !== DEFAULT_VIEW.view) params.set("view", view.view);
  if (view.from !== null) params.set("from", String(view.from));
  if (view.to !== null) params.set("to", String(view.to));
  if (view.categories !== null) params.set("cat", joinList(view.categories));
  if (view.venues !== null) params.set("venue", joinList(view.venues));
  if (view.codeOnly) params.set("code", "1");
  if (view.query !== "") params.set("q", view.query);
  if (view.node !== null) params.set("node", view.node);
  if (view.camera !== null) {
    const c = roundCamera(view.camera);
    params.set("cam", `${c.x},${c.y},${c.ratio}`);
  }
  if (view.hideOwner) params.set("owner", "0");
  if (view.showIsolated) params.set("isolated", "1");
  if (view.expanded.length > 0) params.set("expand", joinList(view.expanded));
  if (view.hideNamesakes) params.set("namesakes", "0");
  for (const name of ["merge", "split"] as const) {
    const pairs = view.identity[name];
    if (pairs.length > 0) params.set(name, joinList(pairs.map(([a, b]) => `${a}~${b}`)));
  }
  for (const name of ["exclude", "keep"] as const) {
    if (view.identity[name].length > 0) params.set(name, joinList(view.identity[name]));
  }
  if (view.identity.owner.length > 0) params.set("owners", joinList(view.identity.owner));
  if (view.color !== DEFAULT_VIEW.color) params.set("color", view.color);
  if (view.size !== DEFAULT_VIEW.size) params.set("size", view.size);
  if (view.ego !== null) params.set("ego", joinList([view.ego.node, String(view.ego.hops)]));
  if (view.egoFade) params.set("fade", "1");
  if (view.path !== null) params.set("path", joinList(view.path));
  if (view.table !== null) params.set("table", view.table);
  return params;
}

/** A notice line for one adjusted parameter. */
export function describeAdjusted(a: AdjustedParam): string {
  return `Changed ${a.param}=${a.value} to ${a.to}: ${a.reason}`;
}

/** A notice line for one dropped parameter. */
export function describeDropped(d: DroppedParam): string {
  return `Ignored ${d.param}=${d.value}: ${d.reason}`;
}
