// Page side of the ingest worker, and the order of loads: one worker per run, and every load
// (files or the default profile) takes a ticket first. Taking a ticket terminates the running
// worker, so a newer load, "Default profile" or Cancel stops it rather than queueing behind it;
// only the holder of the latest ticket may change the store, so an abandoned load never wins.
import type { IngestRequest, IngestResponse } from "../workers/ingestMessages";

export interface IngestHandlers {
  onProgress(stage: string, fraction: number): void;
  onResult(message: Extract<IngestResponse, { type: "result" }>): void;
  onError(error: { file: string; line: number | null; reason: string }): void;
}

/** Today's date in the page's time zone, as the as-of date for years missing from an export. */
export function todayIso(now: Date = new Date()): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, "0");
  const d = String(now.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

let running: Worker | null = null;
let latestTicket = 0;

/** Stop the running ingest worker, if any (its messages are never delivered after this). */
export function stopRunningIngest(): void {
  running?.terminate();
  running = null;
}

/** Start a load: stops the running worker and makes every earlier ticket stale. */
export function takeLoadTicket(): number {
  stopRunningIngest();
  latestTicket += 1;
  return latestTicket;
}

/** Whether `ticket` is the latest load's: only then may its outcome reach the store. */
export function isLatestLoad(ticket: number): boolean {
  return ticket === latestTicket;
}

/**
 * Ingest `files` in a module worker for the load holding `ticket`; handlers run only while the
 * ticket is the latest. Returns a function that stops the run.
 */
export function runIngest(files: File[], ticket: number, handlers: IngestHandlers): () => void {
  stopRunningIngest();
  const worker = new Worker(new URL("../workers/ingest.worker.ts", import.meta.url), {
    type: "module",
  });
  running = worker;
  const finish = () => {
    worker.terminate();
    if (running === worker) running = null;
  };
  worker.onmessage = (event: MessageEvent<IngestResponse>) => {
    if (!isLatestLoad(ticket)) {
      finish();
      return;
    }
    const message = event.data;
    if (message.type === "progress") handlers.onProgress(message.stage, message.fraction);
    else if (message.type === "result") {
      finish();
      handlers.onResult(message);
    } else {
      finish();
      handlers.onError(message);
    }
  };
  worker.onerror = (event) => {
    finish();
    if (!isLatestLoad(ticket)) return;
    handlers.onError({ file: "", line: null, reason: event.message || "the ingest worker failed" });
  };
  const request: IngestRequest = { type: "ingest", files, asOf: todayIso() };
  worker.postMessage(request);
  return finish;
}
