// Store ↔ URL: the view is written to the query string (replaceState while typing or moving the
// camera, pushState when the selection changes, so Back returns to the previous node), and
// Back/Forward apply the URL to the store. Mounted with the interface, after the first dataset
// and its link are applied (main.tsx).
// replaceState costs 5–17 ms in Chromium, so replace-writes are coalesced into one trailing
// write per REPLACE_THROTTLE_MS; a push, pagehide and flushUrl() write any pending one first, so
// the address bar (and Copy link) is never stale.
import { useEffect } from "react";
import type { ViewState } from "../../model/viewState";
import { atlasStore } from "../../store/atlasStore";
import { serializeViewParams } from "../../url/viewParams";

/** At most one replaceState per this many ms while the view keeps changing. */
export const REPLACE_THROTTLE_MS = 250;

function search(view: ViewState): string {
  const params = serializeViewParams(view).toString();
  return params === "" ? "" : `?${params}`;
}

/** Writes the pending replace of the mounted controller, if any (no-op otherwise). */
let flushPending: () => void = () => {};

/** Bring the URL up to date with the store now (call before reading location.href). */
export function flushUrl(): void {
  flushPending();
}

export function UrlController() {
  useEffect(() => {
    let applying = false;
    let last = atlasStore.getState().view;
    let pending: ViewState | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;

    const write = (view: ViewState, push: boolean) => {
      const next = search(view);
      if (next === window.location.search) return;
      const url = `${window.location.pathname}${next}${window.location.hash}`;
      if (push) window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    };
    const flush = () => {
      if (timer !== null) {
        clearTimeout(timer);
        timer = null;
      }
      if (pending === null) return;
      const view = pending;
      pending = null;
      write(view, false);
    };
    const scheduleReplace = (view: ViewState) => {
      pending = view;
      if (timer === null) timer = setTimeout(flush, REPLACE_THROTTLE_MS);
    };
    flushPending = flush;
    // The applied link may have had params dropped: show the cleaned one.
    write(last, false);

    const unsubscribe = atlasStore.subscribe((state) => {
      const view = state.view;
      if (view === last) return;
      const selectionChanged = view.node !== last.node;
      last = view;
      if (selectionChanged && !applying) {
        // The entry being left keeps its latest state, then the new one is pushed.
        flush();
        write(view, true);
      } else {
        scheduleReplace(view);
      }
    });
    const onPopState = () => {
      // A pending replace belongs to the entry just left: drop it, the URL is now the truth.
      pending = null;
      if (timer !== null) {
        clearTimeout(timer);
        timer = null;
      }
      applying = true;
      try {
        atlasStore.getState().applyUrl(window.location.search);
      } finally {
        applying = false;
      }
    };
    window.addEventListener("popstate", onPopState);
    window.addEventListener("pagehide", flush);
    return () => {
      unsubscribe();
      window.removeEventListener("popstate", onPopState);
      window.removeEventListener("pagehide", flush);
      flush();
      if (flushPending === flush) flushPending = () => {};
    };
  }, []);

  return null;
}
