// Node labels drawn by the app on sigma's label canvas, through sigma's public API only (display
// data, camera and viewport conversions, settings, render events). sigma's own label pass is
// turned off: its grid holds the nodes shown at the last full pass, and filters now hide nodes
// on the GPU (visibilityPrograms.ts) without one. Here a grid over every node, built once per
// full pass, proposes the shown nodes only, so a filter change costs the labels nothing; forced
// labels of shown nodes join them, and labelPlacer.ts places the lot without overlaps.
import type Sigma from "sigma";
import type { NodeDisplayData } from "sigma/types";
import type { createLabelPlacer } from "./labelPlacer";
import { ShownLabelGrid } from "./shownLabelGrid";
import type { VisibilityBytes, VisibilityIndexed } from "./visibilityPrograms";

/** Labels of nodes this far outside the canvas (px) may still show their start or end. */
const X_LABEL_MARGIN = 150;
const Y_LABEL_MARGIN = 50;

type Placer = ReturnType<typeof createLabelPlacer>;
type LabelledData = NodeDisplayData & VisibilityIndexed;

/** The installed layer: `relayout` after the pane changed size, `remove` to stop it. */
export interface LabelLayer {
  relayout(): void;
  /** The nodes whose labels the last frame drew. */
  displayed(): ReadonlySet<string>;
  remove(): void;
}

/** Draw `sigma`'s node labels after each frame. */
export function installLabelLayer(
  sigma: Sigma,
  visibility: VisibilityBytes,
  placer: Placer,
): LabelLayer {
  const grid = new ShownLabelGrid();
  let forced: string[] = [];
  const shown = (index: number) => visibility.nodes[index] === 1;
  let lastDrawn: ReadonlySet<string> = new Set();

  // After a full pass: the grid over every labelled node, placed as under the default camera
  // (with no rotation, framed-graph coordinates map to it by a scale and a shift per axis).
  const rebuild = () => {
    grid.resizeAndClear(sigma.getDimensions(), sigma.getSetting("labelGridCellSize"));
    const cameraState = { x: 0.5, y: 0.5, ratio: 1, angle: 0 };
    const o = sigma.framedGraphToViewport({ x: 0, y: 0 }, { cameraState });
    const u = sigma.framedGraphToViewport({ x: 1, y: 1 }, { cameraState });
    const sx = u.x - o.x;
    const sy = u.y - o.y;
    forced = [];
    sigma.getGraph().forEachNode((key) => {
      const data = sigma.getNodeDisplayData(key) as LabelledData | undefined;
      if (data === undefined || data.hidden) return;
      if (data.forceLabel) forced.push(key);
      if (typeof data.label !== "string") return;
      const index = data.visibilityIndex ?? -1;
      grid.add(key, { size: data.size, index }, o.x + sx * data.x, o.y + sy * data.y);
    });
    grid.organize();
  };

  const draw = () => {
    const context = sigma.getCanvases().labels?.getContext("2d");
    if (!context) return;
    const settings = sigma.getSettings();
    const { width, height } = sigma.getDimensions();
    const ratio = sigma.getCamera().getState().ratio;
    const proposed = grid.getLabelsToDisplay(ratio, settings.labelDensity, shown);
    const drawn = new Set<string>();
    placer.begin();
    for (const key of [...proposed, ...forced]) {
      if (drawn.has(key)) continue;
      const data = sigma.getNodeDisplayData(key) as LabelledData | undefined;
      if (data === undefined || data.hidden || !shown(data.visibilityIndex ?? -1)) continue;
      const { x, y } = sigma.framedGraphToViewport(data);
      const size = sigma.scaleSize(data.size);
      if (!data.forceLabel && size < settings.labelRenderedSizeThreshold) continue;
      if (x < -X_LABEL_MARGIN || x > width + X_LABEL_MARGIN) continue;
      if (y < -Y_LABEL_MARGIN || y > height + Y_LABEL_MARGIN) continue;
      drawn.add(key);
      placer.draw(context, { key, ...data, size, x, y }, settings);
    }
    placer.flush();
    lastDrawn = drawn;
  };

  sigma.on("afterProcess", rebuild);
  sigma.on("afterRender", draw);
  return {
    relayout: rebuild,
    displayed: () => lastDrawn,
    remove: () => {
      sigma.off("afterProcess", rebuild);
      sigma.off("afterRender", draw);
    },
  };
}
