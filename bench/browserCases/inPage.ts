// Functions the browser cases run inside the page (through page.evaluate): each is serialized
// and must not reference anything outside its own body. They read the app's test handle
// `window.__atlas = { sigma, store }` and the baseline page's `window.__bare`.

/** A filter step: a store action and its arguments. */
export interface Step {
  action: string;
  args: unknown[];
}

/** One timed step: the whole frame, and its parts where measured (ms). */
export interface StepTiming {
  /** Store action to the frame drawn (sigma's afterRender, then the next animation frame). */
  total: number;
  /** sigma's render call (beforeRender → afterRender): processing plus drawing. */
  render: number;
  /** False when the action changed nothing (no frame was waited for). */
  changed: boolean;
}

/** The JavaScript-only part of a step (ms): no raster. */
export interface JsTiming {
  /** The action with its synchronous subscribers (visibility, sigma's reducer pass). */
  action: number;
  /** React's synchronous re-render of the panels (the microtask after the action). */
  react: number;
  /** sigma's processing (buffers, label grid, ordering) done at once instead of in the frame. */
  process: number;
  total: number;
}

/** Run before any page script: tsx wraps named closures in `__name(...)`; make it a no-op. */
export const INIT_SCRIPT = `globalThis.__name = (f) => f;
(() => {
  const check = () => {
    const el = document.querySelector('[data-testid="graph"]');
    if (el && el.getAttribute("data-ready") === "true" && globalThis.__readyAt === undefined) {
      globalThis.__readyAt = performance.now();
    }
  };
  new MutationObserver(check).observe(document, {
    subtree: true, childList: true, attributes: true, attributeFilter: ["data-ready"],
  });
})();`;

interface SigmaLike {
  once(event: string, fn: () => void): void;
  on(event: string, fn: () => void): void;
  off(event: string, fn: () => void): void;
  process(): void;
  needToProcess: boolean;
}

interface StoreLike {
  getState(): Record<string, unknown>;
}

/** The app: wait until the graph pane reports its first frame; returns the pane's size. */
export async function appReady(): Promise<{ width: number; height: number }> {
  const el = document.querySelector('[data-testid="graph"]') as HTMLElement;
  const deadline = performance.now() + 300_000;
  while (el.getAttribute("data-ready") !== "true") {
    if (performance.now() > deadline) throw new Error("app never became ready");
    await new Promise((r) => setTimeout(r, 20));
  }
  const box = el.getBoundingClientRect();
  return { width: Math.round(box.width), height: Math.round(box.height) };
}

/** The app: fetch a graph JSON from this origin and load it through the store. */
export async function appLoad(url: string): Promise<{ loadGraph: number; ready: number }> {
  const atlas = (window as unknown as { __atlas: { store: StoreLike } }).__atlas;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const json = await response.json();
  const el = document.querySelector('[data-testid="graph"]') as HTMLElement;
  const t0 = performance.now();
  (atlas.store.getState().loadGraph as (s: unknown, n: string) => void)(json, "bench");
  const t1 = performance.now();
  // React marks the pane not ready for the new graph, then ready after its first frame.
  await new Promise((r) => setTimeout(r, 0));
  const deadline = performance.now() + 600_000;
  while (el.getAttribute("data-ready") !== "true") {
    if (performance.now() > deadline) throw new Error("graph never became ready");
    await new Promise((r) => requestAnimationFrame(r));
  }
  return { loadGraph: t1 - t0, ready: performance.now() - t0 };
}

/** The app: facts the steps are built from. */
export function appFacts(): {
  yearMin: number;
  yearMax: number;
  categories: string[];
  nodes: number;
  edges: number;
  shownNodes: number;
  shownEdges: number;
} {
  const atlas = (window as unknown as { __atlas: { store: StoreLike } }).__atlas;
  const s = atlas.store.getState();
  const index = s.index as { yearMin: number; yearMax: number; categories: string[] };
  const graph = s.graph as { order: number; size: number };
  const vis = s.visibility as { shownNodes: number; shownEdges: number };
  return {
    yearMin: index.yearMin,
    yearMax: index.yearMax,
    categories: index.categories,
    nodes: graph.order,
    edges: graph.size,
    shownNodes: vis.shownNodes,
    shownEdges: vis.shownEdges,
  };
}

/** The app: run steps once without timing; returns the view after each (for the baseline). */
export async function appDryRun(steps: Step[]): Promise<unknown[]> {
  const atlas = (window as unknown as { __atlas: { sigma: SigmaLike; store: StoreLike } }).__atlas;
  const views: unknown[] = [atlas.store.getState().view];
  for (const step of steps) {
    (atlas.store.getState()[step.action] as (...a: unknown[]) => void)(...step.args);
    views.push(atlas.store.getState().view);
    await new Promise((r) => setTimeout(r, 0));
    await new Promise((r) => requestAnimationFrame(r));
    await new Promise((r) => requestAnimationFrame(r));
  }
  return views;
}

/** The app: its sigma's camera and every item's look (public display-data getters). */
export function appLooks(): {
  camera: { x: number; y: number; ratio: number; angle: number };
  edgeEvents: boolean;
  nodes: { key: string; size: number; color: string; type: string; zIndex: number }[];
  edges: { key: string; size: number; color: string; zIndex: number }[];
} {
  interface Display {
    size: number;
    color: string;
    type?: string;
    zIndex?: number;
  }
  const atlas = (
    window as unknown as {
      __atlas: {
        sigma: {
          getCamera(): { getState(): { x: number; y: number; ratio: number; angle: number } };
          getSetting(name: string): unknown;
          getGraph(): { nodes(): string[]; edges(): string[] };
          getNodeDisplayData(k: string): Display | undefined;
          getEdgeDisplayData(k: string): Display | undefined;
        };
      };
    }
  ).__atlas;
  const sigma = atlas.sigma;
  const graph = sigma.getGraph();
  return {
    camera: sigma.getCamera().getState(),
    edgeEvents: sigma.getSetting("enableEdgeEvents") === true,
    nodes: graph.nodes().map((key) => {
      const d = sigma.getNodeDisplayData(key) as Display;
      return { key, size: d.size, color: d.color, type: d.type ?? "circle", zIndex: d.zIndex ?? 0 };
    }),
    edges: graph.edges().map((key) => {
      const d = sigma.getEdgeDisplayData(key) as Display;
      return { key, size: d.size, color: d.color, zIndex: d.zIndex ?? 0 };
    }),
  };
}

/**
 * One timed pass over the steps in the app or the baseline page. `target` "app" runs store
 * actions; "bare" shows the baseline's precomputed step `bareStep[i]`.
 */
export async function timeSteps(input: {
  target: "app" | "bare";
  steps: Step[];
  bareSteps: number[];
}): Promise<StepTiming[]> {
  const w = window as unknown as {
    __atlas?: { sigma: SigmaLike; store: StoreLike };
    __bare?: { sigma: SigmaLike; show(i: number): void };
  };
  const sigma = (input.target === "app" ? w.__atlas?.sigma : w.__bare?.sigma) as SigmaLike;
  const store = w.__atlas?.store;
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const out: StepTiming[] = [];
  let renderStart = 0;
  let renderMs = 0;
  const before = () => {
    renderStart = performance.now();
  };
  const after = () => {
    renderMs = performance.now() - renderStart;
  };
  sigma.on("beforeRender", before);
  sigma.on("afterRender", after);
  try {
    for (let i = 0; i < input.steps.length; i++) {
      // Start from an idle page: nothing scheduled. The step then runs in a task of its own, as
      // a click's handler does: run from the frame's animation callbacks instead, the app's
      // panels would be drawn in that frame and the canvas only in the next.
      await frame();
      await frame();
      await new Promise((r) => setTimeout(r, 0));
      renderMs = 0;
      let resolveDrawn: () => void = () => {};
      const drawn = new Promise<void>((r) => {
        resolveDrawn = r;
      });
      sigma.once("afterRender", () => resolveDrawn());
      const t0 = performance.now();
      let changed = true;
      if (input.target === "app" && store) {
        const step = input.steps[i] as Step;
        const visibility = store.getState().visibility;
        (store.getState()[step.action] as (...a: unknown[]) => void)(...step.args);
        changed = store.getState().visibility !== visibility;
      } else {
        w.__bare?.show(input.bareSteps[i] as number);
      }
      if (changed) {
        await Promise.race([
          drawn,
          new Promise((_r, reject) =>
            setTimeout(() => reject(new Error("no frame within 120 s")), 120_000),
          ),
        ]);
        await frame();
      }
      out.push({ total: performance.now() - t0, render: renderMs, changed });
    }
  } finally {
    sigma.off("beforeRender", before);
    sigma.off("afterRender", after);
  }
  return out;
}

/** The JavaScript-only part of each step, in the app or the baseline page. */
export async function timeStepsJsOnly(input: {
  target: "app" | "bare";
  steps: Step[];
  bareSteps: number[];
}): Promise<JsTiming[]> {
  const w = window as unknown as {
    __atlas?: { sigma: SigmaLike; store: StoreLike };
    __bare?: { sigma: SigmaLike; showJsOnly(i: number): number };
  };
  const sigma = (input.target === "app" ? w.__atlas?.sigma : w.__bare?.sigma) as SigmaLike;
  const store = w.__atlas?.store;
  const frame = () => new Promise((r) => requestAnimationFrame(r));
  const out: JsTiming[] = [];
  for (let i = 0; i < input.steps.length; i++) {
    await frame();
    await frame();
    let resolveDrawn: () => void = () => {};
    const drawn = new Promise<void>((r) => {
      resolveDrawn = r;
    });
    sigma.once("afterRender", () => resolveDrawn());
    if (input.target === "bare") {
      const ms = (w.__bare as { showJsOnly(i: number): number }).showJsOnly(
        input.bareSteps[i] as number,
      );
      out.push({ action: ms, react: 0, process: 0, total: ms });
    } else if (store) {
      const step = input.steps[i] as Step;
      const t0 = performance.now();
      (store.getState()[step.action] as (...a: unknown[]) => void)(...step.args);
      const t1 = performance.now();
      // React flushes the store's (synchronous-lane) update in a microtask queued by the action.
      await null;
      const t2 = performance.now();
      // Only what the scheduled frame would do: a partial refresh may not need processing.
      if (sigma.needToProcess) {
        sigma.process();
        sigma.needToProcess = false;
      }
      const t3 = performance.now();
      out.push({ action: t1 - t0, react: t2 - t1, process: t3 - t2, total: t3 - t0 });
    }
    // Let the scheduled frame draw before the next step (untimed).
    await Promise.race([drawn, new Promise((r) => setTimeout(r, 120_000))]);
    await frame();
  }
  return out;
}

/** The baseline page in filter mode: build the graph and the step masks, draw the first. */
export async function bareStart(input: { views: unknown[]; looks: unknown }): Promise<void> {
  const w = window as unknown as {
    __bareStart?: (views: unknown[], looks: unknown) => Promise<void>;
  };
  const deadline = performance.now() + 60_000;
  while (!w.__bareStart) {
    if (performance.now() > deadline) throw new Error("baseline page did not start");
    await new Promise((r) => setTimeout(r, 20));
  }
  await w.__bareStart(input.views, input.looks);
}

/** Milliseconds from navigation start to `data-ready="true"` (recorded by INIT_SCRIPT). */
export async function readyAt(): Promise<number> {
  const w = window as unknown as { __readyAt?: number };
  const deadline = performance.now() + 300_000;
  while (w.__readyAt === undefined) {
    if (performance.now() > deadline) throw new Error("page never became ready");
    await new Promise((r) => setTimeout(r, 20));
  }
  return w.__readyAt;
}

/**
 * The app: up to `count` filter changes cycling through the steps (whole cycles only, so the
 * view ends where it began), a frame drawn every `every` changes; stops early after whole
 * cycles once `maxMs` have passed. Returns the changes made and the mean ms per change.
 */
export async function churn(input: {
  steps: Step[];
  count: number;
  every: number;
  maxMs: number;
}): Promise<{ changes: number; msPerChange: number }> {
  const atlas = (window as unknown as { __atlas: { sigma: SigmaLike; store: StoreLike } }).__atlas;
  const cycle = input.steps.length;
  const t0 = performance.now();
  let k = 0;
  while (k < input.count) {
    const step = input.steps[k % cycle] as Step;
    (atlas.store.getState()[step.action] as (...a: unknown[]) => void)(...step.args);
    k++;
    if (k % input.every === 0) {
      await null;
      await new Promise((r) => requestAnimationFrame(r));
      await new Promise((r) => requestAnimationFrame(r));
    }
    if (k % cycle === 0 && performance.now() - t0 > input.maxMs) break;
  }
  await new Promise((r) => setTimeout(r, 0));
  await new Promise((r) => requestAnimationFrame(r));
  await new Promise((r) => requestAnimationFrame(r));
  return { changes: k, msPerChange: (performance.now() - t0) / k };
}
