// Whether the page is in its phone layout (graph full width, panels as drawers and sheets).
// The width matches app.css's media query.
import { useSyncExternalStore } from "react";

export const NARROW_QUERY = "(max-width: 759px)";

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(NARROW_QUERY);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

export function useNarrowLayout(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(NARROW_QUERY).matches);
}
