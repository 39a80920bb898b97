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
graphPane(root.querySelector<HTMLDivElement>(".graph"));
const boot = loadDefaultDataset(initialSearch);

void boot.then(async () => {
  const { mountApp } = await import("./views/mountApp");
  mountApp(root);
});
