// public/theme.js (run before the first paint) and currentTheme (the app's, run later) pick the
// same theme for every stored choice and system setting, so the page never switches when the
// app's script starts.
import { readFileSync } from "node:fs";
import { runInNewContext } from "node:vm";
import { afterEach, describe, expect, it } from "vitest";
import { currentTheme, DARK_QUERY, THEME_STORAGE_KEY } from "./theme";

const BOOT_SCRIPT = readFileSync(new URL("../../public/theme.js", import.meta.url), "utf8");

/** A browser's globals as both scripts read them: storage, the media query, the root element. */
function browser(stored: string | null | "refused", systemDark: boolean) {
  const window = {
    localStorage: {
      getItem(key: string) {
        if (stored === "refused") throw new Error("SecurityError: storage is disabled");
        return key === THEME_STORAGE_KEY ? stored : null;
      },
    },
    matchMedia: (query: string) => ({
      matches: query === DARK_QUERY && systemDark,
      addEventListener() {},
    }),
  };
  const documentElement = {
    dataset: {} as Record<string, string>,
    style: {} as Record<string, string>,
  };
  return { window, document: { documentElement } };
}

const globals = globalThis as Record<string, unknown>;
afterEach(() => {
  delete globals.window;
});

describe("the theme before the first paint", () => {
  for (const stored of [null, "light", "dark", "sepia", "refused"] as const) {
    for (const systemDark of [false, true]) {
      it(`stored ${stored}, system ${systemDark ? "dark" : "light"}: the same theme as the app`, () => {
        const env = browser(stored, systemDark);
        runInNewContext(BOOT_SCRIPT, env);
        globals.window = env.window;
        const expected = currentTheme();
        expect(env.document.documentElement.dataset.theme).toBe(expected);
        expect(env.document.documentElement.style.colorScheme).toBe(expected);
        if (stored === "dark" || stored === "light") expect(expected).toBe(stored);
        else expect(expected).toBe(systemDark ? "dark" : "light");
      });
    }
  }
});
