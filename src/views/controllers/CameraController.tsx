// Camera ↔ store: sigma's camera moves are written to the store (throttled, for the URL), and a
// camera coming from the store (a link, Back/Forward) is applied to sigma. Only this controller
// and the URL controller read `view.camera`, so panning never re-renders a panel. The camera is
// relative to the frame (framing.ts), so this controller also reframes when the view mode or the
// owner / isolated toggles change.
import { useEffect } from "react";
import type { CameraState as SigmaCameraState } from "sigma/types";
import type { CameraState } from "../../model/viewState";
import { framingKey } from "../../render/framing";
import { applyFrame, currentFrame } from "../../render/sigmaFraming";
import { atlasStore } from "../../store/atlasStore";
import { useSigma } from "../useSigma";

const THROTTLE_MS = 250;
const EPSILON = 1e-4;

function isDefault(c: { x: number; y: number; ratio: number }): boolean {
  return (
    Math.abs(c.x - 0.5) < EPSILON &&
    Math.abs(c.y - 0.5) < EPSILON &&
    Math.abs(c.ratio - 1) < EPSILON
  );
}

function close(a: CameraState | null, b: { x: number; y: number; ratio: number }): boolean {
  const target = a ?? { x: 0.5, y: 0.5, ratio: 1 };
  // Relative on the ratio: the URL keeps a fixed number of digits.
  return (
    Math.abs(target.x - b.x) < 1e-3 &&
    Math.abs(target.y - b.y) < 1e-3 &&
    Math.abs(target.ratio - b.ratio) / Math.max(b.ratio, 1e-6) < 1e-3
  );
}

export function CameraController() {
  const sigma = useSigma();

  useEffect(() => {
    const camera = sigma.getCamera();
    let timer: ReturnType<typeof setTimeout> | null = null;
    // The last camera this controller wrote, so the store echo is not applied back to sigma
    // while an animation is still moving on.
    let written: CameraState | null | undefined;

    const flush = () => {
      timer = null;
      const { x, y, ratio } = camera.getState();
      const next = isDefault({ x, y, ratio }) ? null : { x, y, ratio };
      written = next;
      atlasStore.getState().setCamera(next);
    };
    const onUpdated = (_state: SigmaCameraState) => {
      if (timer === null) timer = setTimeout(flush, THROTTLE_MS);
    };
    camera.on("updated", onUpdated);

    let lastStore = atlasStore.getState().view.camera;
    let lastGraph = atlasStore.getState().graph;
    let lastFraming = framingKey(atlasStore.getState().view);
    const unsubscribe = atlasStore.subscribe((state) => {
      const cam = state.view.camera;
      const framing = framingKey(state.view);
      if (state.graph !== lastGraph) {
        // A new graph is framed by the graph pane (graphPane.ts), with the camera the store holds.
        lastGraph = state.graph;
        lastFraming = framing;
      } else if (framing !== lastFraming) {
        lastFraming = framing;
        // A link (Back/Forward) brings its own camera for the new frame: apply that as it is.
        // A user's switch keeps a zoomed-in picture; the default camera frames the new view.
        const keepPicture = cam === lastStore && cam !== null;
        applyFrame(sigma, currentFrame(), keepPicture);
      }
      if (cam === lastStore) return;
      lastStore = cam;
      if (written !== undefined && (cam === written || (cam && written && close(cam, written)))) {
        return;
      }
      written = undefined;
      if (camera.isAnimated() || timer !== null) return;
      if (close(cam, camera.getState())) return;
      camera.setState(
        cam ? { x: cam.x, y: cam.y, ratio: cam.ratio } : { x: 0.5, y: 0.5, ratio: 1 },
      );
    });

    return () => {
      camera.off("updated", onUpdated);
      if (timer !== null) clearTimeout(timer);
      unsubscribe();
    };
  }, [sigma]);

  return null;
}
