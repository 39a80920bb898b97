// The details panel for a coauthor pair (picked from an author's coauthors, or by clicking their
// link in the graph): both names, every joint paper (each selects its node), shared topics.
import { useMemo } from "react";
import type { AppGraph } from "../graph/appGraph";
import { jointWork } from "../graph/jointWork";
import { atlasStore } from "../store/atlasStore";
import type { CoauthorPair } from "../store/linkReducers";
import { JointPaperList, jointCount, SharedTopics } from "./JointWorkSummary";
import { NodeButton } from "./NodeButton";

function nameOf(graph: AppGraph, key: string): string {
  const a = graph.getNodeAttributes(key);
  return a.kind === "author" ? a.name : key;
}

export function CoauthorLinkDetails({ graph, pair }: { graph: AppGraph; pair: CoauthorPair }) {
  const work = useMemo(() => jointWork(graph, pair.a, pair.b), [graph, pair.a, pair.b]);
  const back = atlasStore.getState().view.node;
  return (
    <article className="details-body" aria-labelledby="details-title" data-testid="joint-work">
      <p className="eyebrow">Coauthors</p>
      <h2 id="details-title" className="details-title">
        {nameOf(graph, pair.a)} and {nameOf(graph, pair.b)}
      </h2>
      <p className="joint-authors">
        <NodeButton nodeKey={pair.a}>{nameOf(graph, pair.a)}</NodeButton>
        <span className="muted"> · </span>
        <NodeButton nodeKey={pair.b}>{nameOf(graph, pair.b)}</NodeButton>
      </p>
      {back !== null && (
        <button
          type="button"
          className="link-button"
          onClick={() => atlasStore.getState().selectLink(null)}
        >
          Back to {graph.hasNode(back) ? nameOf(graph, back) : "the selection"}
        </button>
      )}
      <h3>Shared topics</h3>
      <SharedTopics work={work} />
      <h3>
        {jointCount(work)} <span className="muted">(newest first)</span>
      </h3>
      <JointPaperList
        papers={work.papers}
        label="Joint papers"
        renderTitle={(p) => <NodeButton nodeKey={p.key}>{p.title}</NodeButton>}
      />
    </article>
  );
}
