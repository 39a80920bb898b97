// Zoom in, zoom out, fit all (the view's whole frame) and fit visible (what the filters leave),
// in the bar above the canvas so they never cover a node.
import { useSyncExternalStore } from "react";
import { fitAll, fitShownNodes, zoomIn, zoomOut } from "../render/cameraMoves";
import { graphPane } from "../render/graphPane";

export function CameraControls() {
  const pane = graphPane();
  const sigma = useSyncExternalStore(pane.subscribe, pane.sigma);
  if (!sigma) return null;
  return (
    <fieldset className="camera-controls">
      <legend className="visually-hidden">Camera</legend>
      <button
        type="button"
        className="icon-button"
        data-testid="zoom-in"
        aria-label="Zoom in"
        title="Zoom in"
        onClick={() => zoomIn(sigma)}
      >
        +
      </button>
      <button
        type="button"
        className="icon-button"
        data-testid="zoom-out"
        aria-label="Zoom out"
        title="Zoom out"
        onClick={() => zoomOut(sigma)}
      >
        −
      </button>
      <button
        type="button"
        className="icon-button wide"
        data-testid="fit"
        title="Fit the whole network"
        onClick={() => fitAll(sigma)}
      >
        Fit all
      </button>
      <button
        type="button"
        className="icon-button wide"
        data-testid="fit-visible"
        title="Fit the nodes the filters show"
        onClick={() => fitShownNodes(sigma)}
      >
        Fit visible
      </button>
    </fieldset>
  );
}
