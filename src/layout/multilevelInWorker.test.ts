// Tests for the worker-thread path of the multilevel layout: the handler alone, and a real
// Node worker thread giving the same positions as the in-thread layout.
import type Graph from "graphology";
import { beforeAll, describe, expect, it } from "vitest";
import { buildPaperAuthorGraph } from "../graph/build";
import { buildCoauthorGraph } from "../graph/coauthors";
import { realData } from "../graph/realData.testing";
import { graphToCsr } from "./csr";
import { handleLayoutRequest, type LayoutReply } from "./layoutWorker";
import { multilevelLayout, multilevelLayoutCsr } from "./multilevel";
import { multilevelLayoutCsrInWorker, multilevelLayoutInWorker } from "./multilevelInWorker";

let coauthors: Graph;
beforeAll(() => {
  coauthors = buildCoauthorGraph(buildPaperAuthorGraph([realData().input])) as unknown as Graph;
});

describe("handleLayoutRequest", () => {
  it("posts progress, then the positions with their buffers to transfer", () => {
    const csr = graphToCsr(coauthors);
    const replies: { reply: LayoutReply; transfer?: ArrayBuffer[] }[] = [];
    handleLayoutRequest({ ...csr, options: { seed: 3 } }, (reply, transfer) =>
      replies.push({ reply, transfer }),
    );
    const last = replies[replies.length - 1];
    expect(replies.slice(0, -1).every((r) => r.reply.type === "progress")).toBe(true);
    expect(last?.reply.type).toBe("done");
    const expected = multilevelLayoutCsr(csr, { seed: 3 });
    if (last?.reply.type === "done") {
      expect(last.reply.xs).toEqual(expected.xs);
      expect(last.transfer).toEqual([last.reply.xs.buffer, last.reply.ys.buffer]);
    }
  });

  it("posts an error instead of throwing", () => {
    const csr = graphToCsr(coauthors);
    const replies: LayoutReply[] = [];
    handleLayoutRequest({ ...csr, options: { iterations: -5 } }, (reply) => replies.push(reply));
    expect(replies).toEqual([
      { type: "error", message: expect.stringMatching(/^multilevel: iterations/) },
    ]);
  });
});

describe("multilevelLayoutInWorker", () => {
  it("lays out in a worker thread, matching the in-thread layout", async () => {
    const fractions: number[] = [];
    const positions = await multilevelLayoutInWorker(coauthors, {
      seed: 6,
      onProgress: (p) => fractions.push(p.fraction),
    });
    expect(positions).toEqual(multilevelLayout(coauthors, { seed: 6 }));
    expect(fractions[fractions.length - 1]).toBeCloseTo(1, 12);
  });

  it("rejects with the layout's error", async () => {
    await expect(multilevelLayoutInWorker(coauthors, { theta: -1 })).rejects.toThrow(
      /multilevel: theta/,
    );
  });
});

describe("multilevelLayoutCsrInWorker", () => {
  it("returns the in-thread arrays for CSR input, whose buffers it transfers", async () => {
    const expected = multilevelLayoutCsr(graphToCsr(coauthors), { seed: 2, iterations: 5 });
    const csr = graphToCsr(coauthors);
    const arrays = await multilevelLayoutCsrInWorker(csr, { seed: 2, iterations: 5 });
    expect(arrays.xs).toEqual(expected.xs);
    expect(arrays.ys).toEqual(expected.ys);
    expect(csr.offsets.length).toBe(0);
  });
});
