// A windowed data grid: only the rows in sight (plus a few) are in the page, so a table of 50k
// rows scrolls like one of fifty. Written here because it is small and the app needs exact ARIA
// (grid, row and columnheader roles, aria-rowcount / aria-rowindex for the rows not rendered,
// aria-sort) and keyboard behaviour: arrows, Page Up/Down, Home/End move the active row,
// Enter or Space picks it. Rows have one fixed height, which makes windowing arithmetic.
import {
  type ReactNode,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useRef,
  useState,
} from "react";

export interface GridColumn<C extends string> {
  id: C;
  label: string;
  /** A CSS grid track size, e.g. "minmax(12rem, 3fr)" or "5rem". */
  width: string;
  numeric?: boolean;
}

export type GridSort<C extends string> = { column: C; direction: "ascending" | "descending" };

interface VirtualGridProps<C extends string> {
  label: string;
  columns: GridColumn<C>[];
  rowCount: number;
  rowKey(row: number): string;
  cell(row: number, column: C): ReactNode;
  sort: GridSort<C>;
  onSort(column: C): void;
  /** The row holding the current selection, or -1. */
  selectedRow: number;
  onPick(row: number): void;
}

export const ROW_HEIGHT = 34;
/** Rows kept in the page above and below those in sight. */
const OVERSCAN = 8;

export function VirtualGrid<C extends string>(props: VirtualGridProps<C>) {
  const { columns, rowCount, selectedRow } = props;
  const scroller = useRef<HTMLDivElement>(null);
  const head = useRef<HTMLTableSectionElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(600);
  const [active, setActive] = useState(Math.max(selectedRow, 0));
  const id = useId();
  const template = columns.map((c) => c.width).join(" ");

  useLayoutEffect(() => {
    const el = scroller.current;
    if (!el) return;
    const measure = () => setViewport(el.clientHeight);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  /** Scroll just enough to show `row` below the sticky header. */
  const reveal = useCallback((row: number) => {
    const el = scroller.current;
    if (!el || row < 0) return;
    const headHeight = head.current?.offsetHeight ?? ROW_HEIGHT;
    const top = row * ROW_HEIGHT;
    const inner = el.clientHeight - headHeight;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT > el.scrollTop + inner) el.scrollTop = top + ROW_HEIGHT - inner;
  }, []);

  // A selection made elsewhere (the canvas, the search) becomes the active row, in sight.
  useEffect(() => {
    if (selectedRow < 0) return;
    setActive(selectedRow);
    reveal(selectedRow);
  }, [selectedRow, reveal]);

  useEffect(() => {
    if (active >= rowCount) setActive(Math.max(0, rowCount - 1));
  }, [active, rowCount]);

  const move = (row: number) => {
    const next = Math.max(0, Math.min(rowCount - 1, row));
    setActive(next);
    reveal(next);
  };
  const page = Math.max(1, Math.floor(viewport / ROW_HEIGHT) - 1);

  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rowCount, Math.ceil((scrollTop + viewport) / ROW_HEIGHT) + OVERSCAN);
  const rows: ReactNode[] = [];
  for (let r = first; r < last; r++) {
    rows.push(
      <tr
        key={props.rowKey(r)}
        id={`${id}-row-${r}`}
        aria-rowindex={r + 2}
        aria-selected={r === selectedRow}
        data-testid="table-row"
        data-row={r}
        data-key={props.rowKey(r)}
        className={`vgrid-row${r === active ? " active" : ""}${r === selectedRow ? " selected" : ""}`}
        style={{ top: r * ROW_HEIGHT, height: ROW_HEIGHT, gridTemplateColumns: template }}
      >
        {columns.map((c) => (
          <td key={c.id} className={c.numeric ? "vgrid-cell numeric" : "vgrid-cell"}>
            {props.cell(r, c.id)}
          </td>
        ))}
      </tr>,
    );
  }

  return (
    <div
      ref={scroller}
      className="vgrid-scroller"
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <table
        className="vgrid"
        // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the WAI-ARIA grid pattern is a table that takes focus and moves an active row
        role="grid"
        aria-label={props.label}
        aria-rowcount={rowCount + 1}
        aria-colcount={columns.length}
        aria-activedescendant={rowCount > 0 ? `${id}-row-${active}` : undefined}
        tabIndex={0}
        data-testid="table-grid"
        // Rows are picked by delegation: one handler for every rendered row.
        onClick={(e) => {
          const row = (e.target as HTMLElement).closest<HTMLElement>("tr[data-row]");
          if (!row) return;
          const r = Number(row.dataset.row);
          setActive(r);
          props.onPick(r);
        }}
        onKeyDown={(e) => {
          if (rowCount === 0 || e.target !== e.currentTarget) return;
          const keys: Record<string, number> = {
            ArrowDown: active + 1,
            ArrowUp: active - 1,
            PageDown: active + page,
            PageUp: active - page,
            Home: 0,
            End: rowCount - 1,
          };
          const target = keys[e.key];
          if (target !== undefined) {
            e.preventDefault();
            move(target);
          } else if (e.key === "Enter" || e.key === " ") {
            e.preventDefault();
            props.onPick(active);
          }
        }}
      >
        <thead ref={head} className="vgrid-head">
          <tr
            aria-rowindex={1}
            className="vgrid-row header"
            style={{ gridTemplateColumns: template }}
          >
            {columns.map((c) => {
              const sorted = props.sort.column === c.id ? props.sort.direction : "none";
              return (
                <th
                  key={c.id}
                  scope="col"
                  aria-sort={sorted}
                  className={c.numeric ? "vgrid-cell numeric" : "vgrid-cell"}
                >
                  <button type="button" className="vgrid-sort" onClick={() => props.onSort(c.id)}>
                    {c.label}
                    <span aria-hidden="true" className="vgrid-arrow">
                      {sorted === "ascending" ? "▲" : sorted === "descending" ? "▼" : ""}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody className="vgrid-body" style={{ height: rowCount * ROW_HEIGHT }}>
          {rows}
        </tbody>
      </table>
    </div>
  );
}
