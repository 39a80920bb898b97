// Run the multilevel layout in a Node worker thread (Node only: the page uses a Web Worker).
// The graph is flattened to CSR here and the typed arrays are transferred both ways, so the
// only copies are the flattening and the positions mapping.
import { Worker } from "node:worker_threads";
import type Graph from "graphology";
import { type Csr, graphToCsr } from "./csr";
import { LAYOUT_WORKER_ROLE, type LayoutReply, type LayoutRequest } from "./layoutWorker";
import type { LayoutArrays, MultilevelOptions, Positions } from "./multilevel";

/**
 * Lay out `graph` off the calling thread; resolves with the same positions as
 * `multilevelLayout(graph, options)`. `onProgress` is called on this thread.
 */
export async function multilevelLayoutInWorker(
  graph: Graph,
  options: MultilevelOptions = {},
): Promise<Positions> {
  const csr = graphToCsr(graph, { weightAttribute: options.weightAttribute });
  const { xs, ys } = await multilevelLayoutCsrInWorker(csr, options);
  const out: Positions = {};
  for (let i = 0; i < csr.nodes.length; i++) {
    out[csr.nodes[i] as string] = { x: xs[i] as number, y: ys[i] as number };
  }
  return out;
}

/**
 * `multilevelLayoutCsr(csr, options)` off the calling thread: resolves with the same arrays.
 * The CSR arrays' buffers are transferred, so they are unusable here afterwards. `onProgress`
 * is called on this thread.
 */
export function multilevelLayoutCsrInWorker(
  csr: Pick<Csr, "offsets" | "targets" | "weights">,
  options: MultilevelOptions = {},
): Promise<LayoutArrays> {
  const { onProgress, ...rest } = options;
  const url = new URL("./layoutWorker.ts", import.meta.url);
  const workerData = { role: LAYOUT_WORKER_ROLE };
  // The entry is TypeScript: a small bootstrap registers tsx's loader in the thread, then
  // loads it (a thread does not inherit the loader from tsx's command line, nor from a test
  // runner). tsx is resolved from this module: the thread's eval code resolves bare names
  // from the working directory, where the CLI's user may have no node_modules.
  const tsxApi = import.meta.resolve("tsx/esm/api");
  const worker = new Worker(
    `import(${JSON.stringify(tsxApi)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); });`,
    { eval: true, workerData },
  );
  return new Promise<LayoutArrays>((resolve, reject) => {
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      fn();
      void worker.terminate();
    };
    worker.on("message", (reply: LayoutReply) => {
      if (reply.type === "progress") onProgress?.(reply.progress);
      else if (reply.type === "error") finish(() => reject(new Error(reply.message)));
      else finish(() => resolve({ xs: reply.xs, ys: reply.ys }));
    });
    worker.on("error", (error) =>
      finish(() => reject(new Error(`multilevel: worker failed: ${error.message}`))),
    );
    worker.on("exit", (code) =>
      finish(() => reject(new Error(`multilevel: worker exited (${code}) before finishing`))),
    );
    const request: LayoutRequest = {
      offsets: csr.offsets,
      targets: csr.targets,
      weights: csr.weights,
      options: rest,
    };
    worker.postMessage(request, [
      csr.offsets.buffer as ArrayBuffer,
      csr.targets.buffer as ArrayBuffer,
      csr.weights.buffer as ArrayBuffer,
    ]);
  });
}
