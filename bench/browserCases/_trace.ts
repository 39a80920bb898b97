import { writeFileSync } from "node:fs";
import { launchBrowser, openPage } from "./browserEnv";
import { filterSteps } from "./filterCase";
import { appDryRun, appFacts, appReady, bareStart, timeSteps } from "./inPage";
import { benchPaths, startServer } from "./server";

const paths = benchPaths(process.cwd());
const server = await startServer(paths, 4199);
const browser = await launchBrowser();
const env = { browser, origin: server.origin, log: console.log };
const target = process.argv[2] ?? "app";
const app = await openPage(env, "/");
const pane = await app.page.evaluate(appReady);
const facts = await app.page.evaluate(appFacts);
const steps = filterSteps(facts);
const views = await app.page.evaluate(appDryRun, steps);
const bareSteps = steps.map((_s, k) => (k + 1) % steps.length);
let page = app.page;
if (target === "bare") {
  const bare = await openPage(
    env,
    `/bench/pages/bare.html?mode=filter&graph=/data/default.graph.json&w=${pane.width}&h=${pane.height}`,
  );
  await bare.page.evaluate(bareStart, views.slice(0, steps.length));
  page = bare.page;
}
await page.bringToFront();
await page.evaluate(timeSteps, { target: target as any, steps, bareSteps });
await browser.startTracing(page, {
  categories: [
    "devtools.timeline",
    "disabled-by-default-devtools.timeline",
    "blink",
    "cc",
    "gpu",
    "viz",
    "toplevel",
  ],
});
const t = await page.evaluate(timeSteps, { target: target as any, steps, bareSteps });
const buf = await browser.stopTracing();
writeFileSync(`/tmp/b5/trace-${target}.json`, buf);
console.log(t);
await browser.close();
await server.close();
