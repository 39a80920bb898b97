// The table view: the authors the canvas draws or the papers passing the filters, one row each,
// sortable by every column, in place of the canvas (the accessible way to read the network).
// It follows the filters, the ego network and the search (a query lists its matches only), and
// the selection both ways: picking a row selects the node; selecting a node elsewhere makes its
// row the active one, scrolled into sight.
import { useMemo, useState } from "react";
import { useShallow } from "zustand/react/shallow";
import { categoryName } from "../filters/categories";
import { searchIndexOf, searchMatchKeys } from "../filters/search";
import {
  type AuthorColumn,
  type AuthorRow,
  authorRows,
  type PaperColumn,
  type PaperRow,
  paperRows,
  sortAuthorRows,
  sortPaperRows,
  type TableSort,
} from "../filters/tableRows";
import type { TableKind } from "../model/viewState";
import { clusterColor } from "../render/palette";
import { atlasStore } from "../store/atlasStore";
import { plural } from "./format";
import "./insight.css";
import { useAtlasStore } from "./stores";
import { type GridColumn, VirtualGrid } from "./VirtualGrid";

const AUTHOR_COLUMNS: GridColumn<AuthorColumn>[] = [
  { id: "name", label: "Name", width: "minmax(10rem, 3fr)" },
  { id: "papers", label: "Papers", width: "minmax(4.5rem, 1fr)", numeric: true },
  { id: "coauthors", label: "Coauthors", width: "minmax(6rem, 1fr)", numeric: true },
  { id: "cluster", label: "Cluster", width: "minmax(5rem, 1fr)" },
  { id: "years", label: "Years", width: "minmax(7rem, 1fr)" },
];

const PAPER_COLUMNS: GridColumn<PaperColumn>[] = [
  { id: "title", label: "Title", width: "minmax(14rem, 4fr)" },
  { id: "venue", label: "Venue", width: "minmax(6rem, 1.2fr)" },
  { id: "year", label: "Year", width: "minmax(4rem, 0.7fr)", numeric: true },
  { id: "category", label: "Category", width: "minmax(6rem, 1.2fr)" },
  { id: "authors", label: "Authors", width: "minmax(5rem, 0.8fr)", numeric: true },
];

/** Numbers read best largest first; names and titles A to Z. */
const firstDirection = (numeric: boolean | undefined) => (numeric ? "descending" : "ascending");

function nextSort<C extends string>(
  sort: TableSort<C>,
  column: C,
  numeric?: boolean,
): TableSort<C> {
  if (sort.column !== column) return { column, direction: firstDirection(numeric) };
  return { column, direction: sort.direction === "ascending" ? "descending" : "ascending" };
}

export function TableView({ kind }: { kind: TableKind }) {
  const { graph, index, visibility, query, selected } = useAtlasStore(
    useShallow((s) => ({
      graph: s.graph,
      index: s.index,
      visibility: s.visibility,
      query: s.view.query,
      selected: s.view.node,
    })),
  );
  const [authorSort, setAuthorSort] = useState<TableSort<AuthorColumn>>({
    column: "papers",
    direction: "descending",
  });
  const [paperSort, setPaperSort] = useState<TableSort<PaperColumn>>({
    column: "year",
    direction: "descending",
  });
  const matches = useMemo(
    () =>
      graph && query.trim() !== "" ? new Set(searchMatchKeys(searchIndexOf(graph), query)) : null,
    [graph, query],
  );
  const all = useMemo(() => {
    if (!graph || !index || !visibility) return [];
    return kind === "authors"
      ? authorRows(index, graph, visibility)
      : paperRows(index, graph, visibility);
  }, [graph, index, visibility, kind]);
  const rows = useMemo(() => {
    const listed = matches ? all.filter((r) => matches.has(r.key)) : all;
    return kind === "authors"
      ? sortAuthorRows(listed as AuthorRow[], authorSort)
      : sortPaperRows(listed as PaperRow[], paperSort);
  }, [all, matches, kind, authorSort, paperSort]);
  const selectedRow = useMemo(
    () => (selected === null ? -1 : rows.findIndex((r) => r.key === selected)),
    [rows, selected],
  );
  const pick = (row: number) => {
    const key = rows[row]?.key;
    if (key !== undefined) atlasStore.getState().select(key);
  };
  const noun = kind === "authors" ? "author" : "paper";

  return (
    <section className="table-view" data-testid="table" aria-label={`Table of ${noun}s`}>
      <div className="table-bar">
        <fieldset className="segmented">
          <legend className="visually-hidden">List</legend>
          {(["authors", "papers"] as const).map((k) => (
            <button
              key={k}
              type="button"
              className={k === kind ? "segment active" : "segment"}
              aria-pressed={k === kind}
              data-testid={`table-${k}`}
              onClick={() => atlasStore.getState().setTable(k)}
            >
              {k === "authors" ? "Authors" : "Papers"}
            </button>
          ))}
        </fieldset>
        <span className="muted small" data-testid="table-count" aria-live="polite">
          {plural(rows.length, noun)}
          {matches ? ` matching “${query.trim()}” of ${all.length}` : ""}
        </span>
      </div>
      {kind === "authors" ? (
        <VirtualGrid<AuthorColumn>
          label={`Authors shown, ${plural(rows.length, "row")}`}
          columns={AUTHOR_COLUMNS}
          rowCount={rows.length}
          rowKey={(r) => (rows[r] as AuthorRow).key}
          cell={(r, column) => authorCell(rows[r] as AuthorRow, column)}
          sort={authorSort}
          onSort={(c) =>
            setAuthorSort((s) => nextSort(s, c, AUTHOR_COLUMNS.find((x) => x.id === c)?.numeric))
          }
          selectedRow={selectedRow}
          onPick={pick}
        />
      ) : (
        <VirtualGrid<PaperColumn>
          label={`Papers passing the filters, ${plural(rows.length, "row")}`}
          columns={PAPER_COLUMNS}
          rowCount={rows.length}
          rowKey={(r) => (rows[r] as PaperRow).key}
          cell={(r, column) => paperCell(rows[r] as PaperRow, column)}
          sort={paperSort}
          onSort={(c) =>
            setPaperSort((s) => nextSort(s, c, PAPER_COLUMNS.find((x) => x.id === c)?.numeric))
          }
          selectedRow={selectedRow}
          onPick={pick}
        />
      )}
    </section>
  );
}

function authorCell(row: AuthorRow, column: AuthorColumn) {
  switch (column) {
    case "name":
      return row.name;
    case "papers":
      return row.papers;
    case "coauthors":
      return row.coauthors;
    case "cluster":
      return (
        <>
          <span className="swatch circle" style={{ background: clusterColor(row.cluster) }} />
          {row.cluster + 1}
        </>
      );
    case "years":
      return row.papers === 0
        ? "—"
        : row.firstYear === row.lastYear
          ? row.firstYear
          : `${row.firstYear} – ${row.lastYear}`;
  }
}

function paperCell(row: PaperRow, column: PaperColumn) {
  switch (column) {
    case "title":
      return <span title={row.title}>{row.title}</span>;
    case "venue":
      return row.venue;
    case "year":
      return row.year;
    case "category":
      return <span title={categoryName(row.category)}>{row.category}</span>;
    case "authors":
      return row.authors;
  }
}
