// Filter latency: from a store action to the frame drawn, in the app (production build) and in
// a bare sigma page on the same graph doing the same hide/show and refresh. Also the
// JavaScript-only part of ours (the action with visibility and sigma's reducer pass, React's
// panel re-render, sigma's processing; no raster). Rounds alternate between the two pages so
// the machine's load hits both alike.
import { type BenchRecord, ratioOf } from "../results";
import { median } from "../stats";
import { type BrowserEnv, checkErrors, openPage } from "./browserEnv";
import {
  appDryRun,
  appFacts,
  appLoad,
  appLooks,
  appReady,
  bareStart,
  type JsTiming,
  type Step,
  type StepTiming,
  timeSteps,
  timeStepsJsOnly,
} from "./inPage";

export interface GraphSpec {
  /** Case name suffix: `default`, `synthetic-10k`, ... */
  name: string;
  /** Served graph JSON; null for the app's default profile (loaded at boot). */
  url: string | null;
}

export interface FilterPlan {
  /** Timed passes over the steps, per page. */
  rounds: number;
  /** Passes for the JavaScript-only timing. */
  jsRounds: number;
}

export const DEFAULT_GRAPH_URL = "/data/default.graph.json";
export const JS_BUDGET_MS = 16;
export const RATIO_GOAL = 1.2;

/** A cycle of filter changes that ends where it began (so every pass repeats the same work). */
export function filterSteps(facts: { yearMax: number; categories: string[] }): Step[] {
  const steps: Step[] = [{ action: "setYearRange", args: [facts.yearMax - 4, null] }];
  if (facts.categories.length > 1) {
    steps.push({ action: "toggleCategory", args: [facts.categories[0]] });
  }
  steps.push({ action: "setCodeOnly", args: [true] });
  steps.push({ action: "clearFilters", args: [] });
  return steps;
}

const quantile = (values: number[], q: number) => {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.round(q * (s.length - 1))))] as number;
};
const r1 = (v: number) => Math.round(v * 10) / 10;

/**
 * Another cycle timed the same way: its record is `<group>/<graph>`, and only the steps
 * `timed` accepts count (the others set up the cycle and bring it back to its start).
 */
export interface FilterVariant {
  group: string;
  steps(facts: { yearMin: number; yearMax: number; categories: string[] }): Step[];
  timed(step: Step): boolean;
  note: string;
}

export async function runFilterCase(
  env: BrowserEnv,
  graph: GraphSpec,
  plan: FilterPlan,
  variant: FilterVariant | null = null,
): Promise<BenchRecord> {
  const log = env.log;
  const app = await openPage(env, "/");
  const bare = { current: null as Awaited<ReturnType<typeof openPage>> | null };
  try {
    const pane = await app.page.evaluate(appReady);
    const load = graph.url ? await app.page.evaluate(appLoad, graph.url) : null;
    const facts = await app.page.evaluate(appFacts);
    const steps = variant ? variant.steps(facts) : filterSteps(facts);
    const group = variant?.group ?? "filter";
    // Whether the k-th timing of a pass (flattened over rounds) is of a step that counts.
    const counts = (k: number) => !variant || variant.timed(steps[k % steps.length] as Step);
    // Warm-up pass; it also gives the view after each step, for the baseline's masks.
    const views = await app.page.evaluate(appDryRun, steps);
    const cycle = views.slice(0, steps.length);
    const bareSteps = steps.map((_s, k) => (k + 1) % steps.length);
    checkErrors(app, `${group}/${graph.name} (app)`);
    log?.(
      `  ${group}/${graph.name}: ${facts.nodes} nodes, ${facts.edges} edges, shown ${facts.shownNodes}/${facts.shownEdges}` +
        (load
          ? `; loaded in ${load.loadGraph.toFixed(0)} ms, ready in ${load.ready.toFixed(0)} ms`
          : ""),
    );

    const query = new URLSearchParams({
      mode: "filter",
      graph: graph.url ?? DEFAULT_GRAPH_URL,
      w: String(pane.width),
      h: String(pane.height),
    });
    bare.current = await openPage(env, `/bench/pages/bare.html?${query}`);
    const barePage = bare.current;
    // The same picture as the app's: its sizes, colours, shapes and camera.
    const looks = await app.page.evaluate(appLooks);
    await barePage.page.evaluate(bareStart, { views: cycle, looks });
    await barePage.page.evaluate(timeSteps, { target: "bare" as const, steps, bareSteps });
    checkErrors(barePage, `${group}/${graph.name} (baseline)`);

    const ours: StepTiming[] = [];
    const base: StepTiming[] = [];
    for (let round = 0; round < plan.rounds; round++) {
      await app.page.bringToFront();
      ours.push(
        ...(await app.page.evaluate(timeSteps, { target: "app" as const, steps, bareSteps })),
      );
      await barePage.page.bringToFront();
      base.push(
        ...(await barePage.page.evaluate(timeSteps, { target: "bare" as const, steps, bareSteps })),
      );
    }
    const oursJs: JsTiming[] = [];
    const baseJs: JsTiming[] = [];
    for (let round = 0; round < plan.jsRounds; round++) {
      await app.page.bringToFront();
      oursJs.push(
        ...(await app.page.evaluate(timeStepsJsOnly, { target: "app" as const, steps, bareSteps })),
      );
      await barePage.page.bringToFront();
      baseJs.push(
        ...(await barePage.page.evaluate(timeStepsJsOnly, {
          target: "bare" as const,
          steps,
          bareSteps,
        })),
      );
    }
    checkErrors(app, `${group}/${graph.name} (app)`);
    checkErrors(barePage, `${group}/${graph.name} (baseline)`);

    const totals = ours.filter((t, k) => t.changed && counts(k)).map((t) => t.total);
    const baseTotals = base.filter((_t, k) => counts(k)).map((t) => t.total);
    const oursMs = median(totals);
    const baseMs = median(baseTotals);
    const ratio = ratioOf(oursMs, baseMs);
    const jsMs = median(oursJs.filter((_t, k) => counts(k)).map((t) => t.total));
    const large = facts.nodes >= 40_000;
    const met = ratio !== null && ratio <= RATIO_GOAL && (!large || jsMs <= JS_BUDGET_MS);
    const record: BenchRecord = {
      case: `${group}/${graph.name}`,
      group,
      size: `${facts.nodes.toLocaleString("en-US")} nodes, ${facts.edges.toLocaleString("en-US")} edges`,
      n: facts.nodes,
      runs: totals.length,
      ours_ms: r1(oursMs),
      baseline:
        "bare sigma page, same graph, canvas size, look, camera and link picking: set `hidden`, scheduleRefresh()",
      baseline_ms: r1(baseMs),
      ratio: ratio === null ? null : Math.round(ratio * 1000) / 1000,
      quality: null,
      goal: {
        text: large
          ? `ratio <= ${RATIO_GOAL} and JavaScript part <= ${JS_BUDGET_MS} ms`
          : `ratio <= ${RATIO_GOAL}`,
        met,
      },
      extra: {
        js_ms: r1(jsMs),
        js_action_ms: r1(median(oursJs.filter((_t, k) => counts(k)).map((t) => t.action))),
        js_react_ms: r1(median(oursJs.filter((_t, k) => counts(k)).map((t) => t.react))),
        js_process_ms: r1(median(oursJs.filter((_t, k) => counts(k)).map((t) => t.process))),
        baseline_js_ms: r1(median(baseJs.filter((_t, k) => counts(k)).map((t) => t.total))),
        ours_render_ms: r1(median(ours.filter((_t, k) => counts(k)).map((t) => t.render))),
        baseline_render_ms: r1(median(base.filter((_t, k) => counts(k)).map((t) => t.render))),
        ours_p25_ms: r1(quantile(totals, 0.25)),
        ours_p75_ms: r1(quantile(totals, 0.75)),
        baseline_p25_ms: r1(quantile(baseTotals, 0.25)),
        baseline_p75_ms: r1(quantile(baseTotals, 0.75)),
        shown_nodes: facts.shownNodes,
        shown_edges: facts.shownEdges,
        canvas: `${pane.width}x${pane.height}`,
        steps: steps.map((s) => s.action).join(","),
        load_graph_ms: load ? r1(load.loadGraph) : null,
        load_ready_ms: load ? r1(load.ready) : null,
      },
      notes: [
        ...(variant ? [variant.note] : []),
        "times: store action (or the baseline's hide/show) to sigma's afterRender plus the next animation frame; medians over every step of every round",
        "js_ms: action with its synchronous subscribers + React's re-render + sigma's processing, without drawing",
      ],
    };
    log?.(
      `    ours ${record.ours_ms} ms (js ${record.extra.js_ms}), baseline ${record.baseline_ms} ms (js ${record.extra.baseline_js_ms}), ratio ${record.ratio}`,
    );
    return record;
  } finally {
    await app.close();
    await bare.current?.close();
  }
}
