// The browser the cases share: Debian's Chromium through Playwright, launched with the same
// flags as the e2e suite (headless WebGL through SwiftShader), one fresh context per page so
// no case inherits another's cache or heap.
import { existsSync } from "node:fs";
import { type Browser, type BrowserContext, chromium, type Page } from "@playwright/test";
import { chromiumArgs } from "../../playwright.config";
import { INIT_SCRIPT } from "./inPage";

export const VIEWPORT = { width: 1280, height: 800 };

export interface BrowserEnv {
  browser: Browser;
  origin: string;
  log?: (line: string) => void;
}

export interface OpenPage {
  page: Page;
  context: BrowserContext;
  /** Uncaught page errors so far (a case fails on any). */
  errors: string[];
  close(): Promise<void>;
}

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
}

export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(
      `bench: no Chromium at ${executablePath} (apt-get install chromium, or set CHROMIUM_PATH); ` +
        "run with --no-browser to skip the browser cases",
    );
  }
  return chromium.launch({ executablePath, args: chromiumArgs });
}

/** A new context and page (viewport as in e2e), with the in-page timing hooks installed. */
export async function openPage(env: BrowserEnv, path: string): Promise<OpenPage> {
  const context = await env.browser.newContext({ viewport: VIEWPORT });
  await context.addInitScript({ content: INIT_SCRIPT });
  const page = await context.newPage();
  page.setDefaultTimeout(600_000);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${env.origin}${path}`);
  return { page, context, errors, close: () => context.close() };
}

/** Throw when the page reported an uncaught error: its timings would mean nothing. */
export function checkErrors(open: OpenPage, what: string): void {
  if (open.errors.length > 0) {
    throw new Error(`bench: ${what}: page error: ${open.errors.join("; ")}`);
  }
}
