import { launchBrowser, openPage } from "./browserEnv";
import { readyAt } from "./inPage";
import { benchPaths, startServer } from "./server";

const paths = benchPaths(process.cwd());
const server = await startServer(paths, 4199);
const browser = await launchBrowser();
const env = { browser, origin: server.origin, log: console.log };
for (const path of [
  "/",
  "/bench/pages/bare.html?mode=startup&graph=/data/default.graph.json&w=600&h=600",
]) {
  const p = await openPage(env, path);
  p.page.on("console", (m) => console.log("console:", m.text()));
  await new Promise((r) => setTimeout(r, 8000));
  console.log(
    path,
    p.errors,
    await p.page.evaluate(() => [
      (globalThis as any).__readyAt,
      document.querySelector('[data-testid="graph"]')?.getAttribute("data-ready"),
      typeof (globalThis as any).__name,
    ]),
  );
  await p.close();
}
await browser.close();
await server.close();
