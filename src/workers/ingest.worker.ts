// Ingest worker: reads the user's files (profile exports and publication lists of any format)
// and builds the atlas graph off the main thread (parsing, enrichment, clustering and layout
// take long enough to freeze a page). A bad file is listed and left out; the others still load.
import { InputError } from "../ingest/errors";
import { type InputFile, ingestFiles } from "../pipeline/ingestFiles";
import { checkBatchSize, checkFileContents, checkFileSize } from "../pipeline/limits";
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
    // Refuse a set over the limits before reading a byte (a 50 MB file fails in a millisecond).
    checkBatchSize(named.map(({ file, name }) => ({ name, size: file.size })));
    const inputs: InputFile[] = [];
    for (let i = 0; i < named.length; i++) {
      const { file, name } = named[i] as { file: File; name: string };
      current = name;
      post({
        type: "progress",
        stage: `Reading ${i + 1} of ${named.length}: ${name}`,
        fraction: (0.1 * i) / named.length,
      });
      try {
        checkFileSize({ name, size: file.size });
        const input = { name, text: await file.text() };
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
      onProgress: (stage: string, fraction: number) =>
        post({ type: "progress", stage, fraction: 0.1 + 0.9 * fraction }),
    });
    const failed = new Set(failures.map((f) => f.file));
    post({
      type: "result",
      serialized,
      files: inputs.map((f) => f.name).filter((name) => !failed.has(name)),
      failures,
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
