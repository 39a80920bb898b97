// Entry point: the network first, then the interface. The graph pane (sigma, without React)
// draws the default profile as soon as its data is in; React and the panels load after that
// first frame, in their own chunk, so the network does not wait for them.
import { graphPane } from "./render/graphPane";
import { startTheme } from "./render/theme";
import { loadDefaultDataset } from "./views/useDataset";
import "./views/app.css";
import "./views/portable.css";
import "./views/screens.css";

// Before the first frame, so a dark page never flashes light.
startTheme();

// Read before anything writes the URL: the link the page was opened with.
const initialSearch = window.location.search;

const root = document.getElementById("root");
if (!root) throw new Error("main: #root is missing from index.html");
// The iframe view (embed=1) has no bars: the shell drops them before the first frame is sized.
if (new URLSearchParams(initialSearch).get("embed") === "1") {
  root.querySelector(".app")?.classList.add("embed");
}
const pane = graphPane(root.querySelector<HTMLDivElement>(".graph"));
const boot = loadDefaultDataset(initialSearch);

/** A wait for the interface when the first frame never comes (no WebGL, say): it shows why. */
const FIRST_FRAME_WAIT_MS = 3_000;

/**
 * Resolves once the pane has drawn its first frame (`data-ready`), or after the wait. The load
 * resolves before sigma's frame, which comes in the next animation frame: loading and
 * rendering React's panels in between (the chunk's evaluation, the mount) would hold it back.
 */
function firstFrame(container: HTMLElement): Promise<void> {
  return new Promise((resolve) => {
    if (container.dataset.ready === "true") return resolve();
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      resolve();
    };
    const observer = new MutationObserver(() => {
      if (container.dataset.ready === "true") done();
    });
    observer.observe(container, { attributes: true, attributeFilter: ["data-ready"] });
    const timer = setTimeout(done, FIRST_FRAME_WAIT_MS);
  });
}

void boot.then(async (shown) => {
  if (shown) await firstFrame(pane.container);
  const { mountApp } = await import("./views/mountApp");
  mountApp(root);
});
