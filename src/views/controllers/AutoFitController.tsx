// After a filter change that leaves every shown node off screen (a search flew the camera in,
// then a filter kept papers elsewhere), fit the camera to the shown nodes, so the canvas never
// looks empty while nodes are shown. A change that brings its own camera (a link, Back/Forward)
// keeps it: the URL fixed the picture, and so does Play.
import { useEffect } from "react";
import { fitShownNodes, someShownNodeOnScreen } from "../../render/cameraMoves";
import { atlasStore } from "../../store/atlasStore";
import { useSigma } from "../useSigma";

export function AutoFitController() {
  const sigma = useSigma();

  useEffect(() => {
    let last = atlasStore.getState();
    let frame = 0;
    const unsubscribe = atlasStore.subscribe((state) => {
      const prev = last;
      last = state;
      if (state.visibility === prev.visibility || state.graph !== prev.graph) return;
      if (state.view.camera !== prev.view.camera) return;
      // Play holds the camera still: nodes appear where they will stay.
      if (state.play.playing) return;
      cancelAnimationFrame(frame);
      // After the camera controller has reframed for a toggle change (same task).
      frame = requestAnimationFrame(() => {
        if (sigma.getCamera().isAnimated()) return;
        if (!someShownNodeOnScreen(sigma)) fitShownNodes(sigma);
      });
    });
    return () => {
      cancelAnimationFrame(frame);
      unsubscribe();
    };
  }, [sigma]);

  return null;
}
