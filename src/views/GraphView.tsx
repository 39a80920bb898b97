// The graph canvas in the React tree: hosts the graph pane's element (graphPane.ts creates and
// drives sigma without React, before React is loaded) and mounts the render-less controllers
// (events, camera) once sigma exists; they reach it through the pane (useSigma.ts).
import { type ReactNode, useLayoutEffect, useRef, useSyncExternalStore } from "react";
import { graphPane } from "../render/graphPane";

export function GraphView({ children }: { children?: ReactNode }) {
  const hostRef = useRef<HTMLDivElement>(null);
  const pane = graphPane();
  const sigma = useSyncExternalStore(pane.subscribe, pane.sigma);

  // React replaced the page's static shell: put the pane (and its canvases, contexts intact)
  // back, and draw again (a canvas taken out of the page may lose what it showed).
  useLayoutEffect(() => {
    const host = hostRef.current;
    if (!host || pane.container.parentElement === host) return;
    host.appendChild(pane.container);
    pane.sigma()?.scheduleRender();
  }, [pane]);

  return (
    <div ref={hostRef} className="graph-host">
      {sigma && children}
    </div>
  );
}
