// Measures worker: betweenness centrality of the coauthor projection, off the main thread (on a
// large network it takes seconds, which would freeze the page). Receives the projection as
// typed arrays of author slots and answers with one value per slot.
import { authorBetweenness } from "../filters/betweenness";
import type { CoauthorPairs } from "../filters/measures";

export interface MeasuresRequest {
  type: "betweenness";
  pairs: CoauthorPairs;
}

export type MeasuresResponse =
  | { type: "betweenness"; values: Float64Array }
  | { type: "error"; reason: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<MeasuresRequest>) => void) | null;
  postMessage(message: MeasuresResponse, transfer?: Transferable[]): void;
};

scope.onmessage = (event) => {
  const request = event.data;
  if (request?.type !== "betweenness") return;
  try {
    const values = authorBetweenness(request.pairs);
    scope.postMessage({ type: "betweenness", values }, [values.buffer]);
  } catch (error) {
    scope.postMessage({ type: "error", reason: String((error as Error)?.message ?? error) });
  }
};
