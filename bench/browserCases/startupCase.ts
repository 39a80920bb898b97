// Startup: navigation start to the graph's first frame (`data-ready="true"`) for the default
// profile, against the bare sigma page fetching, importing and drawing the same graph JSON;
// plus the gzip size of the built JavaScript. Each navigation gets a fresh browser context
// (empty cache); app and baseline alternate, first one then the other.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { type BenchRecord, judgedGoal, overBy, ratioOf } from "../results";
import { median } from "../stats";
import { type BrowserEnv, checkErrors, openPage } from "./browserEnv";
import { DEFAULT_GRAPH_URL } from "./filterCase";
import { appReady, readyAt } from "./inPage";

export const STARTUP_RATIO_GOAL = 1.1;

/** Why the app's first frame comes later than the bare page's, as measured (bench/README.md). */
export const STARTUP_WHY =
  "why: before its first frame the app loads four resources against the bare page's one and " +
  "lays out its shell, then draws more than sigma alone: cluster names, labels with halos, and " +
  "an app graph with its filter index built from the data; each is code run once, cold " +
  '(bench/README.md, "Startup, session 7")';

/** The startup goal's shortfall: the ratio over its bound, and the milliseconds that make it. */
export function startupShortfall(oursMs: number, baseMs: number): string[] {
  const ratio = ratioOf(oursMs, baseMs);
  const over = ratio === null ? null : overBy("ratio", ratio, STARTUP_RATIO_GOAL, "", 3);
  if (over === null) return [];
  const extraMs = Math.round(oursMs - baseMs * STARTUP_RATIO_GOAL);
  return [
    `${over} (${extraMs} ms later than ${STARTUP_RATIO_GOAL}x the bare page's ${Math.round(baseMs)} ms)`,
    STARTUP_WHY,
  ];
}

export interface JsSizes {
  /** gzip bytes of every .js under assets/ (entry, chunks and workers). */
  total: number;
  /** gzip bytes of the scripts index.html loads (what the first paint waits for). */
  initial: number;
  files: Record<string, number>;
}

/** gzip sizes (node:zlib, default level) of a build's JavaScript. */
export function jsGzipSizes(distDir: string, htmlFile = "index.html"): JsSizes {
  const assets = join(distDir, "assets");
  const html = readFileSync(join(distDir, htmlFile), "utf8");
  const files: Record<string, number> = {};
  let total = 0;
  let initial = 0;
  for (const name of readdirSync(assets).sort()) {
    if (!name.endsWith(".js")) continue;
    const size = gzipSync(readFileSync(join(assets, name))).length;
    files[name] = size;
    total += size;
    // The entry and anything index.html preloads.
    if (html.includes(`assets/${name}`)) initial += size;
  }
  return { total, initial, files };
}

async function timeNavigation(env: BrowserEnv, path: string, what: string): Promise<number> {
  const open = await openPage(env, path);
  try {
    const ms = await open.page.evaluate(readyAt);
    checkErrors(open, what);
    return ms;
  } finally {
    await open.close();
  }
}

export async function runStartupCase(
  env: BrowserEnv,
  options: { runs: number; appDist: string; pagesDist: string },
): Promise<BenchRecord> {
  // The baseline draws on a canvas the size of the app's graph pane.
  const probe = await openPage(env, "/");
  const pane = await probe.page.evaluate(appReady);
  await probe.close();
  const bareQuery = new URLSearchParams({
    mode: "startup",
    graph: DEFAULT_GRAPH_URL,
    w: String(pane.width),
    h: String(pane.height),
  });
  const ours: number[] = [];
  const base: number[] = [];
  for (let run = 0; run < options.runs; run++) {
    const order = run % 2 === 0 ? ["app", "bare"] : ["bare", "app"];
    for (const target of order) {
      if (target === "app") ours.push(await timeNavigation(env, "/", "startup (app)"));
      else
        base.push(
          await timeNavigation(env, `/bench/pages/bare.html?${bareQuery}`, "startup (baseline)"),
        );
    }
  }
  const sizes = jsGzipSizes(options.appDist);
  const bareSizes = jsGzipSizes(options.pagesDist, "bare.html");
  const oursMs = median(ours);
  const baseMs = median(base);
  const ratio = ratioOf(oursMs, baseMs);
  const r1 = (v: number) => Math.round(v * 10) / 10;
  const record: BenchRecord = {
    case: "startup/default",
    group: "startup",
    size: "default profile",
    n: 1,
    runs: options.runs,
    ours_ms: r1(oursMs),
    baseline: "bare sigma page fetching, importing and drawing the same graph JSON",
    baseline_ms: r1(baseMs),
    ratio: ratio === null ? null : Math.round(ratio * 1000) / 1000,
    quality: null,
    goal: judgedGoal(
      `ratio <= ${STARTUP_RATIO_GOAL}`,
      ratio !== null && ratio <= STARTUP_RATIO_GOAL,
      startupShortfall(oursMs, baseMs),
    ),
    extra: {
      ours_min_ms: r1(Math.min(...ours)),
      ours_max_ms: r1(Math.max(...ours)),
      baseline_min_ms: r1(Math.min(...base)),
      baseline_max_ms: r1(Math.max(...base)),
      js_gzip_bytes: sizes.total,
      js_gzip_initial_bytes: sizes.initial,
      js_gzip_files: Object.entries(sizes.files)
        .map(([name, size]) => `${name.replace(/-[\w-]{8}\.js$/, ".js")}=${size}`)
        .join(", "),
      baseline_js_gzip_initial_bytes: bareSizes.initial,
      canvas: `${pane.width}x${pane.height}`,
    },
    notes: [
      "navigation start to data-ready=true (first frame with the graph), fresh browser context each run",
      "js_gzip_bytes: every built .js (entry, chunks, ingest worker); js_gzip_initial_bytes: what index.html loads",
    ],
  };
  env.log?.(
    `  startup: ours ${record.ours_ms} ms, baseline ${record.baseline_ms} ms, ratio ${record.ratio}; JS ${sizes.total} B gzip (${sizes.initial} B initial)`,
  );
  return record;
}
