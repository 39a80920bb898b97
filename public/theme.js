// The theme before the first paint: the shell is drawn before the app's script runs, so the
// stored choice (or the system's) is applied here, as src/render/theme.ts applies it later
// (theme.test.ts runs this file against it). A classic script from the page's own origin,
// which its Content Security Policy allows (script-src 'self').
(() => {
  let choice = null;
  try {
    choice = window.localStorage.getItem("coauthor-atlas:theme");
  } catch {
    // Storage refused (private mode): the system decides, as in the app.
  }
  const dark = window.matchMedia?.("(prefers-color-scheme: dark)").matches === true;
  const theme = choice === "light" || choice === "dark" ? choice : dark ? "dark" : "light";
  document.documentElement.dataset.theme = theme;
  document.documentElement.style.colorScheme = theme;
})();
