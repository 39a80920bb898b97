// The collaboration path the view asks for (`path`), step by step: each pair of coauthors on it
// with their joint papers under the current filters, or a plain "No path" and why. Every name
// and title selects its node. Shown at the top of the details panel while a path is asked for.
import { fitNodes } from "../render/cameraMoves";
import { graphPane } from "../render/graphPane";
import { atlasStore } from "../store/atlasStore";
import { selectCollabPath } from "../store/collabPathSelector";
import { plural } from "./format";
import { NodeButton } from "./NodeButton";
import { useAtlasStore } from "./stores";

export function PathPanel() {
  const graph = useAtlasStore((s) => s.graph);
  const ends = useAtlasStore((s) => s.view.path);
  const result = useAtlasStore(selectCollabPath);
  if (graph === null || ends === null || result === null) return null;
  const name = (key: string) => {
    if (!graph.hasNode(key)) return key;
    const a = graph.getNodeAttributes(key);
    return a.kind === "author" ? a.name : a.kind === "paper" ? a.title : key;
  };
  const year = (key: string) => {
    const a = graph.getNodeAttributes(key);
    return a.kind === "paper" ? a.year : null;
  };
  return (
    <section className="path-panel" data-testid="path" aria-labelledby="path-title">
      <div className="path-head">
        <h2 id="path-title" className="path-title">
          Path: {name(ends[0])} → {name(ends[1])}
        </h2>
        <button
          type="button"
          className="button small"
          data-testid="clear-path"
          onClick={() => atlasStore.getState().setPath(null)}
        >
          Clear path
        </button>
      </div>
      {!result.found ? (
        <p className="path-none" data-testid="no-path">
          No path: {result.reason.replace(/(author|paper):\S+/g, (k) => name(k))}.
        </p>
      ) : result.steps.length === 0 ? (
        <p>The same author at both ends.</p>
      ) : (
        <>
          <p className="muted small" data-testid="path-summary">
            {plural(result.steps.length, "step")}, {plural(result.jointPapers, "joint paper")} along
            the way
            <button
              type="button"
              className="link-button"
              onClick={() => {
                const sigma = graphPane().sigma();
                if (sigma) fitNodes(sigma, result.nodes);
              }}
            >
              Show on the map
            </button>
          </p>
          <ol className="path-steps">
            {result.steps.map((step) => (
              <li key={step.edge} data-testid="path-step">
                <NodeButton nodeKey={step.from}>{name(step.from)}</NodeButton> —{" "}
                <NodeButton nodeKey={step.to}>{name(step.to)}</NodeButton>{" "}
                <span className="muted">({plural(step.papers.length, "joint paper")})</span>
                <ul className="path-papers">
                  {step.papers.map((paper) => (
                    <li key={paper}>
                      <NodeButton nodeKey={paper}>
                        <span className="year">{year(paper)}</span> <span>{name(paper)}</span>
                      </NodeButton>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
