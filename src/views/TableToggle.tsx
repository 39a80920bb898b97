// Map or table: the switch in the bar above the canvas. The table lists what the map shows
// (src/views/TableView.tsx); the choice is part of the view (`table` in the URL).
import { atlasStore } from "../store/atlasStore";
import { useAtlasStore } from "./stores";

export function TableToggle() {
  const table = useAtlasStore((s) => s.view.table);
  const mode = useAtlasStore((s) => s.view.view);
  return (
    <fieldset className="segmented table-toggle">
      <legend className="visually-hidden">Show the network as</legend>
      <button
        type="button"
        className={table === null ? "segment active" : "segment"}
        aria-pressed={table === null}
        data-testid="show-map"
        onClick={() => atlasStore.getState().setTable(null)}
      >
        Map
      </button>
      <button
        type="button"
        className={table !== null ? "segment active" : "segment"}
        aria-pressed={table !== null}
        data-testid="show-table"
        onClick={() =>
          atlasStore.getState().setTable(table ?? (mode === "bipartite" ? "papers" : "authors"))
        }
      >
        Table
      </button>
    </fieldset>
  );
}
