// Ingest worker: reads the user's files (profile exports and publication lists of any format)
// and builds the atlas graph off the main thread (parsing, enrichment, clustering and layout
// take long enough to freeze a page). A bad file is listed and left out; the others still load.
import { type InputFile, ingestFiles } from "../filesToGraph/ingestFiles";
import { checkBatchSize, checkFileContents, checkFileSize } from "../filesToGraph/limits";
import { decodeInput } from "../ingest/decode";
import { InputError } from "../ingest/errors";
import { hashInputs } from "../networks/inputHash";
import type { FileFailure, IngestRequest, IngestResponse } from "./ingestMessages";

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<IngestRequest>) => void) | null;
  postMessage(message: IngestResponse): void;
};

function post(message: IngestResponse): void {
  scope.postMessage(message);
}

function failureOf(error: InputError): FileFailure {
  return { file: error.file, line: error.line, reason: error.reason };
}

scope.onmessage = async (event) => {
  const request = event.data;
  if (request?.type !== "ingest") return;
  let current = "";
  const failures: FileFailure[] = [];
  try {
    // A folder's files keep their path inside it as their name.
    const named = request.files.map((file, i) => ({ file, name: request.names?.[i] ?? file.name }));
    // Refuse a set over the limits before reading a byte (a 500 MB folder fails in a millisecond).
    checkBatchSize(named.map(({ file, name }) => ({ name, size: file.size })));
    const inputs: InputFile[] = [];
    for (let i = 0; i < named.length; i++) {
      const { file, name } = named[i] as { file: File; name: string };
      current = name;
      post({
        type: "progress",
        stage: "read",
        fraction: i / named.length,
        detail: `${i + 1} of ${named.length}: ${name}`,
      });
      try {
        checkFileSize({ name, size: file.size });
        // The CLI's decoding too: a byte-order mark picks UTF-8 or UTF-16, else UTF-8.
        const input = { name, text: decodeInput(name, new Uint8Array(await file.arrayBuffer())) };
        checkFileContents([input]);
        inputs.push(input);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        failures.push(failureOf(error));
      }
    }
    current = "";
    if (inputs.length === 0) {
      const first = failures[0];
      post({
        type: "error",
        file: first?.file ?? "",
        line: first?.line ?? null,
        reason: first?.reason ?? "no file could be read",
        failures,
      });
      return;
    }
    // The entry limit is over all files together.
    checkFileContents(inputs);
    const { serialized } = ingestFiles(inputs, {
      asOf: request.asOf,
      onFileError: (error) => failures.push(failureOf(error)),
      // Stage and its own fraction: the page places them on one bar (views/loadProgress.ts).
      onProgress: (stage: string, fraction: number) => post({ type: "progress", stage, fraction }),
    });
    const failed = new Set(failures.map((f) => f.file));
    const loaded = inputs.filter((f) => !failed.has(f.name));
    const hash = await hashInputs(loaded.map((f) => f.text));
    post({
      type: "result",
      serialized,
      files: loaded.map((f) => f.name),
      failures,
      hash,
    });
  } catch (error) {
    if (error instanceof InputError) {
      post({ type: "error", ...failureOf(error), failures });
    } else {
      const reason = error instanceof Error ? error.message : String(error);
      post({ type: "error", file: current, line: null, reason, failures });
    }
  }
};
