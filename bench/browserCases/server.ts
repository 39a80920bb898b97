// Builds and serves what the browser cases load: the app's production build (the project's own
// vite config, written to bench/out/app-dist so a bench run never rewrites `dist/` under a
// running e2e suite), the baseline page (bench/vite.bench.config.ts), and the benchmark graphs.
// One `vite preview` server on a free port serves them all on one origin: the app at `/`, the
// baseline at `/bench/pages/`, graphs at `/bench/data/`.
import { spawnSync } from "node:child_process";
import { createReadStream, existsSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { extname, join, normalize, sep } from "node:path";
import { build, type Plugin, type PreviewServer, preview } from "vite";

export interface BenchPaths {
  root: string;
  /** The app's production build. */
  appDist: string;
  /** The baseline page's build. */
  pagesDist: string;
  /** Benchmark graphs. */
  dataDir: string;
}

export function benchPaths(root: string): BenchPaths {
  return {
    root,
    appDist: join(root, "bench/out/app-dist"),
    pagesDist: join(root, "bench/out/pages"),
    dataDir: join(root, "bench/out/browser-data"),
  };
}

/** `npm run data` (the default profile's graph) and the two builds. */
export async function buildAll(paths: BenchPaths, log?: (line: string) => void): Promise<void> {
  log?.("  npm run data (the default profile's graph)...");
  const data = spawnSync("npm", ["run", "--silent", "data"], {
    cwd: paths.root,
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (data.status !== 0) throw new Error(`bench: npm run data failed (exit ${data.status})`);
  log?.("  vite build (the app, into bench/out/app-dist)...");
  await build({
    configFile: join(paths.root, "vite.config.ts"),
    root: paths.root,
    logLevel: "warn",
    build: { outDir: paths.appDist, emptyOutDir: true },
  });
  log?.("  vite build (the baseline page)...");
  await build({ configFile: join(paths.root, "bench/vite.bench.config.ts"), logLevel: "warn" });
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
};

/** Serve `/bench/pages/*` and `/bench/data/*` from their folders (files only, no `..`). */
function benchFiles(paths: BenchPaths): Plugin {
  const mounts: [string, string][] = [
    ["/bench/pages/", paths.pagesDist],
    ["/bench/data/", paths.dataDir],
  ];
  return {
    name: "bench-files",
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = (req.url ?? "").split("?")[0] ?? "";
        const mount = mounts.find(([prefix]) => url.startsWith(prefix));
        if (!mount) return next();
        let rel: string;
        try {
          rel = normalize(decodeURIComponent(url.slice(mount[0].length)));
        } catch {
          rel = "";
        }
        const file = join(mount[1], rel);
        if (rel === "" || rel.startsWith("..") || !file.startsWith(mount[1] + sep)) {
          res.statusCode = 400;
          res.end("bad path");
          return;
        }
        if (!existsSync(file) || !statSync(file).isFile()) {
          res.statusCode = 404;
          res.end("not found");
          return;
        }
        res.setHeader("Content-Type", TYPES[extname(file)] ?? "application/octet-stream");
        res.setHeader("Cache-Control", "no-cache");
        createReadStream(file).pipe(res);
      });
    },
  };
}

async function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

/** The first free port from `from`. */
export async function freePort(from = 4180): Promise<number> {
  for (let port = from; port < from + 100; port++) if (await portIsFree(port)) return port;
  throw new Error(`bench: no free port in ${from}..${from + 99}`);
}

export interface RunningServer {
  origin: string;
  close(): Promise<void>;
}

/** Start `vite preview` on the app build plus the bench files. */
export async function startServer(paths: BenchPaths, port: number): Promise<RunningServer> {
  const server: PreviewServer = await preview({
    configFile: false,
    root: paths.root,
    logLevel: "warn",
    build: { outDir: paths.appDist },
    preview: { host: "127.0.0.1", port, strictPort: true, open: false },
    plugins: [benchFiles(paths)],
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => server.close(),
  };
}
