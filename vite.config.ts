// Vite config: the app build, the preview server for e2e, and Vitest's settings.
//
// The production build carries a strict Content Security Policy: everything from the app's
// own origin, no inline script, no eval, no remote origins. It is injected as a <meta> tag at
// build time only (the dev server's React refresh needs an inline script) and sent as a header
// by `vite preview`, where `frame-ancestors` also applies (browsers ignore it in a <meta>).
import react from "@vitejs/plugin-react";
import type { Plugin } from "vite";
import { defineConfig } from "vitest/config";
import { parseAllowedOrigins } from "./src/networks/remoteOrigins.ts";

/**
 * Origins a deployer lets `data=https://...` links load networks from (README, "The data
 * parameter"): none unless ATLAS_REMOTE_ORIGINS lists them at build time.
 */
const REMOTE_ORIGINS = parseAllowedOrigins(process.env.ATLAS_REMOTE_ORIGINS);
/**
 * Who may show the app in an iframe (`embed=1`): anyone by default, as embedding is a feature;
 * a deployer narrows it with ATLAS_FRAME_ANCESTORS (a CSP source list, e.g. "'self' https://lab.org").
 */
const FRAME_ANCESTORS = process.env.ATLAS_FRAME_ANCESTORS?.trim() || "*";

const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  // React and sigma style elements through the CSSOM (element.style), which CSP does not
  // govern; the only stylesheet is the bundled CSS file, so no 'unsafe-inline' is needed.
  "style-src 'self'",
  // data: for the empty favicon in index.html; blob: for exported images.
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // Networks are fetched from /data; remote ones only from the origins a deployer allowed.
  ["connect-src 'self'", ...REMOTE_ORIGINS].join(" "),
  // Ingestion and layout run in module workers built as same-origin files.
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join("; ");
/** The header form adds what only a header can carry: who may frame the app (embed=1). */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors ${FRAME_ANCESTORS}`;

/** Puts the policy first in <head> of the built index.html (build only, never in dev). */
function contentSecurityPolicy(): Plugin {
  return {
    name: "atlas-content-security-policy",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler: (html) => ({
        html,
        tags: [
          {
            tag: "meta",
            attrs: { "http-equiv": "Content-Security-Policy", content: CONTENT_SECURITY_POLICY },
            injectTo: "head-prepend",
          },
        ],
      }),
    },
  };
}

/**
 * public/theme.js, last in <head>: after the entry script, style sheet and data preload Vite
 * writes there, so they are fetched while it runs, and before <body>, so the shell's first
 * paint is already in the stored or system theme.
 */
function themeBeforeFirstPaint(): Plugin {
  let base = "/";
  return {
    name: "atlas-theme-before-first-paint",
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: "post",
      handler: (html) => ({
        html,
        tags: [{ tag: "script", attrs: { src: `${base}theme.js` }, injectTo: "head" }],
      }),
    },
  };
}

/**
 * V8's explicit compile hint (Chrome 136 and later; to other engines, a comment): the entry chunk
 * holds what the first frame runs, so its functions are compiled on the thread that streams the
 * script in, not one by one on the main thread as each is first called. Only on the entry: the
 * panels' chunk and the workers are mostly code a session may never call.
 */
const EAGER_COMPILE_HINT = "//# allFunctionsCalledOnLoad";

function compileHintFor(chunk: { isEntry: boolean }): string {
  return chunk.isEntry ? EAGER_COMPILE_HINT : "";
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), themeBeforeFirstPaint()],
  define: { __ATLAS_REMOTE_ORIGINS__: JSON.stringify(REMOTE_ORIGINS) },
  worker: { format: "es" },
  build: {
    target: "es2022",
    sourcemap: false,
    rolldownOptions: { output: { postBanner: compileHintFor } },
  },
  preview: {
    port: 4173,
    strictPort: true,
    headers: {
      "Content-Security-Policy": CONTENT_SECURITY_POLICY_HEADER,
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "no-referrer",
    },
  },
  test: {
    environment: "node",
    include: ["src/**/*.test.ts", "src/**/*.test.tsx", "bench/**/*.test.ts"],
    testTimeout: 60_000,
  },
});
