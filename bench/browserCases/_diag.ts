import { launchBrowser, openPage } from "./browserEnv";
import { filterSteps } from "./filterCase";
import { appDryRun, appFacts, appReady, bareStart } from "./inPage";
import { benchPaths, startServer } from "./server";

const paths = benchPaths(process.cwd());
const server = await startServer(paths, 4199);
const browser = await launchBrowser();
const env = { browser, origin: server.origin, log: console.log };
const app = await openPage(env, "/");
const pane = await app.page.evaluate(appReady);
const facts = await app.page.evaluate(appFacts);
const steps = filterSteps(facts);
const views = await app.page.evaluate(appDryRun, steps);
const bare = await openPage(
  env,
  `/bench/pages/bare.html?mode=filter&graph=/data/default.graph.json&w=${pane.width}&h=${pane.height}`,
);
await bare.page.evaluate(bareStart, views.slice(0, steps.length));
const probe = async (page: any, which: string, kind: string) =>
  page.evaluate(
    async ({ which, kind }: any) => {
      const w = globalThis as any;
      const sigma = which === "app" ? w.__atlas.sigma : w.__bare.sigma;
      const frame = () => new Promise((r) => requestAnimationFrame(r));
      const out: number[] = [];
      for (let i = 0; i < 8; i++) {
        await frame();
        await frame();
        const drawn = new Promise((r) => sigma.once("afterRender", r));
        const t0 = performance.now();
        if (kind === "refresh") sigma.scheduleRefresh();
        else if (kind === "render") sigma.scheduleRender();
        else if (kind === "raf") {
          await frame();
          out.push(performance.now() - t0);
          continue;
        }
        await drawn;
        await frame();
        out.push(performance.now() - t0);
      }
      out.sort((a, b) => a - b);
      return out.map((v) => Math.round(v));
    },
    { which, kind },
  );
for (let rep = 0; rep < 2; rep++) {
  for (const kind of ["raf", "render", "refresh"]) {
    await app.page.bringToFront();
    console.log("app ", kind, await probe(app.page, "app", kind));
    await bare.page.bringToFront();
    console.log("bare", kind, await probe(bare.page, "bare", kind));
  }
}
await browser.close();
await server.close();
