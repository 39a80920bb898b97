// The sigma instance for the render-less controllers, read from the graph pane: the one handle
// on the renderer (GraphView mounts the controllers once it exists).
import { useSyncExternalStore } from "react";
import type Sigma from "sigma";
import { graphPane } from "../render/graphPane";

export function useSigma(): Sigma {
  const pane = graphPane();
  const sigma = useSyncExternalStore(pane.subscribe, pane.sigma);
  if (sigma === null) throw new Error("useSigma: used before the graph pane created sigma");
  return sigma;
}
