// Store ↔ URL: the view is written to the query string (replaceState while typing or moving the
// camera, pushState when the selection changes, so Back returns to the previous node), and
// Back/Forward apply the URL to the store. Starts once the first dataset and link are applied.
import { useEffect } from "react";
import { atlasStore } from "../../store/atlasStore";
import { serializeViewParams } from "../../url/viewParams";
import type { ViewState } from "../../url/viewState";

function search(view: ViewState): string {
  const params = serializeViewParams(view).toString();
  return params === "" ? "" : `?${params}`;
}

export function UrlController({ enabled }: { enabled: boolean }) {
  useEffect(() => {
    if (!enabled) return;
    let applying = false;
    let last = atlasStore.getState().view;

    const write = (view: ViewState, push: boolean) => {
      const next = search(view);
      if (next === window.location.search) return;
      const url = `${window.location.pathname}${next}${window.location.hash}`;
      if (push) window.history.pushState(null, "", url);
      else window.history.replaceState(null, "", url);
    };
    // The applied link may have had params dropped: show the cleaned one.
    write(last, false);

    const unsubscribe = atlasStore.subscribe((state) => {
      const view = state.view;
      if (view === last) return;
      const selectionChanged = view.node !== last.node;
      last = view;
      write(view, selectionChanged && !applying);
    });
    const onPopState = () => {
      applying = true;
      try {
        atlasStore.getState().applyUrl(window.location.search);
      } finally {
        applying = false;
      }
    };
    window.addEventListener("popstate", onPopState);
    return () => {
      unsubscribe();
      window.removeEventListener("popstate", onPopState);
    };
  }, [enabled]);

  return null;
}
