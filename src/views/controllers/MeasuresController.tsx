// Betweenness when it is wanted: sizing authors by it, or an author's details open (the panel
// shows it). Computed once per loaded graph; on a large network in the measures worker, so the
// page stays responsive, and a newer graph stops the run for the older one.
import { useEffect } from "react";
import { authorBetweenness } from "../../filters/betweenness";
import type { FilterIndex } from "../../filters/filterIndex";
import { BETWEENNESS_IN_PAGE_MAX_AUTHORS, coauthorPairs } from "../../filters/measures";
import { atlasStore } from "../../store/atlasStore";
import type { AtlasState } from "../../store/reducers";
import type { MeasuresRequest, MeasuresResponse } from "../../workers/measures.worker";

function wanted(s: AtlasState): FilterIndex | null {
  const index = s.index;
  if (index === null || s.betweenness?.index === index) return null;
  if (s.view.size === "betweenness") return index;
  const node = s.view.node;
  const at = node === null ? undefined : index.nodeIndex.get(node);
  return at !== undefined && s.graph?.getNodeAttribute(node as string, "kind") === "author"
    ? index
    : null;
}

export function MeasuresController() {
  useEffect(() => {
    let worker: Worker | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const stop = () => {
      worker?.terminate();
      worker = null;
      if (timer !== null) clearTimeout(timer);
      timer = null;
    };
    const run = (index: FilterIndex) => {
      stop();
      const store = atlasStore.getState();
      store.betweennessStarted(index);
      const pairs = coauthorPairs(index);
      if (pairs.authors <= BETWEENNESS_IN_PAGE_MAX_AUTHORS) {
        // Small: milliseconds in the page, after the current task so the click paints first.
        timer = setTimeout(() => {
          timer = null;
          atlasStore.getState().betweennessDone(index, authorBetweenness(pairs));
        }, 0);
        return;
      }
      const w = new Worker(new URL("../../workers/measures.worker.ts", import.meta.url), {
        type: "module",
      });
      worker = w;
      w.onmessage = (event: MessageEvent<MeasuresResponse>) => {
        if (worker !== w) return;
        stop();
        const message = event.data;
        atlasStore
          .getState()
          .betweennessDone(index, message.type === "betweenness" ? message.values : null);
      };
      w.onerror = () => {
        if (worker !== w) return;
        stop();
        atlasStore.getState().betweennessDone(index, null);
      };
      const request: MeasuresRequest = { type: "betweenness", pairs };
      w.postMessage(request, [pairs.source.buffer, pairs.target.buffer]);
    };
    const check = (s: AtlasState) => {
      const index = wanted(s);
      if (index !== null) run(index);
      else if (s.betweenness !== null && s.betweenness.index !== s.index) stop();
    };
    check(atlasStore.getState());
    const unsubscribe = atlasStore.subscribe(check);
    return () => {
      unsubscribe();
      stop();
    };
  }, []);
  return null;
}
