// The baseline page's setup for the filter case (loaded only in filter mode): the app's graph
// built from the serialized JSON, and each step's node and edge visibility as masks in graph
// order. Runs before timing starts; the timed part of the baseline is sigma alone.
import { buildFilterIndex } from "../../src/filters/filterIndex";
import { computeVisibility } from "../../src/filters/visibility";
import { type AppGraph, prepareAtlasGraph } from "../../src/graph/appGraph";
import type { SerializedAtlasGraph } from "../../src/graph/schema";
import type { StepView } from "./bareApi";

export interface StepMasks {
  graph: AppGraph;
  nodeKeys: string[];
  edgeKeys: string[];
  nodeMasks: Uint8Array[];
  edgeMasks: Uint8Array[];
}

export function prepareStepMasks(serialized: SerializedAtlasGraph, views: StepView[]): StepMasks {
  const graph = prepareAtlasGraph(serialized);
  const index = buildFilterIndex(graph);
  const visibilities = views.map((view) => computeVisibility(index, view));
  return {
    graph,
    nodeKeys: index.nodeKeys,
    edgeKeys: index.edgeKeys,
    nodeMasks: visibilities.map((v) => v.nodeVisible),
    edgeMasks: visibilities.map((v) => v.edgeVisible),
  };
}
