// Ingest worker: reads the user's profile and BibTeX files and builds the atlas graph off the
// main thread (parsing, enrichment, clustering and layout take long enough to freeze a page).

import { ingestFiles } from "../filesToGraph/ingestFiles";
import { checkFileContents, checkFileSizes } from "../filesToGraph/limits";
import { InputError } from "../ingest/errors";
import type { IngestRequest, IngestResponse } from "./ingestMessages";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<IngestRequest>) => void) | null;
  postMessage(message: IngestResponse): void;
};

function post(message: IngestResponse): void {
  scope.postMessage(message);
}

scope.onmessage = async (event) => {
  const request = event.data;
  if (request?.type !== "ingest") return;
  let current = "";
  try {
    // Refuse what is over the limits before reading a byte (a 50 MB file fails in a millisecond).
    checkFileSizes(request.files.map((file) => ({ name: file.name, size: file.size })));
    const inputs: { name: string; text: string }[] = [];
    for (let i = 0; i < request.files.length; i++) {
      const file = request.files[i] as File;
      current = file.name;
      post({
        type: "progress",
        stage: `Reading ${file.name}`,
        fraction: (0.1 * i) / request.files.length,
      });
      inputs.push({ name: file.name, text: await file.text() });
    }
    current = "";
    checkFileContents(inputs);
    const { serialized } = ingestFiles(inputs, {
      asOf: request.asOf,
      onProgress: (stage: string, fraction: number) =>
        post({ type: "progress", stage, fraction: 0.1 + 0.9 * fraction }),
    });
    post({ type: "result", serialized, files: inputs.map((f) => f.name) });
  } catch (error) {
    if (error instanceof InputError) {
      post({ type: "error", file: error.file, line: error.line, reason: error.reason });
    } else {
      const reason = error instanceof Error ? error.message : String(error);
      post({ type: "error", file: current, line: null, reason });
    }
  }
};
