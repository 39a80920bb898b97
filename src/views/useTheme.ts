// The theme in effect, as React state: components drawing theme-dependent colours (the legend's
// swatches) re-render when it changes.
import { useEffect, useState } from "react";
import { currentTheme, onThemeChange, type Theme } from "../render/theme";

export function useTheme(): Theme {
  const [theme, setTheme] = useState<Theme>(currentTheme);
  useEffect(() => onThemeChange(setTheme), []);
  return theme;
}
