import { writeFileSync } from "node:fs";
import { launchBrowser, VIEWPORT } from "./browserEnv";
import { benchPaths, startServer } from "./server";
import { INIT_SCRIPT, readyAt } from "./inPage";
const paths = benchPaths(process.cwd());
const server = await startServer(paths, 4199);
const browser = await launchBrowser();
for (const [name, path] of [["app", "/"], ["bare", "/bench/pages/bare.html?mode=startup&graph=/data/default.graph.json&w=648&h=749"]] as const) {
  for (let rep = 0; rep < 2; rep++) {
    const context = await browser.newContext({ viewport: VIEWPORT });
    await context.addInitScript({ content: INIT_SCRIPT });
    const page = await context.newPage();
    if (rep === 1) await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute", "blink.user_timing", "toplevel"] });
    await page.goto(server.origin + path);
    const ms = await page.evaluate(readyAt);
    if (rep === 1) writeFileSync(`/tmp/b5/strace-${name}.json`, await browser.stopTracing());
    console.log(name, rep, ms);
    await context.close();
  }
}
await browser.close(); await server.close();
