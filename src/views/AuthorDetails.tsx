// Details of an author: papers newest first, coauthors ranked by joint papers, years active and
// cluster; every name and title is a button that selects that node.
import { useMemo } from "react";
import { clusterNamesOf } from "../graph/clusterNames";
import { clusterColor } from "../render/palette";
import { atlasStore } from "../store/atlasStore";
import { AuthorMeasures, AuthorTimeline } from "./AuthorTimeline";
import { ExpandableList } from "./ExpandableList";
import { FocusActions } from "./FocusActions";
import { plural } from "./format";
import { LinkList } from "./LinkList";
import { authorLinkView } from "./linkLabels";
import { NodeButton } from "./NodeButton";
import type { AuthorDetails as AuthorDetailsData } from "./nodeDetails";
import { OwnerToggle } from "./OwnerToggle";
import { useAtlasStore } from "./stores";

export function AuthorDetails({ details }: { details: AuthorDetailsData }) {
  const { key, author, papers, coauthors, years } = details;
  const graph = useAtlasStore((s) => s.graph);
  // ORCID, DBLP, OpenAlex pages where a source named them (schemaVersion 2; absent in 1).
  const links = (author.links ?? []).map(authorLinkView);
  const cluster = useMemo(
    () => (graph ? clusterNamesOf(graph).find((c) => c.community === author.community) : undefined),
    [graph, author.community],
  );
  return (
    <article className="details-body" aria-labelledby="details-title">
      <p className="eyebrow">Author{author.owner && <span className="badge">owner</span>}</p>
      <h2 id="details-title" className="details-title">
        {author.name}
      </h2>
      <OwnerToggle name={author.name} owner={author.owner} />
      <dl className="facts">
        <dt>Years active</dt>
        <dd>{years ? (years[0] === years[1] ? years[0] : `${years[0]} – ${years[1]}`) : "—"}</dd>
        <dt>Papers</dt>
        <dd>{papers.length}</dd>
        <dt>Cluster</dt>
        <dd>
          <span className="swatch circle" style={{ background: clusterColor(author.community) }} />
          Cluster {author.community + 1}
          {cluster && cluster.leaders.length > 0 && <> ({cluster.leaders.join(", ")})</>}
          {cluster && <span className="muted"> · {plural(cluster.size, "author")}</span>}
        </dd>
        {links.length > 0 && (
          <>
            <dt>Links</dt>
            <dd>
              <LinkList links={links} label="Author pages" />
            </dd>
          </>
        )}
      </dl>
      <FocusActions nodeKey={key} />
      <AuthorMeasures authorKey={key} />
      <AuthorTimeline authorKey={key} />

      <h3>
        Papers <span className="muted">(newest first)</span>
      </h3>
      <ExpandableList
        items={papers}
        initial={25}
        label="Papers"
        itemKey={(p) => p.key}
        render={(p) => (
          <NodeButton nodeKey={p.key}>
            <span className="year">
              {p.year}
              {p.yearInferred ? "*" : ""}
            </span>
            <span>{p.title}</span>
          </NodeButton>
        )}
      />

      <h3>
        Coauthors <span className="muted">(by joint papers)</span>
      </h3>
      {coauthors.length === 0 ? (
        <p className="muted">No coauthors in this network.</p>
      ) : (
        <ExpandableList
          items={coauthors}
          initial={20}
          label="Coauthors"
          itemKey={(c) => c.key}
          render={(c) => (
            <div className="coauthor-row">
              <NodeButton nodeKey={c.key}>
                <span>{c.name}</span>
              </NodeButton>
              <button
                type="button"
                className="joint-button"
                onClick={() => atlasStore.getState().selectLink({ a: key, b: c.key })}
                title={`What ${author.name} and ${c.name} worked on together`}
              >
                {c.joint}
                <span className="visually-hidden">
                  {" "}
                  {c.joint === 1 ? "joint paper" : "joint papers"} with {c.name}
                </span>
              </button>
            </div>
          )}
        />
      )}
    </article>
  );
}
