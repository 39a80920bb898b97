// Whether the page is in its compact layout, for phones and upright tablets (graph full width,
// panels as drawers and sheets). The width matches the media queries of screens.css.
import { useSyncExternalStore } from "react";

export const NARROW_QUERY = "(max-width: 1000px)";

function subscribe(onChange: () => void): () => void {
  const query = window.matchMedia(NARROW_QUERY);
  query.addEventListener("change", onChange);
  return () => query.removeEventListener("change", onChange);
}

export function useNarrowLayout(): boolean {
  return useSyncExternalStore(subscribe, () => window.matchMedia(NARROW_QUERY).matches);
}
