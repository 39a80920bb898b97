// Camera for the ego network and the collaboration path: focusing on a node (or changing its
// hops) fits the camera to the ego network, asking for a path fits it to the path's authors.
// A change that brings its own camera (a link with `cam`, Back/Forward) keeps it; so does a
// link opened with its camera, on mount.
import { useEffect } from "react";
import { fitNodes, fitShownNodes } from "../../render/cameraMoves";
import { atlasStore } from "../../store/atlasStore";
import { selectCollabPath } from "../../store/collabPathSelector";
import type { AtlasState } from "../../store/reducers";
import { useSigma } from "../useSigma";

const egoKey = (s: AtlasState) =>
  s.view.ego === null ? null : `${s.view.ego.node}\n${s.view.ego.hops}\n${s.view.egoFade}`;
const pathKey = (s: AtlasState) => (s.view.path === null ? null : s.view.path.join("\n"));

export function FocusCameraController() {
  const sigma = useSigma();

  useEffect(() => {
    let frame = 0;
    const fitCamera = (state: AtlasState, what: "ego" | "path") => {
      cancelAnimationFrame(frame);
      // After the other controllers have reacted to the same change (same task).
      frame = requestAnimationFrame(() => {
        if (what === "ego") {
          fitShownNodes(sigma);
          return;
        }
        const path = selectCollabPath(state);
        if (path?.found) fitNodes(sigma, path.nodes);
      });
    };
    let last = atlasStore.getState();
    if (last.view.camera === null) {
      // The ego network is the wider picture: a link with both frames it.
      if (last.view.ego !== null) fitCamera(last, "ego");
      else if (last.view.path !== null) fitCamera(last, "path");
    }
    const unsubscribe = atlasStore.subscribe((state) => {
      const prev = last;
      last = state;
      if (state.graph !== prev.graph || state.view.camera !== prev.view.camera) return;
      if (pathKey(state) !== pathKey(prev) && state.view.path !== null) fitCamera(state, "path");
      else if (egoKey(state) !== egoKey(prev) && state.view.ego !== null) fitCamera(state, "ego");
    });
    return () => {
      cancelAnimationFrame(frame);
      unsubscribe();
    };
  }, [sigma]);

  return null;
}
