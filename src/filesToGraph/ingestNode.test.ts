// Tests for the Node pipeline: the same bytes as ingestFiles on the real data (d3-force, on
// this thread) and on a synthetic corpus above the multilevel threshold (laid out in a worker
// thread), with the stages reported in order.
import { describe, expect, it, vi } from "vitest";
import { generateCorpus } from "../../bench/generate";
import { graphJsonChunks } from "../graph/graphJsonChunks";
import { AS_OF, BIB_FILE, PROFILE_FILE, readRepoFile } from "../graph/realData.testing";
import { MULTILEVEL_THRESHOLD } from "../layout/forceLayout";
import * as inWorker from "../layout/multilevelInWorker";
import { type IngestOptions, type InputFile, ingestFiles } from "./ingestFiles";
import { ingestFilesAsync } from "./ingestNode";

vi.mock("../layout/multilevelInWorker", async (importOriginal) => {
  const actual = await importOriginal<typeof import("../layout/multilevelInWorker")>();
  return { ...actual, multilevelLayoutCsrInWorker: vi.fn(actual.multilevelLayoutCsrInWorker) };
});

async function bothWays(files: InputFile[], options: IngestOptions) {
  vi.mocked(inWorker.multilevelLayoutCsrInWorker).mockClear();
  const stages: string[] = [];
  const sync = ingestFiles(files, options);
  const async = await ingestFilesAsync(files, {
    ...options,
    onProgress: (stage, f) => stages.push(`${stage}:${f}`),
  });
  const workerCalls = vi.mocked(inWorker.multilevelLayoutCsrInWorker).mock.calls.length;
  return { sync, async, stages, workerCalls };
}

describe("ingestFilesAsync", () => {
  it("gives ingestFiles' bytes on the real data, laying out on this thread", async () => {
    const files = [
      { name: PROFILE_FILE, text: readRepoFile(PROFILE_FILE) },
      { name: BIB_FILE, text: readRepoFile(BIB_FILE) },
    ];
    const { sync, async, stages, workerCalls } = await bothWays(files, {
      asOf: AS_OF,
      seed: 4,
      iterations: 40, // few ticks: the test is about equality, not the picture
    });
    expect([...graphJsonChunks(async.graph)].join("")).toBe(JSON.stringify(sync.serialized));
    expect(async.summary).toEqual(sync.summary);
    expect(workerCalls).toBe(0);
    const order = [...new Set(stages.map((s) => s.split(":")[0]))];
    expect(order).toEqual(["parse", "enrich", "graph", "clusters", "layout"]);
    expect(stages[stages.length - 1]).toBe("layout:1");
  });

  it("gives ingestFiles' bytes above the multilevel threshold, laying out in a worker", async () => {
    const corpus = generateCorpus({ papers: 1150, seed: 3, asOf: AS_OF });
    const { sync, async, stages, workerCalls } = await bothWays(corpus.files, {
      asOf: AS_OF,
      seed: 2,
      iterations: 10,
    });
    expect(sync.summary.counts.authors).toBeGreaterThan(MULTILEVEL_THRESHOLD);
    expect(workerCalls).toBe(1);
    expect([...graphJsonChunks(async.graph)].join("")).toBe(JSON.stringify(sync.serialized));
    expect(async.summary).toEqual(sync.summary);
    // The worker's progress arrives between the layout's 0 and 1.
    const layout = stages.filter((s) => s.startsWith("layout:")).map((s) => Number(s.slice(7)));
    expect(layout.length).toBeGreaterThan(2);
    expect(layout[0]).toBe(0);
    expect(layout[layout.length - 1]).toBe(1);
  }, 30_000);

  it("rejects as ingestFiles throws", async () => {
    await expect(ingestFilesAsync([], { asOf: AS_OF })).rejects.toThrow(/no file was given/);
  });
});
