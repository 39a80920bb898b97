// Ingest worker: reads the user's profile and BibTeX files and builds the atlas graph off the
// main thread (parsing, enrichment, clustering and layout take long enough to freeze a page).

import { ingestFiles } from "../filesToGraph/ingestFiles";
import { checkFileContents, checkFileSizes } from "../filesToGraph/limits";
import { decodeInput } from "../ingest/decode";
import { InputError } from "../ingest/errors";
import { hashInputs } from "../networks/inputHash";
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
        stage: "read",
        fraction: i / request.files.length,
      });
      // The CLI's decoding too: a byte-order mark picks UTF-8 or UTF-16, else UTF-8.
      inputs.push({
        name: file.name,
        text: decodeInput(file.name, new Uint8Array(await file.arrayBuffer())),
      });
    }
    current = "";
    checkFileContents(inputs);
    const { serialized } = ingestFiles(inputs, {
      asOf: request.asOf,
      // Stage and its own fraction: the page places them on one bar (views/loadProgress.ts).
      onProgress: (stage: string, fraction: number) => post({ type: "progress", stage, fraction }),
    });
    const hash = await hashInputs(inputs.map((f) => f.text));
    post({ type: "result", serialized, files: inputs.map((f) => f.name), hash });
  } catch (error) {
    if (error instanceof InputError) {
      post({ type: "error", file: error.file, line: error.line, reason: error.reason });
    } else {
      const reason = error instanceof Error ? error.message : String(error);
      post({ type: "error", file: current, line: null, reason });
    }
  }
};
