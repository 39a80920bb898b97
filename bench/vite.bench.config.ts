// Vite config for the benchmark's baseline page (bench/pages/bare.html): a bare sigma instance
// with none of the app's code on its startup path. Built into bench/out/pages and served under
// /bench/pages/ by the browser suite's preview server, beside the app's production build, so the
// app's own build carries no bench code.
import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

const pages = fileURLToPath(new URL("./pages", import.meta.url));
const outDir = fileURLToPath(new URL("./out/pages", import.meta.url));

export default defineConfig({
  root: pages,
  base: "/bench/pages/",
  logLevel: "warn",
  build: {
    outDir,
    emptyOutDir: true,
    target: "es2022",
    sourcemap: false,
    rollupOptions: { input: { bare: `${pages}/bare.html` } },
  },
});
