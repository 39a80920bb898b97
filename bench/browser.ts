// The browser side of `npm run bench`: filter latency, Play's step, startup and memory,
// measured in Debian's Chromium against the app's production build (served by `vite preview`),
// each beside a bare sigma page on the same graph in the same run. Merges its records into
// bench/results.json.
//
//   tsx bench/browser.ts [--size tiny|small|full] [--only filter|startup|memory|page-open|play]
//   [--no-build]
//   (npm run bench runs it after the Node suite; `npm run bench -- --no-browser` skips it)
import { cpus, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { ensureAppGraph } from "./browserCases/appGraphData";
import { type BrowserEnv, launchBrowser } from "./browserCases/browserEnv";
import { type FilterPlan, type GraphSpec, runFilterCase } from "./browserCases/filterCase";
import { runMemoryCase } from "./browserCases/memoryCase";
import { runPageOpenCase } from "./browserCases/pageOpenCase";
import { PLAY_STEP_VARIANT } from "./browserCases/playStepCase";
import { benchPaths, buildAll, freePort, startServer } from "./browserCases/server";
import { runStartupCase } from "./browserCases/startupCase";
import { type BenchRecord, mergeResults } from "./results";

export type BrowserSize = "tiny" | "small" | "full";
export type BrowserCaseName = "filter" | "startup" | "memory" | "page-open" | "play";

export interface BrowserPlan {
  /** Synthetic graphs by approximate node count, beside the default profile. */
  synthetic: { name: string; nodes: number; plan: FilterPlan }[];
  defaultPlan: FilterPlan;
  /** Play's step (issue 14) on these graphs, timed as the filter case is. */
  play: { name: string; nodes: number | null; plan: FilterPlan }[];
  startupRuns: number;
  /** `maxMs` caps the churn (whole step cycles); fewer changes than asked leave the goal unjudged. */
  memory: { name: string; nodes: number | null; changes: number; every: number; maxMs: number };
  /** A saved network opened with Open files; null: not run. */
  pageOpen: { name: string; papers: number; runs: number } | null;
}

export function browserPlanFor(size: BrowserSize): BrowserPlan {
  if (size === "tiny") {
    return {
      synthetic: [],
      defaultPlan: { rounds: 1, jsRounds: 1 },
      play: [{ name: "default", nodes: null, plan: { rounds: 1, jsRounds: 1 } }],
      startupRuns: 1,
      memory: { name: "default", nodes: null, changes: 40, every: 10, maxMs: 60_000 },
      pageOpen: null,
    };
  }
  // Software WebGL: a full redraw takes ~0.6 s at 10k nodes and ~3 s at 50k, so few rounds.
  return {
    synthetic: [
      { name: "synthetic-10k", nodes: 10_000, plan: { rounds: 3, jsRounds: 2 } },
      { name: "synthetic-50k", nodes: 50_000, plan: { rounds: 2, jsRounds: 2 } },
    ],
    defaultPlan: { rounds: 5, jsRounds: 3 },
    play: [{ name: "synthetic-50k", nodes: 50_000, plan: { rounds: 1, jsRounds: 2 } }],
    startupRuns: size === "full" ? 9 : 5,
    memory: {
      name: "synthetic-50k",
      nodes: 50_000,
      changes: 500,
      every: 50,
      maxMs: size === "full" ? 3_600_000 : 600_000,
    },
    pageOpen: { name: "10k", papers: 10_000, runs: size === "full" ? 5 : 3 },
  };
}

export interface BrowserSuiteOptions {
  size: BrowserSize;
  only?: BrowserCaseName;
  out?: string;
  seed?: number;
  /** Skip `npm run data` and the builds (reuse bench/out/). */
  build?: boolean;
  log?: (line: string) => void;
}

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Build, serve, launch Chromium, run the browser cases; returns (and merges) their records. */
export async function runBrowserSuite(options: BrowserSuiteOptions): Promise<BenchRecord[]> {
  const log = options.log;
  const plan = browserPlanFor(options.size);
  const loadAtStart = loadavg()[0] ?? 0;
  const seed = options.seed ?? 1;
  const paths = benchPaths(root);
  if (options.build !== false) await buildAll(paths, log);

  const graphs = new Map<string, GraphSpec>([["default", { name: "default", url: null }]]);
  // Only the graphs the chosen cases use (a synthetic graph takes minutes to lay out).
  const runs = (name: BrowserCaseName) => !options.only || options.only === name;
  const wanted: { name: string; nodes: number | null }[] = [
    ...(runs("filter") ? plan.synthetic : []),
    ...(runs("memory") ? [plan.memory] : []),
    ...(runs("play") ? plan.play : []),
  ].filter((w, k, all) => w.nodes !== null && all.findIndex((o) => o.name === w.name) === k);
  for (const { name, nodes } of wanted) {
    const file = ensureAppGraph(paths.dataDir, name, nodes as number, seed, log);
    graphs.set(name, { name, url: file.url });
  }

  // ~1.84 graph nodes per paper (appGraphData.ts): the file holds this many papers.
  const pageOpenFile =
    plan.pageOpen && (!options.only || options.only === "page-open")
      ? ensureAppGraph(paths.dataDir, "papers", Math.round(plan.pageOpen.papers * 1.84), seed, log)
      : null;

  const port = await freePort(4180);
  const server = await startServer(paths, port);
  const browser = await launchBrowser();
  const env: BrowserEnv = { browser, origin: server.origin, log };
  const chromiumVersion = browser.version();
  const records: BenchRecord[] = [];
  const environment = () => ({
    chromium: chromiumVersion,
    cpus: `${cpus().length} x ${cpus()[0]?.model ?? "unknown"}`,
    browser_suite_size: options.size,
    browser_suite_load_average: `${loadAtStart.toFixed(1)} at start, ${(loadavg()[0] ?? 0).toFixed(1)} now (1-minute)`,
  });
  // Each record is merged as soon as its case ends: a long run stopped midway keeps them.
  const keep = (record: BenchRecord) => {
    records.push(record);
    if (options.out) mergeResults(options.out, [record], environment());
  };
  try {
    log?.(`  serving ${server.origin}; Chromium ${chromiumVersion}`);
    if (!options.only || options.only === "startup") {
      keep(
        await runStartupCase(env, {
          runs: plan.startupRuns,
          appDist: paths.appDist,
          pagesDist: paths.pagesDist,
        }),
      );
    }
    if (!options.only || options.only === "filter") {
      keep(await runFilterCase(env, graphs.get("default") as GraphSpec, plan.defaultPlan));
      for (const s of plan.synthetic) {
        keep(await runFilterCase(env, graphs.get(s.name) as GraphSpec, s.plan));
      }
    }
    if (!options.only || options.only === "play") {
      for (const p of plan.play) {
        keep(await runFilterCase(env, graphs.get(p.name) as GraphSpec, p.plan, PLAY_STEP_VARIANT));
      }
    }
    if (!options.only || options.only === "memory") {
      keep(
        await runMemoryCase(env, graphs.get(plan.memory.name) as GraphSpec, {
          changes: plan.memory.changes,
          every: plan.memory.every,
          maxMs: plan.memory.maxMs,
        }),
      );
    }
    if (plan.pageOpen && pageOpenFile) {
      keep(
        await runPageOpenCase(env, pageOpenFile, {
          runs: plan.pageOpen.runs,
          name: plan.pageOpen.name,
          shotsDir: join(root, "bench/out/page-open"),
        }),
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return records;
}

async function main(argv: string[]): Promise<void> {
  const arg = (name: string) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const size = argv.includes("--full") ? "full" : (arg("--size") ?? "small");
  if (size !== "tiny" && size !== "small" && size !== "full") {
    throw new Error(`bench: --size must be tiny, small or full, got "${size}"`);
  }
  const only = arg("--only");
  if (
    only !== undefined &&
    only !== "filter" &&
    only !== "startup" &&
    only !== "memory" &&
    only !== "page-open" &&
    only !== "play"
  ) {
    throw new Error(
      `bench: --only must be filter, startup, memory, page-open or play, got "${only}"`,
    );
  }
  const out = arg("--out") ?? join(root, "bench/results.json");
  const records = await runBrowserSuite({
    size,
    only,
    out,
    build: !argv.includes("--no-build"),
    log: argv.includes("--quiet") ? undefined : (line) => console.log(line),
  });
  const { formatReport } = await import("./run");
  console.log(formatReport(records, out));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
