// The browser suite's pieces that run without a browser: the filter steps (a cycle the real
// store walks back to its start, changing what is shown at every step, so each timed step
// waits for a real frame), the synthetic app graphs (ingested, laid out, loadable by the app),
// the gzip accounting, the plans, and the bench file server's path checks.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { get } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { defaultSerialized } from "../../src/filters/defaultGraph.fixture";
import { buildFilterIndex } from "../../src/filters/filterIndex";
import { prepareAtlasGraph } from "../../src/graph/appGraph";
import * as r from "../../src/store/reducers";
import * as time from "../../src/store/timeReducers";
import { browserPlanFor } from "../browser";
import { papersForNodes, syntheticAppGraph } from "./appGraphData";
import { filterSteps } from "./filterCase";
import { PLAY_STEP_VARIANT, PLAY_STEPS_PER_PASS } from "./playStepCase";
import { type BenchPaths, startServer } from "./server";
import { jsGzipSizes } from "./startupCase";

function walk(serialized: ReturnType<typeof defaultSerialized>) {
  let state = r.loadGraph(r.INITIAL_STATE, serialized, "test");
  const index = state.index as NonNullable<typeof state.index>;
  const steps = filterSteps({ yearMax: index.yearMax, categories: index.categories });
  const start = state;
  const changed: boolean[] = [];
  for (const step of steps) {
    const reducer = (r as unknown as Record<string, (...a: unknown[]) => r.AtlasState>)[
      step.action
    ] as (...a: unknown[]) => r.AtlasState;
    const next = reducer(state, ...step.args);
    changed.push(next.visibility !== state.visibility && next.visibility !== null);
    state = next;
  }
  return { start, end: state, steps, changed };
}

describe("filterSteps", () => {
  it("changes what is shown at every step and ends where it began (default graph)", () => {
    const { start, end, steps, changed } = walk(defaultSerialized());
    expect(steps.map((s) => s.action)).toEqual([
      "setYearRange",
      "toggleCategory",
      "setCodeOnly",
      "clearFilters",
    ]);
    expect(changed).toEqual(steps.map(() => true));
    const shown = (s: r.AtlasState) => Array.from(s.visibility?.nodeVisible ?? []);
    expect(shown(end)).toEqual(shown(start));
    expect(end.view).toEqual(start.view);
  });
});

describe("play-step cycle", () => {
  it("moves the window a year per timed step and ends where it began (default graph)", () => {
    let state = r.loadGraph(r.INITIAL_STATE, defaultSerialized(), "test");
    const index = state.index as NonNullable<typeof state.index>;
    const start = state;
    const steps = PLAY_STEP_VARIANT.steps(index);
    const actions = { ...r, ...time } as unknown as Record<
      string,
      (...a: unknown[]) => r.AtlasState
    >;
    const windows: string[] = [];
    for (const step of steps) {
      const next = (actions[step.action] as (...a: unknown[]) => r.AtlasState)(state, ...step.args);
      expect(next.visibility, step.action).not.toBe(state.visibility);
      state = next;
      if (PLAY_STEP_VARIANT.timed(step)) windows.push(`${state.view.from}-${state.view.to}`);
    }
    expect(windows).toHaveLength(PLAY_STEPS_PER_PASS);
    expect(windows[0]).toBe(`null-${index.yearMin + 1}`);
    expect(windows[1]).toBe(`null-${index.yearMin + 2}`);
    expect(state.view).toEqual(start.view);
    expect(state.play.playing).toBe(false);
  });
});

describe("syntheticAppGraph", () => {
  it("gives a graph the app loads, every node placed, same bytes for the same seed", () => {
    const a = syntheticAppGraph(80, 2);
    const b = syntheticAppGraph(80, 2);
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
    const papers = a.nodes.filter((n) => n.attributes?.kind === "paper");
    expect(papers).toHaveLength(80);
    for (const n of a.nodes) {
      expect(Number.isFinite(n.attributes?.x), n.key).toBe(true);
      expect(Number.isFinite(n.attributes?.y), n.key).toBe(true);
    }
    const index = buildFilterIndex(prepareAtlasGraph(a));
    expect(index.paperCount).toBe(80);
    expect(index.coauthorEdges.length).toBeGreaterThan(0);
    const { changed } = walk(a);
    expect(changed.filter(Boolean).length).toBeGreaterThanOrEqual(3);
  }, 60_000);

  it("sizes the corpus from the node count", () => {
    expect(papersForNodes(50_000)).toBeGreaterThan(papersForNodes(10_000));
    expect(papersForNodes(10_000)).toBeGreaterThan(4_000);
  });
});

describe("jsGzipSizes", () => {
  it("sums every script and counts as initial only what index.html loads", () => {
    const dist = mkdtempSync(join(tmpdir(), "bench-dist-"));
    mkdirSync(join(dist, "assets"));
    const entry = "console.log('entry');".repeat(50);
    const worker = "self.onmessage = () => {};".repeat(80);
    writeFileSync(join(dist, "assets/index-abc12345.js"), entry);
    writeFileSync(join(dist, "assets/ingest.worker-def67890.js"), worker);
    writeFileSync(join(dist, "assets/index-abc12345.css"), "body{}");
    writeFileSync(
      join(dist, "index.html"),
      '<script type="module" src="/assets/index-abc12345.js"></script>',
    );
    const sizes = jsGzipSizes(dist);
    const e = gzipSync(entry).length;
    const w = gzipSync(worker).length;
    expect(sizes.total).toBe(e + w);
    expect(sizes.initial).toBe(e);
    expect(Object.keys(sizes.files)).toEqual(["index-abc12345.js", "ingest.worker-def67890.js"]);
  });
});

describe("browserPlanFor", () => {
  it("keeps the tiny plan to the default graph and the full plans to 10k and 50k nodes", () => {
    expect(browserPlanFor("tiny").synthetic).toEqual([]);
    expect(browserPlanFor("tiny").memory.nodes).toBeNull();
    const small = browserPlanFor("small");
    expect(small.synthetic.map((s) => s.nodes)).toEqual([10_000, 50_000]);
    expect(small.memory).toMatchObject({ nodes: 50_000, changes: 500 });
    expect(small.play.map((p) => p.nodes)).toEqual([50_000]);
  });
});

function rawGet(origin: string, path: string): Promise<{ status: number; body: string }> {
  const url = new URL(origin);
  return new Promise((resolve, reject) => {
    get({ host: url.hostname, port: url.port, path }, (res) => {
      let body = "";
      res.on("data", (chunk) => {
        body += chunk;
      });
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    }).on("error", reject);
  });
}

describe("the bench file server", () => {
  it("serves bench files and refuses paths outside their folders", async () => {
    const root = mkdtempSync(join(tmpdir(), "bench-serve-"));
    const paths: BenchPaths = {
      root,
      appDist: join(root, "app"),
      pagesDist: join(root, "pages"),
      dataDir: join(root, "data"),
    };
    for (const dir of [paths.appDist, paths.pagesDist, paths.dataDir]) mkdirSync(dir);
    writeFileSync(join(paths.appDist, "index.html"), "<!doctype html><title>app</title>");
    writeFileSync(join(paths.dataDir, "g.graph.json"), '{"nodes":[]}');
    writeFileSync(join(root, "secret.txt"), "secret");
    const server = await startServer(paths, 4290 + Math.floor(Math.random() * 50));
    try {
      const ok = await fetch(`${server.origin}/bench/data/g.graph.json`);
      expect(ok.status).toBe(200);
      expect(ok.headers.get("content-type")).toMatch(/application\/json/);
      expect(await ok.text()).toBe('{"nodes":[]}');
      const missing = await fetch(`${server.origin}/bench/data/none.json`);
      expect(missing.status).toBe(404);
      // Raw paths (fetch would normalise the dots away before sending).
      for (const path of ["/bench/data/../secret.txt", "/bench/data/..%2fsecret.txt"]) {
        const reply = await rawGet(server.origin, path);
        expect(reply.status, path).toBe(400);
        expect(reply.body, path).not.toContain("secret");
      }
    } finally {
      await server.close();
    }
  });
});
