// The light/dark switch: flips the theme in effect and remembers the choice (theme.ts).
import { useEffect, useState } from "react";
import { currentTheme, onThemeChange, setThemeChoice, type Theme } from "../render/theme";

export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme>(currentTheme);
  useEffect(() => onThemeChange(setTheme), []);
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
