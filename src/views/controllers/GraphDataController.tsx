// Data → sigma: swaps the app graph into the one sigma instance whenever a dataset loads, with
// the camera the store (or the URL) asks for, framed on what the view shows (framing.ts), and
// marks the graph pane `data-ready` as soon as sigma has drawn the frame with it.
// The mark is written on the container directly, in sigma's afterRender: through React state it
// would only land in a later task, after the browser has composited that frame (hundreds of ms
// in software WebGL), and tests and benchmarks would wait for it.
import { useEffect, useRef } from "react";
import { atlasStore, useAtlasStore } from "../../store/atlasStore";
import { placeFoldNodes } from "../placeFolds";
import { currentFrame } from "../sigmaFraming";
import { useSigma } from "../useSigma";

export function GraphDataController({ onDrawn }: { onDrawn?: () => void }) {
  const sigma = useSigma();
  const graph = useAtlasStore((s) => s.graph);
  const graphVersion = useAtlasStore((s) => s.graphVersion);
  // The graph version sigma has drawn a frame with.
  const drawn = useRef(-1);

  useEffect(() => {
    const container = sigma.getContainer();
    const sync = () => {
      const s = atlasStore.getState();
      const ready = drawn.current === s.graphVersion && s.status !== "loading";
      const value = ready ? "true" : "false";
      if (container.dataset.ready !== value) container.dataset.ready = value;
    };
    sync();
    const unsubscribe = atlasStore.subscribe(sync);
    if (graph === null) return unsubscribe;
    const camera = atlasStore.getState().view.camera;
    // The layout came with the data: positions are used as they are, no layout runs here.
    if (camera) sigma.getCamera().setState({ ...camera, angle: 0 });
    else sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    placeFoldNodes(graph);
    // After the folds are placed: their positions are part of the bipartite frame.
    sigma.setCustomBBox(currentFrame());
    const afterDrawn = () => {
      drawn.current = graphVersion;
      sync();
      onDrawn?.();
    };
    sigma.once("afterRender", afterDrawn);
    sigma.setGraph(graph as never);
    return () => {
      unsubscribe();
      sigma.off("afterRender", afterDrawn);
    };
  }, [sigma, graph, graphVersion, onDrawn]);

  return null;
}
