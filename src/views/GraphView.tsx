// The graph canvas in the React tree: hosts the graph pane's element (graphPane.ts creates and
// drives sigma without React, before React is loaded) and hands the sigma instance to the
// render-less controllers (events, camera) and to the panels that move the camera.
import {
  type ReactNode,
  useContext,
  useEffect,
  useLayoutEffect,
  useRef,
  useSyncExternalStore,
} from "react";
import { graphPane } from "../render/graphPane";
import { SigmaHandleContext } from "./sigmaHandle";
import { SigmaContext } from "./useSigma";

export function GraphView({ children }: { children?: ReactNode }) {
  const hostRef = useRef<HTMLDivElement>(null);
  const pane = graphPane();
  const sigma = useSyncExternalStore(pane.subscribe, pane.sigma);
  const handle = useContext(SigmaHandleContext);

  // React replaced the page's static shell: put the pane (and its canvases, contexts intact)
  // back, and draw again (a canvas taken out of the page may lose what it showed).
  useLayoutEffect(() => {
    const host = hostRef.current;
    if (!host || pane.container.parentElement === host) return;
    host.appendChild(pane.container);
    pane.sigma()?.scheduleRender();
  }, [pane]);

  useEffect(() => {
    handle.current = sigma;
  }, [handle, sigma]);

  return (
    <div ref={hostRef} className="graph-host">
      {sigma && <SigmaContext.Provider value={sigma}>{children}</SigmaContext.Provider>}
    </div>
  );
}
