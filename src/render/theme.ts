// Light and dark: the page follows the system's `prefers-color-scheme` until the user picks one
// with the toggle, which is remembered in localStorage. The resolved theme is written to
// `<html data-theme>` (CSS reads it) and announced to listeners (the canvas colours follow it).
// public/theme.js, a classic script in index.html's head, applies the same choice before the
// first paint (the shell is painted before this module runs); main.tsx starts this module before
// the first frame and keeps the page in step with system changes from then on.

export type Theme = "light" | "dark";
export type ThemeChoice = Theme | "system";

/** Where the choice is kept; public/theme.js reads the same key before the first paint. */
export const THEME_STORAGE_KEY = "coauthor-atlas:theme";
export const DARK_QUERY = "(prefers-color-scheme: dark)";
const listeners = new Set<(theme: Theme) => void>();
let watching = false;

/** The stored choice; "system" when none (or storage is unavailable). */
export function storedThemeChoice(): ThemeChoice {
  try {
    const value = window.localStorage.getItem(THEME_STORAGE_KEY);
    return value === "light" || value === "dark" ? value : "system";
  } catch {
    return "system";
  }
}

function systemTheme(): Theme {
  return window.matchMedia?.(DARK_QUERY).matches ? "dark" : "light";
}

/** The theme in effect now. */
export function currentTheme(): Theme {
  const choice = storedThemeChoice();
  return choice === "system" ? systemTheme() : choice;
}

function apply(): void {
  const theme = currentTheme();
  const root = document.documentElement;
  if (root.dataset.theme !== theme) {
    root.dataset.theme = theme;
    root.style.colorScheme = theme;
  }
  for (const listener of listeners) listener(theme);
}

/** Apply the theme now and follow system changes from then on. */
export function startTheme(): void {
  apply();
  if (watching) return;
  watching = true;
  window.matchMedia?.(DARK_QUERY).addEventListener("change", apply);
}

/** Remember `choice` ("system" forgets the stored one) and apply it. */
export function setThemeChoice(choice: ThemeChoice): void {
  try {
    if (choice === "system") window.localStorage.removeItem(THEME_STORAGE_KEY);
    else window.localStorage.setItem(THEME_STORAGE_KEY, choice);
  } catch {
    // Storage refused (private mode): the choice holds for this page only.
  }
  apply();
}

/** Call `listener` with the theme whenever it changes; returns the unsubscribe function. */
export function onThemeChange(listener: (theme: Theme) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
