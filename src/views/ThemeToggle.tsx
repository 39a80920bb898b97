// The light/dark switch: flips the theme in effect and remembers the choice (theme.ts).
import { setThemeChoice, type Theme } from "../render/theme";
import { useTheme } from "./useTheme";

export function ThemeToggle() {
  const theme = useTheme();
  const next: Theme = theme === "dark" ? "light" : "dark";
  return (
    <button
      type="button"
      className="button theme-toggle"
      data-testid="theme-toggle"
      aria-pressed={theme === "dark"}
      onClick={() => setThemeChoice(next)}
    >
      <span aria-hidden="true">{theme === "dark" ? "☾" : "☀"}</span> Dark mode
    </button>
  );
}
