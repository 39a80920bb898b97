// Vite config: the app build, the preview server for e2e, and Vitest's settings.
import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [react()],
  worker: { format: "es" },
  build: { target: "es2022", sourcemap: false },
  preview: { port: 4173, strictPort: true },
  test: {
    environment: "node",
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "bench/**/*.test.ts"],
    testTimeout: 60_000,
  },
});
