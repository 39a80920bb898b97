// Store ↔ URL: the network (`data`, networkStore) and the view are written to the query string,
// and Back/Forward apply the URL to the stores. Each discrete change is a history entry of its
// own (pushState), a burst of slider moves or typing one entry, camera moves none (url/history.ts),
// so Back walks the user's changes and never leaves the app while it has entries of its own.
// While a `local:` link waits for its files (networkStore.missing) the address keeps the link.
// Mounted with the interface, after the first dataset and its link are applied (main.tsx).
// replaceState costs 5–17 ms in Chromium, so replace-writes are coalesced into one trailing
// write per REPLACE_THROTTLE_MS; a push, pagehide and flushUrl() write any pending one first, so
// the address bar (and Copy link) is never stale.
import { useEffect } from "react";
import type { ViewState } from "../../model/viewState";
import { networkSearch, readNetworkLocation, sameSource } from "../../networks/dataParam";
import { atlasStore } from "../../store/atlasStore";
import { networkStore } from "../../store/networkStore";
import { type ChangeGroup, changeGroup, historyStep, type LastEntry } from "../../url/history";
import { serializeViewParams } from "../../url/viewParams";
import { ALLOWED_ORIGINS, openNetwork } from "../networkLoader";

/** At most one replaceState per this many ms while the view keeps changing. */
export const REPLACE_THROTTLE_MS = 250;

function search(view: ViewState): string {
  const { source, files, embed } = networkStore.getState();
  return networkSearch(source, files, embed, serializeViewParams(view));
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
    let lastSource = networkStore.getState().source;
    let lastGraphVersion = atlasStore.getState().graphVersion;
    let lastEntry: LastEntry | null = null;
    let wasPlaying = atlasStore.getState().play.playing;
    let loadingTask = false;
    let pending: ViewState | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;

    const write = (view: ViewState, push: boolean) => {
      if (networkStore.getState().missing !== null) return;
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

    const record = (group: ChangeGroup, view: ViewState) => {
      const now = performance.now();
      if (applying || historyStep(group, lastEntry, now) === "replace") {
        if (group !== "camera" && lastEntry !== null)
          lastEntry = { group: lastEntry.group, at: now };
        scheduleReplace(view);
        return;
      }
      // The entry being left keeps its latest state, then the new one is pushed.
      flush();
      write(view, true);
      lastEntry = { group, at: now };
    };
    const unsubscribe = atlasStore.subscribe((state) => {
      const view = state.view;
      const source = networkStore.getState().source;
      const newNetwork = state.graphVersion !== lastGraphVersion || !sameSource(source, lastSource);
      // Play's steps rewrite the entry its first step made (Back returns to before Play).
      const playing = wasPlaying && state.play.playing;
      wasPlaying = state.play.playing;
      if (view === last && !newNetwork) return;
      const group = newNetwork ? "network" : changeGroup(last, view);
      last = view;
      lastSource = source;
      lastGraphVersion = state.graphVersion;
      if (group === null) return;
      if (playing && group === "years") {
        scheduleReplace(view);
        return;
      }
      if (group === "network") {
        record(group, view);
        // The new network's own view (its link, applied in the same task) is part of its entry.
        loadingTask = true;
        queueMicrotask(() => {
          loadingTask = false;
        });
        lastEntry = null;
      } else if (loadingTask) scheduleReplace(view);
      else record(group, view);
    });
    // Leaving a link that waited for its files: show where the user is now.
    // (After the current task: a load that ends the wait pushes its own entry first.)
    const unsubscribeNetwork = networkStore.subscribe((state, previous) => {
      if (previous.missing !== null && state.missing === null) {
        queueMicrotask(() => write(last, false));
      }
    });
    const onPopState = () => {
      // A pending replace belongs to the entry just left: drop it, the URL is now the truth.
      pending = null;
      if (timer !== null) {
        clearTimeout(timer);
        timer = null;
      }
      const target = window.location.search;
      const wanted = readNetworkLocation(new URLSearchParams(target), ALLOWED_ORIGINS).data;
      const { source, missing } = networkStore.getState();
      const otherNetwork =
        wanted.kind === "invalid" || !sameSource(wanted, source) || missing !== null;
      applying = true;
      if (otherNetwork) {
        void openNetwork(target).finally(() => {
          applying = false;
        });
        return;
      }
      try {
        atlasStore.getState().applyUrl(target);
      } finally {
        applying = false;
      }
    };
    window.addEventListener("popstate", onPopState);
    window.addEventListener("pagehide", flush);
    return () => {
      unsubscribe();
      unsubscribeNetwork();
      window.removeEventListener("popstate", onPopState);
      window.removeEventListener("pagehide", flush);
      flush();
      if (flushPending === flush) flushPending = () => {};
    };
  }, []);

  return null;
}
