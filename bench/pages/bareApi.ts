// What the baseline page exposes to the benchmark driver (window.__bare), shared by the page
// and the driver so both sides agree on it.
import type Graph from "graphology";
import type Sigma from "sigma";
import type { ViewState } from "../../src/model/viewState";

/** The view after one benchmark step (read from the app's store after the same action). */
export type StepView = ViewState;

/**
 * What the app draws, read from its sigma's display data (public getters) before timing: the
 * baseline draws the same picture, so the comparison is of the filter machinery alone and not
 * of two pictures with different sizes, colours or zoom. Arrays follow the graph's key order.
 */
export interface AppLooks {
  camera: { x: number; y: number; ratio: number; angle: number };
  /** Whether links answer hover and click: sigma then draws them into its picking layer too. */
  edgeEvents: boolean;
  nodes: { key: string; size: number; color: string; type: string; zIndex: number }[];
  edges: { key: string; size: number; color: string; zIndex: number }[];
}

export interface BareApi {
  sigma: Sigma;
  graph: Graph;
  /** Number of precomputed steps (filter mode). */
  steps: number;
  /** Set step `i`'s `hidden` attributes only (no refresh), for experiments. */
  apply(step: number): void;
  /** Hide/show step `i`'s nodes and edges and schedule sigma's refresh. */
  show(step: number): void;
  /** The same, then sigma's processing done at once; returns the milliseconds taken. */
  showJsOnly(step: number): number;
}
