// Node worker-thread entry for the multilevel layout: the CSR arrays come in (transferred, not
// copied), progress and the positions go out. Ingestion of a large graph runs the layout here
// so the main thread (the CLI's progress output, a server's event loop) stays free. Started by
// multilevelInWorker.ts; the message handler is exported so it can be tested without a thread.
import { parentPort, workerData } from "node:worker_threads";
import { type MultilevelOptions, type MultilevelProgress, multilevelLayoutCsr } from "./multilevel";

/** Marks a thread started for this entry (a test runner's own worker must not answer). */
export const LAYOUT_WORKER_ROLE = "coauthor-atlas/multilevel-layout";

export interface LayoutRequest {
  offsets: Int32Array;
  targets: Int32Array;
  weights: Float64Array;
  options: Omit<MultilevelOptions, "onProgress">;
}

export type LayoutReply =
  | { type: "progress"; progress: MultilevelProgress }
  | { type: "done"; xs: Float64Array; ys: Float64Array }
  | { type: "error"; message: string };

/** Run one request, posting progress and then the result (or the error's message). */
export function handleLayoutRequest(
  request: LayoutRequest,
  post: (reply: LayoutReply, transfer?: ArrayBuffer[]) => void,
): void {
  try {
    const { xs, ys } = multilevelLayoutCsr(request, {
      ...request.options,
      onProgress: (progress) => post({ type: "progress", progress }),
    });
    post({ type: "done", xs, ys }, [xs.buffer as ArrayBuffer, ys.buffer as ArrayBuffer]);
  } catch (error) {
    post({ type: "error", message: error instanceof Error ? error.message : String(error) });
  }
}

const port = parentPort;
if (port && (workerData as { role?: string } | null)?.role === LAYOUT_WORKER_ROLE) {
  port.on("message", (request: LayoutRequest) =>
    handleLayoutRequest(request, (reply, transfer) => port.postMessage(reply, transfer ?? [])),
  );
}
