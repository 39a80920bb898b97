// Data → sigma: swaps the app graph into the one sigma instance whenever a dataset loads, with
// the camera the store (or the URL) asks for, framed on what the view shows (framing.ts), and
// reports the first frame drawn with it.
import { useEffect } from "react";
import { atlasStore, useAtlasStore } from "../../store/atlasStore";
import { placeFoldNodes } from "../placeFolds";
import { currentFrame } from "../sigmaFraming";
import { useSigma } from "../useSigma";

export function GraphDataController({ onReady }: { onReady: (graphVersion: number) => void }) {
  const sigma = useSigma();
  const graph = useAtlasStore((s) => s.graph);
  const graphVersion = useAtlasStore((s) => s.graphVersion);

  useEffect(() => {
    if (graph === null) return;
    const camera = atlasStore.getState().view.camera;
    // The layout came with the data: positions are used as they are, no layout runs here.
    if (camera) sigma.getCamera().setState({ ...camera, angle: 0 });
    else sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
    placeFoldNodes(graph);
    // After the folds are placed: their positions are part of the bipartite frame.
    sigma.setCustomBBox(currentFrame());
    sigma.once("afterRender", () => onReady(graphVersion));
    sigma.setGraph(graph as never);
  }, [sigma, graph, graphVersion, onReady]);

  return null;
}
