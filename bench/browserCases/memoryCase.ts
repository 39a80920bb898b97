// Memory: the JS heap after loading a large graph in the app, and its growth after many filter
// changes (a leak shows as growth; the goal is under 5%). Garbage is collected through the
// DevTools protocol before each reading. For scale, the bare sigma page's heap with the same
// graph (built as the app builds it) is read the same way.
import type { Page } from "@playwright/test";
import type { BenchRecord } from "../results";
import { type BrowserEnv, checkErrors, openPage } from "./browserEnv";
import { DEFAULT_GRAPH_URL, filterSteps, type GraphSpec } from "./filterCase";
import { appDryRun, appFacts, appLoad, appReady, bareStart, churn } from "./inPage";

export const GROWTH_GOAL = 0.05;

/** Used JS heap in bytes after a full garbage collection. */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    // Twice: the first pass can leave finalizer-held objects for the second.
    await cdp.send("HeapProfiler.collectGarbage");
    await cdp.send("HeapProfiler.collectGarbage");
    const usage = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number };
    return usage.usedSize;
  } finally {
    await cdp.detach();
  }
}

export async function runMemoryCase(
  env: BrowserEnv,
  graph: GraphSpec,
  options: { changes: number; every: number; maxMs: number },
): Promise<BenchRecord> {
  const app = await openPage(env, "/");
  let heapLoaded: number;
  let heapAfter: number;
  let churned: { changes: number; msPerChange: number };
  let facts: Awaited<ReturnType<typeof appFacts>>;
  let pane: { width: number; height: number };
  let views: unknown[];
  let steps: ReturnType<typeof filterSteps>;
  try {
    pane = await app.page.evaluate(appReady);
    if (graph.url) await app.page.evaluate(appLoad, graph.url);
    facts = await app.page.evaluate(appFacts);
    steps = filterSteps(facts);
    // A whole number of cycles, so the view at the end is the view at the start.
    const changes = Math.ceil(options.changes / steps.length) * steps.length;
    views = await app.page.evaluate(appDryRun, steps);
    heapLoaded = await heapAfterGc(app.page);
    churned = await app.page.evaluate(churn, {
      steps,
      count: changes,
      every: options.every,
      maxMs: options.maxMs,
    });
    heapAfter = await heapAfterGc(app.page);
    checkErrors(app, `memory/${graph.name} (app)`);
  } finally {
    await app.close();
  }

  const query = new URLSearchParams({
    mode: "filter",
    graph: graph.url ?? DEFAULT_GRAPH_URL,
    w: String(pane.width),
    h: String(pane.height),
  });
  const bare = await openPage(env, `/bench/pages/bare.html?${query}`);
  let heapBare: number;
  try {
    await bare.page.evaluate(bareStart, { views: views.slice(0, steps.length), looks: null });
    heapBare = await heapAfterGc(bare.page);
    checkErrors(bare, `memory/${graph.name} (baseline)`);
  } finally {
    await bare.close();
  }

  const growth = (heapAfter - heapLoaded) / heapLoaded;
  const mb = (b: number) => Math.round((b / 1048576) * 10) / 10;
  const changes = churned.changes;
  const planned = Math.ceil(options.changes / steps.length) * steps.length;
  const record: BenchRecord = {
    case: `memory/${graph.name}`,
    group: "memory",
    size: `${facts.nodes.toLocaleString("en-US")} nodes, ${facts.edges.toLocaleString("en-US")} edges`,
    n: facts.nodes,
    runs: 1,
    ours_ms: Math.round(churned.msPerChange * 10) / 10,
    baseline: "bare sigma page's heap with the same graph (heap_ratio_vs_baseline)",
    baseline_ms: null,
    ratio: null,
    quality: null,
    goal: {
      text: `heap growth after ${changes} filter changes < ${GROWTH_GOAL * 100}%`,
      // Fewer changes than asked (time cap) cannot show the goal met.
      met: changes >= planned ? growth < GROWTH_GOAL : null,
    },
    extra: {
      heap_loaded_mb: mb(heapLoaded),
      heap_after_changes_mb: mb(heapAfter),
      growth_pct: Math.round(growth * 10000) / 100,
      changes,
      changes_planned: planned,
      baseline_heap_mb: mb(heapBare),
      heap_ratio_vs_baseline: Math.round((heapLoaded / heapBare) * 100) / 100,
    },
    notes: [
      "heap: Runtime.getHeapUsage usedSize after HeapProfiler.collectGarbage",
      `ours_ms: mean time per filter change during the churn (a frame drawn every ${options.every} changes)`,
      ...(changes < planned
        ? [
            `stopped after ${changes} of ${planned} changes at the ${options.maxMs / 1000} s cap; goal not judged`,
          ]
        : []),
    ],
  };
  env.log?.(
    `  memory/${graph.name}: ${record.extra.heap_loaded_mb} MB loaded, ${record.extra.heap_after_changes_mb} MB after ${changes} changes (${record.extra.growth_pct}%), baseline ${record.extra.baseline_heap_mb} MB`,
  );
  return record;
}
