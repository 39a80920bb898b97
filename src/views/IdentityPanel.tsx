// The Identity panel: the network's owners (with the owner picker for a list opened without
// one), merges, suggestions and likely namesake papers, each with its decision (split; merge or
// keep apart; exclude or keep), the decisions made so far with an undo each, those an identities
// file applied at ingest, the "hide likely namesake papers" filter, and the identities file to
// download for the next ingest (CLI --identities, or opened beside the inputs).
import { useMemo } from "react";
import { ownerCandidate, ownersOf } from "../graph/owners";
import { serializeIdentitiesFile } from "../ingest/identitiesFile";
import type { IdentityChoices } from "../model/viewState";
import { NodeButton } from "./NodeButton";
import { useAtlasStore } from "./stores";

/** Choices with one decision added (a repeated one is not added twice). */
export function add(
  choices: IdentityChoices,
  kind: keyof IdentityChoices,
  item: string | [string, string],
): IdentityChoices {
  const list = choices[kind] as (string | [string, string])[];
  if (list.some((x) => JSON.stringify(x) === JSON.stringify(item))) return choices;
  return { ...choices, [kind]: [...list, item] };
}

function remove(choices: IdentityChoices, kind: keyof IdentityChoices, i: number): IdentityChoices {
  return { ...choices, [kind]: (choices[kind] as unknown[]).filter((_x, k) => k !== i) };
}

function download(choices: IdentityChoices): void {
  const blob = new Blob([serializeIdentitiesFile(choices)], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = "identities.json";
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

const DECISION_LABELS: Record<keyof IdentityChoices, string> = {
  merge: "Merged",
  split: "Kept apart",
  exclude: "Excluded",
  keep: "Kept",
  owner: "Owner",
};

const KINDS = ["merge", "split", "exclude", "keep", "owner"] as const;

export function IdentityPanel() {
  const identity = useAtlasStore((s) => s.graph?.getAttribute("report")?.identity ?? null);
  const choices = useAtlasStore((s) => s.view.identity);
  const hideNamesakes = useAtlasStore((s) => s.view.hideNamesakes);
  const setIdentity = useAtlasStore((s) => s.setIdentity);
  const setHideNamesakes = useAtlasStore((s) => s.setHideNamesakes);
  const graph = useAtlasStore((s) => s.graph);
  const atIngest = useAtlasStore((s) => s.baseGraph?.attributes?.report.identity?.decisions);
  const owners = useMemo(() => (graph ? ownersOf(graph) : []), [graph]);
  const candidate = useMemo(() => (graph ? ownerCandidate(graph) : null), [graph]);
  const titleOf = (key: string): string => {
    if (!graph?.hasNode(key)) return key.replace(/^paper:/, "");
    const a = graph.getNodeAttributes(key);
    return a.kind === "paper" ? a.title : key;
  };
  if (!identity) return null;
  const decided = KINDS.flatMap((kind) =>
    (choices[kind] as (string | [string, string])[]).map((item, i) => ({ kind, item, i })),
  );
  // The graph records the four kinds; an owner from the file shows in the Owner list above.
  const ingestDecided = (["merge", "split", "exclude", "keep"] as const).flatMap((kind) =>
    ((atIngest?.[kind] ?? []) as (string | [string, string])[]).map((item) => ({ kind, item })),
  );
  const decisionText = (item: string | [string, string]) =>
    typeof item === "string" ? titleOf(item) : `${item[0]} / ${item[1]}`;
  return (
    <section className="panel identity" aria-labelledby="identity-title">
      <div className="panel-head">
        <h2 id="identity-title">Identity</h2>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={hideNamesakes}
          onChange={(e) => setHideNamesakes(e.currentTarget.checked)}
        />
        Hide likely namesake papers
      </label>

      <h3 className="identity-head">Owner</h3>
      {owners.length > 0 ? (
        <ul className="identity-list" aria-label="Owners">
          {owners.map((o) => (
            <li key={o.key} className="identity-item">
              <NodeButton nodeKey={o.key}>{o.name}</NodeButton>
            </li>
          ))}
        </ul>
      ) : (
        <div className="identity-item" data-testid="owner-picker">
          <p className="muted small">
            This network has no owner: <em>Hide owner</em> and namesake checks need one. Mark any
            author from their details
            {candidate ? ", or the author on most papers:" : "."}
          </p>
          {candidate && (
            <button
              type="button"
              onClick={() => setIdentity(add(choices, "owner", candidate.name))}
              title={`${candidate.name} is on ${candidate.papers} of ${candidate.totalPapers} papers`}
            >
              Mark {candidate.name} as owner ({candidate.papers} of {candidate.totalPapers} papers)
            </button>
          )}
        </div>
      )}

      <h3 className="identity-head">Likely namesake papers ({identity.namesakes.length})</h3>
      <ul className="identity-list" aria-label="Likely namesake papers">
        {identity.namesakes.map((n) => (
          <li key={n.key} className="identity-item" data-key={n.key}>
            <NodeButton nodeKey={n.key}>{n.title}</NodeButton>
            <span className="muted small"> score {n.score}</span>
            <ul className="identity-reasons">
              {n.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
            <div className="identity-actions">
              <button type="button" onClick={() => setIdentity(add(choices, "exclude", n.key))}>
                Exclude
              </button>
              <button type="button" onClick={() => setIdentity(add(choices, "keep", n.key))}>
                Keep
              </button>
            </div>
          </li>
        ))}
      </ul>

      <h3 className="identity-head">Merged authors ({identity.merged.length})</h3>
      <ul className="identity-list" aria-label="Merged authors">
        {identity.merged.map((m) => (
          <li key={m.key} className="identity-item" data-key={m.key}>
            <NodeButton nodeKey={m.key}>{m.names.join(" = ")}</NodeButton>
            <div className="muted small">{m.by === "decision" ? "your decision" : m.reason}</div>
            <div className="identity-actions">
              {m.names.slice(1).map((name) => (
                <button
                  key={name}
                  type="button"
                  onClick={() => setIdentity(add(choices, "split", [m.names[0] as string, name]))}
                >
                  Split {name}
                </button>
              ))}
            </div>
          </li>
        ))}
      </ul>

      <h3 className="identity-head">Suggestions ({identity.suggested.length})</h3>
      <ul className="identity-list" aria-label="Suggested merges">
        {identity.suggested.map((s) => (
          <li key={s.keys.join("|")} className="identity-item">
            {s.names[0]} ~ {s.names[1]}
            <span className="muted small"> score {s.score}</span>
            <div className="muted small">{s.reasons.join("; ")}</div>
            <div className="identity-actions">
              <button type="button" onClick={() => setIdentity(add(choices, "merge", s.names))}>
                Merge
              </button>
              <button type="button" onClick={() => setIdentity(add(choices, "split", s.names))}>
                Keep apart
              </button>
            </div>
          </li>
        ))}
      </ul>

      <h3 className="identity-head">Your decisions ({decided.length})</h3>
      <ul className="identity-list" aria-label="Identity decisions">
        {decided.map(({ kind, item, i }) => (
          <li key={`${kind}:${JSON.stringify(item)}`} className="identity-item">
            {DECISION_LABELS[kind]}: {decisionText(item)}{" "}
            <button
              type="button"
              className="link-button"
              onClick={() => setIdentity(remove(choices, kind, i))}
            >
              Undo
            </button>
          </li>
        ))}
      </ul>
      {ingestDecided.length > 0 && (
        <>
          <h3 className="identity-head">From the identities file ({ingestDecided.length})</h3>
          <ul className="identity-list" aria-label="Decisions applied at ingest">
            {ingestDecided.map(({ kind, item }) => (
              <li key={`${kind}:${JSON.stringify(item)}`} className="identity-item">
                {DECISION_LABELS[kind]}: {decisionText(item)}
              </li>
            ))}
          </ul>
        </>
      )}
      {identity.unknownNames.length > 0 && (
        <p className="muted small">No author named: {identity.unknownNames.join(", ")}</p>
      )}
      <button type="button" onClick={() => download(choices)} disabled={decided.length === 0}>
        Download identities file
      </button>
    </section>
  );
}
