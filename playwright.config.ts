// Playwright: e2e specs in e2e/ drive the production build (vite preview) in Debian's Chromium.
// Playwright cannot download its own browsers here, so it launches /usr/bin/chromium
// (override with CHROMIUM_PATH) with the flags that give headless WebGL through SwiftShader.
import { defineConfig } from "@playwright/test";

const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const port = Number(process.env.E2E_PORT ?? 4173);
// E2E_DIST lets a developer test a build in another folder while `dist/` is being rebuilt.
const outDir = process.env.E2E_DIST ?? "dist";

export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--enable-unsafe-swiftshader",
  "--use-angle=swiftshader",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--enable-precise-memory-info",
  "--js-flags=--expose-gc",
];

export default defineConfig({
  testDir: "e2e",
  testMatch: "**/*.spec.ts",
  // Two cores, software WebGL: one worker keeps timings and rendering stable.
  workers: 1,
  fullyParallel: false,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 1280, height: 800 },
    launchOptions: { executablePath: chromiumPath, args: chromiumArgs },
    trace: "off",
  },
  webServer: {
    // Links up to the app's own limits (README, "Long links") need request heads over Node's 16 KB.
    command: `NODE_OPTIONS=--max-http-header-size=262144 npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${outDir}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
