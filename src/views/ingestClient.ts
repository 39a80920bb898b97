// Page side of the ingest worker: one worker per run, so opening new files cancels the old run
// by terminating it rather than queueing behind it.
import type { IngestRequest, IngestResponse } from "../workers/ingestMessages";

export interface IngestHandlers {
  onProgress(stage: string, fraction: number, detail?: string): void;
  onResult(message: Extract<IngestResponse, { type: "result" }>): void;
  onError(error: Omit<Extract<IngestResponse, { type: "error" }>, "type">): void;
}

/** Today's date in the page's time zone, as the as-of date for years missing from an export. */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, "0");
  const d = String(now.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

let running: Worker | null = null;

/** Start ingesting `files` in a module worker; returns a function that cancels the run. */
export function runIngest(files: File[], handlers: IngestHandlers, names?: string[]): () => void {
  running?.terminate();
  const worker = new Worker(new URL("../workers/ingest.worker.ts", import.meta.url), {
    type: "module",
  });
  running = worker;
  const finish = () => {
    worker.terminate();
    if (running === worker) running = null;
  };
  worker.onmessage = (event: MessageEvent<IngestResponse>) => {
    const message = event.data;
    if (message.type === "progress") {
      handlers.onProgress(message.stage, message.fraction, message.detail);
    } else if (message.type === "result") {
      finish();
      handlers.onResult(message);
    } else {
      finish();
      handlers.onError(message);
    }
  };
  worker.onerror = (event) => {
    finish();
    handlers.onError({ file: "", line: null, reason: event.message || "the ingest worker failed" });
  };
  const request: IngestRequest = { type: "ingest", files, names, asOf: todayIso() };
  worker.postMessage(request);
  return finish;
}
